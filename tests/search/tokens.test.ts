import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldText, foldWithMap, loadTraditional, needsTraditional, termSearch } from '../../src/search/tokens.ts';
import TRADITIONAL_GAPS from '../../src/search/traditional-chars.ts';
import { pairKey, unitKey } from '../../src/search/index-format.ts';

test('text folds as Ctrl+F folds it: case, full-width Latin, white space', () => {
  assert.equal(foldText('  K7舞社\u3000ＳＹＢ\n创业  '), 'k7舞社 syb 创业');
  const { folded, origin } = foldWithMap('Ａ 株洲');
  assert.equal(folded, 'a 株洲');
  assert.deepEqual(origin, [0, 1, 2, 3]);
});

test('the fast fold is the mapped fold, on any text', () => {
  const pieces = fc.constantFrom('株', '洲', 'Ａ', 'K', 'k', '7', ' ', '\u3000', '\t', '\n', '，', 'é', 'e\u0301', '𠀀', 'ﬁ', '\u00a0', '·', '“');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      assert.equal(foldText(text), foldWithMap(text).folded, JSON.stringify(text));
    }),
    { numRuns: 2000, seed: 7 },
  );
});

test('a term of one unit is that unit; a longer one is its pairs, in order', () => {
  const u = (s: string) => s.charCodeAt(0);
  assert.deepEqual(termSearch('报'), { term: '报', keys: [unitKey(u('报'))] });
  assert.deepEqual(termSearch('洲日报'), { term: '洲日报', keys: [pairKey(u('洲'), u('日')), pairKey(u('日'), u('报'))] });
  assert.deepEqual(termSearch('ＳＹＢ'), { term: 'syb', keys: [pairKey(u('s'), u('y')), pairKey(u('y'), u('b'))] });
  assert.equal(termSearch('  '), null);
});

test('unit and pair keys never collide', () => {
  assert.ok(pairKey(0, 0) > unitKey(0xffff));
  assert.notEqual(pairKey(1, 0), pairKey(0, 65535));
});

test('traditional characters fold to simplified ones, one for one, positions kept', async () => {
  await loadTraditional();
  assert.equal(foldText('株洲日報 蘆淞區'), '株洲日报 芦淞区');
  assert.equal(foldText('株洲日报'), '株洲日报', 'simplified text stays as it is');
  // 㗲 folds to an astral character (two UTF-16 units): each unit traces back to it.
  const { folded, origin } = foldWithMap('㗲報');
  assert.equal(folded, '𠵾报');
  assert.deepEqual(origin, [0, 0, 1]);
  assert.equal(foldText(foldText('薴')), foldText('薴'), "folding twice is folding once, along OpenCC's one chain");
  assert.deepEqual(termSearch('日報'), termSearch('日报'));
});

test('the fast fold is the mapped fold on text in either script', async () => {
  await loadTraditional();
  const pieces = fc.constantFrom('株', '報', '區', '㗲', '𠵾', '薴', 'Ａ', ' ', '\u3000', '，', '後', '后');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      assert.equal(foldText(text), foldWithMap(text).folded, JSON.stringify(text));
    }),
    { numRuns: 1000, seed: 7 },
  );
});

test('the script knows without the table which characters it changes: each one, in its compatibility form too, and none other', async () => {
  const { default: pairs } = await import('../../src/search/traditional.ts');
  const chars = Array.from(pairs);
  const traditional = chars.filter((_, i) => i % 2 === 0);
  for (const c of traditional) assert.ok(needsTraditional(`株洲${c}`), c);
  // The simplified forms that are no traditional character, and the text papers print.
  const others = chars.filter((c, i) => i % 2 === 1 && !traditional.includes(c));
  assert.ok(others.length > 2000);
  for (const c of [...others, '株', '洲', 'K', '7', ' ', '，']) assert.ok(!needsTraditional(c), c);
  // U+F900 is a compatibility form of 豈, which the table makes 岂.
  assert.ok(traditional.includes('豈') && needsTraditional('\uf900'));
  assert.ok(TRADITIONAL_GAPS.length < 4096, `${TRADITIONAL_GAPS.length} characters`);
});
