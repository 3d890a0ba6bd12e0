import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUnit, foldText, foldWithMap, indexWords, termSearch, unitCode } from '../../src/search/tokens.ts';

test('every UTF-16 unit has a four-letter code, and back', () => {
  for (const unit of [0, 25, 26, 0x4e00, 0x682a, 0xffff]) {
    assert.match(unitCode(unit), /^[a-z]{4}$/u);
    assert.equal(decodeUnit(unitCode(unit)), unit);
  }
});

test('text folds as Ctrl+F folds it: case, full-width Latin, white space', () => {
  assert.equal(foldText('  K7舞社\u3000ＳＹＢ\n创业  '), 'k7舞社 syb 创业');
  const { folded, origin } = foldWithMap('Ａ 株洲');
  assert.equal(folded, 'a 株洲');
  assert.deepEqual(origin, [0, 1, 2, 3]);
});

test('a block\'s index words are its adjacent pairs and its last unit', () => {
  const c = (s: string) => [...s].map((ch) => unitCode(ch.charCodeAt(0))).join('');
  assert.deepEqual(indexWords('株洲日报'), [c('株洲'), c('洲日'), c('日报'), c('报')]);
  assert.deepEqual(indexWords('K7'), [c('k7'), c('7')]);
  assert.deepEqual(indexWords('报'), [c('报')]);
  assert.deepEqual(indexWords(''), []);
});

test('a query of two or more units is the quoted phrase of its pairs; one unit is a prefix', () => {
  const c = (s: string) => [...s].map((ch) => unitCode(ch.charCodeAt(0))).join('');
  assert.deepEqual(termSearch('洲日报'), { term: '洲日报', pagefindQuery: `"${c('洲日')} ${c('日报')}"`, rankingQuery: `${c('洲日')} ${c('日报')}` });
  assert.deepEqual(termSearch('日报'), { term: '日报', pagefindQuery: `"${c('日报')}"`, rankingQuery: c('日报') });
  assert.deepEqual(termSearch('报'), { term: '报', pagefindQuery: c('报'), rankingQuery: null });
  assert.equal(termSearch('  '), null);
});

test('the pairs of a query occur consecutively in a block exactly when the block contains it', () => {
  const text = '株洲日报讯 市人社局获评“全国文明单位”';
  const words = indexWords(text);
  const folded = foldText(text);
  for (const q of ['日报', '洲日报讯', '讯 市', '获评“全国', '位”', '国文明']) {
    const pairs = indexWords(q).slice(0, -1);
    const found = words.some((_, i) => pairs.every((p, k) => words[i + k] === p));
    assert.equal(found, folded.includes(foldText(q)), q);
  }
  for (const q of ['日报市', '评全国', '株洲日报 讯']) {
    const pairs = indexWords(q).slice(0, -1);
    assert.equal(words.some((_, i) => pairs.every((p, k) => words[i + k] === p)), false, q);
  }
});
