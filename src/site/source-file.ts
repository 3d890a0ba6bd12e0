// Input files as the source pages show them: their lines, numbered. The paths are the
// ones the ingest recorded, relative to the folder the archive is built from.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeInput } from '../ingest/decode.ts';

/**
 * The file's lines as the ingest read them (its encoding, control characters removed; a
 * form feed, which breaks no line an editor counts, shown as a space), or null when the
 * file is no longer there (an article kept by a lock) or is no longer text.
 */
export function sourceLines(file: string): string[] | null {
  const path = resolve(file);
  if (!existsSync(path)) return null;
  const decoded = decodeInput(readFileSync(path));
  return decoded.ok ? decoded.text.replaceAll('\f', ' ').split(/\r\n|\r|\n/u) : null;
}
