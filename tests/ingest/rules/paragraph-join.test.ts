import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphJoin } from '../../../src/ingest/rules/paragraph-join.ts';
import { tokenState } from '../../helpers/page-state.ts';

const long = '市人社局相关负责人介绍,今年以来全市新增城镇就业人数稳步增长,重点群体就业保持稳定,';

test('paragraph-join joins a paragraph a column break cut, and records the join where the first piece is short or a caption stands in the cut', () => {
  const state = tokenState('', []);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  state.addBlock({ type: 'paragraph', text: '今年以来,全市', startLine: 2, endLine: 2 });
  state.addBlock({ type: 'caption', text: '▲招聘会现场。', startLine: 4, endLine: 4 });
  state.addBlock({ type: 'paragraph', text: '新增就业稳步增长。', startLine: 6, endLine: 6 });
  state.addBlock({ type: 'paragraph', text: long, startLine: 8, endLine: 8 });
  state.addBlock({ type: 'paragraph', text: '就业形势总体平稳。', startLine: 10, endLine: 10 });
  assert.equal(paragraphJoin(state), true);
  assert.deepEqual(
    state.drafts[0]?.blocks.map((b) => [b.type, b.text, b.startLine, b.endLine]),
    [
      ['paragraph', '今年以来,全市新增就业稳步增长。', 2, 6],
      ['caption', '▲招聘会现场。', 4, 4],
      ['paragraph', `${long}就业形势总体平稳。`, 8, 10],
    ],
  );
  assert.deepEqual(
    state.decisions,
    [
      {
        rule: 'paragraph-join',
        chose: 'one paragraph joined across a column break',
        over: '2 paragraphs',
        evidence: 'the first piece is short (7 characters) and ends mid-sentence; a caption stands in the cut',
        startLine: 2,
        endLine: 6,
      },
    ],
    'the long piece cut mid-sentence is an obvious join',
  );
});

test('paragraph-join leaves whole paragraphs as they are', () => {
  const state = tokenState('', []);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  state.addBlock({ type: 'paragraph', text: '活动举行。', startLine: 2, endLine: 2 });
  state.addBlock({ type: 'paragraph', text: '市民参与。', startLine: 4, endLine: 4 });
  assert.equal(paragraphJoin(state), false);
  assert.deepEqual([state.drafts[0]?.blocks.length, state.decisions], [2, []]);
});
