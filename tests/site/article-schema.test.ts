import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleDataProblems } from '../../src/site/article-schema.ts';
import { readArticle } from '../../src/site/article-store.ts';

const source = { file: 'raw/2025-05-31.txt', startLine: 3, endLine: 9, sha256: 'ab'.repeat(32) };
const sound = { id: 'abc', url: '/2025/05/31/abc/', title: '标题', kicker: null, subtitle: null, date: '2025-05-31', section: null, editor: null, reporters: [], correspondents: ['甲'], photographers: [], source, sources: [source] };

test('sound front matter has no problems', () => {
  assert.deepEqual(articleDataProblems(sound), []);
});

test('each broken field is named with what was expected and found', () => {
  assert.deepEqual(articleDataProblems({ ...sound, reporters: '甲', date: '31/05/2025', url: '/x/' }), [
    'field "url": expected a permalink /YYYY/MM/DD/<id>/, found "/x/"',
    'field "date": expected a date YYYY-MM-DD, found "31/05/2025"',
    'field "reporters": expected a list of names, found "甲"',
  ]);
  assert.deepEqual(articleDataProblems({ ...sound, id: undefined }), ['field "id": expected a non-empty string, found nothing']);
});

test('a source names a file and lines, and a text only by its hash: never a path', () => {
  const { sha256: _none, ...cutBefore } = source;
  assert.deepEqual(articleDataProblems({ ...sound, source: cutBefore, sources: undefined }), [], 'articles cut before texts were stored');
  const problems = articleDataProblems({ ...sound, source: { ...source, sha256: '../../../etc/passwd' }, sources: [{ ...source, startLine: 0 }] });
  assert.equal(problems.length, 2);
  assert.match(problems[0] as string, /^field "source": expected \{ file, startLine, endLine \}.*sha256 of 64 hex digits, found .*etc\/passwd/u);
  assert.match(problems[1] as string, /^field "sources": expected a list of/u);
  assert.deepEqual(articleDataProblems({ ...sound, source: undefined }).map((p) => p.split(':')[0]), ['field "source"']);
});

const decision = { rule: 'subhead', chose: '小标题', over: '新报道的标题', evidence: '其下没有署名，报道接着往下写', startLine: 12, endLine: 12 };

test('the parser\'s decisions and jump lines are optional; present, they are checked', () => {
  assert.deepEqual(articleDataProblems({ ...sound, decisions: [decision, { ...decision, startLine: 20, endLine: 23 }], continuedOn: '3', continuedFrom: 'A1' }), []);
  assert.deepEqual(articleDataProblems({ ...sound, continuedOn: 3, continuedFrom: '' }), [
    'field "continuedOn": expected a page label such as "3" (optional), found 3',
    'field "continuedFrom": expected a page label such as "1" (optional), found ""',
  ]);
});

test('a broken decision is named down to its part: decisions.N.field', () => {
  assert.deepEqual(articleDataProblems({ ...sound, decisions: [decision, { ...decision, startLine: 0, evidence: undefined }] }), [
    'field "decisions.1.evidence": expected a non-empty string, found nothing',
    'field "decisions.1.startLine": expected a line from 1, found 0',
  ]);
  assert.deepEqual(articleDataProblems({ ...sound, decisions: ['小标题'] }), ['field "decisions.0": expected an object { rule, chose, over, evidence, startLine, endLine }, found "小标题"']);
  assert.deepEqual(articleDataProblems({ ...sound, decisions: decision }), ['field "decisions": expected a list of { rule, chose, over, evidence, startLine, endLine } (optional), found ' + JSON.stringify(decision)]);
});

test('an article file with a broken decision fails with the file and the field named', () => {
  const head = `---\n${Object.entries({ ...sound, decisions: [{ ...decision, startLine: '12' }] }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n正文\n`;
  assert.throws(() => readArticle('articles/2025/05/31/abc.md', head), /^Error: articles\/2025\/05\/31\/abc\.md: field "decisions\.0\.startLine": expected a line from 1, found "12"$/u);
});
