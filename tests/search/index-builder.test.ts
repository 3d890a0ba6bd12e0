// The index builder and its reader on hand-made archives: whatever the number of passes
// and wherever a term's bytes are kept, a query finds exactly what Ctrl+F finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendToSearchIndex, buildSearchIndex } from '../../src/search/index-builder.ts';
import { loadIndex } from '../../src/search/node-index.ts';
import { runSearch } from '../../src/search/engine.ts';
import { foldText } from '../../src/search/tokens.ts';
import { parseQuery } from '../../src/search/query.ts';
import { MAX_POSITION, INDEX_DIR, type IndexManifest as Manifest } from '../../src/search/index-format.ts';
import type { SearchRecord } from '../../src/search/record.ts';
import { bundleSearchScript } from '../../src/search/bundle.ts';

const WORDS = ['株洲', '日报', '就业', '创业', '芦淞区', '家庭医生', '服务', '市民', '学校', '老师', '的', '了', '，', '。', 'K7', '2025年', ' ', '“', '”'];
let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)] as T;
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('');

function archive(count: number): SearchRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `/20${22 + (i % 3)}/0${1 + (i % 9)}/1${i % 10}/doc${i}/`,
    title: sentence(4),
    kicker: i % 4 === 0 ? sentence(2) : null,
    subtitle: i % 5 === 0 ? sentence(3) : null,
    date: `20${22 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`,
    section: i % 6 === 0 ? null : pick(['要闻', '社会', '职教·观察']),
    people: i % 2 ? [pick(['何春林', '戴凛', '易珂文'])] : [],
    blocks: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ text: sentence(5 + k * 7), anchor: k > 1 ? 's1' : null, subhead: k === 2 })),
  }));
}

async function built(records: SearchRecord[], options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'index-'));
  await bundleSearchScript(dir);
  // Records come oldest first, as the text pass gives them.
  const stats = buildSearchIndex(
    [...records].sort((a, b) => a.date.localeCompare(b.date)),
    dir,
    () => [],
    options,
  );
  return { dir, stats, index: (await loadIndex(dir)).index };
}

const ctrlF = (records: SearchRecord[], q: string) =>
  records
    .filter((r) => [r.title, r.kicker ?? '', r.subtitle ?? '', ...r.blocks.map((b) => b.text)].some((t) => foldText(t).includes(foldText(q))))
    .map((r) => r.url)
    .sort();

test('every substring of the text, of 1 to 6 characters, finds exactly the documents holding it, in one pass or many', async () => {
  const records = archive(60);
  const one = await built(records);
  const many = await built(records, { occurrencesPerPass: 800, ownFileBytes: 8 });
  assert.equal(one.stats.passes, 1);
  // One pass sizes its buckets to its terms, so that a query reads a small file from each segment.
  assert.ok(one.stats.terms / one.stats.buckets <= 128 || one.stats.buckets === 16, `${one.stats.terms} terms in ${one.stats.buckets} buckets`);
  const wide = await built(archive(60).map((r, i) => ({ ...r, blocks: [...r.blocks, { text: String.fromCharCode(...Array.from({ length: 400 }, (_, k) => 0x4e00 + ((i * 397 + k * 31) % 20000))), anchor: null, subhead: false }] })));
  assert.ok(wide.stats.terms / wide.stats.buckets <= 128 && wide.stats.buckets > 16, `${wide.stats.terms} terms in ${wide.stats.buckets} buckets`);
  assert.ok(many.stats.passes > 5, `${many.stats.passes} passes`);
  assert.ok(
    readdirSync(join(many.dir, INDEX_DIR), { recursive: true, encoding: 'utf8' }).some((f) => /\/d\/t/u.test(f)),
    'some terms have files of their own',
  );
  const queries = new Set<string>();
  for (const r of records.slice(0, 20)) for (const b of r.blocks) for (let n = 1; n <= 6; n++) queries.add([...b.text].slice(0, n).join(''));
  queries.add('芦淞区 家庭医生').add('"日报 株洲"').add('不在其中');
  for (const q of queries) {
    if (parseQuery(q).message) continue; // punctuation alone gets a message, tested in query.test.ts
    const terms = parseQuery(q).terms.map((t) => t.term); // how a query splits is query.test.ts's concern
    const expected = records
      .filter((r) => terms.every((t) => ctrlF(records, t).includes(r.url)))
      .map((r) => r.url)
      .sort();
    for (const { index } of [one, many]) {
      const response = await runSearch(index, q, { limit: 1000 });
      assert.deepEqual({ q, urls: response.hits.map((h) => h.url).sort() }, { q, urls: expected });
      assert.ok(
        response.hits.every((h) => h.exact),
        q,
      );
      assert.equal(response.docs.length, response.total, q);
    }
  }
});

test('documents are numbered by date; years are ranges, sections and reporters lists', async () => {
  const records = archive(30);
  const { index } = await built(records);
  const all = await runSearch(index, '', { filters: { year: '2023' }, limit: 1000, sort: 'oldest' });
  assert.deepEqual(
    all.hits.map((h) => h.url).sort(),
    records
      .filter((r) => r.date.startsWith('2023'))
      .map((r) => r.url)
      .sort(),
  );
  assert.deepEqual(
    all.hits.map((h) => h.date),
    all.hits.map((h) => h.date).sort(),
  );
  const unknown = await runSearch(index, '', { filters: { section: '版面未注明' }, limit: 1000 });
  assert.equal(unknown.total, records.filter((r) => r.section === null).length);
  const person = await runSearch(index, '', { filters: { reporter: '戴凛', year: '2024' }, limit: 1000 });
  assert.deepEqual(
    person.hits.map((h) => h.url).sort(),
    records
      .filter((r) => r.people.includes('戴凛') && r.date.startsWith('2024'))
      .map((r) => r.url)
      .sort(),
  );
  assert.deepEqual(index.filters().year, { 2022: 10, 2023: 10, 2024: 10 });
});

test('a title weighs more than the body: the same word ranks the headline first', async () => {
  const base = { kicker: null, subtitle: null, date: '2025-05-31', section: '要闻', people: [] };
  const { index } = await built([
    { ...base, url: '/2025/05/31/body/', title: '会议召开', blocks: [{ text: '今天讨论了家庭医生签约。', anchor: null, subhead: false }] },
    { ...base, url: '/2025/05/31/title/', title: '家庭医生上门', blocks: [{ text: '今天的服务很周到。', anchor: null, subhead: false }] },
  ]);
  assert.deepEqual(
    (await runSearch(index, '家庭医生')).hits.map((h) => h.url),
    ['/2025/05/31/title/', '/2025/05/31/body/'],
  );
});

test('two builds of the same records write the same bytes', async () => {
  const records = archive(25);
  const [a, b] = [await built(records, { occurrencesPerPass: 500 }), await built(records, { occurrencesPerPass: 500 })];
  const files = (dir: string) => readdirSync(join(dir, INDEX_DIR), { recursive: true, encoding: 'utf8' }).sort();
  assert.deepEqual(files(a.dir), files(b.dir));
  for (const f of files(a.dir)) {
    if (!f.includes('.')) continue;
    assert.ok(readFileSync(join(a.dir, INDEX_DIR, f)).equals(readFileSync(join(b.dir, INDEX_DIR, f))), f);
  }
});

test('an article longer than the index reads is reported, and its opening is searchable', async () => {
  const base = { kicker: null, subtitle: null, date: '2025-05-31', section: '要闻', people: [] };
  const long = `${'长'.repeat(MAX_POSITION)}末尾`;
  const { stats, index } = await built([{ ...base, url: '/2025/05/31/long/', title: '开头', blocks: [{ text: long, anchor: null, subhead: false }] }]);
  assert.deepEqual(stats.truncated, ['/2025/05/31/long/']);
  assert.equal((await runSearch(index, '开头')).total, 1);
});

test('editions appended one by one find what one build of them all finds, with the same scores, in a few segments', async () => {
  const records = archive(90).sort((a, b) => a.date.localeCompare(b.date));
  const dates = [...new Set(records.map((r) => r.date))];
  const whole = await built(records);
  const dir = mkdtempSync(join(tmpdir(), 'index-'));
  await bundleSearchScript(dir);
  const upTo = (date: string) => records.filter((r) => r.date <= date);
  buildSearchIndex(upTo(dates[9] as string), dir, () => []);
  let merged = 0;
  for (const date of dates.slice(10)) {
    const stats = appendToSearchIndex(
      records.filter((r) => r.date === date),
      dir,
      (from, to) => records.slice(from, to),
      [],
    );
    merged += stats.merged;
  }
  const manifest = JSON.parse(readFileSync(join(dir, INDEX_DIR, 'manifest.json'), 'utf8')) as Manifest;
  assert.ok(merged > 0, 'small segments were merged');
  assert.ok(manifest.segments.length <= Math.log2(dates.length) + 2, `${manifest.segments.length} segments for ${dates.length} editions`);
  // Merged segments leave no files behind.
  assert.deepEqual(
    readdirSync(join(dir, INDEX_DIR))
      .filter((f) => f.startsWith('s'))
      .sort(),
    manifest.segments.map((s) => s.dir).sort(),
  );
  const appended = (await loadIndex(dir)).index;
  assert.deepEqual(appended.filters(), whole.index.filters());
  for (const q of ['株洲', '日报', '家庭医生', '芦淞区 服务', '"市民 学校"', 'K7', '老']) {
    for (const options of [{}, { sort: 'newest' as const }, { filters: { reporter: '戴凛' } }, { filters: { year: '2023', section: '要闻' } }]) {
      const [a, b] = [await runSearch(appended, q, { ...options, limit: 5 }), await runSearch(whole.index, q, { ...options, limit: 5 })];
      assert.deepEqual(a, b, `${q} ${JSON.stringify(options)}`);
    }
  }
});

test('a record no newer than the newest in the index is refused, and the index stays as it was', async () => {
  const records = archive(20).sort((a, b) => a.date.localeCompare(b.date));
  const { dir } = await built(records);
  const manifest = readFileSync(join(dir, INDEX_DIR, 'manifest.json'), 'utf8');
  assert.throws(() => appendToSearchIndex([records[3] as SearchRecord], dir, () => [], []), /records must come oldest first, found 2022-0\d-1\d .* after 2024-/u);
  assert.equal(readFileSync(join(dir, INDEX_DIR, 'manifest.json'), 'utf8'), manifest);
  assert.equal((await runSearch((await loadIndex(dir)).index, '株洲')).total, (await runSearch((await built(records)).index, '株洲')).total);
});

test('an edition is not appended to an index of another format, which lacks the files this one reads: the index stays as it was', async () => {
  const records = archive(20).sort((a, b) => a.date.localeCompare(b.date));
  const { dir } = await built(records.slice(0, 19));
  const path = join(dir, INDEX_DIR, 'manifest.json');
  const older = readFileSync(path, 'utf8').replace(/^\{"version":\d+/u, '{"version":4');
  writeFileSync(path, older);
  const files = readdirSync(join(dir, INDEX_DIR), { recursive: true, encoding: 'utf8' }).sort();
  assert.throws(() => appendToSearchIndex(records.slice(19), dir, () => [], []), /manifest\.json: expected search index format \d+, found 4: build the whole site/u);
  assert.equal(readFileSync(path, 'utf8'), older);
  assert.deepEqual(readdirSync(join(dir, INDEX_DIR), { recursive: true, encoding: 'utf8' }).sort(), files);
});

test('a story printed in traditional characters is found by a query in either script, its own characters marked', async () => {
  const records = archive(12);
  const reprint = { ...(records[3] as SearchRecord), title: '株洲日報重刊舊文', blocks: [{ text: '蘆淞區服裝市場，㗲字之後', anchor: null, subhead: false }] };
  records[3] = reprint;
  const { index } = await built(records);
  for (const q of ['芦淞区服装', '蘆淞區服裝', '芦淞區服装', '之后']) {
    const { hits } = await runSearch(index, q);
    assert.deepEqual(
      hits.map((h) => h.url),
      [reprint.url],
      q,
    );
    assert.deepEqual(
      hits[0]?.excerpt.filter((s) => s.mark).map((s) => s.text),
      [q === '之后' ? '之後' : '蘆淞區服裝'],
      q,
    );
  }
  assert.deepEqual(
    (await runSearch(index, '株洲日报')).hits
      .find((h) => h.url === reprint.url)
      ?.title.filter((s) => s.mark)
      .map((s) => s.text),
    ['株洲日報'],
  );
});

test('the named pages are the ones the build passes in, replaced whole when an edition is added', async () => {
  const records = archive(30).sort((a, b) => a.date.localeCompare(b.date));
  const dir = mkdtempSync(join(tmpdir(), 'index-'));
  await bundleSearchScript(dir);
  const page = (count: number) => ({ name: '何春林', role: 'reporter' as const, url: '/people/he/', count });
  buildSearchIndex(records.slice(0, 20), dir, () => [page(5), { name: '職教·觀察', role: 'section', url: '/s/zj/', count: 2 }]);
  assert.deepEqual((await runSearch((await loadIndex(dir)).index, '何春林')).pages, [page(5)]);
  assert.deepEqual(
    (await runSearch((await loadIndex(dir)).index, '职教·观察')).pages.map((p) => p.url),
    ['/s/zj/'],
  );
  appendToSearchIndex(records.slice(20), dir, (from, to) => records.slice(from, to), [page(9)]);
  const after = (await loadIndex(dir)).index;
  assert.deepEqual((await runSearch(after, '何春林')).pages, [page(9)]);
  assert.deepEqual((await runSearch(after, '职教·观察')).pages, []);
  // The table a reader used before is gone once the new one is published.
  assert.deepEqual(
    readdirSync(join(dir, INDEX_DIR)).filter((f) => /^n\d/u.test(f)),
    [after.manifest.names.dir],
  );
});
