// What a query of any length reads, on hand-made archives: the runs of characters common
// in a segment are terms of their own, so a long query of them reads their lists and no
// positions; the first page of a one-term query reads the term's best documents, not its
// whole list. The truth is Ctrl+F over the records' own text, never the index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendToSearchIndex, buildSearchIndex, type IndexOptions } from '../../src/search/index-builder.ts';
import { StaticIndex } from '../../src/search/static-index.ts';
import { runSearch } from '../../src/search/engine.ts';
import { foldText } from '../../src/search/tokens.ts';
import { parseQuery } from '../../src/search/query.ts';
import { INDEX_DIR } from '../../src/search/index-format.ts';
import type { SearchRecord } from '../../src/search/record.ts';

const WORDS = ['株洲', '日报', '就业', '创业', '芦淞区', '服务', '市民', '学校', '召开', '围绕', '的', '，', '。'];
/** A sentence the stories print again and again, as a paper's stock phrases are. */
const STOCK = '围绕就业创业召开推进会';
let seed = 5;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('');

/** `count` stories, one a day from 2024-01-01, oldest first; every other one prints the stock sentence. */
function archive(count: number, first = 0): SearchRecord[] {
  return Array.from({ length: count }, (_, k) => {
    const i = first + k;
    const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const body = i % 2 ? `${words(4)}${STOCK}${words(5)}` : words(12);
    return {
      url: `/${date.replaceAll('-', '/')}/doc${i}/`,
      title: words(3),
      kicker: null,
      subtitle: null,
      date,
      section: '要闻',
      people: [],
      blocks: [
        { text: body, anchor: null, subhead: false },
        { text: words(6), anchor: null, subhead: false },
      ],
    };
  });
}

function built(records: SearchRecord[], options: IndexOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'phrases-'));
  buildSearchIndex(records, dir, () => [], options);
  return dir;
}

/** An index read through a fetch that lists the files it reads. */
async function opened(dir: string) {
  const read: string[] = [];
  const index = await StaticIndex.open(async (path) => {
    read.push(path);
    return new Uint8Array(readFileSync(join(dir, INDEX_DIR, path)));
  });
  return { index, read };
}

const ctrlF = (records: SearchRecord[], q: string) =>
  records
    .filter((r) => [r.title, ...r.blocks.map((b) => b.text)].some((t) => foldText(t).includes(foldText(q))))
    .map((r) => r.url)
    .sort();

test('a run common in the archive is a term of its own: a query of it reads one bucket and its list, and no positions', async () => {
  const records = archive(40);
  const dir = built(records, { phraseDocs: 8 });
  for (const q of ['围绕就业创业召开', '就业创业召开推进', '创业召开']) {
    const { index, read } = await opened(dir);
    const response = await runSearch(index, q, { limit: 100 });
    assert.deepEqual(response.hits.map((h) => h.url).sort(), ctrlF(records, q), q);
    assert.ok(response.total >= 20, `${q}: ${response.total}`);
    assert.deepEqual(
      read.filter((p) => p.includes('/p/')),
      [],
      `${q} reads positions`,
    );
    // Its first pair's bucket holds it: the only bucket read.
    assert.equal(read.filter((p) => /\/d\/b\d+\.bin$/u.test(p)).length, 1, `${q} reads ${read.join(' ')}`);
  }
});

test('with phrases, every run of 1 to 10 characters finds exactly what Ctrl+F finds, in one pass or many, and with an edition appended', async () => {
  const records = archive(40);
  const queries = new Set<string>(['不在其中', '围绕就业创业召开推进会', `${STOCK}${STOCK}`]);
  for (const r of records.slice(0, 8)) {
    const text = r.blocks.map((b) => b.text).join('');
    for (let n = 1; n <= 10; n++) for (let at = 0; at + n <= text.length; at += 3) queries.add(text.slice(at, at + n));
  }
  const one = built(records, { phraseDocs: 8 });
  const many = built(records, { phraseDocs: 8, occurrencesPerPass: 500, ownFileBytes: 8 });
  // The edition appended is a segment of its own, too small for phrases: a query covers each segment its own way.
  const appended = built(records.slice(0, 36), { phraseDocs: 8 });
  appendToSearchIndex(records.slice(36), appended, (from, to) => records.slice(from, to), [], { phraseDocs: 8 });
  for (const dir of [one, many, appended]) {
    const { index } = await opened(dir);
    for (const q of queries) {
      if (parseQuery(`"${q}"`).message) continue; // punctuation alone gets a message, tested in query.test.ts
      const response = await runSearch(index, `"${q}"`, { limit: 100 });
      assert.deepEqual({ q, urls: response.hits.map((h) => h.url).sort() }, { q, urls: ctrlF(records, q) });
    }
  }
});

test("the first page of a one-term query reads the term's best documents and its count, not its list: the hits and total of the whole search", async () => {
  const records = archive(200);
  // Every list in a file of its own, so that each term has its best documents apart.
  const options = { phraseDocs: 8, ownFileBytes: 8 };
  const whole = built(records, options);
  const appended = built(records.slice(0, 190), options);
  appendToSearchIndex(records.slice(190), appended, (from, to) => records.slice(from, to), [], options);
  for (const dir of [whole, appended]) {
    for (const q of ['株', '就业', '就业创业召开', '召开推进会']) {
      for (const offset of [0, 10]) {
        const full = await runSearch((await opened(dir)).index, q, { offset, limit: 10 });
        const { index, read } = await opened(dir);
        const first = await runSearch(index, q, { offset, limit: 10, preview: true });
        assert.deepEqual([first.total, first.hits], [full.total, full.hits], `${q} from ${offset}`);
        assert.equal(first.total, ctrlF(records, q).length, q);
        assert.ok(full.total > 20, `${q}: ${full.total}`);
        // The edition appended is too small for phrases: its few documents are read as they are.
        const big = (index.manifest.segments[0] as { dir: string }).dir;
        const lists = read.filter((p) => p.startsWith(`${big}/`) && /\/d\/t[0-9a-f]+\.bin$/u.test(p));
        assert.deepEqual(lists, [], `${q} reads whole lists`);
        assert.ok(
          read.some((p) => p.endsWith('.top.bin')),
          q,
        );
      }
    }
  }
});

test('a term with a run in a few stories alone is checked on their stored text: no positions, nor the lists of its common runs', async () => {
  // 罕见 is printed in three stories: in two as part of 株洲罕见日报, in one apart from it.
  // Enough stories that the lists of its common runs cost more than the three stories.
  const records = archive(2000).map((r, i) =>
    i === 3 || i === 17 ? { ...r, blocks: [...r.blocks, { text: `今天株洲罕见日报${words(3)}`, anchor: null, subhead: false }] } : i === 30 ? { ...r, blocks: [...r.blocks, { text: `株洲${words(2)}罕见${words(2)}日报`, anchor: null, subhead: false }] } : r,
  );
  const dir = built(records, { ownFileBytes: 8 });
  const { index, read } = await opened(dir);
  const response = await runSearch(index, '株洲罕见日报', { limit: 100 });
  assert.deepEqual(response.hits.map((h) => h.url).sort(), ctrlF(records, '株洲罕见日报'));
  assert.equal(response.total, 2);
  assert.ok(response.hits.every((h) => h.exact));
  assert.deepEqual(
    read.filter((p) => p.includes('/p/')),
    [],
    'no positions',
  );
  // The lists of 株洲 and 日报, in nearly every story, each a file of its own, are not read: 罕见's, short, is in its bucket.
  assert.deepEqual(
    read.filter((p) => /\/d\/t[0-9a-f]+\.bin$/u.test(p)),
    [],
    read.join(' '),
  );
  assert.deepEqual(read.filter((p) => p.startsWith('doc/')).sort(), ['doc/0/17.json', 'doc/0/3.json', 'doc/0/30.json']);
  // Where the lists are shorter than the stories would be, they are read instead.
  const few = await opened(built(records.slice(0, 40), { ownFileBytes: 8 }));
  assert.equal((await runSearch(few.index, '株洲罕见日报')).total, 2);
  assert.ok(few.read.some((p) => p.includes('/p/')) && !few.read.some((p) => p === 'doc/0/30.json'), few.read.join(' '));
});
