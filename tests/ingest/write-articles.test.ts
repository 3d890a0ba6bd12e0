import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { articlePath, writeArticles } from '../../src/ingest/write-articles.ts';
import { displayPath } from '../../src/ingest/ingest.ts';

const page = readFileSync(new URL('../../raw/001_e21c4ea54b265bd1.txt', import.meta.url), 'utf8');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'write-'));
  const input = join(dir, 'dumps');
  const out = join(dir, 'articles');
  return { dir, input, out };
}

const run = (input: string, out: string) => {
  const result = ingestPaths([input]);
  return { result, summary: writeArticles(out, result.articles, new Set(result.files.map((f) => f.file)), result.messages) };
};

test('articles are written under YYYY/MM/DD, and a second run changes no byte', async () => {
  const { input, out } = setup();
  (await import('node:fs')).mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  const first = run(input, out);
  assert.equal(first.summary.written, 10);
  const path = articlePath(out, first.result.articles[0]!);
  assert.match(path, /articles\/2025\/05\/31\/[0-9a-f]{12}\.md$/u);
  const bytes = readFileSync(path);
  const second = run(input, out);
  assert.deepEqual(second.summary, { written: 0, unchanged: 10, removed: 0, locked: 0, paths: first.result.articles.map((a) => articlePath(resolve(out), a)) });
  assert.deepEqual(readFileSync(path), bytes);
});

test('a locked article is neither overwritten nor removed, and that is reported', async () => {
  const { input, out } = setup();
  (await import('node:fs')).mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  const first = run(input, out);
  const path = articlePath(out, first.result.articles[0]!);
  const edited = readFileSync(path, 'utf8').replace('---\n', '---\nlocked: true\n').replace('田心', '田心(校订)');
  writeFileSync(path, edited);
  const second = run(input, out);
  assert.equal(second.summary.locked, 1);
  assert.equal(readFileSync(path, 'utf8'), edited);
  assert.ok(second.result.messages.some((m) => m.rule === 'locked'));

  writeFileSync(join(input, '2025-05-31.txt'), '');
  const third = run(input, out);
  assert.equal(readFileSync(path, 'utf8'), edited, 'kept though its source no longer yields it');
  assert.equal(third.summary.removed, 9);
});

test('articles whose source is gone are removed; articles of other inputs are kept', async () => {
  const { dir, input, out } = setup();
  const fs = await import('node:fs');
  fs.mkdirSync(input);
  const other = join(dir, 'other');
  fs.mkdirSync(other);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  writeFileSync(join(other, '2025-06-01.txt'), '别处标题\n\n株洲日报(记者/甲乙) 6月1日,活动举行。');
  run(input, out);
  const kept = run(other, out);
  assert.equal(kept.summary.removed, 0, 'ingesting one folder leaves the other folder\'s articles');
  fs.rmSync(join(input, '2025-05-31.txt'));
  const after = run(other, out);
  assert.equal(after.summary.removed, 10);
  assert.ok(existsSync(articlePath(out, after.result.articles[0]!)));
  assert.ok(displayPath(join(other, '2025-06-01.txt')).length > 0);
});

test('an added edition (prune: false) leaves the other articles unread, even those whose source is gone', async () => {
  const { dir, input, out } = setup();
  const fs = await import('node:fs');
  fs.mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  run(input, out);
  fs.rmSync(join(input, '2025-05-31.txt'));
  const other = join(dir, '2025-06-01.txt');
  writeFileSync(other, '别处标题\n\n株洲日报(记者/甲乙) 6月1日,活动举行。');
  const result = ingestPaths([other]);
  const added = writeArticles(out, result.articles, new Set([displayPath(other)]), result.messages, { prune: false });
  assert.deepEqual([added.written, added.removed, added.paths.length], [1, 0, 1]);
  assert.equal(fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.md')).length, 11);
});
