import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, articleUrl } from '../../src/ingest/article-id.ts';
import type { ParsedArticle } from '../../src/ingest/types.ts';

const article = (title: string, body: string): ParsedArticle => ({
  title,
  kicker: null,
  subtitle: null,
  section: null,
  editor: null,
  pageHeader: null,
  column: null,
  reporters: [],
  correspondents: [],
  photographers: [],
  bylines: [],
  blocks: [{ type: 'paragraph', text: body, startLine: 3, endLine: 3 }],
  source: { startLine: 1, endLine: 3 },
});

test('the id rests on the date and the headline only', () => {
  const a = articleId('2025-05-31', article('端午假期有暴雨', '正文一。'), 'headline');
  assert.equal(a, articleId('2025-05-31', article('端午假期有暴雨', '正文改了。'), 'headline'), 'body edits keep the id');
  assert.equal(a, articleId('2025-05-31', article('端午假期 有暴雨!', '正文一。'), 'headline'), 'spacing and punctuation keep the id');
  assert.notEqual(a, articleId('2025-06-01', article('端午假期有暴雨', '正文一。'), 'headline'), 'another day, another story');
  assert.match(a, /^[0-9a-f]{12}$/u);
});

test('same date and headline: the opening words tell the stories apart', () => {
  assert.notEqual(articleId('2025-05-31', article('图片新闻', '甲。'), 'opening'), articleId('2025-05-31', article('图片新闻', '乙。'), 'opening'));
});

test('the permalink is /YYYY/MM/DD/<id>/', () => {
  assert.equal(articleUrl('2025-05-31', 'abc123'), '/2025/05/31/abc123/');
});
