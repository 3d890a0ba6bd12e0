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
  assert.deepEqual(state.decisions, [
    {
      rule: 'story-start',
      chose: 'headline of a new story',
      over: 'subhead',
      evidence: 'a news lead follows; the story has its byline already; the paragraph before is complete',
      startLine: 5,
      endLine: 5,
    },
  ]);
});

test('story-start leaves a run inside a story that an ordinary paragraph follows', () => {
  const state = tokenState('', [heading('活动亮点', 5), paragraph('活动吸引了众多市民。', 6)]);
  withStory(state);
  assert.equal(storyStart(state), false);
  assert.deepEqual([state.drafts.length, state.tokenPos], [1, 0]);
});

test("story-start opens the page's first story at any heading run, a column label over it naming the column", () => {
  const state = tokenState('', [heading('【职教前沿】', 1), heading('学生技能大赛获佳绩', 2), paragraph('活动吸引了众多市民。', 3)]);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.column, state.current?.title], ['【职教前沿】', '学生技能大赛获佳绩']);
  assert.deepEqual(state.current?.blocks, [{ type: 'column', text: '【职教前沿】', startLine: 1, endLine: 1 }]);
  assert.deepEqual(state.decisions, [], 'with no story open there is nothing to choose');
});

test("story-start takes a short line ending in a colon above the headline as its kicker, not the story before's last words", () => {
  const state = tokenState('', [heading('代表委员建言民生', 5), credit(6)]);
  withStory(state);
  state.addBlock({ type: 'paragraph', text: '两会聚焦：', startLine: 4, endLine: 4 });
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.kicker, state.current?.title, state.current?.source.startLine], ['两会聚焦：', '代表委员建言民生', 4]);
  assert.deepEqual(
    state.drafts[0]?.blocks.map((b) => b.text),
    ['活动在市民中心举行。'],
  );
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

test("story-start takes an ornamented signature under a headline as the commentary's byline; a plain short line under it stays a heading", () => {
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
  kind: 'paragraph' as const,
  text: '株洲日报讯(全媒体记者/缪华)今年秋季学期,天元区将新增2所学校。',
  startLine: line,
  endLine: line,
  dateline: { text: '株洲日报讯(全媒体记者/缪华)', credits: [{ role: 'reporter' as const, name: '缪华' }], rest: '今年秋季学期,天元区将新增2所学校。' },
});

test("story-start reads an editor's note between a headline and its byline as the story's box, the byline still its own", () => {
  const state = tokenState('', [heading('让“家门口就业”成为常态', 5), { kind: 'box', box: 'editors-note', label: '编者按', text: '', startLine: 6, endLine: 6 }, paragraph('稳就业关键在稳岗位、扩渠道。', 7), credit(8)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.equal(state.current?.title, '让“家门口就业”成为常态');
  assert.deepEqual(
    state.current?.blocks.map((b) => [b.type, b.box, b.label, b.text]),
    [['box', 'editors-note', '编者按', '稳就业关键在稳岗位、扩渠道。']],
  );
  assert.equal(state.tokenPos, 3, 'the byline under the box is left to the credit rule');
});

test("story-start takes a heading under a photo essay, each photo credited, as the next story's headline, not the essay's column", () => {
  const state = tokenState('', [heading('湘江边的“光影记忆”', 5), caption('▲市民在湘江风光带散步。', '记者/季明 摄', 6), caption('▲孩子们在滨江公园里放风筝。', '(易峰/摄)', 7), heading('天元区新增2所九年一贯制学校', 8), dated(9)]);
  withStory(state);
  assert.equal(storyStart(state), false, "no byline under the essay: its headline is not taken as a story's by this rule");
  const single = tokenState('', [heading('湘江边的“光影记忆”', 5), caption('▲市民在湘江风光带散步。', null, 6), heading('记者蹲点', 7), dated(8)]);
  withStory(single);
  assert.equal(storyStart(single), true);
  assert.equal(single.current?.column, '记者蹲点', 'under an uncredited photo a heading is the column over the byline');
});

/** A notice under a heading: its text, then its issuer and the day it is signed, each alone on its line. */
const notice = (from: number) => [paragraph('为保障端午龙舟赛顺利举行，决定对城区部分路段实施临时交通管制。', from), paragraph('一、管制时间：2025年5月31日7时至13时。', from + 1), heading('株洲市公安局交通警察支队', from + 2), heading('2025年5月28日', from + 3)];

test('story-start opens a story at a heading under a whole story where the text under it closes with its issuer and date, the choice recorded', () => {
  const state = tokenState('', [heading('市公安局交警支队关于城区部分路段交通管制的通告', 5), ...notice(6), heading('气象小贴士', 10)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.drafts.length, state.current?.title], [2, '市公安局交警支队关于城区部分路段交通管制的通告']);
  assert.deepEqual(state.decisions, [
    {
      rule: 'story-start',
      chose: 'headline of a new story',
      over: 'subhead',
      evidence: 'the text under it closes with its issuer and date; the story has its byline already; the paragraph before is complete',
      startLine: 5,
      endLine: 5,
    },
  ]);
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

test("story-start reads an opinion genre's label over a headline, under a complete story, as a new piece's column label, and records both choices", () => {
  const state = tokenState('', [heading('短评', 5), heading('文明养犬需要每个人自觉', 7), paragraph('小区里的犬吠声扰民。', 9)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.drafts.length, state.current?.column, state.current?.kicker, state.current?.title], [2, '短评', null, '文明养犬需要每个人自觉']);
  assert.deepEqual(state.current?.blocks, [{ type: 'column', text: '短评', startLine: 5, endLine: 5 }]);
  assert.deepEqual(
    state.decisions.map((d) => [d.rule, d.chose, d.over, d.startLine]),
    [
      ['story-start', 'headline of a new story', 'subhead', 5],
      ['story-start', 'column label', 'kicker', 5],
    ],
  );
});

test('story-start keeps a short kicker over a news headline its byline follows, and a short line over a cut paragraph stays in the story', () => {
  const kicker = tokenState('', [heading('国庆节前夕', 5), heading('株洲多个景区迎来客流高峰', 7), credit(9)]);
  withStory(kicker);
  assert.equal(storyStart(kicker), true);
  assert.deepEqual([kicker.current?.column, kicker.current?.kicker, kicker.current?.title], [null, '国庆节前夕', '株洲多个景区迎来客流高峰']);
  assert.deepEqual(
    kicker.decisions.map((d) => [d.rule, d.chose, d.startLine, d.endLine]),
    [['headline', 'kicker and title', 5, 7]],
    "the headline's reading, over its lines",
  );

  const piece = tokenState('', [heading('短评', 5), heading('记者了解到,这些小区的', 7), paragraph('停车位严重不足。', 9)]);
  withStory(piece);
  assert.equal(storyStart(piece), false, 'the line under the label is the start of a cut paragraph, no title');
});

test("story-start takes a short name over a commentary's headline as its column label; over news it is the kicker", () => {
  const ornamented = { kind: 'credit' as const, text: '□ 谭 琳', credits: [{ role: 'reporter' as const, name: '谭琳' }], photo: false, startLine: 9, endLine: 9 };
  const commentary = tokenState('', [heading('百姓说事', 5), heading('小区停车难怎么破', 7), ornamented]);
  assert.equal(storyStart(commentary), true);
  assert.deepEqual([commentary.current?.column, commentary.current?.kicker, commentary.current?.title, commentary.tokenPos], ['百姓说事', null, '小区停车难怎么破', 2]);

  const news = tokenState('', [heading('百姓说事', 5), heading('小区停车难怎么破', 7), credit(9)]);
  assert.equal(storyStart(news), true);
  assert.deepEqual([news.current?.column, news.current?.kicker], [null, '百姓说事']);
});

test('story-start opens a story at a heading with a marked subhead right under it, under a finished story; the marked line stays for the subheads', () => {
  const state = tokenState('', [heading('渌口区小微企业贷款余额增长两成', 5), heading('◆ 银行上门 手续简化', 7), paragraph('今年以来,多家银行组建服务小分队。', 9)]);
  withStory(state);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.title, state.current?.subtitle, state.tokenPos], ['渌口区小微企业贷款余额增长两成', null, 1]);
  assert.match(state.decisions.at(-1)?.evidence ?? '', /a marked subhead follows at once/u);
  const cut = tokenState('', [heading('渌口区小微企业贷款余额增长两成', 5), heading('◆ 银行上门 手续简化', 7), paragraph('今年以来,多家银行组建服务小分队。', 9)]);
  withStory(cut, '记者了解到,今年以来');
  assert.equal(storyStart(cut), false, 'under a paragraph the column break cut, the line goes on in the story');
  const signed = tokenState('', [heading('让“口袋公园”装满民生温度', 5), heading('□ 许 可', 7), paragraph('小区旁的空地变成了公园。', 9)]);
  withStory(signed);
  assert.equal(storyStart(signed), true);
  assert.deepEqual(signed.current?.reporters, ['许可'], 'an ornamented name under a headline is its signature, no subhead');
  const lead = tokenState('', [heading('◆ 订单足 岗位多', 7), paragraph('3月17日,产业园人力资源市场人头攒动。', 9)]);
  withStory(lead);
  assert.equal(storyStart(lead), false, 'a news lead under a marked subhead goes on in the story');
});
