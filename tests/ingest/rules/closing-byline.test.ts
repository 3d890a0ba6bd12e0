import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closingByline } from '../../../src/ingest/rules/closing-byline.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';
import { extend, type Draft, type PageState } from '../../../src/ingest/page-state.ts';

function closeWith(state: PageState, text: string, name: string, line: number): void {
  const draft = state.current as Draft;
  draft.closingCredits.push({ text, credits: [{ role: 'reporter', name }], photo: false, startLine: line, endLine: line });
  extend(draft, { startLine: line, endLine: line });
}

test('closing-byline cuts a story of its own at the subhead a photo and a dated lead stand under, credited to the strangers, and records it', () => {
  const state = tokenState('', []);
  withStory(state);
  state.addBlock({ type: 'subhead', text: '校社同心共抗寒潮', startLine: 5, endLine: 5 });
  state.addBlock({ type: 'caption', text: '志愿者送温暖。', startLine: 6, endLine: 6 });
  state.addBlock({ type: 'paragraph', text: '近日,志愿者走进社区。', startLine: 7, endLine: 7 });
  closeWith(state, '文/胡丽', '胡丽', 8);
  assert.equal(closingByline(state), true);
  assert.deepEqual(
    state.drafts.map((d) => [d.title, d.reporters, d.source]),
    [
      ['旧标题', ['何春林'], { startLine: 1, endLine: 3 }],
      ['校社同心共抗寒潮', ['胡丽'], { startLine: 5, endLine: 8 }],
    ],
  );
  assert.deepEqual(
    state.drafts[1]?.blocks.map((b) => b.type),
    ['caption', 'paragraph'],
  );
  assert.deepEqual(state.decisions, [
    {
      rule: 'closing-byline',
      chose: 'the byline of a new story headed "校社同心共抗寒潮"',
      over: "the story's own closing credits",
      evidence: 'the closing credits name no one of its byline; a photo stands under the subhead; a dated lead follows the subhead',
      startLine: 5,
      endLine: 8,
    },
  ]);
});

test("closing-byline keeps credits naming the story's own reporter as its own, and records the choice", () => {
  const state = tokenState('', []);
  withStory(state);
  state.addBlock({ type: 'subhead', text: '一、做法', startLine: 5, endLine: 5 });
  state.addBlock({ type: 'paragraph', text: '活动吸引了众多市民。', startLine: 6, endLine: 6 });
  closeWith(state, '文/何春林', '何春林', 7);
  assert.equal(closingByline(state), false);
  assert.deepEqual(
    state.drafts.map((d) => d.bylines),
    [['记者/何春林', '文/何春林']],
  );
  assert.deepEqual(state.decisions, [
    {
      rule: 'closing-byline',
      chose: "the story's own closing credits",
      over: 'the byline of a story under one of its subheads',
      evidence: 'they name people of its byline; no subhead with a photo or a dated lead under it',
      startLine: 7,
      endLine: 7,
    },
  ]);
});

test('closing-byline gives a story without a byline of its own its closing credits, no choice to record', () => {
  const state = tokenState('', []);
  state.open(['荷塘区油菜花开春意浓'], { startLine: 1, endLine: 1 });
  state.addBlock({ type: 'paragraph', text: '油菜花开。', startLine: 2, endLine: 2 });
  closeWith(state, '记者/李逸峰', '李逸峰', 3);
  closingByline(state);
  assert.deepEqual(
    state.drafts.map((d) => d.reporters),
    [['李逸峰']],
  );
  assert.deepEqual(state.decisions, []);
});
