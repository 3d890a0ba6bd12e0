import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { creditLines } from '../../../src/ingest/rules/credit-lines.ts';

test('credit-lines takes a byline with its correspondents on the line under it as one credit token', () => {
  const state = new PageState('株洲日报全媒体记者/何春林\n通讯员/赵雷', 'page.txt');
  assert.equal(creditLines(state), true);
  assert.deepEqual(state.tokens, [
    {
      kind: 'credit',
      text: '株洲日报全媒体记者/何春林 通讯员/赵雷',
      photo: false,
      credits: [
        { role: 'reporter', name: '何春林' },
        { role: 'correspondent', name: '赵雷' },
      ],
      startLine: 1,
      endLine: 2,
    },
  ]);
  assert.equal(state.pos, 1);
});

test('credit-lines leaves a group with a line of text in it', () => {
  const state = new PageState('标题在此\n株洲日报全媒体记者/何春林', 'page.txt');
  assert.equal(creditLines(state), false);
  assert.equal(state.tokens.length, 0);
});
