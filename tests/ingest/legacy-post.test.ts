import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isLegacyPost, parseLegacyPost } from '../../src/ingest/legacy-post.ts';

const sample = readFileSync(new URL('../../raw/002_e4ae8a90c5758aeb.txt', import.meta.url), 'utf8');
const post = (body: string, fm = 'title: "标题"\ndate: 2022-01-10 08:38:05 +0800') => `---\n${fm}\n---\n${body}`;

test('the sample post: title and date from the front matter, byline from the first paragraph', () => {
  const { articles, date } = parseLegacyPost(sample, 'raw/002.txt');
  const [a] = articles;
  assert.equal(date, '2022-01-10');
  assert.equal(a?.title, '2021年“就业创业”工作有这些大事');
  assert.deepEqual([a?.reporters, a?.bylines], [['何春林'], ['株洲日报·掌上株洲记者/何春林']]);
  assert.deepEqual(
    a?.blocks
      .filter((b) => b.type === 'subhead')
      .map((b) => b.text)
      .slice(0, 2),
    ['【春风行动】', '【百人百企进百村】'],
  );
  assert.equal(a?.sourceLine, '（文章来源：株洲日报）');
  assert.equal(a?.originalUrl, 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201102241291528');
  assert.deepEqual([a?.categories, a?.tags], [['zhuzhouribao'], ['株洲日报新闻']]);
});

test('every block keeps the line of its <p>', () => {
  const [a] = parseLegacyPost(sample, 'raw/002.txt').articles;
  assert.deepEqual(
    a?.blocks.slice(0, 3).map((b) => b.startLine),
    [9, 10, 11],
  );
});

test("the old site's navigation is dropped and reported, with its line", () => {
  const { articles, messages } = parseLegacyPost(sample, 'raw/002.txt');
  assert.ok(!JSON.stringify(articles).includes('返回首页'));
  assert.deepEqual(
    messages.map((m) => [m.rule, m.line]),
    [['navigation', 29]],
  );
});

test('no markup survives: entities decode, tags become text boundaries, scripts are dropped and reported', () => {
  const { articles, messages } = parseLegacyPost(post('<p>一&amp;二 &lt;b&gt; <b>粗</b><script>alert(1)</script></p>\n<p onclick="x()">三<iframe src="x"></iframe></p>'), 'p.md');
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['一&二 <b> 粗', '三'],
  );
  assert.deepEqual(
    messages.map((m) => m.rule),
    ['html', 'html'],
  );
});

test('broken front matter is a message naming the file, not an exception; the body is kept', () => {
  const { articles, messages } = parseLegacyPost('---\ntitle: [unclosed\n---\n<p>正文</p>', 'broken.md');
  assert.deepEqual(
    articles.map((a) => [a.title, a.blocks.map((b) => b.text)]),
    [['[unclosed', ['正文']]],
  );
  assert.deepEqual(
    messages.map((m) => [m.file, m.rule, m.severity]),
    [['broken.md', 'front-matter', 'error']],
  );
});

test('only text opening with front matter is a post', () => {
  assert.ok(isLegacyPost(sample));
  assert.ok(!isLegacyPost('标题\n\n正文'));
});

test('a title or date given twice (YAML refuses the duplicate key) keeps the first and reports the second with its line', () => {
  const text = post('<p>正文。</p>\n', 'title: 市民广场今晚有演出\ntitle: 神农城广场今晚有演出\ndate: 2022-01-10\ndate: 2022-01-11');
  const { articles, messages, date } = parseLegacyPost(text, 'post.md');
  assert.deepEqual([articles[0]?.title, date], ['市民广场今晚有演出', '2022-01-10']);
  const again = messages.filter((m) => m.rule === 'front-matter' && m.severity !== 'error');
  assert.deepEqual(
    again.map((m) => m.line),
    [3, 5],
  );
  assert.match(again[0]?.text ?? '', /神农城广场今晚有演出/u);
  assert.match(again[1]?.text ?? '', /2022-01-11/u);
});
