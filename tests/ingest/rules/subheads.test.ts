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
  assert.deepEqual(state.current?.blocks.slice(1).map((b) => `${b.type}:${b.text}`), ['subhead:共建共管', 'subhead:让改革落地见效']);
  assert.deepEqual(state.decisions, [{
    rule: 'subheads', chose: 'subhead', over: 'headline of a new story',
    evidence: 'no byline, dateline or news lead follows; the story has its byline already; the paragraph before is complete', startLine: 5, endLine: 6,
  }]);
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
  assert.deepEqual(state.decisions, [{
    rule: 'subheads', chose: 'subhead', over: 'first piece of a cut paragraph',
    evidence: 'numbered; short clauses; the paragraph before is complete', startLine: 5, endLine: 5,
  }]);
});

test('subheads keeps a numbered line with a comma under a cut paragraph as paragraph text, no choice recorded', () => {
  const state = tokenState('', [heading('二、整合多方力量,服务触角延伸', 5), paragraph('芦淞区将社区民警纳入网格服务团队。', 6)]);
  withStory(state, '活动在市民中心举行');
  assert.equal(subheads(state), true);
  assert.equal(state.current?.blocks.at(-1)?.type, 'paragraph');
  assert.deepEqual(state.decisions, []);
});
