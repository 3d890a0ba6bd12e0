// Parsing in worker threads fills the parse cache; ingest then reads every parse from it
// and gives exactly what it gives parsing one file after another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAhead } from '../../src/ingest/parse-ahead.ts';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { root } from '../helpers/site.ts';

test('worker threads parse what the cache lacks; ingest then gives what it gives alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ahead-'));
  const input = join(dir, 'dumps');
  mkdirSync(input);
  const samples = readdirSync(join(root, 'raw'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, 'raw', f), 'utf8'));
  // 72 distinct files: each sample, dated by its name, with a different closing line.
  for (let i = 0; i < 72; i++) writeFileSync(join(input, `2025-05-${String(1 + (i % 28)).padStart(2, '0')}-${i}.txt`), `${samples[i % samples.length]}\n\n第${i}号\n`);
  const cache = join(dir, 'cache');
  const seen: number[] = [];
  const first = await parseAhead([input], cache, (done) => seen.push(done), 2);
  assert.deepEqual(first, { parsed: 72, cached: 0, workers: 2 });
  assert.equal(seen.at(-1), 72);
  const warm = ingestPaths([input], undefined, cache);
  assert.equal(warm.cache?.hits, 72);
  const alone = ingestPaths([input], undefined, null);
  assert.deepEqual(warm.articles, alone.articles);
  assert.deepEqual(warm.messages, alone.messages);
  assert.deepEqual(await parseAhead([input], cache, undefined, 2), { parsed: 0, cached: 72, workers: 2 });
});

test('a few files are parsed by ingest itself: no workers', async () => {
  assert.deepEqual(await parseAhead([join(root, 'raw')], mkdtempSync(join(tmpdir(), 'ahead-')), undefined, 2), { parsed: 0, cached: 0, workers: 0 });
});
