import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyStart } from '../../../src/ingest/rules/story-start.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

const credit = (line: number) => ({ kind: 'credit' as const, text: '记者/李逸峰', credits: [{ role: 'reporter' as const, name: '李逸峰' }], photo: false, startLine: line, endLine: line });
const heading = (text: string, line: number) => ({ kind: 'heading' as const, text, startLine: line, endLine: line });
const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, dateline: null, startLine: line, endLine: line });

test('story-start opens a story at a heading run its byline follows, and leaves the byline to the credit rule; a plain start is no decision', () => {
  const state = tokenState('', [heading('荷塘区 油菜花开春意浓', 5), credit(6)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.equal(state.drafts.length, 2);
  assert.deepEqual([state.current?.kicker, state.current?.title, state.current?.source], [null, '荷塘区 油菜花开春意浓', { startLine: 5, endLine: 5 }]);
  assert.equal(state.tokenPos, 1);
  assert.deepEqual(state.decisions, []);
});

test('story-start takes a run a news lead follows as a headline, and records that it chose it over subheads', () => {
  const state = tokenState('', [heading('首期青年夜校开课', 5), paragraph('5月9日,首期青年夜校开课。', 6)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.equal(state.current?.title, '首期青年夜校开课');
  assert.deepEqual(state.decisions, [{
    rule: 'story-start', chose: 'headline of a new story', over: 'subhead',
    evidence: 'a news lead follows; the story has its byline already; the paragraph before is complete', startLine: 5, endLine: 5,
  }]);
});

test('story-start leaves a run inside a story that an ordinary paragraph follows', () => {
  const state = tokenState('', [heading('活动亮点', 5), paragraph('活动吸引了众多市民。', 6)]);
  withStory(state);
  assert.equal(storyStart(state), false);
  assert.deepEqual([state.drafts.length, state.tokenPos], [1, 0]);
});

test('story-start opens the page\'s first story at any heading run, a column label over it naming the column', () => {
  const state = tokenState('', [heading('【职教前沿】', 1), heading('学生技能大赛获佳绩', 2), paragraph('活动吸引了众多市民。', 3)]);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.column, state.current?.title], ['【职教前沿】', '学生技能大赛获佳绩']);
  assert.deepEqual(state.current?.blocks, [{ type: 'column', text: '【职教前沿】', startLine: 1, endLine: 1 }]);
  assert.deepEqual(state.decisions, [], 'with no story open there is nothing to choose');
});

test('story-start takes a short line ending in a colon above the headline as its kicker, not the story before\'s last words', () => {
  const state = tokenState('', [heading('代表委员建言民生', 5), credit(6)]);
  withStory(state);
  state.addBlock({ type: 'paragraph', text: '两会聚焦：', startLine: 4, endLine: 4 });
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.kicker, state.current?.title, state.current?.source.startLine], ['两会聚焦：', '代表委员建言民生', 4]);
  assert.deepEqual(state.drafts[0]?.blocks.map((b) => b.text), ['活动在市民中心举行。']);
});

test('story-start opens a story at any heading run under a story signed at its end, with no decision; an unsigned story keeps the run', () => {
  const signed = tokenState('', [heading('炎陵黄桃进入疏果关键期', 5), paragraph('近日,果农忙着疏果。', 6)]);
  signed.open(['简讯'], { startLine: 1, endLine: 1 });
  signed.addBlock({ type: 'paragraph', text: '活动在市民中心举行。', startLine: 2, endLine: 2 });
  signed.current?.closingCredits.push({ text: '(通讯员/陈思远)', credits: [{ role: 'correspondent', name: '陈思远' }], photo: false, startLine: 3, endLine: 3 });
  signed.current!.source.endLine = 3;
  assert.equal(storyStart(signed), true);
  assert.deepEqual([signed.drafts.length, signed.current?.title, signed.decisions], [2, '炎陵黄桃进入疏果关键期', []]);

  const unsigned = tokenState('', [heading('炎陵黄桃进入疏果关键期', 5), paragraph('近日,果农忙着疏果。', 6)]);
  withStory(unsigned);
  assert.equal(storyStart(unsigned), false);
});

test('story-start takes an ornamented signature under a headline as the commentary\'s byline; a plain short line under it stays a heading', () => {
  const state = tokenState('', [heading('莫让形式主义卷土重来', 5), heading('□ 谭 琳', 6), paragraph('工作群里打卡刷屏。', 7)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.drafts.length, state.current?.title, state.current?.bylines, state.current?.reporters, state.tokenPos], [2, '莫让形式主义卷土重来', ['□ 谭 琳'], ['谭琳'], 2]);

  const plain = tokenState('', [heading('莫让形式主义卷土重来', 5), heading('谭 琳', 6), paragraph('工作群里打卡刷屏。', 7)]);
  withStory(plain);
  assert.equal(storyStart(plain), false);
});

test('story-start reads an opinion genre\'s label over a headline, under a complete story, as a new piece\'s column label, and records both choices', () => {
  const state = tokenState('', [heading('短评', 5), heading('文明养犬需要每个人自觉', 7), paragraph('小区里的犬吠声扰民。', 9)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.drafts.length, state.current?.column, state.current?.kicker, state.current?.title], [2, '短评', null, '文明养犬需要每个人自觉']);
  assert.deepEqual(state.current?.blocks, [{ type: 'column', text: '短评', startLine: 5, endLine: 5 }]);
  assert.deepEqual(state.decisions.map((d) => [d.rule, d.chose, d.over, d.startLine]), [
    ['story-start', 'headline of a new story', 'subhead', 5],
    ['story-start', 'column label', 'kicker', 5],
  ]);
});

test('story-start keeps a short kicker over a news headline its byline follows, and a short line over a cut paragraph stays in the story', () => {
  const kicker = tokenState('', [heading('国庆节前夕', 5), heading('株洲多个景区迎来客流高峰', 7), credit(9)]);
  withStory(kicker);
  assert.equal(storyStart(kicker), true);
  assert.deepEqual([kicker.current?.column, kicker.current?.kicker, kicker.current?.title], [null, '国庆节前夕', '株洲多个景区迎来客流高峰']);
  assert.deepEqual(kicker.decisions.map((d) => [d.rule, d.chose, d.startLine, d.endLine]), [['headline', 'kicker and title', 5, 7]], 'the headline\'s reading, over its lines');

  const piece = tokenState('', [heading('短评', 5), heading('记者了解到,这些小区的', 7), paragraph('停车位严重不足。', 9)]);
  withStory(piece);
  assert.equal(storyStart(piece), false, 'the line under the label is the start of a cut paragraph, no title');
});

test('story-start takes a short name over a commentary\'s headline as its column label; over news it is the kicker', () => {
  const ornamented = { kind: 'credit' as const, text: '□ 谭 琳', credits: [{ role: 'reporter' as const, name: '谭琳' }], photo: false, startLine: 9, endLine: 9 };
  const commentary = tokenState('', [heading('百姓说事', 5), heading('小区停车难怎么破', 7), ornamented]);
  assert.equal(storyStart(commentary), true);
  assert.deepEqual([commentary.current?.column, commentary.current?.kicker, commentary.current?.title, commentary.tokenPos], ['百姓说事', null, '小区停车难怎么破', 2]);

  const news = tokenState('', [heading('百姓说事', 5), heading('小区停车难怎么破', 7), credit(9)]);
  assert.equal(storyStart(news), true);
  assert.deepEqual([news.current?.column, news.current?.kicker], [null, '百姓说事']);
});
