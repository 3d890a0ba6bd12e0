import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleSite, root } from '../helpers/site.ts';

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
  const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; results: Array<{ section: string }> });
  assert.deepEqual(lines.map((l) => l.query), ['芦淞区', '就业', '洲']);
  assert.ok(lines.every((l) => l.results.every((r) => r.section === '就业·创业')));
  assert.equal(search('--sort', 'sideways', 'x').status, 2);
});
