import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisions } from '../../../src/ingest/rules/decisions.ts';
import { tokenState } from '../../helpers/page-state.ts';

const decision = (startLine: number) => ({ rule: 'subheads', chose: 'subhead', over: 'headline of a new story', evidence: 'x', startLine, endLine: startLine });

test('decisions gives each choice to the story holding its first line, in line order, and none to a story without', () => {
  const state = tokenState('', []);
  const first = state.open(['甲'], { startLine: 1, endLine: 1 });
  state.addBlock({ type: 'paragraph', text: '正文。', startLine: 2, endLine: 4 });
  const second = state.open(['乙'], { startLine: 6, endLine: 8 });
  const third = state.open(['丙'], { startLine: 10, endLine: 10 });
  state.decide(decision(7));
  state.decide(decision(3));
  state.decide(decision(6));
  assert.equal(decisions(state), true);
  assert.deepEqual(first.decisions, [decision(3)]);
  assert.deepEqual(second.decisions, [decision(6), decision(7)]);
  assert.equal('decisions' in third, false, 'absent, not empty');
});

test('decisions gives a choice whose first line no story holds (furniture over a headline) to the story holding its last', () => {
  const state = tokenState('', []);
  const story = state.open(['天元区推行拿地即开工'], { startLine: 7, endLine: 7 });
  const choice = { rule: 'qr-slogan', chose: 'slogan', over: 'kicker', evidence: 'x', startLine: 5, endLine: 7 };
  state.decide(choice);
  assert.equal(decisions(state), true);
  assert.deepEqual(story.decisions, [choice]);
});
