import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEpigraph } from '../../../src/ingest/rules/epigraph.ts';
import { groupLines } from '../../../src/ingest/tokenize.ts';

test('a quotation followed by its source on a dash line is an epigraph', () => {
  const groups = groupLines('“推动经济社会发展绿色化、低碳化是实现高质量发展的关键环节。”\n\n——摘自党的二十大报告');
  assert.deepEqual(readEpigraph(groups, 0), { text: '“推动经济社会发展绿色化、低碳化是实现高质量发展的关键环节。”', attribution: '——摘自党的二十大报告', size: 2 });
});

test('an epigraph may carry its source on the same line', () => {
  assert.equal(readEpigraph(groupLines('“绿水青山就是金山银山。”——习近平'), 0)?.attribution, '——习近平');
});

test('a quoted paragraph without a source, or a subtitle after a headline, is no epigraph', () => {
  assert.equal(readEpigraph(groupLines('“这是一堂震撼心灵的廉政课!”\n\n庭审结束后,干警们纷纷表示。'), 0), null);
  assert.equal(readEpigraph(groupLines('这件民生头等大事 株洲这样办\n\n——2025年全市就业创业工作全景回顾'), 0), null);
});
