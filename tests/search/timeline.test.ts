// Counting the matches by year, month, section and person, and the date range, on
// hand-made archives: the truth is worked out from the records' own dates, sections,
// people and text, never from the index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendToSearchIndex, buildSearchIndex } from '../../src/search/index-builder.ts';
import { StaticIndex } from '../../src/search/static-index.ts';
import { runSearch, type Filters } from '../../src/search/engine.ts';
import { foldText } from '../../src/search/tokens.ts';
import { COLUMN_DOCS, INDEX_DIR } from '../../src/search/index-format.ts';
import type { SearchRecord } from '../../src/search/record.ts';

const WORDS = ['株洲', '日报', '就业', '创业', '芦淞区', '家庭医生', '服务', '市民', '学校', '的', '，', '。'];
const SECTIONS = ['要闻', '社会', '职教·观察', null];
const PEOPLE = ['何春林', '戴凛', '易珂文', '李逸峰'];
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;

/** `count` stories, a few an edition, on days from 2023-11-28 on (every third day skipped), oldest first. */
function archive(count: number, firstDay = Date.UTC(2023, 10, 28)): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (let day = 0; records.length < count; day++) {
    if (day % 3 === 2) continue;
    const date = new Date(firstDay + day * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < 1 + (day % 4) && records.length < count; k++) {
      const i = records.length;
      records.push({
        url: `/${date.replaceAll('-', '/')}/doc${i}/`,
        title: Array.from({ length: 3 }, () => pick(WORDS)).join(''),
        kicker: null,
        subtitle: null,
        date,
        section: pick(SECTIONS),
        people: random() < 0.7 ? [...new Set([pick(PEOPLE), pick(PEOPLE)])].slice(0, 1 + (i % 2)) : [],
        blocks: [{ text: Array.from({ length: 6 }, () => pick(WORDS)).join(''), anchor: null, subhead: false }],
      });
    }
  }
  return records;
}

/** An index of the records, read through a fetch that lists the files it reads. */
async function opened(dir: string) {
  const read: string[] = [];
  const index = await StaticIndex.open(async (path) => {
    read.push(path);
    return new Uint8Array(readFileSync(join(dir, INDEX_DIR, path)));
  });
  return { index, read };
}
function built(records: SearchRecord[]) {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-'));
  buildSearchIndex(records, dir, () => []);
  return dir;
}

const holds = (r: SearchRecord, q: string) => [r.title, ...r.blocks.map((b) => b.text)].some((t) => foldText(t).includes(foldText(q)));
const SECTION = (r: SearchRecord) => r.section ?? '版面未注明';
/** What each filter lets through, read off the record. */
const allows = (r: SearchRecord, f: Filters, skip?: 'time' | 'section' | 'reporter') =>
  (skip === 'time' || ((!f.year || r.date.startsWith(f.year)) && (!f.from || r.date >= f.from) && (!f.to || r.date <= f.to))) && (skip === 'section' || !f.section || SECTION(r) === f.section) && (skip === 'reporter' || !f.reporter || r.people.includes(f.reporter));
const tally = (values: string[]) =>
  values.reduce<Record<string, number>>((n, v) => {
    n[v] = (n[v] ?? 0) + 1;
    return n;
  }, {});

/** The truth of a search: its stories, and each count over the stories every other filter lets through. */
function truth(records: SearchRecord[], q: string, f: Filters) {
  const matching = records.filter((r) => !q || q.split(' ').every((t) => holds(r, t)));
  const inTime = matching.filter((r) => allows(r, f, 'time'));
  const years = [...new Set(records.map((r) => r.date.slice(0, 4)))];
  const year = Object.fromEntries(years.map((y) => [y, inTime.filter((r) => r.date.startsWith(y)).length]));
  const months = [...new Set(records.filter((r) => r.date.startsWith(f.year ?? '')).map((r) => r.date.slice(0, 7)))];
  return {
    urls: matching
      .filter((r) => allows(r, f))
      .map((r) => r.url)
      .sort(),
    counts: {
      timeline: f.year ? months.map((m) => [m, inTime.filter((r) => r.date.startsWith(m)).length]) : Object.entries(year),
      year,
      section: tally(matching.filter((r) => allows(r, f, 'section')).map(SECTION)),
      reporter: tally(matching.filter((r) => allows(r, f, 'reporter')).flatMap((r) => r.people)),
    },
  };
}

const CASES: Array<[string, Filters]> = [
  ['', { from: '2024-01-01', to: '2024-01-31' }],
  ['', { from: '2023-11-30', to: '2023-11-30' }], // a day with no edition
  ['', { from: '2023-12-01' }],
  ['', { to: '2023-12-05' }],
  ['', { from: '2020-01-01', to: '2030-12-31' }],
  ['', { from: '2024-02-10', to: '2024-02-01' }], // the wrong way round: nothing
  ['', { year: '2024', section: '要闻' }],
  ['', { section: '社会', from: '2023-12-31', to: '2024-01-02' }],
  ['', { reporter: '戴凛', year: '2023' }],
  ['', { year: '2024', from: '2023-12-15', to: '2024-01-10' }],
  ['就业', {}],
  ['就业', { from: '2023-12-10', to: '2024-01-20' }],
  ['芦淞区 服务', { year: '2024', reporter: '何春林' }],
  ['家庭医生', { section: '职教·观察', to: '2024-01-01' }],
  ['学校', { from: '2024-03-01', to: '2024-03-01' }],
];

test('a date range finds the stories of those days, with a query and without; every count is over the whole matching set', async () => {
  const records = archive(220);
  const { index } = await opened(built(records));
  for (const [q, filters] of CASES) {
    const response = await runSearch(index, q, { filters, limit: 1000, counts: true });
    const expected = truth(records, q, filters);
    assert.deepEqual(response.hits.map((h) => h.url).sort(), expected.urls, `${q} ${JSON.stringify(filters)}`);
    assert.equal(response.total, expected.urls.length);
    assert.deepEqual(response.counts, expected.counts, `${q} ${JSON.stringify(filters)}`);
  }
  assert.ok(truth(records, '', CASES[0]?.[1] ?? {}).urls.length > 10);
  assert.deepEqual(truth(records, '', { from: '2023-11-30', to: '2023-11-30' }).urls, []);
});

test('counts are exact across segments and across column files; an edition added is counted on its day', async () => {
  const records = archive(COLUMN_DOCS + 300);
  // The last editions are added one by one, past the first column file.
  const cut = records.findIndex((r, i) => i > COLUMN_DOCS + 280 && r.date !== records[i - 1]?.date);
  const dir = built(records.slice(0, cut));
  const later = records.slice(cut);
  for (const date of [...new Set(later.map((r) => r.date))]) {
    const edition = later.filter((r) => r.date === date);
    const before = records.slice(0, records.indexOf(edition[0] as SearchRecord));
    appendToSearchIndex(edition, dir, (from, to) => before.concat(edition).slice(from, to), []);
  }
  const { index } = await opened(dir);
  assert.ok(index.manifest.segments.length > 1);
  const last = (records.at(-1) as SearchRecord).date;
  for (const [q, filters] of [...CASES, ['', { from: last, to: last }], ['就业', { year: last.slice(0, 4) }], ['', { reporter: '易珂文' }]] as Array<[string, Filters]>) {
    const response = await runSearch(index, q, { filters, limit: 2000, counts: true });
    const expected = truth(records, q, filters);
    assert.deepEqual(response.hits.map((h) => h.url).sort(), expected.urls, `${q} ${JSON.stringify(filters)}`);
    assert.deepEqual(response.counts, expected.counts, `${q} ${JSON.stringify(filters)}`);
  }
});

test('a date range reads the editions of its own years alone; counting a few matches reads their column files alone', async () => {
  const records = archive(3 * COLUMN_DOCS);
  const dir = built(records);
  const { index, read } = await opened(dir);
  await runSearch(index, '', { filters: { from: '2024-03-01', to: '2024-03-31' } });
  assert.deepEqual(read.filter((p) => p.includes('/f/')).sort(), ['s0-3072/f/days-2024.json']);
  const rare = records.filter((r) => r.date >= '2024-06-01').find((r) => r.people.length) as SearchRecord;
  read.length = 0;
  const response = await runSearch(index, '', { filters: { reporter: rare.people[0] as string, from: rare.date, to: rare.date }, counts: true });
  assert.ok(response.total > 0);
  const columns = read.filter((p) => /\/f\/c\d+\.bin$/u.test(p));
  assert.ok(columns.length >= 1 && columns.length < 3, columns.join(' '));
  // Nothing searched, nothing filtered: no counting at all.
  assert.equal((await runSearch(index, '', { counts: true })).counts, null);
});

test('a date not written as a day gets a message naming it, not a guess', async () => {
  const { index } = await opened(built(archive(20)));
  for (const bad of ['2024-1-5', '2024-13-01', 'yesterday']) {
    const response = await runSearch(index, '就业', { filters: { from: bad } });
    assert.equal(response.total, 0);
    assert.match(response.message ?? '', new RegExp(`2025-05-31.*${bad}`, 'u'));
  }
});
