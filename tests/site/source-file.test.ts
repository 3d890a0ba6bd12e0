import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceText as read } from '../../src/site/source-file.ts';
import { decodeInput } from '../../src/ingest/decode.ts';

const sourceText = (file: string, sha256: string | null, articles: string) => read(file, sha256, articles, decodeInput);

const utf8Page = readFileSync(new URL('../fixtures/encodings/utf8-page.txt', import.meta.url), 'utf8');
const sha256 = createHash('sha256').update(utf8Page).digest('hex');

test('a source page shows the stored text; without it, the file, saying whether it is still the text the articles were cut from', () => {
  const dir = mkdtempSync(join(tmpdir(), 'source-file-'));
  const articles = join(dir, 'articles');
  const dump = join(dir, '2025-05-31.txt');
  writeFileSync(dump, readFileSync(new URL('../fixtures/encodings/gb18030-page.txt', import.meta.url)));
  const lines = utf8Page.split(/\r\n|\r|\n/u);

  assert.deepEqual(sourceText(dump, sha256, articles), { lines, state: 'same' }, 'no stored text: the GB18030 file, decoded, is still that text');
  assert.deepEqual(sourceText(dump, null, articles), { lines, state: 'unverified' }, 'an article that names no text');
  mkdirSync(join(articles, 'sources'), { recursive: true });
  writeFileSync(join(articles, 'sources', `${sha256}.txt`), utf8Page);
  writeFileSync(dump, `更正\n${utf8Page}`);
  assert.deepEqual(sourceText(dump, sha256, articles), { lines, state: 'stored' }, 'the stored text, whatever the file holds now');
  rmSync(join(articles, 'sources', `${sha256}.txt`));
  assert.deepEqual(sourceText(dump, sha256, articles), { lines: ['更正', ...lines], state: 'changed' });
  writeFileSync(dump, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]));
  assert.deepEqual(sourceText(dump, sha256, articles), { lines: null, state: 'undecodable' });
  rmSync(dump);
  assert.deepEqual(sourceText(dump, sha256, articles), { lines: null, state: 'gone' });
});
