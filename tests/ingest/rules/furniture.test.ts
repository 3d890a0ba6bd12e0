import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFurniture } from '../../../src/ingest/rules/furniture.ts';
import { groupLines } from '../../../src/ingest/tokenize.ts';

const group = (text: string) => groupLines(text)[0] as NonNullable<ReturnType<typeof groupLines>[0]>;

test('an advertising box is short fragments around an advertising word', () => {
  assert.ok(isFurniture(group('广告\n接待\n热线'), false));
  assert.ok(isFurniture(group('招商热线'), false));
});

test('a phone number standing alone is furniture', () => {
  assert.ok(isFurniture(group('28835396'), true));
  assert.ok(isFurniture(group('0731-28835396'), false));
});

test('stories, headlines and tables are not furniture', () => {
  assert.ok(!isFurniture(group('广告行业迎来新变化'), false), 'a headline about advertising is longer than a box fragment');
  assert.ok(!isFurniture(group('今天\n多云有分散性阵雨或雷阵雨\n24~31℃'), false));
  assert.ok(!isFurniture(group('2025'), true), 'a year is not a phone number');
  assert.ok(!isFurniture(group('热线电话:12345。'), false), 'a sentence is not a box');
});
