import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitSiteState, readSiteState, stateGeneration, writeSiteStateAside } from '../../src/site/site-state.ts';
import type { StoreEntry } from '../../src/site/article-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'state-'));
const site = join(dir, 'site');
const articles = join(dir, 'articles');
mkdirSync(site);
const writeSiteState = (file: string, state: Parameters<typeof writeSiteStateAside>[1]) => {
  const generation = writeSiteStateAside(file, state, 'tool@1');
  commitSiteState(file);
  return generation;
};
const entry = (i: number): StoreEntry => ({ data: { id: `a${i}`, url: `/2025/05/31/a${i}/`, date: '2025-05-31', file: join(articles, `a${i}.md`), title: `标题“${i}”\n` } as StoreEntry['data'], body: { start: 100 + i, length: 900 + i } });

test('a state reads back as it was written, entry by entry', () => {
  const file = join(dir, 'state.json');
  const entries = Array.from({ length: 2500 }, (_, i) => entry(i));
  const generation = writeSiteState(file, { articles, site, entries, pages: { '/': 'k1', '/2025/': 'k2' } });
  const read = readSiteState(file, articles, site);
  assert.ok('state' in read);
  assert.equal(read.state.generation, generation);
  assert.equal(stateGeneration(file), generation);
  assert.deepEqual(read.state.entries, entries);
  assert.deepEqual(read.state.pages, { '/': 'k1', '/2025/': 'k2' });
});

test('a state that is missing, unreadable, of another version or of another folder is not used, and says why', () => {
  const file = join(dir, 'other.json');
  const problem = (f: string, a = articles, s = site) => {
    const read = readSiteState(f, a, s);
    return 'problem' in read ? read.problem : null;
  };
  assert.match(problem(join(dir, 'none.json')) ?? '', /no state of an earlier build in .*none\.json/u);
  writeFileSync(file, '{"version":1,"entr');
  assert.match(problem(file) ?? '', /other\.json: unreadable/u);
  writeFileSync(file, JSON.stringify({ version: 0, articles, site, entries: [], pages: {} }));
  assert.match(problem(file) ?? '', /expected state version 2, found 0/u);
  // Valid JSON of the wrong shape: the file and the field are named.
  writeFileSync(file, JSON.stringify({ version: 2, articles, site, entries: [{ data: { id: 'a', url: '/u/', date: '2025-05-31', file: 'a.md', title: 't' }, body: { start: -1, length: 9 } }], pages: {}, generation: 'f'.repeat(64) }));
  assert.match(problem(file) ?? '', /other\.json: field "entries\.0\.body\.start": .*>=0/u);
  writeFileSync(file, JSON.stringify({ version: 2, articles, site, entries: [], pages: {} }));
  assert.match(problem(file) ?? '', /other\.json: field "generation": .*expected string, received undefined/u);
  writeSiteState(file, { articles, site, entries: [], pages: {} });
  assert.equal(problem(file), null);
  assert.match(problem(file, join(dir, 'elsewhere')) ?? '', /describes the articles in .*articles, not .*elsewhere/u);
  assert.match(problem(file, articles, join(dir, 'site2')) ?? '', /describes the site in .*site, not .*site2/u);
});
