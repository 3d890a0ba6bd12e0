import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { widenPunctuation } from '../../src/ingest/punctuation.ts';

test('ASCII marks inside Chinese text become full-width', () => {
  assert.equal(widenPunctuation('2025年,我市坚持就业优先;成效显著!'), '2025年，我市坚持就业优先；成效显著！');
  assert.equal(widenPunctuation('校园起步:两份校园报'), '校园起步：两份校园报');
  assert.equal(widenPunctuation('何必去远方?”市民袁师傅表示'), '何必去远方？”市民袁师傅表示');
  assert.equal(widenPunctuation('(市气象台5月30日16时发布)'), '（市气象台5月30日16时发布）');
  assert.equal(widenPunctuation('株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日'), '株洲日报（全媒体记者/李逸峰 通讯员/冯帅） 5月30日');
  assert.equal(widenPunctuation('累计服务企业1.2万家,同比增长30%,位居全省第一'), '累计服务企业1.2万家，同比增长30%，位居全省第一');
  // Brackets holding Chinese are Chinese brackets, even after a Latin word.
  assert.equal(widenPunctuation('SYB(创业培训)'), 'SYB（创业培训）');
});

test('marks between Latin letters or digits, and text without Chinese, stay as printed', () => {
  for (const t of ['中医夜市2.0升级版', '共1,000人', '16:00开始', 'http://finews.zning.xyz/a?b=1', 'Hip-Hop', 'App (v2)', '2~3级']) {
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

// The rule as first written, character by character: the fast version must agree with it.
function reference(text: string): string {
  const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
  const chinese = (ch: string | undefined) => ch !== undefined && (/\p{Script=Han}/u.test(ch) || /[\u3000-\u303f\uff00-\uffef“”‘’…—·]/u.test(ch));
  const word = /[A-Za-z0-9]/u;
  const chars = [...text];
  const out = [...chars];
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) {
      const start = open.pop() as number;
      if (chars.slice(start + 1, i).some((c) => chinese(c)) || chinese(chars[start - 1])) {
        out[start] = '（';
        out[i] = '）';
      }
    }
  });
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === ')' || !(ch in FULL)) return;
    const [p, n] = [out[i - 1], out[i + 1]];
    if (!(p !== undefined && n !== undefined && word.test(p) && word.test(n)) && (chinese(p) || chinese(n))) out[i] = FULL[ch] as string;
  });
  return out.join('');
}

test('the fast rule agrees with the rule as written on any mix of marks, Han, Latin and astral characters', () => {
  const pieces = fc.constantFrom(',', ':', ';', '?', '!', '(', ')', '株', '洲', '𠀀', 'a', '7', ' ', '“', '，', '.', '-');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      assert.equal(widenPunctuation(text), reference(text), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 5 },
  );
});
