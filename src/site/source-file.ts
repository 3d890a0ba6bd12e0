// Input files as the source pages show them: their lines, numbered. The paths are the
// ones the ingest recorded, relative to the folder the archive is built from.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The file's lines, or null when the file is no longer there (an article kept by a lock). */
export function sourceLines(file: string): string[] | null {
  const path = resolve(file);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u);
}
