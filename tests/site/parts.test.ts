import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteParts } from '../../src/site/parts.ts';
import type { Archive } from '../../src/site/archive.ts';

/** An archive with so many articles in each of its months (YYYY-MM). */
const archive = (sizes: Record<string, number>) =>
  ({
    months: Object.entries(sizes).map(([key, n]) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5)), editions: [{ articles: new Array(n).fill(null) }] })),
  }) as unknown as Archive;

test('consecutive months share a part up to the size of a part, across years; a month is never split; the last part renders the shared pages', () => {
  assert.deepEqual(siteParts(archive({ '2016-11': 10, '2016-12': 10, '2017-01': 30, '2017-02': 5, '2017-03': 5 }), 25), [
    { months: ['2016-11', '2016-12'], shared: false },
    { months: ['2017-01'], shared: false },
    { months: ['2017-02', '2017-03'], shared: true },
  ]);
});

test('a small archive is one part; an empty one still has its shared pages', () => {
  assert.deepEqual(siteParts(archive({ '2022-01': 1, '2025-05': 19, '2026-01': 7 })), [{ months: ['2022-01', '2025-05', '2026-01'], shared: true }]);
  assert.deepEqual(siteParts(archive({})), [{ months: [], shared: true }]);
});
