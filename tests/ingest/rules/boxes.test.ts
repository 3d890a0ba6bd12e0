import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boxEnd, boxes } from '../../../src/ingest/rules/boxes.ts';
import type { Token } from '../../../src/ingest/page-state.ts';
import type { BoxKind } from '../../../src/ingest/types.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

const box = (kind: BoxKind, label: string | null, text: string, line: number): Token => ({ kind: 'box', box: kind, label, text, startLine: line, endLine: line });
const paragraph = (text: string, line: number): Token => ({ kind: 'paragraph', text, dateline: null, startLine: line, endLine: line });
const heading = (text: string, line: number): Token => ({ kind: 'heading', text, startLine: line, endLine: line });
const caption = (text: string, line: number): Token => ({ kind: 'caption', text, credit: null, startLine: line, endLine: line });
const credit = (line: number): Token => ({ kind: 'credit', text: '株洲日报全媒体记者/汤宁', credits: [{ role: 'reporter', name: '汤宁' }], photo: false, startLine: line, endLine: line });
const dated = (line: number): Token =>
  ({
    kind: 'paragraph',
    text: '株洲日报讯(通讯员/彭小燕)今年以来,茶陵县新建文化广场12座。',
    startLine: line,
    endLine: line,
    dateline: { text: '株洲日报讯(通讯员/彭小燕)', credits: [{ role: 'correspondent', name: '彭小燕' }], rest: '今年以来,茶陵县新建文化广场12座。' },
  }) as Token;
const kinds = (state: ReturnType<typeof tokenState>) => state.current?.blocks.slice(1).map((b) => `${b.type}${b.box ? `/${b.box}` : ''}${b.label ? `[${b.label}]` : ''}:${b.text}`);

test("key points with their words on the label's line are one box block, labelled", () => {
  const state = tokenState('', [box('key-points', '【核心提示】', '全市工业增长7.9%。', 5), paragraph('走进车间,机械臂精准抓取零部件。', 6)]);
  withStory(state);
  assert.equal(boxes(state), true);
  assert.deepEqual(kinds(state), ['box/key-points[【核心提示】]:全市工业增长7.9%。']);
  assert.equal(state.tokenPos, 1, 'the story goes on under the box');
});

test('a label alone takes the paragraph under it, and the pieces a column break and a photo cut from it', () => {
  const state = tokenState('', [box('editors-note', '编者按', '', 5), paragraph('稳就业关键在稳岗位、', 6), caption('驿站里的求职者。', 7), paragraph('扩渠道。', 8), paragraph('驿站负责人介绍。', 9)]);
  state.open(['让“家门口就业”成为常态'], { startLine: 1, endLine: 1 });
  boxes(state);
  assert.deepEqual(
    state.current?.blocks.map((b) => `${b.type}:${b.text}`),
    ['box:稳就业关键在稳岗位、', 'caption:驿站里的求职者。', 'box:扩渠道。'],
  );
  assert.equal(state.current?.blocks[0]?.label, '编者按');
  assert.equal(state.tokenPos, 4);
  assert.deepEqual(state.decisions, []);
});

test('a notebook runs on to the end of the story, the choice recorded; a headline ends it', () => {
  const tokens = [box('notebook', '记者手记', '', 5), paragraph('采访那天,我跟着他来回了六趟。', 6), paragraph('这样的人,值得我们记住。', 7), heading('茶陵县新建12座村级文化广场', 8), dated(9)];
  const state = tokenState('', tokens);
  withStory(state);
  boxes(state);
  assert.deepEqual(kinds(state), ['box/notebook[记者手记]:采访那天,我跟着他来回了六趟。', 'box/notebook:这样的人,值得我们记住。']);
  assert.equal(state.tokenPos, 3);
  assert.deepEqual(state.decisions, [
    {
      rule: 'boxes',
      chose: 'a notebook box of 2 paragraphs',
      over: 'a box of one paragraph and the story going on',
      evidence: 'a box of its kind runs to the end of the story; no byline, dateline or headline comes before',
      startLine: 5,
      endLine: 7,
    },
  ]);
});

test('a notebook of one paragraph is no decision', () => {
  const state = tokenState('', [box('notebook', '记者手记', '', 5), paragraph('一条板凳,拉近了党员和群众的距离。', 6)]);
  withStory(state);
  boxes(state);
  assert.deepEqual(state.decisions, []);
});

test('a data box holds its figures and their words; a sentence, or a headline with its byline, ends it', () => {
  const tokens = [box('data', '数说', '', 5), heading('618.4亿元', 6), paragraph('同比增速,高于全省平均水平0.8个百分点', 7), paragraph('市商务局相关负责人表示,将举办促消费活动60场。', 8)];
  assert.equal(boxEnd(tokens, 0), 3);
  const next = [box('data', '数说炎陵黄桃', '', 5), heading('8.1万亩 种植面积', 6), heading('醴陵举办陶瓷博览会', 7), dated(8)];
  assert.equal(boxEnd(next, 0), 2, "the headline of the next story is none of the box's lines");
});

test('a Q&A box is each question and answer, the story going on after them', () => {
  const state = tokenState('', [box('qa', null, '问:哪些人需要办理备案?', 5), paragraph('市医保局提醒,备案有效期内无需重复办理。', 6)]);
  withStory(state);
  boxes(state);
  assert.deepEqual(kinds(state), ['box/qa:问:哪些人需要办理备案?']);
  assert.equal(state.tokenPos, 1);
});

test('a label with nothing under it keeps its words in an empty box', () => {
  const state = tokenState('', [box('related', '相关链接', '', 5), credit(6)]);
  withStory(state);
  boxes(state);
  assert.deepEqual(kinds(state), ['box/related[相关链接]:']);
});

test("an editor's note after a finished story is an item of its own, headed by its label, the choice recorded", () => {
  const state = tokenState('', [box('editors-note', '编者按', '', 5), paragraph('即日起,本报推出系列报道,敬请关注。', 6), heading('湘江株洲段水质连续五年保持Ⅱ类', 7)]);
  withStory(state);
  const above = state.current;
  boxes(state);
  assert.notEqual(state.current, above);
  assert.equal(state.current?.title, '编者按');
  assert.deepEqual(
    state.current?.blocks.map((b) => `${b.type}:${b.text}`),
    ['paragraph:即日起,本报推出系列报道,敬请关注。'],
  );
  assert.deepEqual(
    state.decisions.map((d) => [d.rule, d.chose, d.startLine, d.endLine]),
    [['boxes', 'an item of its own headed by its label', 5, 6]],
  );
});

test("an editor's note over a story's body, and an afterword after a finished story, are boxes of that story", () => {
  const opening = tokenState('', [box('editors-note', '编者按', '湘江是株洲的母亲河。', 5)]);
  const draft = opening.open(['守护“一江碧水”的人'], { startLine: 1, endLine: 1 });
  opening.takeByline(draft, '记者/严可', [{ role: 'reporter', name: '严可' }], false);
  boxes(opening);
  assert.deepEqual(
    opening.current?.blocks.map((b) => b.type),
    ['box'],
  );
  const afterword = tokenState('', [box('editors-note', '编后', '', 5), paragraph('这样的坚守值得点赞。', 6)]);
  withStory(afterword);
  const above = afterword.current;
  boxes(afterword);
  assert.equal(afterword.current, above);
  assert.deepEqual(kinds(afterword), ['box/editors-note[编后]:这样的坚守值得点赞。']);
});

test('boxes takes only a box token', () => {
  const state = tokenState('', [paragraph('活动吸引了众多市民。', 5)]);
  withStory(state);
  assert.equal(boxes(state), false);
});
