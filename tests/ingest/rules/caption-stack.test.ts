import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { captionStack } from '../../../src/ingest/rules/caption-stack.ts';

test('caption-stack takes caption lines with a photo credit under them as one caption', () => {
  const state = new PageState('职工在共享食堂\n用餐。\n记者/何春林 摄', 'page.txt');
  assert.equal(captionStack(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'caption', text: '职工在共享食堂用餐。', credit: '记者/何春林 摄', startLine: 1, endLine: 3 }]);
});

test('caption-stack leaves a headline with its byline (a writer is no photo credit)', () => {
  assert.equal(captionStack(new PageState('标题在此\n株洲日报全媒体记者/何春林', 'page.txt')), false);
});
