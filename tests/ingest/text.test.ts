import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balanced, endsSentence, hanCount, isBlank, outsideQuotes, trimText } from '../../src/ingest/text.ts';

test('a sentence ends in a sentence mark, also behind a closing quote or bracket', () => {
  for (const t of ['就业是最大民生。', '何必去远方?', '真的吗？', '“这是一堂震撼心灵的廉政课!”', '……”', '他说:', '(市气象台5月30日16时发布)']) assert.ok(endsSentence(t), t);
});

test('a quote or bracket closing inside a sentence does not end it', () => {
  for (const t of ['工业领域碳达峰碳中和的“株洲故事”', '让他收', '每月可以', '获评“三十佳通讯员”', '《上海铁道报》']) assert.ok(!endsSentence(t), t);
});

test('quotes and brackets balance in a heading', () => {
  assert.ok(balanced('“我的专业,是将工匠精神内化于心”'));
  assert.ok(!balanced('“在家就有活干,每月可以'));
  assert.equal(outsideQuotes('“我的专业,是将工匠精神内化于心”之后'), '之后');
});

test('every kind of white space a PDF leaves counts as blank and is trimmed', () => {
  assert.ok(isBlank(' \u00a0\u3000\u200b\t'));
  assert.equal(trimText('\u3000\u00a0正文 \u200b'), '正文');
  assert.equal(hanCount('K7舞社2万'), 3);
});
