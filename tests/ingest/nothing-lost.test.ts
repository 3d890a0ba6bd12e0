// Nothing lost: every Han character of every input the test suite holds (the samples,
// the hand-made pages and posts, the encodings) reaches an article or the report. Each
// file is ingested as an archivist would ingest it, through the whole ingest (decoding
// included), dated by a manifest so that an undated fixture is read too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { decodeInput } from '../../src/ingest/decode.ts';
import { lostHan } from '../helpers/nothing-lost.ts';

const root = join(import.meta.dirname, '../..');
const INPUT = /\.(?:txt|md|markdown|html?)$/iu;

/** The inputs under the given folders of the repository, recursively. */
function inputs(...folders: string[]): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => INPUT.test(name))
        .map((name) => join(root, folder, name)),
    )
    .sort();
}

// Every folder of fixtures: tests/fixtures itself holds lists (sample-urls.txt), not inputs.
const fixtureFolders = readdirSync(join(root, 'tests/fixtures'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `tests/fixtures/${e.name}`);
const files = inputs('raw', ...fixtureFolders);

test('the suite holds inputs of every kind to check', () => {
  const kinds = new Set(files.map((f) => relative(root, f).split('/').slice(0, -1).join('/')));
  for (const kind of ['raw', 'tests/fixtures/pages', 'tests/fixtures/posts', 'tests/fixtures/encodings']) assert.ok(kinds.has(kind), `${kind} has inputs`);
});

for (const path of files) {
  test(`nothing lost: ${relative(root, path)}`, () => {
    const decoded = decodeInput(readFileSync(path));
    assert.ok(decoded.ok, `${relative(root, path)} decodes as text`);
    const dir = mkdtempSync(join(tmpdir(), 'nothing-lost-'));
    copyFileSync(path, join(dir, basename(path)));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ [basename(path)]: '2025-06-01' }));
    const { articles, messages } = ingestPaths([dir]);
    assert.deepEqual(lostHan(decoded.text, articles, messages), new Map(), 'Han characters in neither an article nor a message');
  });
}
