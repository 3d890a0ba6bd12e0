import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widenPunctuation } from '../../src/ingest/punctuation.ts';

test('ASCII marks inside Chinese text become full-width', () => {
  assert.equal(widenPunctuation('2025年,我市坚持就业优先;成效显著!'), '2025年，我市坚持就业优先；成效显著！');
  assert.equal(widenPunctuation('校园起步:两份校园报'), '校园起步：两份校园报');
  assert.equal(widenPunctuation('何必去远方?”市民袁师傅表示'), '何必去远方？”市民袁师傅表示');
  assert.equal(widenPunctuation('(市气象台5月30日16时发布)'), '（市气象台5月30日16时发布）');
  assert.equal(widenPunctuation('株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日'), '株洲日报（全媒体记者/李逸峰 通讯员/冯帅） 5月30日');
  assert.equal(widenPunctuation('累计服务企业1.2万家,同比增长30%,位居全省第一'), '累计服务企业1.2万家，同比增长30%，位居全省第一');
});

test('marks between Latin letters or digits, and text without Chinese, stay as printed', () => {
  for (const t of ['中医夜市2.0升级版', '共1,000人', '16:00开始', 'http://finews.zning.xyz/a?b=1', 'SYB(创业培训)'.slice(0, 3), 'Hip-Hop', 'App (v2)', '2~3级']) {
    assert.equal(widenPunctuation(t), t, t);
  }
});

test('only punctuation changes: every other character stays in place', () => {
  const text = '“在家就有活干,每月可以赚2000多元。”何胜强笑道(见图):K7舞社;Hello, world!';
  const widened = widenPunctuation(text);
  assert.equal([...widened].length, [...text].length);
  const wide: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
  [...text].forEach((ch, i) => {
    const now = [...widened][i];
    assert.ok(now === ch || now === wide[ch], `${ch} became ${now} at ${i}`);
  });
  assert.equal(widened, '“在家就有活干，每月可以赚2000多元。”何胜强笑道（见图）：K7舞社；Hello, world!');
});
