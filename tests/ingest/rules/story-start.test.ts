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

const caption = (text: string, credit: string | null, line: number) => ({ kind: 'caption' as const, text, credit, startLine: line, endLine: line });
const dated = (line: number) => ({
  kind: 'paragraph' as const, text: '株洲日报讯(全媒体记者/缪华)今年秋季学期,天元区将新增2所学校。', startLine: line, endLine: line,
  dateline: { text: '株洲日报讯(全媒体记者/缪华)', credits: [{ role: 'reporter' as const, name: '缪华' }], rest: '今年秋季学期,天元区将新增2所学校。' },
});

test('story-start reads an editor\'s note between a headline and its byline as the story\'s box, the byline still its own', () => {
  const state = tokenState('', [heading('让“家门口就业”成为常态', 5), { kind: 'box', box: 'editors-note', label: '编者按', text: '', startLine: 6, endLine: 6 },
    paragraph('稳就业关键在稳岗位、扩渠道。', 7), credit(8)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.equal(state.current?.title, '让“家门口就业”成为常态');
  assert.deepEqual(state.current?.blocks.map((b) => [b.type, b.box, b.label, b.text]), [['box', 'editors-note', '编者按', '稳就业关键在稳岗位、扩渠道。']]);
  assert.equal(state.tokenPos, 3, 'the byline under the box is left to the credit rule');
});

test('story-start takes a heading under a photo essay, each photo credited, as the next story\'s headline, not the essay\'s column', () => {
  const state = tokenState('', [heading('湘江边的“光影记忆”', 5), caption('▲市民在湘江风光带散步。', '记者/季明 摄', 6), caption('▲孩子们在滨江公园里放风筝。', '(易峰/摄)', 7),
    heading('天元区新增2所九年一贯制学校', 8), dated(9)]);
  withStory(state);
  assert.equal(storyStart(state), false, 'no byline under the essay: its headline is not taken as a story\'s by this rule');
  const single = tokenState('', [heading('湘江边的“光影记忆”', 5), caption('▲市民在湘江风光带散步。', null, 6), heading('记者蹲点', 7), dated(8)]);
  withStory(single);
  assert.equal(storyStart(single), true);
  assert.equal(single.current?.column, '记者蹲点', 'under an uncredited photo a heading is the column over the byline');
});

/** A notice under a heading: its text, then its issuer and the day it is signed, each alone on its line. */
const notice = (from: number) => [
  paragraph('为保障端午龙舟赛顺利举行，决定对城区部分路段实施临时交通管制。', from),
  paragraph('一、管制时间：2025年5月31日7时至13时。', from + 1),
  heading('株洲市公安局交通警察支队', from + 2), heading('2025年5月28日', from + 3),
];

test('story-start opens a story at a heading under a whole story where the text under it closes with its issuer and date, the choice recorded', () => {
  const state = tokenState('', [heading('市公安局交警支队关于城区部分路段交通管制的通告', 5), ...notice(6), heading('气象小贴士', 10)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.drafts.length, state.current?.title], [2, '市公安局交警支队关于城区部分路段交通管制的通告']);
  assert.deepEqual(state.decisions, [{
    rule: 'story-start', chose: 'headline of a new story', over: 'subhead',
    evidence: 'the text under it closes with its issuer and date; the story has its byline already; the paragraph before is complete', startLine: 5, endLine: 5,
  }]);
});

test('story-start opens a story at a heading under a story that closes with its issuer and date', () => {
  const state = tokenState('', [heading('气象小贴士', 5), paragraph('高温天气外出，请注意补充水分。', 6)]);
  withStory(state);
  state.addBlock({ type: 'paragraph', text: '株洲市公安局交通警察支队', startLine: 3, endLine: 3 });
  state.addBlock({ type: 'paragraph', text: '2025年5月28日', startLine: 4, endLine: 4 });
  assert.equal(storyStart(state), true);
  assert.equal(state.current?.title, '气象小贴士');
  assert.match(state.decisions[0]?.evidence ?? '', /the story before closes with its issuer and date$/u);
});

test('near misses: a heading over a signed text is a subhead inside a story with subheads, or where the text under the date goes on', () => {
  const withSubheads = tokenState('', [heading('二、倡议内容', 5), ...notice(6), heading('气象小贴士', 10)]);
  withStory(withSubheads);
  withSubheads.addBlock({ type: 'subhead', text: '一、倡议背景', startLine: 3, endLine: 3 });
  withSubheads.addBlock({ type: 'paragraph', text: '端午将至。', startLine: 4, endLine: 4 });
  assert.equal(storyStart(withSubheads), false);
  const goesOn = tokenState('', [heading('市公安局交警支队关于城区部分路段交通管制的通告', 5), ...notice(6), paragraph('届时请市民合理安排出行。', 10)]);
  withStory(goesOn);
  assert.equal(storyStart(goesOn), false);
});
