// The HTML of a legacy post's body, read as a browser showed it: parse5 builds the tree,
// and the tree is walked with a stack of its own rather than by recursion, so that a
// body nested 10,000 levels deep is read like any other. Every piece of text lands in a
// piece of the article or in a message with its line: an image's alt text is a caption,
// a table keeps its rows and cells, list items and the lines a `<br>` ends are pieces
// of their own; comments, title attributes, form fields, ruby readings and dropped
// scripts are reported.
import { html as HTML, parseFragment, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { HAN, cleanText, trimText } from './text.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

export interface Link {
  href: string;
  text: string;
}

export interface Piece {
  kind: 'paragraph' | 'heading' | 'title' | 'caption' | 'table';
  text: string;
  line: number;
  endLine: number;
  /** Every link in the piece, with its text. */
  links: Link[];
  /** A table's rows of cells. */
  rows?: string[][];
}

export type HtmlReport = (line: number, severity: 'info' | 'warning', text: string) => void;

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript']);
/** A form's fields: the old site's interface, not the story. */
const FIELD = new Set(['input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button']);
/** Elements a browser shows as blocks of their own: text on either side of them is never one paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
const TABLE_PARTS = new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const HEADING = /^h[1-6]$/u;
/** Deeper than any page the old site made: such a body is reported, and still read whole. */
export const MAX_DEPTH = 100;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const newlines = (text: string) => text.split('\n').length - 1;

/** Children in document order; a template's content stands in for its (empty) children. */
function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return (node as Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every node under `node`, in document order, without recursion. */
function* descendants(node: Node): Generator<Node> {
  const stack = [...childrenOf(node)].reverse();
  while (stack.length) {
    const n = stack.pop() as Node;
    yield n;
    const children = childrenOf(n);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}

/** All the text under a node, without recursion. */
function textOf(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeName === '#text') text += (n as DefaultTreeAdapterMap['textNode']).value;
    else if (n.nodeName === 'br') text += ' ';
    else {
      const children = childrenOf(n);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return text;
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * White space as a browser renders it: a run is one space, and a line break between two
 * Chinese characters is nothing (CSS Text's segment break rule), so that the line ends
 * of an export's HTML source never enter a story's words.
 */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, (run: string, offset: number, whole: string) => {
    const before = [...whole.slice(Math.max(0, offset - 2), offset)].at(-1) ?? '';
    const after = [...whole.slice(offset + run.length, offset + run.length + 2)][0] ?? '';
    return run.includes('\n') && WIDE.test(before) && WIDE.test(after) ? '' : ' ';
  });
}

const clean = (text: string) => trimText(cleanText(collapseSpace(text)));

/**
 * A table of data, as against one that lays out a page: no table inside it, at least
 * two cells, and no cell holding more than one block (a paragraph of a Word export's cell
 * is its text; a cell of paragraphs is a column of the page).
 */
function isDataTable(table: Element): boolean {
  let cells = 0;
  const blocks = new Map<number, number>();
  const stack: Array<[Node, number]> = table.childNodes.map((c) => [c, -1]);
  while (stack.length) {
    const [node, cell] = stack.pop() as [Node, number];
    if (!isElement(node)) continue;
    if (node.tagName === 'table') return false;
    let inCell = cell;
    if ((node.tagName === 'td' || node.tagName === 'th') && cell < 0) inCell = cells++;
    else if (inCell >= 0 && BLOCK.has(node.tagName) && !TABLE_PARTS.has(node.tagName)) {
      const n = (blocks.get(inCell) ?? 0) + 1;
      if (n > 1) return false;
      blocks.set(inCell, n);
    }
    for (const c of childrenOf(node)) stack.push([c, inCell]);
  }
  return cells > 1;
}

interface Exit {
  exit: Element;
  /** Where the element's own text starts in the transcript. */
  start: number;
}

/** The pieces of an HTML fragment whose first line is `firstLine` of the file. */
export function htmlPieces(html: string, firstLine: number, report: HtmlReport): Piece[] {
  const losses: ParserError[] = [];
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => {
      if (LOSSES.has(e.code)) losses.push(e);
    },
  });
  const lineOf = (node: Node) => firstLine + (node.sourceCodeLocation?.startLine ?? 1) - 1;
  /** How far into the source the tree reaches: what lies beyond, the parser dropped. */
  let covered = 0;
  const pieces: Piece[] = [];
  /** Every text written so far, in order: an element's own text is the run it started. */
  const transcript: string[] = [];
  // The piece being gathered: its text, lines and links; the captions of its images follow it.
  let buffer = '';
  let line = 0;
  /** The line of the last word written, in a piece or a table cell. */
  let lastLine = 0;
  let links: Link[] = [];
  let captions: Piece[] = [];
  let headings = 0;
  let figcaptions = 0;
  let pre = 0;
  let table: { rows: string[][]; line: number } | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  const rubies: Array<{ readings: string[]; line: number }> = [];

  const write = (text: string, at: number) => {
    transcript.push(text);
    const visible = /[^\s]/u.exec(text);
    if (visible) lastLine = at + newlines(text.trimEnd());
    if (cell !== null) {
      cell += text;
      return;
    }
    buffer += text;
    if (visible && !line) line = at + newlines(text.slice(0, visible.index));
  };
  const flush = () => {
    if (cell !== null) {
      cell += ' ';
      return;
    }
    const kind = figcaptions > 0 ? 'caption' : headings > 0 ? 'heading' : 'paragraph';
    // A <pre>'s lines are lines as printed: each a piece, as a <br> makes one.
    const lines = pre > 0 ? buffer.replace(/^[ \t\r\f]*\n/u, '').split('\n') : [buffer];
    lines.forEach((l, i) => {
      const text = clean(l);
      const last = pieces.at(-1);
      // A figure's caption that its image's alt text already gave is one caption.
      if (kind === 'caption' && last?.kind === 'caption' && last.text === text) report(line, 'info', `alt text repeats the figure's caption, kept once: "${text}"`);
      else if (text) pieces.push({ kind, text, line: line + i, endLine: pre > 0 ? line + i : Math.max(line, lastLine), links: i === 0 ? links : [] });
    });
    pieces.push(...captions);
    buffer = '';
    line = 0;
    links = [];
    captions = [];
  };
  const closeTable = () => {
    if (!table) return;
    const rows = table.rows.filter((r) => r.some(Boolean));
    if (rows.length) pieces.push({ kind: 'table', text: rows.map((r) => r.join(' ')).join('\n'), rows, line: table.line, endLine: Math.max(table.line, lastLine), links: [] });
    pieces.push(...captions);
    captions = [];
    table = null;
  };

  /**
   * Attributes a reader never sees as the story (a link's address, a handler, a meta tag's
   * content): reported where they hold Chinese. `all`: in a dropped element, where no
   * title, alt text or field is read otherwise, those too.
   */
  const attributes = (el: Element, all = false) => {
    for (const { name, value } of el.attrs) {
      if (!all && (name === 'title' || (name === 'alt' && el.tagName === 'img') || (FIELD.has(el.tagName) && (name === 'value' || name === 'placeholder')))) continue;
      let shown = value;
      try {
        shown = decodeURI(value);
      } catch {
        /* not a URI: as written */
      }
      if (HAN.test(shown)) report(lineOf(el), 'info', `attribute ${name} of <${el.tagName}> kept out of the article: "${clean(shown)}"`);
    }
  };
  /** A title attribute is a tooltip, not the story: reported even where it repeats the element's words. */
  const titleAttribute = (el: Element) => {
    const title = clean(attr(el, 'title') ?? '');
    if (title) report(lineOf(el), 'info', `title attribute of <${el.tagName}> kept out of the article: "${title}"`);
  };

  const comment = (node: Node) => {
    const text = clean((node as DefaultTreeAdapterMap['commentNode']).data);
    if (text) report(lineOf(node), 'info', `comment kept out of the article: "${text}"`);
  };

  let depth = 0;
  let deepReported = false;
  /** Open block elements: text outside them all is the body's Markdown layer. */
  let blocks = 0;
  const stack: Array<Node | Exit> = [...fragment.childNodes].reverse();
  while (stack.length) {
    const item = stack.pop() as Node | Exit;
    if ('exit' in item) {
      const el = item.exit;
      depth--;
      const own = el.tagName === 'a' || el.tagName === 'ruby' ? transcript.slice(item.start).join('') : '';
      if (el.tagName === 'a') links.push({ href: attr(el, 'href') ?? '', text: own });
      if (el.tagName === 'ruby') {
        const ruby = rubies.pop();
        if (ruby?.readings.length) report(ruby.line, 'info', `ruby reading "${ruby.readings.join(' ')}" of "${clean(own)}" kept out of the article: the base text is kept`);
      }
      if (table && cell !== null && (el.tagName === 'td' || el.tagName === 'th')) {
        row ??= [];
        row.push(clean(cell));
        cell = null;
      } else if (table && el.tagName === 'tr') {
        if (row) table.rows.push(row);
        row = null;
      } else if (table && el.tagName === 'table') {
        if (row) table.rows.push(row);
        row = null;
        closeTable();
      } else if (BLOCK.has(el.tagName)) {
        flush();
        if (HEADING.test(el.tagName)) headings--;
        if (el.tagName === 'figcaption') figcaptions--;
        if (el.tagName === 'pre') pre--;
      }
      if (BLOCK.has(el.tagName)) blocks--;
      titleAttribute(el);
      continue;
    }
    const node = item;
    const loc = node.sourceCodeLocation;
    // A closed element covers its end tag; an open one, so far, its start tag.
    if (loc) covered = Math.max(covered, 'endTag' in loc && loc.endTag ? loc.endOffset : 'startTag' in loc && loc.startTag ? loc.startTag.endOffset : loc.endOffset);
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      const at = lineOf(node);
      // Text outside any block is the body's Markdown layer: a blank line ends its paragraph.
      if (blocks === 0) {
        const parts = value.split(/(\n[ \t]*\n\s*)/u);
        let offset = 0;
        parts.forEach((part, i) => {
          if (i % 2) flush();
          else write(part, at + offset);
          offset += newlines(part);
        });
      } else write(value, at);
      continue;
    }
    if (node.nodeName === '#comment') {
      comment(node);
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    if (HIDDEN.has(el.tagName)) {
      const dropped = clean(textOf(el));
      report(lineOf(el), 'warning', `<${el.tagName}> element dropped, its content is not text a reader sees${dropped ? `: "${dropped}"` : ''}`);
      // Its attributes (a title), its elements' (an <object>'s <param> values) and its comments are no text of it.
      for (const inner of [el, ...descendants(el)]) {
        if (isElement(inner)) attributes(inner, true);
        else if (inner.nodeName === '#comment') comment(inner);
      }
      continue;
    }
    attributes(el);
    if (FIELD.has(el.tagName)) {
      const text = clean([attr(el, 'value'), attr(el, 'placeholder'), textOf(el)].filter(Boolean).join(' '));
      if (text) report(lineOf(el), 'info', `form field <${el.tagName}> kept out of the article: "${text}"`);
      titleAttribute(el);
      continue;
    }
    if (el.tagName === 'rt' || el.tagName === 'rp') {
      const reading = clean(textOf(el));
      const ruby = rubies.at(-1);
      if (ruby && reading) ruby.readings.push(reading);
      else if (reading) report(lineOf(el), 'info', `ruby reading "${reading}" kept out of the article`);
      continue;
    }
    if (el.tagName === 'title' && el.namespaceURI === HTML.NS.HTML) {
      flush();
      const text = clean(textOf(el));
      if (text) pieces.push({ kind: 'title', text, line: lineOf(el), endLine: lineOf(el), links: [] });
      continue;
    }
    if (el.tagName === 'br') {
      if (headings > 0 || cell !== null) write(' ', lineOf(el));
      else flush();
      continue;
    }
    if (el.tagName === 'img') {
      const alt = clean(attr(el, 'alt') ?? '');
      if (alt) captions.push({ kind: 'caption', text: alt, line: lineOf(el), endLine: lineOf(el), links: [] });
      titleAttribute(el);
      continue;
    }
    if (++depth > MAX_DEPTH && !deepReported) {
      deepReported = true;
      report(lineOf(el), 'warning', `expected HTML nested at most ${MAX_DEPTH} levels deep, found deeper nesting from here: read to its end, its text kept`);
    }
    if (el.tagName === 'table' && !table && isDataTable(el)) {
      flush();
      table = { rows: [], line: lineOf(el) };
    } else if (table && (el.tagName === 'td' || el.tagName === 'th')) {
      cell = '';
    } else if (table && el.tagName === 'tr') {
      row = [];
    } else if (BLOCK.has(el.tagName)) {
      flush();
      if (HEADING.test(el.tagName)) headings++;
      if (el.tagName === 'figcaption') figcaptions++;
      if (el.tagName === 'pre') pre++;
    }
    if (BLOCK.has(el.tagName)) blocks++;
    if (el.tagName === 'ruby') rubies.push({ readings: [], line: lineOf(el) });
    stack.push({ exit: el, start: transcript.length });
    const children = childrenOf(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  closeTable();
  flush();
  for (const e of losses) {
    // A tag the body ends in is dropped whole; an end tag's attributes and a repeated attribute are dropped.
    const lost = e.code === 'eof-in-tag' ? html.slice(covered) : html.slice(html.lastIndexOf('<', e.startOffset), html.indexOf('>', e.startOffset) + 1);
    if (HAN.test(lost) || e.code === 'eof-in-tag') {
      const text = clean(lost);
      if (text) report(firstLine + e.startLine - 1, 'warning', `expected well-formed HTML, found ${e.code}: the parser drops "${text}", kept in this report`);
    }
  }
  return pieces;
}

/** Parse errors on which parse5 drops text. */
const LOSSES = new Set(['eof-in-tag', 'duplicate-attribute', 'end-tag-with-attributes']);
