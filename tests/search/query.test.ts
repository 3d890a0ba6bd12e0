import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGES, parseQuery } from '../../src/search/query.ts';

const terms = (q: string) => parseQuery(q).terms.map((t) => t.term);

test('words separated by spaces are separate terms, all to be found', () => {
  assert.deepEqual(terms('芦淞区 家庭医生'), ['芦淞区', '家庭医生']);
  assert.deepEqual(terms('  何春林\u3000何春林 '), ['何春林'], 'repeated and ideographic spaces');
});

test('a quoted phrase is one term, spaces included; Chinese quotes too', () => {
  assert.deepEqual(terms('"叶云程 程海亮" 就业'), ['叶云程 程海亮', '就业']);
  assert.deepEqual(terms('“全国文明单位”'), ['全国文明单位']);
});

test('mixed Latin and digits keep their case-folded form', () => {
  assert.deepEqual(terms('SYB创业培训 K7舞社 2025年'), ['syb创业培训', 'k7舞社', '2025年']);
});

test('an empty or punctuation-only query gets a polite message, not an error', () => {
  assert.deepEqual(parseQuery(''), { terms: [], message: MESSAGES.empty });
  assert.deepEqual(parseQuery('   '), { terms: [], message: MESSAGES.empty });
  assert.deepEqual(parseQuery('""'), { terms: [], message: MESSAGES.empty });
  assert.deepEqual(parseQuery('，。！ ?'), { terms: [], message: MESSAGES.punctuation });
  assert.deepEqual(terms('，芦淞区'), [',芦淞区'], 'punctuation inside a term is searched, folded as the text is');
});
