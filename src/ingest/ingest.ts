// Ingest: input files and folders become dated articles with stable ids, one per story.
// The jobs are modules of their own: listing and reading the inputs (inputs.ts), bytes
// to a parse (parse-file.ts), a parse to dated articles (dated-articles.ts), one
// article per story (duplicates.ts); this file runs them over a run's files.
import { basename, dirname } from 'node:path';
import type { Article, Message } from './types.ts';
import { ParseCache, type ParseResult } from './parse-cache.ts';
import { readManifest, type Manifest } from './manifest.ts';
import type { SourceText } from './source-texts.ts';
import { joinJumps } from './jumps.ts';
import { displayPath, listInputs, readInput } from './inputs.ts';
import { KEPT, parseFile, parseText } from './parse-file.ts';
import { ingestText, type FileReport } from './dated-articles.ts';
import { mergeDuplicates } from './duplicates.ts';

export interface IngestResult {
  articles: Article[];
  messages: Message[];
  files: FileReport[];
  /** The decoded text of each file that yielded articles, by its hash (`source.sha256`), to be stored (source-texts.ts). */
  texts: Map<string, SourceText>;
  /**
   * The files read, parsed and dated whole: the run holds every article they yield, so
   * only an archived article of theirs may be removed (write-articles.ts). Not a file
   * that could not be read or decoded (or held bytes that are no character), whose parse
   * failed, that was left undated, or whose folder's manifest could not be read for it.
   */
  completed: Set<string>;
}

/**
 * Reads and ingests files and folders; with a cache folder, unchanged files are not
 * parsed again. `parse` is the parser, given by tests to fail as a parser bug would.
 */
export function ingestPaths(inputs: string[], onFile?: (report: FileReport, index: number, total: number) => void, cacheDir: string | null = null, parse: (text: string) => ParseResult = parseText): IngestResult & { cache: ParseCache | null } {
  const cache = cacheDir ? new ParseCache(cacheDir) : null;
  const messages: Message[] = [];
  const files = listInputs(inputs, messages);
  const manifests = new Map<string, Manifest | null>();
  const manifestFor = (path: string): Manifest | null => {
    const dir = dirname(path);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir, messages));
    return manifests.get(dir) ?? null;
  };
  const articles: Article[] = [];
  const reports: FileReport[] = [];
  const texts = new Map<string, SourceText>();
  const completed = new Set<string>();
  files.forEach((path, index) => {
    const file = displayPath(path);
    let bytes: Buffer;
    try {
      bytes = readInput(path);
    } catch (error) {
      messages.push({ file, line: 0, column: 0, rule: 'input', severity: 'error', text: `cannot be read (${(error as Error).message}): ${KEPT}` });
      return;
    }
    let read: ReturnType<typeof parseFile>;
    let result: ReturnType<typeof ingestText>;
    let manifest: Manifest | null = null;
    try {
      read = parseFile(bytes, file, cache, messages, parse);
      if (read === null) return;
      manifest = manifestFor(path);
      result = ingestText(read.text, file, manifest?.entries.get(basename(path)) ?? null, read.parsed);
    } catch (error) {
      // A parser bug is this file's problem: the others go on.
      messages.push({ file, line: 0, column: 0, rule: 'parse', severity: 'error', text: `expected the parser to read the file, found it failing (${(error as Error).message}): file skipped; ${KEPT}` });
      return;
    }
    articles.push(...result.articles);
    messages.push(...result.messages);
    reports.push(result.report);
    const sha256 = result.articles[0]?.source.sha256;
    if (sha256) texts.set(sha256, { file, text: read.text });
    const dated = result.report.date !== null || read.parsed.articles.length === 0;
    if (dated && read.whole && !manifest?.broken && !manifest?.refused.has(basename(path))) completed.add(file);
    onFile?.(result.report, index, files.length);
  });
  // Every dump of the run is parsed and dated: the halves of a continued story may be in any two.
  return { articles: mergeDuplicates(joinJumps(articles, messages), messages), messages, files: reports, texts, completed, cache };
}
