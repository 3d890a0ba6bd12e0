import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { tableRows } from '../../../src/ingest/rules/table-rows.ts';

test('table-rows makes a table of short cells and puts a one-line row with figures under it on the same table', () => {
  const split = new PageState('今天\n多云\n18~25℃\n\n风力 2~3级\n\n正文在此。', 'page.txt');
  assert.equal(tableRows(split), true);
  assert.equal(tableRows(split), true);
  assert.deepEqual(split.tokens, [{ kind: 'table', rows: [['今天', '多云', '18~25℃'], ['风力 2~3级']], startLine: 1, endLine: 5 }]);
  assert.equal(tableRows(split), false, 'a sentence ends the table');
});

test('table-rows leaves a headline with its byline', () => {
  assert.equal(tableRows(new PageState('标题在此\n记者/何春林', 'page.txt')), false);
});
