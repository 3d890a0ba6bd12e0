import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { parseText } from '../../src/ingest/parse-file.ts';
import { isLegacyPost } from '../../src/ingest/legacy-post.ts';
import { articleBody } from '../../src/article/markdown.ts';
import { articleMarkdown } from '../../src/article/render.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/posts/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parseText(fixture(name));
/** The post's article as the site renders its body. */
function rendered(name: string): string {
  const [article] = ingestText(fixture(name), 'post.md').articles;
  assert.ok(article, name);
  return articleMarkdown().render(articleBody(article));
}
const notes = (messages: Array<{ line: number; rule: string; text: string }>) => messages.map((m) => `${m.line} ${m.rule}: ${m.text}`);

test("an image's alt text is a caption with its credit; title attributes, comments and form fields are reported with their lines", () => {
  const { articles, messages } = parse('alt-title-comment-form.md');
  const [a] = articles;
  assert.deepEqual(
    a?.blocks.map((b) => [b.type, b.text, b.credit ?? null, b.startLine]),
    [
      ['paragraph', '神农城广场人头攒动。', null, 6],
      ['caption', '市民在广场观看演出。', '记者/李华 摄', 6],
      ['paragraph', '上一篇报道了招聘会。市人社局表示欢迎。', null, 7],
      ['paragraph', '演出持续到晚上九点。', null, 10],
    ],
  );
  assert.deepEqual(a?.photographers, ['李华']);
  assert.deepEqual(notes(messages), [
    '6 html: title attribute of <img> kept out of the article: "演出现场"',
    '7 html: title attribute of <a> kept out of the article: "上一篇：春季招聘会开幕"',
    '7 html: title attribute of <abbr> kept out of the article: "株洲市人力资源和社会保障局"',
    '8 html: comment kept out of the article: "编辑：王芳 校对：刘明"',
    '9 html: form field <input> kept out of the article: "请输入关键词 搜索株洲新闻"',
    '9 html: form field <textarea> kept out of the article: "留言内容"',
    '9 html: form field <select> kept out of the article: "全部栏目本地新闻"',
    '9 html: form field <button> kept out of the article: "提交"',
  ]);
});

test('a table keeps its rows and cells, and list items are paragraphs of their own', () => {
  const [a] = parse('table-cells-and-list-items.md').articles;
  const table = a?.blocks.find((b) => b.type === 'table');
  assert.deepEqual(table?.rows, [
    ['项目', '人数'],
    ['新增就业', '5.2万'],
    ['失业再就业', '1.1万'],
  ]);
  assert.equal(table?.startLine, 6);
  assert.deepEqual(
    a?.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text),
    ['今年我市就业数据如下：', '春风行动', '百人百企进百村', '直播送岗', '第一项', '第二项'],
  );
  assert.match(rendered('table-cells-and-list-items.md'), /<tr><td>新增就业<\/td><td>5\.2万<\/td><\/tr>/u);
});

test("ruby: the base text is the story's, each reading is reported", () => {
  const { articles, messages } = parse('ruby-reading.md');
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['株洲是一座城市，渌口是一个区。'],
  );
  assert.deepEqual(notes(messages), [
    '5 html: ruby reading "zhū" of "株" kept out of the article: the base text is kept',
    '5 html: ruby reading "( zhōu )" of "洲" kept out of the article: the base text is kept',
    '5 html: ruby reading "lù" of "渌" kept out of the article: the base text is kept',
  ]);
});

test('front matter: a list title is one title, the author a byline; summaries and unknown keys are reported', () => {
  const { articles, messages, date } = parse('front-matter-keys.md');
  const [a] = articles;
  assert.equal(date, '2022-03-04');
  assert.equal(a?.title, '2021年株洲就业 大事记');
  assert.deepEqual([a?.bylines, a?.reporters], [['株洲日报记者 何春林'], ['何春林']]);
  assert.deepEqual([a?.categories, a?.tags], [['zhuzhouribao'], ['株洲日报新闻', '就业']]);
  // layout names a template, comments is a flag: neither holds text.
  assert.deepEqual(notes(messages), [
    '3 front-matter: expected a title, found a list of 2: read as one title',
    '8 front-matter: excerpt kept out of the article (the old site showed it in its listings, not in the story): "这段摘要只在旧网站的列表页上出现。"',
    '9 front-matter: description kept out of the article (the old site showed it in its listings, not in the story, whose words it repeats): "民生为本，就业优先。"',
    '10 front-matter: expected front matter keys an article has (title, date, author, categories, tags), found "editor_note": its text kept in this report: "本文经作者审阅"',
  ]);
});

test("a post's HTML is never read as Markdown: lines a <br> or a wrap starts with - or === or # or four spaces stay text", () => {
  const [a] = parse('br-is-not-markdown.md').articles;
  assert.deepEqual(
    a?.blocks.map((b) => [b.type, b.text]),
    [
      ['paragraph', '第一行'],
      ['paragraph', '- 这不是列表'],
      ['paragraph', '==='],
      ['paragraph', '# 这也不是标题'],
      ['paragraph', '第二段的第一行'],
      ['paragraph', '- 仍然不是列表第二段的续行'],
      ['paragraph', '==='],
      ['paragraph', '缩进四格的一行不是代码'],
      ['paragraph', '结尾。'],
    ],
  );
  // And the article as the site renders it holds no list, heading or code block either.
  const html = rendered('br-is-not-markdown.md');
  assert.doesNotMatch(html, /<(?:ul|ol|li|h\d|pre|code)[\s>]/u);
  assert.match(html, /<p>- 这不是列表<\/p>/u);
});

test('the format is read from the whole file: a dump whose first line is a --- rule is a page dump, and its words are kept', () => {
  const dump = fixture('rule-line-page-dump.txt');
  assert.ok(!isLegacyPost(dump));
  const parsed = parseText(dump);
  assert.equal(parsed.format, 'page-dump');
  assert.deepEqual(
    parsed.articles.map((a) => a.title),
    ['新闻标题'],
  );
  assert.ok(parsed.articles[0]?.blocks.some((b) => b.text === '正文第一段，写于分隔线之下。'));
  assert.ok(!isLegacyPost('---\n\n---\n正文'), 'a rule, a blank line and a rule are no front matter');
  assert.ok(isLegacyPost('---\ntitle: 标题\n---\n正文') && isLegacyPost('<p>正文</p>'));
});

test('unclosed front matter is reported; its keys are read up to the body, which is kept', () => {
  const { articles, messages, date } = parse('unclosed-front-matter.md');
  assert.equal(date, '2022-03-06');
  assert.deepEqual(
    articles.map((a) => [a.title, a.tags, a.blocks.map((b) => [b.text, b.startLine])]),
    [
      [
        '前言没有闭合',
        ['株洲日报新闻'],
        [
          ['正文仍然保留。', 5],
          ['第二段。', 6],
        ],
      ],
    ],
  );
  assert.deepEqual(
    messages.map((m) => [m.line, m.rule, m.severity]),
    [[1, 'front-matter', 'warning']],
  );
  assert.match(messages[0]?.text ?? '', /closing the front matter/u);
});

test("a figure's caption is a caption, the alt text that repeats it kept once; a table that lays out the page is read as its blocks; <pre> lines stay lines", () => {
  const { articles, messages } = parse('figure-caption-and-layout-table.md');
  const [a] = articles;
  assert.deepEqual(a?.bylines, ['株洲日报记者/李华']);
  assert.deepEqual(
    a?.blocks.map((b) => [b.type, b.text, b.startLine]),
    [
      ['paragraph', '第一段正文。', 7],
      ['caption', '湘江风光带一角。', 8],
      ['paragraph', '第二段正文。', 9],
      ['paragraph', '预报：', 11],
      ['paragraph', '今天 晴 20℃', 12],
      ['paragraph', '明天 雨 18℃', 13],
    ],
  );
  assert.deepEqual(notes(messages), ['8 html: alt text repeats the figure\'s caption, kept once: "湘江风光带一角。"', '5 navigation: old site\'s navigation kept out of the article: "首页"']);
});
