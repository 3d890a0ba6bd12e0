import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteParts } from '../../src/site/parts.ts';
import type { Archive } from '../../src/site/archive.ts';

/** An archive with so many articles in each of its years. */
const archive = (sizes: Record<number, number>) => ({
  years: Object.entries(sizes).map(([year, n]) => ({ year: Number(year), months: [{ editions: [{ articles: new Array(n).fill(null) }] }] })),
}) as unknown as Archive;

test('consecutive years share a part up to the size of a part; the last part renders the shared pages', () => {
  assert.deepEqual(siteParts(archive({ 2016: 10, 2017: 10, 2018: 30, 2019: 5 }), 25), [
    { years: [2016, 2017], shared: false },
    { years: [2018], shared: false },
    { years: [2019], shared: true },
  ]);
});

test('a small archive is one part; an empty one still has its shared pages', () => {
  assert.deepEqual(siteParts(archive({ 2022: 1, 2025: 19, 2026: 7 })), [{ years: [2022, 2025, 2026], shared: true }]);
  assert.deepEqual(siteParts(archive({})), [{ years: [], shared: true }]);
});
