// Whatever archivists' tools produced over the years: the ingest takes all of it, says
// what it could not use, and loses no word of what it could.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { writeArticles } from '../../src/ingest/write-articles.ts';
import { lostHan } from '../helpers/nothing-lost.ts';
import type { Article, Message } from '../../src/ingest/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const utf8 = fixture('utf8-page.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'bad-input-'));
const shape = (articles: Article[]) => articles.map((a) => ({ title: a.title, reporters: a.reporters, blocks: a.blocks.map((b) => `${b.type}:${b.text}`) }));
const ingestFile = (name: string, bytes: Uint8Array) => {
  const dir = tmp();
  writeFileSync(join(dir, name), bytes);
  return ingestPaths([dir]);
};
const reference = shape(ingestFile('2025-05-31.txt', utf8).articles);
const notices = (messages: Message[], rule: string) => messages.filter((m) => m.rule === rule).map((m) => `${m.severity}: ${m.text}`);

test('UTF-8 without and with a byte-order mark', () => {
  assert.equal(reference.length, 1);
  const bom = ingestFile('2025-05-31.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
  assert.deepEqual(shape(bom.articles), reference);
  assert.deepEqual(notices(bom.messages, 'encoding'), ['info: decoded as UTF-8 (byte-order mark)']);
});

test('GB18030/GBK is detected, converted and reported', () => {
  const gb = ingestFile('2025-05-31.txt', fixture('gb18030-page.txt'));
  assert.deepEqual(shape(gb.articles), reference);
  assert.deepEqual(notices(gb.messages, 'encoding'), ['info: decoded as GB18030']);
});

test('UTF-16 LE and BE with their byte-order marks', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.toString('utf8'), 'utf16le')]);
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
  for (const [bytes, name] of [
    [le, 'UTF-16LE'],
    [be, 'UTF-16BE'],
  ] as const) {
    const r = ingestFile('2025-05-31.txt', bytes);
    assert.deepEqual(shape(r.articles), reference, name);
    assert.deepEqual(notices(r.messages, 'encoding'), [`info: decoded as ${name} (byte-order mark)`]);
  }
});

test('bytes that are text in no encoding, or an image named .txt, are reported and skipped, never ingested as mojibake', () => {
  for (const name of ['random-bytes.bin', 'photo.png']) {
    const r = ingestFile('2025-05-31.txt', fixture(name));
    assert.deepEqual(r.articles, [], name);
    assert.equal(notices(r.messages, 'encoding').length, 1);
    assert.match(notices(r.messages, 'encoding')[0] ?? '', /^error: expected text.*file skipped; the archive's articles from it are kept$/u);
  }
  const dir = tmp();
  writeFileSync(join(dir, 'scan.png'), fixture('photo.png'));
  assert.deepEqual(notices(ingestPaths([dir]).messages, 'input'), ['info: not a dump or a post (.txt, .md, .html): passed over']);
});

test('CRLF, CR and mixed line ends; tabs, ideographic, no-break and zero-width spaces; blank lines of spaces', () => {
  const text = utf8.toString('utf8');
  const variants = {
    crlf: text.replace(/\n/gu, '\r\n'),
    cr: text.replace(/\n/gu, '\r'),
    mixed: text
      .split('\n')
      .map((l, i) => l + ['\n', '\r\n', '\r'][i % 3])
      .join(''),
    spaces: text
      .split('\n')
      .map((l) => (l ? `\u3000\t${l} \u00a0 ` : ' \u00a0\u3000 '))
      .join('\n'),
    zeroWidth: text.replace(/田心/gu, '田\u200b心').replace(/^/gmu, '\ufeff'),
  };
  for (const [name, variant] of Object.entries(variants)) {
    assert.deepEqual(shape(ingestText(variant, '2025-05-31.txt').articles), reference, name);
  }
});

test('an empty file and a file of only furniture say that nothing usable was found', () => {
  const empty = ingestText('', '2025-05-31.txt');
  assert.deepEqual([empty.articles, notices(empty.messages, 'input')], [[], ['warning: expected a page dump or a post, found an empty file: nothing to ingest']]);
  const furniture = ingestText('广告\n接待\n热线\n\n28835396\n', '2025-05-31.txt');
  assert.deepEqual(furniture.articles, []);
  assert.deepEqual(
    furniture.messages.map((m) => [m.rule, m.line]),
    [
      ['furniture', 1],
      ['furniture', 5],
      ['input', 1],
    ],
  );
});

test('plain prose with no article structure is kept whole and reported', () => {
  const prose = '这是一段没有标题的文字。它来自某个导出工具。\n\n第二段，仍然没有标题。';
  const r = ingestText(prose, '2025-05-31.txt');
  assert.deepEqual(
    r.articles.map((a) => a.blocks.map((b) => b.text)),
    [['这是一段没有标题的文字。它来自某个导出工具。', '第二段，仍然没有标题。']],
  );
  assert.ok(r.messages.some((m) => m.rule === 'headline' && m.severity === 'warning'));
  assert.equal(lostHan(prose, r.articles).size, 0);
});

test('a dump of 5,000 one-line paragraphs, and 5,000 unpunctuated lines, lose nothing', () => {
  const sentences = ['长标题', '', '株洲日报(记者/甲乙) 5月30日，2025年活动举行。', ...Array.from({ length: 5000 }, (_, i) => `\n第${i}段正文。`)].join('\n');
  const a = ingestText(sentences, '2025-05-31.txt');
  assert.equal(a.articles[0]?.blocks.length, 5001);
  const lines = ['长标题', '', '株洲日报(记者/甲乙) 5月30日，2025年活动举行。', ...Array.from({ length: 5000 }, (_, i) => `\n第${i}行没有标点`)].join('\n');
  const b = ingestText(lines, '2025-05-31.txt');
  assert.equal(lostHan(lines, b.articles).size, 0);
  assert.equal(b.articles.flatMap((x) => x.blocks).length, 5001);
});

test('a 50 MB dump is ingested whole', () => {
  const page = readFileSync(new URL('../../raw/001_e21c4ea54b265bd1.txt', import.meta.url), 'utf8');
  const reps = Math.ceil((50 * 1048576) / Buffer.byteLength(page));
  const { articles } = ingestText(Array.from({ length: reps }, () => page).join('\n\n'), '2025-05-31.txt');
  assert.equal(articles.length, reps * 10);
});

test('hostile legacy posts: markup neutralised, text kept, broken or missing front matter survived', () => {
  const hostile = [
    '---',
    'title: "标题<script>alert(1)</script>{{ x }}"',
    'date: 2022-01-10',
    '---',
    '<p onclick="steal()">正文&amp;一<a href="javascript:alert(1)">链接文字</a></p>',
    '<script>document.write("脚本里的字")</script><iframe src="https://evil.example"></iframe>',
    '<p>未闭合的段落<b>加粗',
    '<p>{% raw %}模板{{ 语法 }}{% endraw %} --- 分隔</p>',
  ].join('\n');
  const r = ingestText(hostile, 'post.md');
  const [a] = r.articles;
  assert.equal(a?.title, '标题<script>alert(1)</script>{{ x }}', 'the title is text, kept as written');
  assert.deepEqual(
    a?.blocks.map((b) => b.text),
    ['正文&一链接文字', '未闭合的段落加粗', '{% raw %}模板{{ 语法 }}{% endraw %} --- 分隔'],
  );
  assert.ok(
    r.messages.some((m) => m.rule === 'html' && m.text.includes('脚本里的字')),
    "the dropped script's words are reported",
  );

  const broken = ingestText('---\ntitle: "断掉的标题\ndate: 2022-01-10\n---\n<p>正文保留。</p>', 'broken.md');
  assert.deepEqual([broken.articles[0]?.title, broken.articles[0]?.date, broken.articles[0]?.blocks[0]?.text], ['断掉的标题', '2022-01-10', '正文保留。']);
  assert.ok(broken.messages.some((m) => m.rule === 'front-matter' && m.severity === 'error'));

  const bare = ingestText('<html><head><title>没有前言的帖子</title></head><body><p>2025年，正文。</p></body></html>', '2025-05-31-post.html');
  assert.deepEqual([bare.articles[0]?.title, bare.articles[0]?.blocks.map((b) => b.text)], ['没有前言的帖子', ['2025年，正文。']]);

  const impossible = ingestText('---\ntitle: 日期不可能\ndate: 2022-13-45\n---\n<p>近日，活动举行。</p>', 'post.md');
  assert.deepEqual(impossible.articles, [], 'no date can be found: skipped, not given one');
  assert.ok(impossible.messages.some((m) => m.rule === 'front-matter' && /2022-13-45/u.test(m.text)));
  assert.ok(impossible.messages.some((m) => m.rule === 'edition-date' && m.severity === 'error'));
});

test('odd file names are read, and no write lands outside the output folder', () => {
  const dir = tmp();
  const input = join(dir, 'in');
  mkdirSync(input);
  const names = ['with space.txt', '株洲日报 第3版.txt', '-rf.txt', '..txt', '..hidden.txt', 'rtl\u202egpj.txt', 'e\u0301.txt'];
  names.forEach((name, i) => writeFileSync(join(input, name), utf8.toString('utf8').replace('田心', `田心${i}`)));
  const manifest = names.map((n) => `"${n}",2025-05-31`).join('\n');
  writeFileSync(join(input, 'manifest.csv'), `file,date\n${manifest}\n`);
  const result = ingestPaths([input]);
  assert.equal(result.files.length, names.length - 2, 'dot files are hidden, as in any folder listing, and reported');
  assert.deepEqual(
    result.messages.filter((m) => m.rule === 'input').map((m) => m.file.split('/').at(-1)),
    ['..hidden.txt', '..txt'],
  );
  const out = join(dir, 'out');
  writeArticles(out, result.articles, new Set(result.files.map((f) => f.file)), result.messages);
  const written = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'));
  assert.ok(written.length > 0 && written.every((p) => resolve(dir, p).startsWith(`${out}/`)), written.join(', '));
});

test('the same story twice is one article with both sources; one title on two days stays two', () => {
  const dir = tmp();
  const page = utf8.toString('utf8');
  writeFileSync(join(dir, '2025-05-31-a.txt'), page);
  writeFileSync(join(dir, '2025-05-31-b.txt'), page);
  // The online archive's post of the first story: another layout, the same words.
  const [story] = ingestText(page, '2025-05-31.txt').articles;
  const paragraphs = (story?.blocks ?? []).map((b) => `<p>${b.text}</p>`).join('\n');
  writeFileSync(join(dir, 'post.md'), `---\ntitle: "${story?.title}"\ndate: 2025-05-31 08:00:00 +0800\n---\n<p>株洲日报·掌上株洲记者/李逸峰</p>\n${paragraphs}\n\n<http://example.org/news/1>\n`);
  writeFileSync(join(dir, '2025-06-01.txt'), page.replace('5月30日', '5月31日'));
  const { articles } = ingestPaths([dir]);
  const first = articles.filter((a) => a.title === story?.title);
  assert.equal(first.length, 2, 'one a day');
  assert.deepEqual(
    first.map((a) => a.date),
    ['2025-05-31', '2025-06-01'],
  );
  assert.notEqual(first[0]?.url, first[1]?.url);
  assert.deepEqual(
    first[0]?.sources.map((s) => s.file.split('/').at(-1)),
    ['2025-05-31-a.txt', '2025-05-31-b.txt', 'post.md'],
  );
  assert.equal(first[0]?.originalUrl, 'http://example.org/news/1');
});

test('a manifest that contradicts the file name wins, and the conflict is reported', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'zzrb_20250530_A01.txt'), utf8);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ 'zzrb_20250530_A01.txt': '2025-05-31' }));
  const r = ingestPaths([dir]);
  assert.ok(r.articles.every((a) => a.date === '2025-05-31' && a.dateSource === 'manifest'));
  assert.deepEqual(notices(r.messages, 'edition-date'), ['warning: manifest says 2025-05-31, file name says 2025-05-30: the manifest wins']);
});
