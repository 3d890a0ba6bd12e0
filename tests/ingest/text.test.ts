import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balanced, cleanText, endsSentence, hanCount, isBlank, outsideQuotes, trimText } from '../../src/ingest/text.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';

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

test('zero-width characters between Han go, a joiner inside an emoji sequence stays: the words are never changed', () => {
  assert.equal(cleanText('田\u200b心\u2060社\ufeff区\u200d街道'), '田心社区街道');
  for (const emoji of ['👨‍👩‍👧', '🏳️‍🌈', '👩🏽‍💻', '❤️‍🔥']) assert.equal(cleanText(`一家人${emoji}。`), `一家人${emoji}。`, emoji);
});

test('inside a story, ideographic and no-break spaces, full-width forms and private-use characters are kept as printed; only control characters go', () => {
  const lead = '5月30日，市民\u3000张三说：１２３ＡＢＣ，价格1\u00a0000元，李\ue000峰参加，一家人👨‍👩‍👧到场。';
  const { articles } = ingestText(`标题\n\n株洲日报(记者/甲乙) ${lead.replace('到场', '到\x01场')}`, '2025-05-31.txt');
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    [lead],
  );
});

test('a decimal point is no sentence end: a column break cut the number there', () => {
  for (const t of ['累计服务企业1.', '共收到简历3.', '中医夜市2.']) assert.ok(!endsSentence(t), t);
  for (const t of ['版本升级到2.0。', 'Zhuzhou Daily.']) assert.ok(endsSentence(t), t);
});
