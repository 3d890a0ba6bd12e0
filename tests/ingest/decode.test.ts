// A few bad bytes are not a binary file: a dump with a NUL, an undecodable byte or a
// private-use character (how newsrooms type rare characters of names) is text; each bad
// byte is reported where an editor shows it, and the rest of the file is ingested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import type { Article, Message } from '../../src/ingest/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const ingestFile = (bytes: Uint8Array, name = '2025-05-31.txt') => {
  const dir = mkdtempSync(join(tmpdir(), 'decode-'));
  writeFileSync(join(dir, name), bytes);
  return ingestPaths([dir]);
};
const shape = (articles: Article[]) => articles.map((a) => ({ title: a.title, reporters: a.reporters, blocks: a.blocks.map((b) => `${b.startLine}-${b.endLine} ${b.type}:${b.text}`) }));
const reference = shape(ingestFile(fixture('utf8-page.txt')).articles);
/** The messages of some rules, as `line:column severity: text`. */
const said = (messages: Message[], ...rules: string[]) => messages.filter((m) => rules.includes(m.rule)).map((m) => `${m.line}:${m.column} ${m.severity}: ${m.text}`);

test('a dump with one NUL is text: the NUL is reported at its line and column and removed, the story ingested whole', () => {
  const r = ingestFile(fixture('utf8-page-with-a-nul.txt'));
  assert.deepEqual(said(r.messages, 'encoding', 'control-character'), ['7:6 warning: expected text, found control character U+0000: removed']);
  assert.deepEqual(shape(r.articles), reference);
});

test('a dump with one byte that is no UTF-8 is text: the byte is reported, read as U+FFFD, and the rest kept', () => {
  const r = ingestFile(fixture('utf8-page-with-a-bad-byte.txt'));
  assert.deepEqual(said(r.messages, 'encoding', 'control-character'), ['11:4 warning: expected UTF-8 text, found byte 0xFF: read as U+FFFD']);
  // Line 11 of the page reads `会上,中车株机…`: the byte stood after its third character.
  const got = shape(r.articles);
  const paragraph = got[0]?.blocks.find((b) => b.startsWith('11-11 '));
  assert.match(paragraph ?? '', /^11-11 paragraph:会上，\ufffd中车株机/u);
  assert.deepEqual(JSON.parse(JSON.stringify(got).replace('\ufffd', '')), reference, 'nothing else changes');
});

test('GB18030 with one bad byte is still read as GB18030, the byte reported with its line and column', () => {
  const r = ingestFile(fixture('gb18030-page-with-a-bad-byte.txt'));
  assert.deepEqual(said(r.messages, 'encoding', 'control-character'), ['0:0 info: decoded as GB18030', '11:4 warning: expected GB18030 text, found byte 0xFF: read as U+FFFD']);
  assert.deepEqual(JSON.parse(JSON.stringify(shape(r.articles)).replace('\ufffd', '')), reference);
});

test('a private-use character in a name is text, kept as it is, and no message is made of it', () => {
  const r = ingestFile(fixture('utf8-page-with-private-use-name.txt'));
  assert.deepEqual(said(r.messages, 'encoding', 'control-character'), []);
  assert.deepEqual(
    r.articles.map((a) => a.reporters),
    [['李\ue000峰']],
  );
  assert.equal(r.articles[0]?.bylines[0], '株洲日报(全媒体记者/李\ue000峰 通讯员/冯帅)');
});

test('many bad bytes (a paragraph pasted in GB18030 into a UTF-8 page): five told one by one, the rest summed up with their lines', () => {
  const r = ingestFile(fixture('utf8-page-with-a-paragraph-in-gb18030.txt'));
  const encoding = said(r.messages, 'encoding');
  assert.equal(encoding.length, 6);
  assert.deepEqual(
    encoding.slice(0, 5).map((m) => m.replace(/: .*/u, '')),
    ['9:1 warning', '9:2 warning', '9:3 warning', '9:4 warning', '9:5 warning'],
  );
  assert.match(encoding[0] ?? '', /expected UTF-8 text, found byte 0xBA: read as U\+FFFD$/u);
  assert.match(encoding[5] ?? '', /^9:\d+ warning: expected UTF-8 text, found \d+ more byte sequences that are no character, on line 9: each read as U\+FFFD$/u);
  // Every other paragraph of the page is there as it was.
  const body = r.articles[0]?.blocks.map((b) => b.text).join('\n') ?? '';
  for (const block of reference[0]?.blocks ?? []) {
    const text = block.replace(/^[^:]*:/u, '');
    if (!text.includes('合样本')) assert.ok(body.includes(text), text);
  }
  assert.equal(r.articles[0]?.title, '田心轨道交通产业社区建设启动');
});

test('bad bytes on many lines are summed up with every line named, as ranges', () => {
  // A stray byte 0xFE at the start and the end of every paragraph from line 5 on: ten.
  const page = fixture('utf8-page.txt').toString('utf8').split('\n');
  const damaged = (line: string, i: number) => (line && i >= 4 ? [Buffer.from([0xfe]), Buffer.from(line), Buffer.from([0xfe])] : [Buffer.from(line)]);
  const bytes = Buffer.concat(page.flatMap((line, i) => [...damaged(line, i), Buffer.from(i < page.length - 1 ? '\n' : '')]));
  const end = (n: number) => `${n}:${[...(page[n - 1] ?? '')].length + 2}`;
  const encoding = said(ingestFile(bytes).messages, 'encoding');
  assert.deepEqual(
    encoding.map((m) => m.split(' ')[0]),
    ['5:1', end(5), '7:1', end(7), '9:1', end(9)],
  );
  assert.equal(encoding.at(-1)?.replace(/^\S+ /u, ''), 'warning: expected UTF-8 text, found 5 more byte sequences that are no character, on lines 9, 11, 13: each read as U+FFFD');
});

test('binary files are still refused, whatever their name: random bytes, an image, an archive, an executable', () => {
  const binaries = {
    'random-bytes.bin': fixture('random-bytes.bin'),
    'photo.png': fixture('photo.png'),
    'a gzip archive of a dump': gzipSync(fixture('utf8-page.txt')),
    'an executable': readFileSync(process.execPath).subarray(0, 65536),
    'a UTF-16 mark before random bytes': Buffer.concat([Buffer.from([0xff, 0xfe]), fixture('random-bytes.bin')]),
  };
  for (const [name, bytes] of Object.entries(binaries)) {
    const r = ingestFile(bytes);
    assert.deepEqual(r.articles, [], name);
    const [refusal, ...rest] = said(r.messages, 'encoding', 'control-character');
    assert.deepEqual(rest, [], name);
    assert.match(refusal ?? '', /^0:0 error: expected (Chinese )?text.*(a binary file|no character).*file skipped; the archive's articles from it are kept$/u, name);
  }
});

test('UTF-16 without a byte-order mark (LE and BE), which no other encoding reads as text, is read as UTF-16 and said so', () => {
  const le = Buffer.from(fixture('utf8-page.txt').toString('utf8'), 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [encoding, bytes] of [
    ['UTF-16LE', le],
    ['UTF-16BE', be],
  ] as const) {
    const r = ingestFile(bytes);
    assert.deepEqual(said(r.messages, 'encoding', 'control-character'), [`0:0 info: decoded as ${encoding}`], encoding);
    assert.deepEqual(shape(r.articles), reference, encoding);
  }
});
