import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleDataProblems } from '../../src/site/article-schema.ts';

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
