import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { parseText } from '../../src/ingest/parse-file.ts';
import { lostHan } from '../helpers/nothing-lost.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'zzrb-post-'));
const goodPost = (title: string) => `---\ntitle: "${title}"\ndate: 2022-01-11\n---\n<p>株洲日报记者/李华</p>\n<p>${title}的正文。</p>\n`;

/** Seven levels of ten aliases each: the tag stands for 10^7 copies of 100 characters, a billion, in a few hundred bytes. */
function billionLaughs(): string {
  const levels = [`lol: &l0 "${'哈'.repeat(100)}"`];
  for (let i = 1; i <= 7; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  return ['---', 'title: "笑话一则"', 'date: 2022-01-12', ...levels, 'tags: [*l7]', '---', '<p>正文没有受到影响。</p>', ''].join('\n');
}

test("a billion-laughs front matter is its own file's error, with the line of the alias that explodes; the other posts are ingested", () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.md'), goodPost('第一篇'));
  const bomb = billionLaughs();
  writeFileSync(join(dir, 'b-bomb.md'), bomb);
  writeFileSync(join(dir, 'c.md'), goodPost('第三篇'));
  const { articles, messages } = ingestPaths([dir]);
  assert.deepEqual(articles.map((a) => a.title).sort(), ['笑话一则', '第一篇', '第三篇'].sort());
  const error = messages.filter((m) => m.file.endsWith('b-bomb.md') && m.severity === 'error');
  assert.equal(error.length, 1, JSON.stringify(messages));
  assert.equal(error[0]?.rule, 'front-matter');
  assert.match(error[0]?.text ?? '', /aliases/u);
  // The first key whose aliases repeat the front matter past its own length.
  assert.ok((error[0]?.line ?? 0) >= 5 && (error[0]?.line ?? 0) <= 12, `line ${error[0]?.line}`);
  const post = articles.find((a) => a.title === '笑话一则');
  assert.deepEqual([post?.date, post?.blocks.map((b) => b.text)], ['2022-01-12', ['正文没有受到影响。']]);
  const parsed = parseText(bomb);
  assert.deepEqual(lostHan(bomb, parsed.articles, parsed.messages), new Map());
});

test('HTML nested 10,000 levels deep is read whole and reported; the other posts are ingested', () => {
  const dir = tmp();
  const deep = `---\ntitle: "层层嵌套"\ndate: 2022-01-13\n---\n<p>开头。</p>\n${'<div><span>'.repeat(5000)}最深处的字${'</span></div>'.repeat(5000)}\n<p>${'<b>'.repeat(10000)}加粗的结尾</p>\n`;
  writeFileSync(join(dir, 'a.md'), goodPost('第一篇'));
  writeFileSync(join(dir, 'b-deep.md'), deep);
  writeFileSync(join(dir, 'c.md'), goodPost('第三篇'));
  const { articles, messages } = ingestPaths([dir]);
  assert.deepEqual(articles.map((a) => a.title).sort(), ['层层嵌套', '第一篇', '第三篇'].sort());
  const post = articles.find((a) => a.title === '层层嵌套');
  assert.deepEqual(
    post?.blocks.map((b) => b.text),
    ['开头。', '最深处的字', '加粗的结尾'],
  );
  const deepMessages = messages.filter((m) => m.file.endsWith('b-deep.md') && m.rule === 'html');
  assert.equal(deepMessages.length, 1);
  assert.equal(deepMessages[0]?.line, 6);
  assert.match(deepMessages[0]?.text ?? '', /nested/u);
});

test('a tag the body ends inside, which a browser drops, is reported with its words', () => {
  const text = '---\ntitle: "截断的帖子"\ndate: 2022-01-14\n---\n<p>正文。</p>\n<img alt="被截断的图片说明';
  const { articles, messages } = parseText(text);
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['正文。'],
  );
  assert.deepEqual(
    messages.map((m) => [m.line, m.rule, m.severity]),
    [[6, 'html', 'warning']],
  );
  assert.match(messages[0]?.text ?? '', /被截断的图片说明/u);
});

test('a dropped <object> or <template> reports what its elements hold in attributes and comments, not only its text', () => {
  const text = [
    '---',
    'title: "嵌入的播放器"',
    'date: 2022-01-15',
    '---',
    '<p>正文。</p>',
    '<object data="player.swf"><param name="flashvars" value="标题=市民广场演出"><embed title="播放器说明"><!-- 视频来源：株洲电视台 -->备用文字</object>',
    '<template><img alt="模板里的图片说明"></template><iframe title="视频标题" src="v.html"></iframe>',
    '',
  ].join('\n');
  const { articles, messages } = parseText(text);
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['正文。'],
  );
  assert.deepEqual(lostHan(text, articles, messages), new Map(), 'every Han character in the article or a message');
  assert.ok(
    messages.filter((m) => /市民广场演出|播放器说明|株洲电视台/u.test(m.text)).every((m) => m.line === 6),
    'each named with its line',
  );
});
