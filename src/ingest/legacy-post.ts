// Posts from the paper's older online archive: Jekyll files with YAML front matter and
// a body that holds the story as HTML `<p>` elements, under a Markdown layer of links
// (`<http://…>`, `[返回首页](//…)`). markdown-it reads that layer; parse5, a real HTML
// parser, reads the HTML (post-html.ts). Only text reaches the article, never markup,
// and what does not reach it is reported.
import MarkdownIt from 'markdown-it';
import type { Block, Message, ParsedArticle } from './types.ts';
import { addCredits, parseCreditLine } from './rules/byline.ts';
import { readCaption } from './rules/caption.ts';
import { dateFromFrontMatter } from './edition-date.ts';
import { cleanText, trimText } from './text.ts';
import { findFrontMatter, readFrontMatter, type FrontMatterKey } from './post-front-matter.ts';
import { collapseSpace, htmlPieces, type Piece } from './post-html.ts';

const HTML_START = /^\s*<(?:!doctype html|html|head|body|article|section|div|p|h[1-6])[\s>]/iu;

/**
 * A post: a file that opens with front matter naming a title or date (a `---` line alone
 * is a rule in a page dump), or, its front matter lost, a body that is plainly HTML.
 */
export function isLegacyPost(text: string): boolean {
  const source = text.replace(/^\ufeff/u, '');
  return findFrontMatter(source) !== null || HTML_START.test(source);
}

/**
 * The Markdown layer of a post: links, autolinks and images, the only Markdown the old
 * site's posts hold. Everything else goes on to parse5 as written, so that no line of
 * an HTML body is taken for a Markdown list, heading or code block however a `<br>` or
 * a wrapped line left it; raw tags are markdown-it's to pass over, entities parse5's.
 */
const markdown = new MarkdownIt({ html: true, linkify: false }).disable(['newline', 'escape', 'backticks', 'strikethrough', 'emphasis', 'entity']);
markdown.renderer.rules.text = (tokens, idx) => tokens[idx]?.content ?? '';

const SUBHEAD = /^【[^【】]+】$/u;
const SOURCE_LINE = /^[(（]\s*(?:文章)?来源\s*[:：].*[)）]$/u;
/** Front-matter keys that name the old site's template, not any text of the story. */
const TEMPLATE_KEYS = new Set(['layout']);
/** The old site's summaries of a post, shown in its listings. */
const SUMMARY_KEYS = new Set(['excerpt', 'description', 'summary']);
const PLACED_KEYS = new Set(['title', 'date', 'categories', 'tags', 'author', 'authors', ...TEMPLATE_KEYS, ...SUMMARY_KEYS]);

export interface PostParse {
  articles: ParsedArticle[];
  messages: Message[];
  date: string | null;
}

type Report = (line: number, rule: string, severity: Message['severity'], text: string) => void;

const clean = (text: string) => trimText(cleanText(collapseSpace(text)));
/** A text's letters and digits: what must be found in the story for a summary to repeat it. */
const words = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
/** A key's text: its scalars as read, or, where the YAML could not be read, its value as written. */
const keyText = (k: FrontMatterKey) => clean(k.texts ? (k.hasString ? k.texts.join(' ') : '') : k.written);

/** The title: a string, or a list of strings (read as one title, and said so). */
function titleOf(key: FrontMatterKey | undefined, report: Report): string {
  if (!key) return '';
  if (!key.texts) return clean(key.written);
  if (key.texts.length > 1) report(key.line, 'front-matter', 'info', `expected a title, found a list of ${key.texts.length}: read as one title`);
  return clean(key.texts.join(' '));
}

export function parseLegacyPost(text: string, file: string): PostParse {
  const messages: Message[] = [];
  const report: Report = (line, rule, severity, msg) => messages.push({ file, line, column: 1, rule, severity, text: msg });
  const source = text.replace(/^\ufeff/u, '');
  const frontMatter = findFrontMatter(source);
  let keys: FrontMatterKey[] = [];
  if (frontMatter) {
    if (!frontMatter.closed) report(1, 'front-matter', 'warning', `expected a --- line closing the front matter, found none: lines 2–${frontMatter.bodyLine - 1} are read as its keys, the rest as the body`);
    keys = readFrontMatter(frontMatter, report);
  }
  const key = (name: string) => keys.find((k) => k.key === name);
  const body = frontMatter?.body ?? source;
  const pieces = htmlPieces(markdown.renderInline(body), frontMatter?.bodyLine ?? 1, (line, severity, msg) => report(line, 'html', severity, msg));

  // Without a title in the front matter, the document's <title> or first heading is the title.
  const fmTitle = titleOf(key('title'), report);
  const titlePiece = fmTitle ? null : (pieces.find((p) => p.kind === 'title') ?? pieces.find((p) => p.kind === 'heading') ?? null);
  if (titlePiece) pieces.splice(pieces.indexOf(titlePiece), 1);
  const article: ParsedArticle = {
    title: fmTitle || (titlePiece?.text ?? ''),
    kicker: null,
    subtitle: null,
    section: null,
    editor: null,
    pageHeader: null,
    column: null,
    reporters: [],
    correspondents: [],
    photographers: [],
    bylines: [],
    blocks: [],
    source: { startLine: 1, endLine: text.split(/\r\n|\r|\n/).length },
  };
  if (!article.title) report(1, 'front-matter', 'warning', 'expected a title in the front matter or a heading, found none');
  else if (titlePiece) report(titlePiece.line, 'front-matter', 'info', `no title in the front matter: took "${titlePiece.text}" from the page`);
  // YAML turns 2022-13-45 into a real day in 2023: the date is read as it was written.
  const dateKey = key('date');
  const writtenDate = dateKey ? dateKey.written || dateKey.texts?.[0] : undefined;
  const date = dateFromFrontMatter(writtenDate ?? null);
  if (writtenDate !== undefined && !date) report(dateKey?.line ?? 1, 'front-matter', 'warning', `expected a date YYYY-MM-DD, found "${writtenDate}"`);

  for (const piece of pieces) addPiece(article, piece, report);
  placeKeys(article, keys, report);
  const holdsText = article.title || article.blocks.length || article.bylines.length || article.sourceLine || article.originalUrl || article.tags || article.categories;
  return { articles: holdsText ? [article] : [], messages, date };
}

/** One piece of the body into the article: a block, its byline, source line or original URL, or a report. */
function addPiece(article: ParsedArticle, piece: Piece, report: Report): void {
  const { text: t, line, endLine } = piece;
  if (piece.kind === 'caption') {
    const caption = readCaption(t);
    article.blocks.push({ type: 'caption', text: caption?.credit ? caption.text : t, ...(caption?.credit ? { credit: caption.credit } : {}), startLine: line, endLine });
    if (caption?.creditLine) addCredits(article, caption.creditLine.credits, true);
    return;
  }
  if (piece.kind === 'table') {
    article.blocks.push({ type: 'table', text: t, rows: piece.rows ?? [[t]], startLine: line, endLine });
    return;
  }
  const onlyLinks = piece.links.length > 0 && trimText(t.replace(/[|｜·\s]/gu, '')) === piece.links.map((l) => l.text.replace(/[|｜·\s]/gu, '')).join('');
  if (onlyLinks && piece.links.length === 1 && piece.links[0]?.text === piece.links[0]?.href && /^https?:/u.test(t)) {
    article.originalUrl = t;
    return;
  }
  if (onlyLinks) {
    report(line, 'navigation', 'info', `old site's navigation kept out of the article: "${t}"`);
    return;
  }
  if (SOURCE_LINE.test(t)) {
    article.sourceLine = t;
    return;
  }
  const storyStarted = article.bylines.length > 0 || article.blocks.some((b) => b.type !== 'caption');
  const credits = storyStarted ? null : parseCreditLine(t);
  if (credits) {
    article.bylines.push(t);
    addCredits(article, credits.credits, credits.photo);
    return;
  }
  const type: Block['type'] = piece.kind === 'heading' || SUBHEAD.test(t) ? 'subhead' : 'paragraph';
  article.blocks.push({ type, text: t, startLine: line, endLine });
}

/**
 * The front matter's other keys: categories and tags as lists, an author as a byline;
 * a summary, and every other key holding text, is reported with its line, so that
 * nothing it says is lost.
 */
function placeKeys(article: ParsedArticle, keys: FrontMatterKey[], report: Report): void {
  const story = words([article.title, ...article.blocks.map((b) => b.text)].join(''));
  // The title and date read are the first of their keys; one given again (which YAML
  // refuses, so the keys were read off their lines) is reported below as not read.
  const read = new Set(['title', 'date'].map((name) => keys.find((k) => k.key === name)));
  for (const k of keys) {
    const text = keyText(k);
    if (!text || read.has(k)) continue;
    if (!k.texts) {
      report(k.line, 'front-matter', 'info', `front matter key "${k.key}" not read, kept in this report: "${text}"`);
    } else if (k.key === 'categories' || k.key === 'tags') {
      const list = (k.texts.length === 1 ? (k.texts[0] as string).split(/\s+/u) : k.texts).map(clean).filter(Boolean);
      if (list.length) article[k.key] = list;
    } else if (k.key === 'author' || k.key === 'authors') {
      for (const name of k.texts.map(clean).filter(Boolean)) {
        if (!article.bylines.includes(name)) article.bylines.push(name);
        const credits = parseCreditLine(name);
        if (credits) addCredits(article, credits.credits, credits.photo);
      }
    } else if (SUMMARY_KEYS.has(k.key)) {
      report(k.line, 'front-matter', 'info', `${k.key} kept out of the article (the old site showed it in its listings, not in the story${story.includes(words(text)) ? ', whose words it repeats' : ''}): "${text}"`);
    } else if (TEMPLATE_KEYS.has(k.key)) {
      if (!/^[\w.-]+$/u.test(text)) report(k.line, 'front-matter', 'info', `front matter key "${k.key}" names no template: "${text}"`);
    } else if (!PLACED_KEYS.has(k.key)) {
      report(k.line, 'front-matter', 'warning', `expected front matter keys an article has (title, date, author, categories, tags), found "${k.key}": its text kept in this report: "${text}"`);
    }
  }
}
