// The text each article was cut from, kept in the articles folder under its content
// hash (`sources/<sha256>.txt`, the decoded text in UTF-8) and named in the article's
// `source`: a source page shows the lines an article cites even after its dump is
// edited or gone. A stored text is never rewritten, since its name is its content.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Message } from './types.ts';
import { sourceTextPath } from '../article/source-texts.ts';

/** An input's decoded text, and the file it was read from (for messages). */
export interface SourceText {
  file: string;
  text: string;
}

/**
 * Stores each text not stored yet, written aside and renamed into place, so a stored
 * text is whole or absent. The map is emptied as it goes: a decade of dumps is not held
 * through the build. A text that cannot be written is reported; its source page then
 * reads the input file.
 */
export function storeSourceTexts(articlesDir: string, texts: Map<string, SourceText>, messages: Message[]): void {
  for (const [sha256, { file, text }] of texts) {
    texts.delete(sha256);
    const path = sourceTextPath(articlesDir, sha256);
    if (existsSync(path)) continue;
    const aside = `${path}.${process.pid}.new`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(aside, text);
      renameSync(aside, path);
    } catch (error) {
      if (existsSync(aside)) rmSync(aside);
      messages.push({ file, line: 0, column: 0, rule: 'source-text', severity: 'warning', text: `expected to store its text as ${path}, found ${(error as Error).message}: its source page reads the file itself` });
    }
  }
}
