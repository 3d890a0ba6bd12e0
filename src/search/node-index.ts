// The search index of a built site, read from disk in Node: the bench, the tests and
// `npm run search` run the search page's own query code over it, and count the bytes a
// browser would download.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StaticIndex } from './static-index.ts';
import { INDEX_DIR } from './index-format.ts';

export interface LoadedIndex {
  index: StaticIndex;
  /** Bytes read by this instance so far, the search page's script included. */
  bytes(): number;
}

/** A fresh reader of `siteDir`'s index: nothing cached, as in a new browser tab. */
export async function loadIndex(siteDir: string): Promise<LoadedIndex> {
  // A cold visit downloads the search page's script too.
  let fetched = statSync(join(siteDir, 'assets', 'search.js')).size;
  const index = await StaticIndex.open(async (path) => {
    const bytes = new Uint8Array(await readFile(join(siteDir, INDEX_DIR, path)));
    fetched += bytes.length;
    return bytes;
  });
  return { index, bytes: () => fetched };
}
