import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { lineUnits } from '../../../src/ingest/rules/line-units.ts';

test('line-units makes each line of a group a unit: headline, byline, dated paragraph', () => {
  const state = new PageState('\n标题在此\n记者/何春林\n株洲日报讯(记者/何春林) 5月1日,活动举行。', 'page.txt');
  assert.equal(lineUnits(state), true);
  assert.deepEqual(
    state.tokens.map((t) => [t.kind, t.startLine, t.endLine]),
    [
      ['heading', 2, 2],
      ['credit', 3, 3],
      ['paragraph', 4, 4],
    ],
  );
  const paragraph = state.tokens[2];
  assert.equal(paragraph?.kind === 'paragraph' ? paragraph.dateline?.rest : null, '5月1日,活动举行。');
  assert.equal(state.pos, 1);
});
