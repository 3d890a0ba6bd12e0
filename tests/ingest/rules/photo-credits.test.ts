import { test } from 'node:test';
import assert from 'node:assert/strict';
import { photoCredits } from '../../../src/ingest/rules/photo-credits.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

test("photo-credits adds the photographers credited under a story's captions to its photographers", () => {
  const state = tokenState('', []);
  withStory(state);
  state.addBlock({ type: 'caption', text: '学员合影。', credit: '记者/何春林 摄', startLine: 5, endLine: 5 });
  state.addBlock({ type: 'caption', text: '现场。', credit: '通讯员/赵雷 摄', startLine: 7, endLine: 7 });
  assert.equal(photoCredits(state), true);
  assert.deepEqual([state.current?.reporters, state.current?.photographers], [['何春林'], ['何春林', '赵雷']]);
});
