import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import matter from 'gray-matter';
import { articleBody, articleFile, escapeMarkdown } from '../../src/ingest/markdown.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import type { Article } from '../../src/ingest/types.ts';

const md = new MarkdownIt({ html: true });
const render = (text: string) => md.renderInline(escapeMarkdown(text));

test('the newspaper\'s text renders as the words it is, never as Markdown or HTML', () => {
  for (const text of ['*重点*_项目_', '<script>alert(1)</script>', '[链接](javascript:x)', '1. 第一', '- 列表', '# 标题', 'a & b', '`代码`', '{{ title }}', '{% raw %}', '![图](x.png)']) {
    const html = render(text);
    const decoded = html.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"');
    assert.equal(decoded, text, `${text} → ${html}`);
  }
});

const article = (): Article => ingestText('标题<b>\n\n株洲日报(记者/甲乙) 5月30日,正文&。2025年。\n\n小标题\n\n正文。\n\n\n\n▲图<i>片。记者/甲乙 摄', '2025-05-30.txt').articles[0] as Article;

test('subheads become headings and captions figure captions, all escaped', () => {
  const body = articleBody(article());
  assert.match(body, /^## 小标题$/mu);
  assert.match(body, /<figcaption>▲图&lt;i&gt;片。 <span class="credit">记者\/甲乙 摄<\/span><\/figcaption>/u);
  assert.ok(!md.render(body).includes('<i>'));
});

test('the front matter holds the contract\'s fields and reads back the same', () => {
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
