// One file's parse becomes its dated articles: the edition date chosen (manifest, file
// name, front matter, the text), the story's punctuation widened, stable ids given. Pure.
import { basename } from 'node:path';
import type { Article, DateSource, Message, ParsedArticle } from './types.ts';
import type { ParseResult } from './parse-cache.ts';
import { KEPT, parseText, type InputFormat } from './parse-file.ts';
import { dateFromFileName, inferDateFromContent } from './edition-date.ts';
import type { ManifestEntry } from './manifest.ts';
import { articleId, articleUrl } from './article-id.ts';
import { widenPunctuation } from './punctuation.ts';
import { sourceTextHash } from '../article/source-texts.ts';
import { reportNotText, withoutNotText, type NotText } from './characters.ts';
import { joinHalves } from './jumps.ts';

export interface FileReport {
  file: string;
  format: InputFormat;
  articles: number;
  date: string | null;
  dateSource: DateSource | null;
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
  const articles = joinHalves(
    parsed.articles.map((a) => toArticle(withoutNotText(a, notText), file, sha256, date, dateSource, manifest)),
    messages,
  );
  messages.push(...reportNotText(notText).map((m) => ({ file, ...m })));
  return { articles, messages, report: { file, format, articles: articles.length, date, dateSource } };
}

/** The story's own words with their punctuation made full-width; bylines and credits stay as printed. */
function widenText(a: ParsedArticle): ParsedArticle {
  const widen = (t: string | null) => (t === null ? null : widenPunctuation(t));
  return {
    ...a,
    title: widenPunctuation(a.title),
    kicker: widen(a.kicker),
    subtitle: widen(a.subtitle),
    column: widen(a.column),
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
    id,
    url: articleUrl(date, id),
    title: a.title,
    kicker: a.kicker,
    subtitle: a.subtitle,
    date,
    dateSource,
    // A manifest's section names the file's own page: it holds for the stories before
    // any page header (those with neither section nor editor), never for a later page.
    section: a.section ?? (a.editor === null ? (manifest?.section ?? null) : null),
    editor: a.editor,
    pageHeader: a.pageHeader,
    column: a.column,
    pageNumber: manifest?.page ?? null,
    reporters: a.reporters,
    correspondents: a.correspondents,
    photographers: a.photographers,
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
