import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import matter from 'gray-matter';
import { articleBody, currentBody, escapeMarkdown } from '../../src/article/markdown.ts';
import { articleFile } from '../../src/article/file.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import type { Article } from '../../src/ingest/types.ts';

const md = new MarkdownIt({ html: true });
const render = (text: string) => md.renderInline(escapeMarkdown(text));

test("the newspaper's text renders as the words it is, never as Markdown or HTML", () => {
  for (const text of ['*重点*_项目_', '<script>alert(1)</script>', '[链接](javascript:x)', '1. 第一', '- 列表', '# 标题', 'a & b', '`代码`', '{{ title }}', '{% raw %}', '![图](x.png)']) {
    const html = render(text);
    const decoded = html
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&amp;/gu, '&')
      .replace(/&quot;/gu, '"');
    assert.equal(decoded, text, `${text} → ${html}`);
  }
});

const article = (): Article => ingestText('标题<b>\n\n株洲日报(记者/甲乙) 5月30日,正文&。2025年。\n\n小标题\n\n正文。\n\n\n\n▲图<i>片。记者/甲乙 摄', '2025-05-30.txt').articles[0] as Article;

test('subheads become headings and captions figure captions, all escaped', () => {
  const body = articleBody(article());
  assert.match(body, /^## 小标题$/mu);
  assert.match(body, /^<figure><figcaption>▲图&lt;i&gt;片。 <span data-credit>记者\/甲乙 摄<\/span><\/figcaption><\/figure>$/mu);
  assert.ok(!md.render(body).includes('<i>'));
});

test("the body holds the newspaper's content in neutral elements: no class of the site, no notice of a page", () => {
  const blocks: Article['blocks'] = [
    { type: 'caption', text: '说明。', credit: '记者/甲 摄', startLine: 1, endLine: 1 },
    { type: 'epigraph', text: '引语。', attribution: '——摘自报告', startLine: 2, endLine: 2 },
    { type: 'column', text: '理事有理', startLine: 3, endLine: 3 },
    { type: 'box', box: 'related', label: '相关链接', text: '链接正文。', startLine: 4, endLine: 4 },
    { type: 'table', text: '今天 多云', rows: [['今天', '多云']], startLine: 5, endLine: 5 },
  ];
  assert.equal(
    articleBody({ ...article(), blocks }),
    [
      '<figure><figcaption>说明。 <span data-credit>记者/甲 摄</span></figcaption></figure>',
      '<blockquote data-block="epigraph"><p>引语。</p><footer>——摘自报告</footer></blockquote>',
      '<p data-block="column">理事有理</p>',
      '<aside data-box="related"><p data-label>相关链接</p><p>链接正文。</p></aside>',
      '<table><tbody><tr><td>今天</td><td>多云</td></tr></tbody></table>',
    ]
      .join('\n\n')
      .concat('\n'),
  );
});

test("a body of the old form (the site's classes and the missing-photo notice written in) reads as today's", () => {
  const old =
    '第一段。\n\n<figure class="photo"><div class="photo-missing">原版图片未收录</div><figcaption>说明。 <span class="credit">记者/甲 摄</span></figcaption></figure>\n\n' +
    '<blockquote class="epigraph"><p>引语。</p><footer>——摘自报告</footer></blockquote>\n\n<p class="column-label">理事有理</p>\n\n' +
    '<aside class="story-box" data-box="related"><p class="box-label">相关链接</p><p>链接正文。</p></aside>\n\n<table class="box"><tbody><tr><td>今天</td><td>多云</td></tr></tbody></table>\n';
  assert.equal(
    currentBody(old),
    '第一段。\n\n<figure><figcaption>说明。 <span data-credit>记者/甲 摄</span></figcaption></figure>\n\n' +
      '<blockquote data-block="epigraph"><p>引语。</p><footer>——摘自报告</footer></blockquote>\n\n<p data-block="column">理事有理</p>\n\n' +
      '<aside data-box="related"><p data-label>相关链接</p><p>链接正文。</p></aside>\n\n<table><tbody><tr><td>今天</td><td>多云</td></tr></tbody></table>\n',
  );
  assert.equal(currentBody('正文里的 class="x" 是转义过的文字。\n'), '正文里的 class="x" 是转义过的文字。\n');
});

test("the front matter holds the contract's fields and reads back the same", () => {
  const a = article();
  const data = matter(articleFile(a), {}).data as Record<string, unknown>;
  assert.equal(data.title, '标题<b>');
  assert.deepEqual([data.id, data.url, data.date, data.dateSource, data.reporters], [a.id, a.url, '2025-05-30', 'filename', ['甲乙']]);
  assert.deepEqual(data.source, a.source);
  assert.ok(!('blocks' in data), 'the body holds the blocks');
});

test('every front-matter string reads back as a string, even one that looks like a number', () => {
  const a = { ...article(), id: '043834158e07', url: '/2025/05/30/043834158e07/', title: '2025', kicker: 'null', editor: 'true' };
  const data = matter(articleFile(a), {}).data as Record<string, unknown>;
  assert.deepEqual([data.id, data.title, data.kicker, data.editor], ['043834158e07', '2025', 'null', 'true']);
});

test("a box's blocks are one frame: the blocks of its kind after the labelled one go in it, a label opens the next, a box of no words keeps its label", () => {
  const box = (text: string, kind: NonNullable<Article['blocks'][number]['box']>, line: number, label?: string): Article['blocks'][number] => ({ type: 'box', box: kind, text, ...(label ? { label } : {}), startLine: line, endLine: line });
  const blocks: Article['blocks'] = [
    box('采访那天。', 'notebook', 1, '记者手记'),
    box('值得记住。', 'notebook', 2),
    box('什么是慢行系统?', 'related', 3, '延伸阅读'),
    box('去年建成绿道56公里。', 'related', 4, '新闻链接'),
    box('问:怎么办?', 'qa', 5),
    box('答:线上办。', 'qa', 6),
    box('', 'related', 7, '相关链接'),
  ];
  assert.equal(
    articleBody({ ...article(), blocks }),
    [
      '<aside data-box="notebook"><p data-label>记者手记</p><p>采访那天。</p><p>值得记住。</p></aside>',
      '<aside data-box="related"><p data-label>延伸阅读</p><p>什么是慢行系统?</p></aside>',
      '<aside data-box="related"><p data-label>新闻链接</p><p>去年建成绿道56公里。</p></aside>',
      '<aside data-box="qa"><p>问:怎么办?</p><p>答:线上办。</p></aside>',
      '<aside data-box="related"><p data-label>相关链接</p></aside>',
    ]
      .join('\n\n')
      .concat('\n'),
  );
});
