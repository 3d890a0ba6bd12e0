// Control characters (a PDF extraction's form feeds, \x01, ESC, C1 controls) and
// noncharacters never reach an article: the ingest removes them (a form feed is a page
// break) and reports each with its line, for dumps and posts, whatever put them there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { allStrings } from '../helpers/gold.ts';
import type { Article, Message } from '../../src/ingest/types.ts';

const fixturePath = (name: string) => new URL(`../fixtures/encodings/${name}`, import.meta.url).pathname;
const ingestFile = (bytes: Uint8Array | string, name = '2025-05-31.txt') => {
  const dir = mkdtempSync(join(tmpdir(), 'controls-'));
  writeFileSync(join(dir, name), bytes);
  return ingestPaths([dir]);
};
const shape = (articles: Article[]) => articles.map((a) => ({ title: a.title, reporters: a.reporters, blocks: a.blocks.map((b) => `${b.startLine}-${b.endLine} ${b.type}:${b.text}`) }));
const said = (messages: Message[]) => messages.filter((m) => m.rule === 'control-character').map((m) => `${m.line}:${m.column} ${m.severity}: ${m.text}`);
/** What XML 1.0 forbids or a reader never sees, written out here rather than taken from the code under test. */
const NOT_TEXT = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{10fffe}\u{10ffff}]|\p{Cs}/u;
const notTextIn = (articles: Article[]) => allStrings(articles).filter((s) => NOT_TEXT.test(s));

test("control characters in a dump's headline and body are removed and reported with line and column; the stories are as without them", () => {
  const reference = shape(ingestFile(readFileSync(fixturePath('utf8-page.txt'))).articles);
  const r = ingestFile(readFileSync(fixturePath('utf8-page-with-control-characters.txt')));
  assert.deepEqual(said(r.messages), [
    '3:7 warning: expected text, found control character U+001B: removed',
    '3:16 warning: expected text, found control character U+0085: removed',
    '7:38 warning: expected text, found control character U+0001: removed',
    '7:42 warning: expected text, found control character U+007F: removed',
    '9:1 info: a form feed (U+000C, a page break): read as a line break',
    '11:83 warning: expected text, found noncharacter U+FFFE: removed',
    '13:4 warning: expected text, found noncharacter U+FFFF: removed',
  ]);
  assert.deepEqual(shape(r.articles), reference, 'the same stories, on the same lines');
  assert.deepEqual(notTextIn(r.articles), []);
});

test('a form feed is a page break: it ends the paragraph there (a cut sentence is joined again) and the lines after it keep their numbers', () => {
  const dump = '标题\n\n株洲日报(记者/甲乙) 5月30日，活动举行，今天\f天气很好。\f新的一页开始了。\n\n第二段。\n\f\n第三段。';
  const r = ingestFile(dump);
  assert.deepEqual(shape(r.articles), [
    {
      title: '标题',
      reporters: ['甲乙'],
      blocks: ['3-3 paragraph:5月30日，活动举行，今天天气很好。', '3-3 paragraph:新的一页开始了。', '5-5 paragraph:第二段。', '7-7 paragraph:第三段。'],
    },
  ]);
  const column = (before: string) => [...before].length + 1;
  assert.deepEqual(
    said(r.messages).map((m) => m.split(' ')[0]),
    [`3:${column('株洲日报(记者/甲乙) 5月30日，活动举行，今天')}`, `3:${column('株洲日报(记者/甲乙) 5月30日，活动举行，今天\f天气很好。')}`, '6:1'],
  );
});

test("a post's entities (&#1;) and YAML escapes (\\x01, a lone \\ud800) are caught by the last pass over every field, and reported", () => {
  const r = ingestPaths([fixturePath('post-with-control-character-entities.md')]);
  const [a] = r.articles;
  assert.equal(a?.title, '社区建设\ufffd启动', 'a lone surrogate is a lost character: U+FFFD');
  assert.deepEqual(a?.tags, ['民生']);
  assert.deepEqual(
    a?.blocks.map((b) => b.text),
    ['6月1日，社区建设动员会…举行。', '第二段 分页之后。'],
    'a form feed in a post is white space, shown as a browser shows it',
  );
  assert.deepEqual(notTextIn(r.articles), []);
  assert.deepEqual(said(r.messages), [
    '1:1 warning: expected text, found control character U+0001 in the title: removed',
    '1:1 warning: expected text, found control character U+001B in the tags: removed',
    '1:1 warning: expected text, found half of a surrogate pair (U+D800) alone in the title: replaced by U+FFFD',
    '7:1 warning: expected text, found control character U+0001 in a paragraph: removed',
    '7:1 warning: expected text, found control character U+001B in a paragraph: removed',
    '7:1 warning: expected text, found noncharacter U+FFFE in a paragraph: removed',
  ]);
});

test('control characters written into a post as they are, in its front matter too, are removed where the file is read', () => {
  const r = ingestFile('---\ntitle: 社区\x02建设\ndate: 2025-06-01\n---\n<p>正文\x02一段。</p>\n', 'post.md');
  assert.deepEqual(
    r.articles.map((a) => [a.title, a.blocks.map((b) => b.text)]),
    [['社区建设', ['正文一段。']]],
  );
  assert.deepEqual(said(r.messages), ['2:10 warning: expected text, found control character U+0002: removed', '5:6 warning: expected text, found control character U+0002: removed']);
  assert.deepEqual(
    r.messages.filter((m) => m.rule === 'front-matter'),
    [],
    'the front matter is read: YAML refuses control characters',
  );
});

test('text handed to the ingest directly, never decoded, lets no control character or noncharacter through either', () => {
  const kinds = '\x00\x01\x08\x0b\x0e\x1b\x1f\x7f\x80\x85\x9f\ufdd0\ufdef\ufffe\uffff\u{1fffe}\u{10ffff}';
  const r = ingestText(`标题${kinds}一\n\n株洲日报(记者/甲乙) 5月30日，活动${kinds}举行。`, '2025-05-31.txt');
  assert.equal(r.articles[0]?.title, '标题一');
  assert.deepEqual(notTextIn(r.articles), []);
  assert.ok(said(r.messages).length > 0 && said(r.messages).every((m) => / warning: expected text, found (control character|noncharacter) U\+[0-9A-F]{4,6} in (the title|a paragraph)|more control characters/u.test(m)), said(r.messages).join('\n'));
});

test('many control characters in a file: five told one by one, the rest summed up with their lines', () => {
  const dump = ['标题', '', '株洲日报(记者/甲乙) 5月30日，活动举行。', ...Array.from({ length: 20 }, (_, i) => `\n第${i + 1}段\x01正文，一段报道的文字，写得和报纸上的一样长。`)].join('\n');
  const messages = said(ingestFile(dump).messages);
  assert.deepEqual(
    messages.slice(0, 5).map((m) => m.split(' ')[0]),
    ['5:4', '7:4', '9:4', '11:4', '13:4'],
  );
  assert.deepEqual(messages.slice(5), ['15:4 warning: expected text, found 15 more control characters or noncharacters, on lines 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43: removed']);
});
