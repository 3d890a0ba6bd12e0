// Source texts as the source pages show them: their lines, numbered as the parser numbered
// them. The text is the one stored when the articles were cut (src/article/source-texts.ts),
// so a dump edited since moves no line an article cites. Articles cut before texts were
// stored, or whose stored text is missing, fall back to the file, decoded as the ingest
// decodes it (the decoder is handed in: the site does not import the ingest), at the path
// the ingest recorded (relative to the folder the archive is built from).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSourceText, sourceTextHash } from '../article/source-texts.ts';

/**
 * What a source page shows: `stored`, the text the articles were cut from; `same`, the
 * file, whose text is still that one; `unverified`, the file as it is now, for articles
 * that name no text; `changed`, the file, whose text is no longer the one cut from;
 * no lines where the file is `gone` or no longer reads as text (`undecodable`).
 */
export type SourceText = { lines: string[]; state: 'stored' | 'same' | 'unverified' | 'changed' } | { lines: null; state: 'gone' | 'undecodable' };

/** Bytes to text as the ingest reads its inputs (src/ingest/decode.ts, decodeInput). */
export type Decode = (bytes: Uint8Array) => { ok: true; text: string } | { ok: false };

// A form feed (a PDF page break) breaks no line an editor counts: shown as a space.
const lines = (text: string) => text.replaceAll('\f', ' ').split(/\r\n|\r|\n/u);

export function sourceText(file: string, sha256: string | null, articlesDir: string, decode: Decode): SourceText {
  const stored = sha256 ? readSourceText(articlesDir, sha256) : null;
  if (stored !== null) return { lines: lines(stored), state: 'stored' };
  const path = resolve(file);
  if (!existsSync(path)) return { lines: null, state: 'gone' };
  const decoded = decode(readFileSync(path));
  if (!decoded.ok) return { lines: null, state: 'undecodable' };
  const state = sha256 === null ? 'unverified' : sourceTextHash(decoded.text) === sha256 ? 'same' : 'changed';
  return { lines: lines(decoded.text), state };
}
