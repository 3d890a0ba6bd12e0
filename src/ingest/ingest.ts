// Ingest: input files become dated articles with stable ids. Reading the disk is
// kept apart from `ingestText`, which is pure.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Article, Block, DateSource, Message, ParsedArticle } from './types.ts';
import { parsePage } from './parse-page.ts';
import { isLegacyPost, parseLegacyPost } from './legacy-post.ts';
import { ParseCache, type ParseResult } from './parse-cache.ts';
import { dateFromFileName, inferDateFromContent } from './edition-date.ts';
import { readManifest, type Manifest, type ManifestEntry } from './manifest.ts';
import { articleId, articleUrl, headlineKey, textKey } from './article-id.ts';
import { widenPunctuation } from './punctuation.ts';
import { decodeInput } from './decode.ts';
import type { SourceText } from './source-texts.ts';
import { sourceTextHash } from '../article/source-texts.ts';
import { reportNotText, withoutNotText, type NotText } from './characters.ts';
import { joinHalves, joinJumps } from './jumps.ts';

export type InputFormat = ParseResult['format'];

export interface FileReport {
  file: string;
  format: InputFormat;
  articles: number;
  date: string | null;
  dateSource: DateSource | null;
}

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

/** What a file this run could not read whole means for the archive. */
const KEPT = 'the archive\'s articles from it are kept';

const INPUT_EXTENSIONS = /\.(?:txt|md|markdown|html?)$/iu;
const MANIFEST = /^manifest\.(?:csv|json)$/iu;

/** How a path is shown and recorded: relative to the working folder, with `/`. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return (rel.startsWith('..') ? resolve(path) : rel).split(sep).join('/');
}

/**
 * Parses one input's text. `fileName` gives the date a file name carries and
 * `manifest` the entry a manifest has for it; both are optional.
 */
/** Parses one file's text: a post or a page dump. Pure; the messages name no file yet. */
export function parseText(text: string): ParseResult {
  const format: InputFormat = isLegacyPost(text) ? 'legacy-post' : 'page-dump';
  const parsed = format === 'legacy-post' ? parseLegacyPost(text, '') : { ...parsePage(text, ''), date: null };
  return { format, articles: parsed.articles, date: parsed.date, messages: parsed.messages.map(({ file: _file, ...m }) => m) };
}

export function ingestText(text: string, file: string, manifest: ManifestEntry | null = null, parsed: ParseResult = parseText(text)): { articles: Article[]; messages: Message[]; report: FileReport } {
  const { format } = parsed;
  const messages: Message[] = parsed.messages.map((m) => ({ file, ...m }));
  const report = (rule: string, severity: Message['severity'], msg: string) => messages.push({ file, line: 1, column: 1, rule, severity, text: msg });
  if (!text.trim()) {
    report('input', 'warning', 'expected a page dump or a post, found an empty file: nothing to ingest');
    return { articles: [], messages, report: { file, format, articles: 0, date: null, dateSource: null } };
  }
  if (parsed.articles.length === 0) report('input', 'warning', 'expected at least one article, found none: everything the file holds is listed above');

  const fromName = dateFromFileName(basename(file));
  let date: string | null = null;
  let dateSource: DateSource | null = null;
  if (manifest) {
    date = manifest.date;
    dateSource = 'manifest';
    if (fromName && fromName !== manifest.date) report('edition-date', 'warning', `manifest says ${manifest.date}, file name says ${fromName}: the manifest wins`);
  } else if (fromName) {
    date = fromName;
    dateSource = 'filename';
  } else if (parsed.date) {
    date = parsed.date;
    dateSource = 'front-matter';
  } else {
    const leads = parsed.articles.map((a) => a.blocks.find((b) => b.type === 'paragraph')?.text ?? '');
    const inferred = inferDateFromContent(text, leads);
    if (inferred) {
      date = inferred.date;
      dateSource = 'content';
      report('edition-date', 'info', `edition date ${inferred.date} inferred from the text: ${inferred.evidence}`);
    }
  }
  if (!date || !dateSource) {
    if (parsed.articles.length) report('edition-date', 'error', `expected an edition date (manifest, file name, front matter or the text), found none: ${parsed.articles.length} article(s) skipped; ${KEPT}`);
    return { articles: [], messages, report: { file, format, articles: 0, date: null, dateSource: null } };
  }
  const sha256 = sourceTextHash(text);
  const notText: NotText[] = [];
  // A dump of two pages may hold both halves of a continued story.
  const articles = joinHalves(parsed.articles.map((a) => toArticle(withoutNotText(a, notText), file, sha256, date, dateSource, manifest)), messages);
  messages.push(...reportNotText(notText).map((m) => ({ file, ...m })));
  return { articles, messages, report: { file, format, articles: articles.length, date, dateSource } };
}

/** The story's own words with their punctuation made full-width; bylines and credits stay as printed. */
function widenText(a: ParsedArticle): ParsedArticle {
  const widen = (t: string | null) => (t === null ? null : widenPunctuation(t));
  return {
    ...a,
    title: widenPunctuation(a.title), kicker: widen(a.kicker), subtitle: widen(a.subtitle), column: widen(a.column),
    blocks: a.blocks.map((b) => ({
      ...b,
      text: widenPunctuation(b.text),
      ...(b.attribution ? { attribution: widenPunctuation(b.attribution) } : {}),
      ...(b.rows ? { rows: b.rows.map((r) => r.map(widenPunctuation)) } : {}),
    })),
  };
}

function toArticle(parsed: ParsedArticle, file: string, sha256: string, date: string, dateSource: DateSource, manifest: ManifestEntry | null): Article {
  const a = widenText(parsed);
  const id = articleId(date, a, 'headline');
  const source = { file, ...a.source, sha256 };
  return {
    id, url: articleUrl(date, id),
    title: a.title, kicker: a.kicker, subtitle: a.subtitle,
    date, dateSource,
    // A manifest's section names the file's own page: it holds for the stories before
    // any page header (those with neither section nor editor), never for a later page.
    section: a.section ?? (a.editor === null ? manifest?.section ?? null : null),
    editor: a.editor, pageHeader: a.pageHeader, column: a.column,
    pageNumber: manifest?.page ?? null,
    reporters: a.reporters, correspondents: a.correspondents, photographers: a.photographers,
    bylines: a.bylines,
    blocks: a.blocks,
    source,
    sources: [{ ...source }],
    ...(a.originalUrl ? { originalUrl: a.originalUrl } : {}),
    ...(a.sourceLine ? { sourceLine: a.sourceLine } : {}),
    ...(a.categories ? { categories: a.categories } : {}),
    ...(a.tags ? { tags: a.tags } : {}),
    ...(a.decisions ? { decisions: a.decisions } : {}),
    ...(a.continuedOn ? { continuedOn: a.continuedOn } : {}),
    ...(a.continuedFrom ? { continuedFrom: a.continuedFrom } : {}),
    ...(a.pageLabel ? { pageLabel: a.pageLabel } : {}),
  };
}

/**
 * The story's words without layout: letters and digits of its paragraphs and subheads.
 * A dump and a post of one story differ in punctuation, paragraph breaks, photos and
 * where the byline stands, never in these.
 */
const storyKey = (a: Article) => a.blocks.filter((b) => b.type === 'paragraph' || b.type === 'subhead')
  .map((b) => b.text).join('').normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/** One story: the same headline and words (and, for stories of photos alone, the same captions). */
const sameStory = (a: Article, b: Article) => headlineKey(a) === headlineKey(b) && storyKey(a) === storyKey(b) && (storyKey(a) !== '' || textKey(a) === textKey(b));

/** Where an article was read: `file:line`, as messages name it. */
export const where = (a: Article) => `${a.source.file}:${a.source.startLine}`;

/**
 * Ids for different stories that share a date and a headline: each rests on its opening
 * words, and those that open alike on their whole text, so no two meet and a story
 * that meets no other keeps the id it had. Stories alike in both, which `sameStory`
 * still told apart, are an error naming every source: writing refuses them all.
 */
function tellApart(stories: Article[], messages: Message[]): void {
  let alike = stories;
  for (const basis of ['opening', 'text'] as const) {
    const byId = new Map<string, Article[]>();
    for (const a of alike) {
      const id = articleId(a.date, a, basis);
      byId.set(id, [...(byId.get(id) ?? []), a]);
    }
    alike = [];
    for (const [id, group] of byId) {
      for (const a of group) {
        a.id = id;
        a.url = articleUrl(a.date, id);
      }
      if (group.length > 1) alike.push(...group);
    }
  }
  for (const a of alike) {
    const others = alike.filter((b) => b !== a).map(where).join(', ');
    messages.push({ file: a.source.file, line: a.source.startLine, column: 1, rule: 'id', severity: 'error', text: `expected an id of its own, found ${a.id} shared with ${others}, whose headline and text are the same` });
  }
}

/** Every word of a block: its text, credit, attribution and cells. */
const blockWords = (b: Block) => [b.text, b.credit ?? '', b.attribution ?? '', ...(b.rows ?? []).flat()].filter(Boolean).join(' ');

/** What an article records beside its words: who wrote it, where it was printed, what the old site gave. */
export type Credits = Pick<Article, 'reporters' | 'correspondents' | 'photographers' | 'bylines' | 'categories' | 'tags' | 'section' | 'editor' | 'pageHeader' | 'column' | 'pageNumber' | 'originalUrl' | 'sourceLine'>;

const LISTS = ['reporters', 'correspondents', 'photographers', 'bylines', 'categories', 'tags'] as const;
const SINGLE = ['section', 'editor', 'pageHeader', 'column', 'pageNumber', 'originalUrl', 'sourceLine'] as const;

/**
 * Another copy's credits into `article`: its lists joined, what the article lacks filled
 * in (a post has no page header, a dump no URL). What both hold differently stays as
 * the article has it and is returned, each as `field "value"`, for the caller to report.
 */
export function joinCredits(article: Credits, copy: Credits): string[] {
  for (const field of LISTS) {
    const more = copy[field];
    if (more?.length) article[field] = [...new Set([...(article[field] ?? []), ...more])];
  }
  const differ: string[] = [];
  for (const field of SINGLE) {
    const value = copy[field];
    if (value === null || value === undefined) continue;
    if (article[field] === null || article[field] === undefined) Object.assign(article, { [field]: value });
    else if (JSON.stringify(article[field]) !== JSON.stringify(value)) differ.push(`${field} ${JSON.stringify(value)}`);
  }
  return differ;
}

/**
 * A second copy of `same`'s story into it (joinCredits); what only the copy holds (a
 * photo's caption the post left out, another page's section) stays in its own file,
 * returned to be reported.
 */
function absorb(same: Article, copy: Article): string[] {
  const differ = joinCredits(same, copy);
  const held = textKey(same);
  return [...differ, ...copy.blocks.filter((b) => !held.includes(textKey({ blocks: [b] }))).map((b) => `line ${b.startLine}, ${b.type} "${blockWords(b)}"`)];
}

/**
 * One article per story. The same story arriving twice (a dump copied under two names,
 * or printed twice in one dump) becomes one article with both sources; different stories
 * that share a date and a headline get ids that also rest on their words (tellApart).
 */
export function mergeDuplicates(articles: Article[], messages: Message[]): Article[] {
  const byId = new Map<string, Article[]>();
  for (const a of articles) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
  const kept = new Set<Article>();
  for (const group of byId.values()) {
    const distinct: Article[] = [];
    for (const candidate of group) {
      const same = distinct.find((d) => sameStory(d, candidate));
      if (same) {
        same.sources.push(candidate.source);
        const left = absorb(same, candidate);
        const text = same.source.file === candidate.source.file
          ? `the same story as line ${same.source.startLine} of this file, printed twice: one article, ${same.id}, with both places as its sources`
          : `same story as ${where(same)}: recorded as a second source of ${same.id}`;
        messages.push({ file: candidate.source.file, line: candidate.source.startLine, column: 1, rule: 'duplicate', severity: 'info', text: text + (left.length ? `; what only this copy prints is not in the article: ${left.join('; ')}` : '') });
      } else distinct.push(candidate);
    }
    if (distinct.length > 1) tellApart(distinct, messages);
    for (const d of distinct) kept.add(d);
  }
  return articles.filter((a) => kept.has(a));
}

/** What a directory entry that is neither a file nor a folder is, for the report. */
function special(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

/** The bytes beyond ASCII of a name that is no UTF-8 (one a GBK system wrote), as the report shows them. */
const highBytes = (raw: Buffer) => [...raw].filter((b) => b >= 0x80).map((b) => `0x${b.toString(16).toUpperCase()}`).join(' ');

/**
 * Expands folders into their input files, in a stable order; reports what it passes
 * over. Only regular files are listed: a FIFO would block the reader for ever, a device
 * never ends. A symbolic link is followed only to a file or folder inside one of the
 * inputs (a link to /etc/passwd is not the newspaper's), and a folder is read once,
 * known by device and inode, so a link back up the tree is not a loop 40 levels deep.
 * Ingest and the parse workers (parse-ahead.ts) both read what this lists.
 */
export function listInputs(inputs: string[], messages: Message[]): string[] {
  const files: string[] = [];
  const passOver = (path: string, severity: Message['severity'], text: string) => messages.push({ file: displayPath(path), line: 0, column: 0, rule: 'input', severity, text });
  const roots = inputs.flatMap((input) => { try { return [realpathSync(input)]; } catch { return []; } });
  const inside = (real: string) => roots.some((root) => real === root || real.startsWith(root + sep));
  const folders = new Map<string, string>();
  // A file named twice (relative and absolute, or with its folder) is one source, read once.
  const listed = new Set<string>();
  const walk = (path: string, explicit: boolean) => {
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENAMETOOLONG: folders nested past the 4,096 bytes of a path the system opens.
      passOver(path, 'error', code === 'ENOENT' ? 'expected a file or folder, found nothing at this path' : `expected a file or folder, found a path that cannot be opened (${code}${code === 'ENAMETOOLONG' ? `, ${Buffer.byteLength(path)} bytes` : ''}): not read`);
      return;
    }
    if (stat.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
        stat = statSync(real);
      } catch (error) {
        passOver(path, 'warning', `a symbolic link that leads to nothing (${(error as NodeJS.ErrnoException).code}): passed over`);
        return;
      }
      if (!inside(real)) {
        passOver(path, 'warning', `a symbolic link to ${displayPath(real)}, outside the input folders: passed over`);
        return;
      }
    }
    if (stat.isDirectory()) {
      const folder = `${stat.dev}:${stat.ino}`;
      const seen = folders.get(folder);
      if (seen !== undefined) {
        passOver(path, 'warning', `the folder ${seen} again (a symbolic link loop, or a second link to it): passed over`);
        return;
      }
      folders.set(folder, displayPath(path));
      let names: Buffer[];
      try {
        names = readdirSync(path, { encoding: 'buffer' });
      } catch (error) {
        passOver(path, 'error', `the folder cannot be read: ${(error as Error).message}`);
        return;
      }
      const byName = names.map((raw) => ({ raw, name: raw.toString('utf8') })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const { raw, name } of byName) {
        // Read as UTF-8, such a name is U+FFFD where its bytes were: a path that opens nothing.
        if (!Buffer.from(name).equals(raw)) {
          passOver(resolve(path, name), 'error', `expected a name in UTF-8, found bytes ${highBytes(raw)} (another system's encoding?): not read; rename it in UTF-8 to ingest it`);
          continue;
        }
        if (name.startsWith('.')) {
          passOver(resolve(path, name), 'info', 'a hidden file or folder: passed over');
          continue;
        }
        walk(resolve(path, name), false);
      }
    } else if (!stat.isFile()) {
      passOver(path, 'warning', `expected a regular file, found ${special(stat)}: passed over, never opened`);
    } else if (listed.has(resolve(path))) {
      passOver(path, 'info', 'named again among the inputs: read once');
    } else if (explicit || INPUT_EXTENSIONS.test(path)) {
      listed.add(resolve(path));
      files.push(path);
    } else if (!MANIFEST.test(basename(path))) {
      passOver(path, 'info', 'not a dump or a post (.txt, .md, .html): passed over');
    }
  };
  for (const input of inputs) walk(input, true);
  return files;
}

/**
 * The largest input read: a page dump is tens of kilobytes and the bench's largest 50 MB;
 * past a few hundred megabytes its text no longer fits one JavaScript string, and the
 * decoder would throw for the whole run.
 */
const MAX_INPUT = 256 * 1024 * 1024;

/**
 * A listed input's bytes. Opened without blocking and read only when it is still a
 * regular file: one swapped for a FIFO since it was listed is refused, never waited on.
 */
export function readInput(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`expected a regular file, found ${special(stat)}`);
    if (stat.size > MAX_INPUT) throw new Error(`expected a dump or a post of at most 256 MiB, found ${stat.size.toLocaleString('en')} bytes; split it into its pages`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
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
    const decoded = decodeText(bytes, file, messages);
    if (decoded === null) return;
    const { text } = decoded;
    const manifest = manifestFor(path);
    let parsed: ParseResult | null;
    let result: ReturnType<typeof ingestText>;
    try {
      const key = cache ? ParseCache.key(bytes) : '';
      parsed = cache?.get(key, file, messages) ?? null;
      if (!parsed) {
        parsed = parse(text);
        cache?.set(key, parsed);
      }
      result = ingestText(text, file, manifest?.entries.get(basename(path)) ?? null, parsed);
    } catch (error) {
      // A parser bug is this file's problem: the others go on.
      messages.push({ file, line: 0, column: 0, rule: 'parse', severity: 'error', text: `expected the parser to read the file, found it failing (${(error as Error).message}): file skipped; ${KEPT}` });
      return;
    }
    articles.push(...result.articles);
    messages.push(...result.messages);
    reports.push(result.report);
    const sha256 = result.articles[0]?.source.sha256;
    if (sha256) texts.set(sha256, { file, text });
    const dated = result.report.date !== null || parsed.articles.length === 0;
    if (dated && decoded.whole && !manifest?.broken && !manifest?.refused.has(basename(path))) completed.add(file);
    onFile?.(result.report, index, files.length);
  });
  // Every dump of the run is parsed and dated: the halves of a continued story may be in any two.
  return { articles: mergeDuplicates(joinJumps(articles, messages), messages), messages, files: reports, texts, completed, cache };
}

/**
 * The file's text, its encoding reported unless plain UTF-8, and its bad bytes and
 * control characters; binary files reported and skipped. A file with bytes that are no
 * character (cut short mid-character by a copy that stopped, say) is not `whole`: what
 * it lost cannot be told, so it neither replaces nor removes what the archive holds.
 */
function decodeText(bytes: Buffer, file: string, messages: Message[]): { text: string; whole: boolean } | null {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    messages.push({ file, line: 0, column: 0, rule: 'encoding', severity: 'error', text: `${decoded.reason}: file skipped; ${KEPT}` });
    return null;
  }
  if (decoded.encoding !== 'utf-8' || decoded.bom) {
    messages.push({ file, line: 0, column: 0, rule: 'encoding', severity: 'info', text: `decoded as ${decoded.encoding.toUpperCase()}${decoded.bom ? ' (byte-order mark)' : ''}` });
  }
  messages.push(...decoded.messages.map((m) => ({ file, ...m })));
  if (decoded.undecodable) {
    messages.push({ file, line: 0, column: 0, rule: 'archive', severity: 'info', text: `not read whole (${decoded.undecodable} byte sequence(s) that are no character): its stories are written where the archive has none, and none the archive holds from it is replaced or removed` });
  }
  return { text: decoded.text, whole: decoded.undecodable === 0 };
}
