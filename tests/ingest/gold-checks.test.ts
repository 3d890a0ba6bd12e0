// The gold's checks for the structures of page-structures.md (photographers, boxes, kicker
// and subtitle, jump pages, text in no article), on a hand-made parse: each reports what
// a reader would see wrong, and is quiet on the story as printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Block } from '../../src/ingest/types.ts';
import { goldProblems, type Gold, type GoldArticle } from '../helpers/gold.ts';

const block = (type: Block['type'], text: string, extra: Partial<Block> = {}): Block => ({ type, text, startLine: 1, endLine: 1, ...extra });

function article(blocks: Block[], fields: Partial<Article> = {}): Article {
  return {
    id: 'x',
    url: '/2025/06/03/x/',
    date: '2025-06-03',
    dateSource: 'manifest',
    pageNumber: null,
    title: '深山里的“摆渡人”',
    kicker: null,
    subtitle: null,
    section: null,
    editor: null,
    pageHeader: null,
    column: null,
    reporters: ['莫然'],
    correspondents: [],
    photographers: [],
    bylines: ['株洲日报全媒体记者/莫然'],
    blocks,
    source: { file: 'p.txt', startLine: 1, endLine: 9 },
    sources: [{ file: 'p.txt', startLine: 1, endLine: 9 }],
    ...fields,
  };
}

const story: GoldArticle = {
  headline: ['深山里的“摆渡人”'],
  title: '深山里的“摆渡人”',
  reporters: ['莫然'],
  correspondents: [],
  bodyStart: '在炎陵县下村乡',
  bodyEnd: '值得我们记住。',
};
const gold = (a: Partial<GoldArticle>, page: Partial<Gold> = {}): Gold => ({
  file: 'p.txt',
  format: 'raw-page-dump',
  dateRange: ['2025-06-03', '2025-06-03'],
  articles: [{ ...story, ...a }],
  ...page,
});

const printed = [block('paragraph', '在炎陵县下村乡,有一条河。'), block('box', '采访那天,我跟着他在河上来回了六趟。', { box: 'notebook', label: '记者手记' }), block('box', '这样的“摆渡人”,值得我们记住。', { box: 'notebook' })];

test('a box is found by its kind and opening words, its label on its first block', () => {
  const boxes = [{ box: 'notebook' as const, text: '采访那天', label: '记者手记' }];
  assert.deepEqual(goldProblems(gold({ boxes }), [article(printed)]), []);
  const asParagraphs = printed.map((b) => block('paragraph', b.text));
  assert.deepEqual(goldProblems(gold({ boxes }), [article(asParagraphs)]), ['#1 深山里的“摆渡人”: box notebook "采访那天" is a paragraph']);
  const otherKind = printed.map((b) => (b.box ? { ...b, box: 'related' as const } : b));
  assert.deepEqual(goldProblems(gold({ boxes }), [article(otherKind)]), ['#1 深山里的“摆渡人”: box notebook "采访那天" is a box (related)']);
  const unlabelled = printed.map((b) => ({ ...b, label: undefined }));
  assert.deepEqual(goldProblems(gold({ boxes }), [article(unlabelled)]), ['#1 深山里的“摆渡人”: box notebook labelled "", expected "记者手记"']);
});

test('photographers, kicker, subtitle and jump pages are checked when the gold names them', () => {
  const parsed = [article(printed, { photographers: ['许可'], kicker: '炎陵故事', continuedOn: '3' })];
  const headline = ['炎陵故事', '深山里的“摆渡人”'];
  assert.deepEqual(goldProblems(gold({ headline, photographers: ['许可'], kicker: '炎陵故事', subtitle: null, continuedOn: '3' }), parsed), []);
  assert.deepEqual(goldProblems(gold({ headline, photographers: ['何平'], kicker: null, continuedOn: null, continuedFrom: null }), parsed), [
    '#1 深山里的“摆渡人”: photographers ["许可"]',
    '#1 深山里的“摆渡人”: kicker "炎陵故事", expected null',
    '#1 深山里的“摆渡人”: continuedOn "3", expected null',
  ]);
});

test('text that must be in no article is looked for in headlines and every block, captions and boxes too', () => {
  const page = { notInArticles: ['下转第3版', '上一篇'] };
  assert.deepEqual(goldProblems(gold({}, page), [article(printed)]), []);
  const jumpLeft = [...printed, block('caption', '(下转第3版)')];
  assert.deepEqual(goldProblems(gold({}, page), [article(jumpLeft)]), ['"下转第3版" inside the article "深山里的“摆渡人”"']);
  assert.deepEqual(goldProblems(gold({ headline: ['上一篇', '深山里的“摆渡人”'] }, page), [article(printed, { kicker: '上一篇' })]), ['"上一篇" inside the article "深山里的“摆渡人”"']);
});
