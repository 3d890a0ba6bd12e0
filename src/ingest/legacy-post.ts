// Posts from the paper's older online archive: Jekyll files with YAML front matter and
// a Markdown body that holds the story as HTML `<p>` elements. markdown-it reads the
// Markdown layer (autolinks, links, raw HTML blocks, with their lines); parse5, a real
// HTML parser, reads the HTML. Only text reaches the article, never markup.
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Block, Message, ParsedArticle } from './types.ts';
import { addCredits, parseCreditLine } from './rules/byline.ts';
import { dateFromFrontMatter } from './edition-date.ts';
import { cleanText, trimText } from './text.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'section', 'article', 'pre', 'td', 'th', 'figcaption']);

/** A post: YAML front matter, or (its front matter lost) a body that is plainly HTML. */
export function isLegacyPost(text: string): boolean {
  return /^\ufeff?---\s*\r?\n/u.test(text) || /^\ufeff?\s*<(?:!doctype html|html|head|body|article|section|div|p|h[1-6])[\s>]/iu.test(text);
}

interface Piece {
  text: string;
  line: number;
  /** Every link in the piece, with its text. */
  links: Array<{ href: string; text: string }>;
  heading: boolean;
  /** The document's <title>: the post's title when its front matter has none. */
  documentTitle?: boolean;
}

const markdown = new MarkdownIt({ html: true, linkify: false });

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('tagName' in node && HIDDEN.has(node.tagName)) return '';
  if (node.nodeName === 'br') return '\n';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function linksOf(node: Node, out: Array<{ href: string; text: string }>): void {
  if ('tagName' in node && node.tagName === 'a') {
    out.push({ href: node.attrs.find((a) => a.name === 'href')?.value ?? '', text: textOf(node) });
  }
  if ('childNodes' in node) for (const c of node.childNodes) linksOf(c, out);
}

/** The innermost block elements of an HTML fragment, each with its line. */
function htmlPieces(html: string, firstLine: number, report: (line: number, text: string) => void): Piece[] {
  const pieces: Piece[] = [];
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  let loose: Node[] = [];
  const flushLoose = () => {
    const text = trimText(cleanText(loose.map(textOf).join('')));
    const first = loose[0];
    if (text && first) {
      const links: Piece['links'] = [];
      loose.forEach((n) => linksOf(n, links));
      pieces.push({ text, line: firstLine + (first.sourceCodeLocation?.startLine ?? 1) - 1, links, heading: false });
    }
    loose = [];
  };
  const visit = (node: Node) => {
    const el = 'tagName' in node ? (node as Element) : null;
    if (el && HIDDEN.has(el.tagName)) {
      flushLoose();
      const dropped = trimText(el.childNodes.map(textOf).join(''));
      report(firstLine + (el.sourceCodeLocation?.startLine ?? 1) - 1, `<${el.tagName}> element dropped, its content is not text a reader sees${dropped ? `: "${dropped}"` : ''}`);
      return;
    }
    if (el && el.tagName === 'title') {
      flushLoose();
      const text = trimText(textOf(el));
      if (text) pieces.push({ text, line: firstLine + (el.sourceCodeLocation?.startLine ?? 1) - 1, links: [], heading: true, documentTitle: true });
      return;
    }
    if (el && BLOCK.has(el.tagName)) {
      flushLoose();
      if (el.childNodes.some((c) => 'tagName' in c && (BLOCK.has(c.tagName) || HIDDEN.has(c.tagName)))) {
        el.childNodes.forEach(visit);
        flushLoose();
        return;
      }
      const text = trimText(cleanText(textOf(el)));
      const links: Piece['links'] = [];
      linksOf(el, links);
      if (text) pieces.push({ text, line: firstLine + (el.sourceCodeLocation?.startLine ?? 1) - 1, links, heading: /^h\d$/u.test(el.tagName) });
      return;
    }
    loose.push(node);
  };
  fragment.childNodes.forEach(visit);
  flushLoose();
  return pieces;
}

/** The pieces of the Markdown body, from markdown-it's block tokens. */
function bodyPieces(body: string, lineOffset: number, report: (line: number, text: string) => void): Piece[] {
  const tokens = markdown.parse(body, {});
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as (typeof tokens)[number];
    const line = lineOffset + (token.map?.[0] ?? 0) + 1;
    if (token.type === 'html_block') {
      pieces.push(...htmlPieces(token.content, line, report));
    } else if (token.type === 'inline') {
      // Inline content may itself hold HTML: render it and read it with the HTML parser.
      const heading = tokens[i - 1]?.type === 'heading_open';
      for (const piece of htmlPieces(`<p>${markdown.renderInline(token.content)}</p>`, line, report)) {
        pieces.push({ ...piece, heading });
      }
    }
  }
  return pieces;
}

const SUBHEAD = /^【[^【】]+】$/u;
const SOURCE_LINE = /^[(（]\s*(?:文章)?来源\s*[:：].*[)）]$/u;

export interface PostParse {
  articles: ParsedArticle[];
  messages: Message[];
  date: string | null;
}

export function parseLegacyPost(text: string, file: string): PostParse {
  const messages: Message[] = [];
  const report = (line: number, rule: string, severity: Message['severity'], msg: string) =>
    messages.push({ file, line, column: 1, rule, severity, text: msg });
  const source = text.replace(/^\ufeff/u, '');
  const frontMatter = /^---\s*\r?\n[\s\S]*?\r?\n---\s*(?:\r?\n|$)/u.exec(source)?.[0] ?? '';
  /** A top-level key's value as written on its line: what a date said before YAML made it a Date. */
  const written = (name: string) => new RegExp(`^${name}:\\s*["']?(.*?)["']?\\s*$`, 'mu').exec(frontMatter)?.[1];
  let data: Record<string, unknown>;
  let content: string;
  try {
    // An empty options object keeps gray-matter from caching by content.
    const parsed = matter(source, {});
    data = parsed.data as Record<string, unknown>;
    content = parsed.content;
  } catch (error) {
    // The body is still the story: keep it, and read title and date off their lines.
    report(1, 'front-matter', 'error', `expected YAML front matter, found a syntax error: ${(error as Error).message.split('\n')[0]}; the body is kept`);
    data = { title: written('title') };
    content = source.slice(frontMatter.length);
  }
  const lineOffset = source.slice(0, source.length - content.length).split('\n').length - 1;
  const pieces = bodyPieces(content, lineOffset, (line, msg) => report(line, 'html', 'warning', msg));

  // Without a title in the front matter, the document's <title> or first heading is the title.
  const titlePiece = typeof data.title === 'string' && data.title.trim() ? null
    : pieces.find((p) => p.documentTitle) ?? pieces.find((p) => p.heading && !p.documentTitle) ?? null;
  if (titlePiece) pieces.splice(pieces.indexOf(titlePiece), 1);
  const article: ParsedArticle = {
    title: typeof data.title === 'string' && data.title.trim() ? trimText(cleanText(data.title)) : titlePiece?.text ?? '',
    kicker: null, subtitle: null, section: null, editor: null, pageHeader: null, column: null,
    reporters: [], correspondents: [], photographers: [], bylines: [], blocks: [],
    source: { startLine: 1, endLine: text.split(/\r\n|\r|\n/).length },
  };
  for (const key of ['categories', 'tags'] as const) {
    const value = data[key];
    const list = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/u) : []).map(String).filter(Boolean);
    if (list.length) article[key] = list;
  }
  if (!article.title) report(1, 'front-matter', 'warning', 'expected a title in the front matter or a heading, found none');
  else if (titlePiece) report(titlePiece.line, 'front-matter', 'info', `no title in the front matter: took "${titlePiece.text}" from the page`);
  // YAML turns 2022-13-45 into a real day in 2023: the date is read as it was written.
  const writtenDate = written('date') ?? data.date;
  const date = dateFromFrontMatter(writtenDate ?? null);
  if (writtenDate !== undefined && !date) report(1, 'front-matter', 'warning', `expected a date YYYY-MM-DD, found "${String(writtenDate)}"`);

  for (const piece of pieces) {
    const { text: t, line } = piece;
    const block = (type: Block['type']): Block => ({ type, text: t, startLine: line, endLine: line });
    const onlyLinks = piece.links.length > 0 && trimText(t.replace(/[|｜·\s]/gu, '')) === piece.links.map((l) => l.text.replace(/[|｜·\s]/gu, '')).join('');
    if (onlyLinks && piece.links.length === 1 && (piece.links[0]?.text === piece.links[0]?.href) && /^https?:/u.test(t)) {
      article.originalUrl = t;
      continue;
    }
    if (onlyLinks) {
      report(line, 'navigation', 'info', `old site's navigation kept out of the article: "${t}"`);
      continue;
    }
    if (SOURCE_LINE.test(t)) {
      article.sourceLine = t;
      continue;
    }
    const credits = article.blocks.length === 0 && article.bylines.length === 0 ? parseCreditLine(t) : null;
    if (credits) {
      article.bylines.push(t);
      addCredits(article, credits.credits, credits.photo);
      continue;
    }
    article.blocks.push(block((piece.heading && !piece.documentTitle) || SUBHEAD.test(t) ? 'subhead' : 'paragraph'));
  }
  return { articles: article.title || article.blocks.length ? [article] : [], messages, date };
}
