import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesTable, isTableRows } from '../../../src/ingest/rules/table.ts';
import { groupLines } from '../../../src/ingest/tokenize.ts';

const group = (text: string) => groupLines(text)[0] as NonNullable<ReturnType<typeof groupLines>[0]>;

test('adjacent short unpunctuated lines are the cells of a table row', () => {
  assert.ok(isTableRows(group('今天\n多云有分散性阵雨或雷阵雨\n24~31℃')));
});

test('adjacent sentences and single lines are not table rows', () => {
  assert.ok(!isTableRows(group('端午小长假,不妨跟家人相聚。\n多休息。')));
  assert.ok(!isTableRows(group('今天')));
});

test('a short line with figures under a table continues it; prose does not', () => {
  assert.ok(continuesTable(group('风力 2~3级 风向 南风')));
  assert.ok(!continuesTable(group('(市气象台5月30日16时发布)')));
  assert.ok(!continuesTable(group('端午小长假')));
});
