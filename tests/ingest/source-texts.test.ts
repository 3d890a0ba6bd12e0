import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { storeSourceTexts } from '../../src/ingest/source-texts.ts';
import { readSourceText, sourceTextPath } from '../../src/article/source-texts.ts';
import type { Message } from '../../src/ingest/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const utf8Page = fixture('utf8-page.txt').toString('utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function dumps(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'texts-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

test("each article's source names the hash of the text it was cut from, decoded as the ingest decoded it", () => {
  const result = ingestPaths([dumps({ '2025-05-31.txt': fixture('gb18030-page.txt') })]);
  assert.ok(result.articles.length > 0);
  for (const a of result.articles) {
    assert.equal(a.source.sha256, sha256(utf8Page), 'the GB18030 bytes, decoded');
    assert.deepEqual(
      a.sources.map((s) => s.sha256),
      [sha256(utf8Page)],
    );
  }
  assert.deepEqual([...result.texts.keys()], [sha256(utf8Page)]);
});

test('the texts are stored under their hash, once: a second ingest of the same input rewrites nothing', () => {
  const input = dumps({ '2025-05-31.txt': fixture('gb18030-page.txt'), '2025-06-01.txt': '另一条新闻\n\n株洲日报(记者/甲乙) 5月31日，活动举行。\n' });
  const articles = mkdtempSync(join(tmpdir(), 'texts-articles-'));
  const messages: Message[] = [];
  const first = ingestPaths([input]);
  storeSourceTexts(articles, first.texts, messages);
  assert.deepEqual(messages, []);
  assert.equal(first.texts.size, 0, 'let go once stored');
  const stored = readdirSync(join(articles, 'sources')).sort();
  assert.equal(stored.length, 2, 'nothing but the texts: none left aside half-written');
  for (const name of stored) assert.equal(`${sha256(readFileSync(join(articles, 'sources', name), 'utf8'))}.txt`, name, `${name}: named by its content`);
  assert.equal(readFileSync(sourceTextPath(articles, sha256(utf8Page)), 'utf8'), utf8Page);

  const before = stored.map((name) => statSync(join(articles, 'sources', name)).mtimeMs);
  storeSourceTexts(articles, ingestPaths([input]).texts, messages);
  assert.deepEqual(
    stored.map((name) => statSync(join(articles, 'sources', name)).mtimeMs),
    before,
  );
  assert.deepEqual(readdirSync(join(articles, 'sources')).sort(), stored);
});

test('a text that cannot be stored is reported, naming its input; a stored text whose bytes are not its name is not read', () => {
  const input = dumps({ '2025-05-31.txt': utf8Page });
  const articles = mkdtempSync(join(tmpdir(), 'texts-articles-'));
  writeFileSync(join(articles, 'sources'), 'a file where the folder should be');
  const messages: Message[] = [];
  storeSourceTexts(articles, ingestPaths([input]).texts, messages);
  assert.equal(messages.length, 1);
  assert.match(messages[0]?.file ?? '', /2025-05-31\.txt$/u);
  assert.equal(messages[0]?.rule, 'source-text');

  const other = mkdtempSync(join(tmpdir(), 'texts-articles-'));
  mkdirSync(join(other, 'sources'));
  writeFileSync(sourceTextPath(other, sha256(utf8Page)), `${utf8Page}edited by hand`);
  assert.equal(readSourceText(other, sha256(utf8Page)), null);
  assert.equal(readSourceText(other, '../../etc/passwd'), null);
});
