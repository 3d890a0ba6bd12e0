import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseText } from '../../src/ingest/ingest.ts';
import { lostHan } from '../helpers/nothing-lost.ts';

const posts = new URL('../fixtures/posts/', import.meta.url);
const files = [
  ...readdirSync(posts).sort().map((name) => new URL(name, posts)),
  new URL('../../raw/002_e4ae8a90c5758aeb.txt', import.meta.url), // the sample post
];

test('nothing is lost from a post: every Han character of each fixture is in an article\'s text or in a message', () => {
  assert.ok(files.length >= 12, `${files.length} fixtures`);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const { articles, messages } = parseText(text);
    assert.deepEqual(lostHan(text, articles, messages), {}, file.pathname.split('/').at(-1));
  }
});
