import { test } from 'node:test';
import assert from 'node:assert/strict';
import { subheads } from '../../../src/ingest/rules/subheads.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

const heading = (text: string, line: number) => ({ kind: 'heading' as const, text, startLine: line, endLine: line });
const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, dateline: null, startLine: line, endLine: line });

test('subheads sets a one-line run in the open story as a subhead, a plain case not recorded', () => {
  const state = tokenState('', [heading('一、做法', 5), paragraph('活动吸引了众多市民。', 6)]);
  withStory(state);
  assert.equal(subheads(state), true);
  assert.deepEqual(state.current?.blocks.at(-1), { type: 'subhead', text: '一、做法', startLine: 5, endLine: 5 });
  assert.deepEqual([state.tokenPos, state.current?.source.endLine], [1, 5]);
  assert.deepEqual(state.decisions, []);
});

test('subheads records a run shaped like a headline block after a complete paragraph, taken as subheads', () => {
  const state = tokenState('', [heading('共建共管', 5), heading('让改革落地见效', 6), paragraph('活动吸引了众多市民。', 7)]);
  withStory(state);
  assert.equal(subheads(state), true);
  assert.deepEqual(
    state.current?.blocks.slice(1).map((b) => `${b.type}:${b.text}`),
    ['subhead:共建共管', 'subhead:让改革落地见效'],
  );
  assert.deepEqual(state.decisions, [
    {
      rule: 'subheads',
      chose: 'subhead',
      over: 'headline of a new story',
      evidence: 'no byline, dateline or news lead follows; the story has its byline already; the paragraph before is complete',
      startLine: 5,
      endLine: 6,
    },
  ]);
});

test('subheads sets a line a column break cut short as paragraph text', () => {
  const state = tokenState('', [heading('记者了解到,这次活动', 5), paragraph('吸引了众多市民。', 6)]);
  withStory(state, '活动在市民中心举行');
  assert.equal(subheads(state), true);
  assert.deepEqual(state.current?.blocks.at(-1)?.type, 'paragraph');
  assert.deepEqual(state.decisions, [], 'the paragraph before is cut: no new story could start here');
});

test('subheads needs an open story', () => {
  assert.equal(subheads(tokenState('', [heading('一、做法', 1)])), false);
});

test('subheads sets a numbered line of short clauses with a comma after a complete paragraph as a subhead, the choice recorded', () => {
  const state = tokenState('', [heading('二、整合多方力量,服务触角延伸', 5), paragraph('芦淞区将社区民警纳入网格服务团队。', 6)]);
  withStory(state);
  assert.equal(subheads(state), true);
  assert.deepEqual(state.current?.blocks.at(-1), { type: 'subhead', text: '二、整合多方力量,服务触角延伸', startLine: 5, endLine: 5 });
  assert.deepEqual(state.decisions, [
    {
      rule: 'subheads',
      chose: 'subhead',
      over: 'first piece of a cut paragraph',
      evidence: 'numbered; short clauses; the paragraph before is complete',
      startLine: 5,
      endLine: 5,
    },
  ]);
});

test('subheads keeps a numbered line with a comma under a cut paragraph as paragraph text, no choice recorded', () => {
  const state = tokenState('', [heading('二、整合多方力量,服务触角延伸', 5), paragraph('芦淞区将社区民警纳入网格服务团队。', 6)]);
  withStory(state, '活动在市民中心举行');
  assert.equal(subheads(state), true);
  assert.equal(state.current?.blocks.at(-1)?.type, 'paragraph');
  assert.deepEqual(state.decisions, []);
});

/** Tokens of a story's body: each line of short clauses stands alone between paragraphs. */
const body = (...lines: Array<['h' | 'p', string]>) => lines.map(([kind, text], i) => (kind === 'h' ? heading(text, 5 + i) : paragraph(text, 5 + i)));

/** The rule run on the body's first line, in a story whose last paragraph is complete: what the line was read as, and the choices recorded. */
function firstLine(...lines: Array<['h' | 'p', string]>) {
  const state = tokenState('', body(...lines));
  withStory(state);
  assert.equal(subheads(state), true);
  return { type: state.current?.blocks.at(-1)?.type, decisions: state.decisions };
}

test('subheads sets a line of short clauses as a subhead where two more of its form stand below it, the choice recorded', () => {
  assert.deepEqual(
    firstLine(['h', '整合多方力量,服务触角延伸'], ['p', '芦淞区将社区民警纳入网格服务团队，每月上门走访。'], ['h', '用好数字平台,治理更加精准'], ['p', '全区上线数字平台，汇集基础数据。'], ['h', '建立“吹哨”机制,处置提速'], ['p', '网格员发现问题后，部门两小时内到场。']).decisions,
    [
      {
        rule: 'subheads',
        chose: 'subhead',
        over: 'first piece of a cut paragraph',
        evidence: 'the subheads "用好数字平台,治理更加精准", "建立“吹哨”机制,处置提速" of the story share its form; short clauses; the paragraph before is complete',
        startLine: 5,
        endLine: 5,
      },
    ],
  );
});

test('subheads sets a line of short clauses as a subhead under a subhead of its form above it', () => {
  const state = tokenState('', body(['h', '用好数字平台,治理更加精准'], ['p', '全区上线数字平台，汇集基础数据。']));
  withStory(state);
  state.addBlock({ type: 'subhead', text: '整合多方力量,服务触角延伸', startLine: 3, endLine: 3 });
  state.addBlock({ type: 'paragraph', text: '芦淞区将社区民警纳入网格服务团队。', startLine: 4, endLine: 4 });
  assert.equal(subheads(state), true);
  assert.equal(state.current?.blocks.at(-1)?.type, 'subhead');
  assert.match(state.decisions[0]?.evidence ?? '', /the subhead "整合多方力量,服务触角延伸" of the story shares its form/u);
});

test('subheads sets a line of short clauses as a subhead beside a subhead that is one by its own form', () => {
  assert.equal(firstLine(['h', '线上、线下、外卖,一个都不少'], ['p', '两年前，老店开通了外卖。'], ['h', '“年轻人愿意来,老店才有未来”'], ['p', '店里新增了新品，吸引了年轻顾客。']).type, 'subhead');
});

test('near miss: a lone line of short clauses is the first piece of a paragraph a column break cut, nothing recorded', () => {
  assert.deepEqual(firstLine(['h', '整合多方力量,服务触角延伸'], ['p', '芦淞区将社区民警纳入网格服务团队，每月上门走访。']), { type: 'paragraph', decisions: [] });
});

test('near miss: short pieces with a comma, each cut at a column break, are no siblings of each other: the text under each finishes its sentence', () => {
  assert.deepEqual(firstLine(['h', '记者了解到,这次活动'], ['p', '吸引了众多市民。'], ['h', '活动现场,志愿者们'], ['p', '忙个不停。'], ['h', '据统计,当天共有'], ['p', '三千余人参加。']), { type: 'paragraph', decisions: [] });
});

test('near miss: a short piece with a comma between plain subheads is paragraph text: the subheads share no form with it', () => {
  assert.deepEqual(firstLine(['h', '活动现场,志愿者们'], ['p', '为居民测量血压，讲解健康知识。'], ['h', '强化就业服务'], ['p', '全区上线数字平台，汇集基础数据。'], ['h', '优化创业环境'], ['p', '芦淞区将社区民警纳入网格服务团队，每月上门走访。']), {
    type: 'paragraph',
    decisions: [],
  });
});

test("subheads sets a notice's issuer and date under its last complete paragraph as its last lines, the choice recorded", () => {
  const state = tokenState('', [heading('株洲市公安局交通警察支队', 5), heading('2025年5月28日', 6), heading('气象小贴士', 7), paragraph('高温天气外出，请注意补充水分。', 8)]);
  withStory(state);
  assert.equal(subheads(state), true);
  assert.deepEqual(
    state.current?.blocks.slice(1).map((b) => `${b.type}:${b.text}`),
    ['paragraph:株洲市公安局交通警察支队', 'paragraph:2025年5月28日'],
  );
  assert.equal(state.tokenPos, 2, 'the heading under the date is left to open the next story');
  assert.deepEqual(state.decisions, [
    {
      rule: 'subheads',
      chose: 'the issuer and date closing the story',
      over: 'subheads',
      evidence: 'the paragraph before is complete; the date alone on the last line; no text under it',
      startLine: 5,
      endLine: 6,
    },
  ]);
});

test("near miss: a date line with text under it, or under a cut paragraph, is no notice's closing", () => {
  const under = tokenState('', [heading('2025年5月28日', 5), paragraph('这一天，龙舟赛在湘江举行。', 6)]);
  withStory(under);
  assert.equal(subheads(under), true);
  assert.equal(under.current?.blocks.at(-1)?.type, 'subhead');
  const cut = tokenState('', [heading('株洲市公安局交通警察支队', 5), heading('2025年5月28日', 6)]);
  withStory(cut, '活动在市民中心举行');
  assert.equal(subheads(cut), true);
  assert.deepEqual([cut.current?.blocks.slice(1).map((b) => b.type), cut.decisions], [['subhead', 'subhead'], []]);
});
