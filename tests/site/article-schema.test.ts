import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleDataProblems } from '../../src/site/article-schema.ts';

const sound = { id: 'abc', url: '/2025/05/31/abc/', title: '标题', kicker: null, subtitle: null, date: '2025-05-31', section: null, editor: null, reporters: [], correspondents: ['甲'], photographers: [] };

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
