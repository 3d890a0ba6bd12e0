import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sampleSite, root } from '../helpers/site.ts';
import { storyHolds, storyText } from '../helpers/story-text.ts';

const site = sampleSite();
const search = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/search.ts'), '--site', site.dir, ...args], { encoding: 'utf8' });

test('search --json QUERY prints the query and its results', () => {
  const out = search('--json', '景弘中学');
  assert.equal(out.status, 0, out.stderr);
  const response = JSON.parse(out.stdout) as { query: string; results: Array<Record<string, string>> };
  assert.equal(response.query, '景弘中学');
  assert.equal(response.results.length, 1);
  assert.deepEqual(Object.keys(response.results[0] ?? {}), ['url', 'title', 'date', 'section', 'excerpt']);
  assert.match(response.results[0]?.excerpt ?? '', /景弘中学/u);
});

test('search --queries FILE prints one JSON object a line; filters and sort apply', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'queries-')), 'q.txt');
  writeFileSync(file, '芦淞区\n就业\n\n洲\n');
  const out = search('--json', '--queries', file, '--section', '就业·创业', '--sort', 'oldest');
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { query: string; results: Array<{ section: string }> });
  assert.deepEqual(
    lines.map((l) => l.query),
    ['芦淞区', '就业', '洲'],
  );
  assert.ok(lines.every((l) => l.results.every((r) => r.section === '就业·创业')));
  assert.equal(search('--sort', 'sideways', 'x').status, 2);
});

test('search --from DAY --to DAY keeps the stories of those days; --counts prints the matches by year', () => {
  const out = search('--json', '--counts', '--from', '2025-05-10', '--to', '2026-01-21', '就业');
  assert.equal(out.status, 0, out.stderr);
  const response = JSON.parse(out.stdout) as { results: Array<{ url: string }>; counts: { timeline: Array<[string, number]> } };
  // Ctrl+F over the article files; a story's day is in its URL.
  const dir = join(dirname(site.dir), 'articles');
  const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /^\d{4}\/.*\.md$/u.test(f))
    .map((f) => storyText(readFileSync(join(dir, f), 'utf8')))
    .filter((s) => storyHolds(s, '就业'))
    .map((s) => s.url);
  const day = (url: string) => url.slice(1, 11).replaceAll('/', '-');
  const inRange = found.filter((u) => day(u) >= '2025-05-10' && day(u) <= '2026-01-21');
  assert.ok(inRange.length > 0 && inRange.length < found.length);
  assert.deepEqual(response.results.map((r) => r.url).sort(), inRange.sort());
  const perYear = (year: string) => found.filter((u) => u.startsWith(`/${year}/`)).length;
  assert.deepEqual(response.counts.timeline, [
    ['2022', perYear('2022')],
    ['2025', perYear('2025')],
    ['2026', perYear('2026')],
  ]);
  const bad = JSON.parse(search('--json', '--from', '2025-5-1', '就业').stdout) as { total: number; message: string };
  assert.deepEqual([bad.total, /2025-5-1/u.test(bad.message)], [0, true]);
});
