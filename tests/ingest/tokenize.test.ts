import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupLines } from '../../src/ingest/tokenize.ts';

test('blank lines separate groups; each group keeps its lines and the blank lines above it', () => {
  assert.deepEqual(groupLines('\n\n标题\n\n株洲日报全媒体记者/何春林\n通讯员/赵雷\n\n\n\n图片说明'), [
    { lines: ['标题'], startLine: 3, endLine: 3, gapBefore: 2 },
    { lines: ['株洲日报全媒体记者/何春林', '通讯员/赵雷'], startLine: 5, endLine: 6, gapBefore: 1 },
    { lines: ['图片说明'], startLine: 10, endLine: 10, gapBefore: 3 },
  ]);
});

test('CRLF, CR and lines of only spaces (no-break, ideographic) are handled', () => {
  assert.deepEqual(
    groupLines('一\r\n\u00a0\r二\n\u3000\n三').map((g) => [g.lines, g.startLine]),
    [
      [['一'], 1],
      [['二'], 3],
      [['三'], 5],
    ],
  );
});
