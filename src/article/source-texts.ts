// The texts articles were cut from, as the articles folder keeps them: under their
// content hash (`sources/<sha256>.txt`, the decoded text in UTF-8), named in each
// article's `source`. The ingest stores them (src/ingest/source-texts.ts); the source
// pages read them, so the lines an article cites stay put when its dump is edited or gone.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A text's hash as `source.sha256` records it. */
export const SHA256 = /^[0-9a-f]{64}$/u;

export const sourceTextHash = (text: string) => createHash('sha256').update(text).digest('hex');

export const sourceTextPath = (articlesDir: string, sha256: string) => join(articlesDir, 'sources', `${sha256}.txt`);

/** The stored text of that hash, or null when it is not there or its bytes are not that text. */
export function readSourceText(articlesDir: string, sha256: string): string | null {
  if (!SHA256.test(sha256)) return null;
  const path = sourceTextPath(articlesDir, sha256);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  return sourceTextHash(text) === sha256 ? text : null;
}
