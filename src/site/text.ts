// An article's HTML as plain text, for the data export, the search index and page descriptions.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { TextBlock } from '../article/schema.ts';

type Node = DefaultTreeAdapterMap['node'];
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'tr', 'li', 'footer']);

/** The blocks of an HTML fragment, in order; table cells joined by a space. */
export function textBlocks(html: string): TextBlock[] {
  const out: TextBlock[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') line += (node as DefaultTreeAdapterMap['textNode']).value;
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('tagName' in node && BLOCKS.has(node.tagName)) {
      const text = line.replace(/\s+/gu, ' ').trim();
      if (text) out.push({ tag: node.tagName, text, id: node.attrs.find((a) => a.name === 'id')?.value ?? null });
      line = '';
    } else if ('tagName' in node && node.tagName === 'td') line += ' ';
  };
  parseFragment(html).childNodes.forEach(walk);
  const rest = line.replace(/\s+/gu, ' ').trim();
  if (rest) out.push({ tag: '#text', text: rest, id: null });
  return out;
}

/** The text of an HTML fragment, one line a block. */
export function plainText(html: string): string {
  return textBlocks(html)
    .map((b) => b.text)
    .join('\n');
}

/** A description of at most `max` characters, cut at a sentence end where one is near. */
export function summary(text: string, max = 120): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max).join('');
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}

const STORY_BODY = '<div class="story-body">';

/** The text of the first paragraph of an article page's body (`.story-body`), for its description. */
export function storyLead(page: string): string {
  // Only the body's opening up to its first paragraph's end is parsed: the rest of a long
  // article cannot change the answer. (Text never holds the tag: the page escapes it.)
  const start = page.indexOf(STORY_BODY);
  const end = start < 0 ? -1 : page.indexOf('</p>', start);
  const html = end < 0 ? page : page.slice(start, end + 4);
  let found = '';
  const find = (node: Node, inBody: boolean): boolean => {
    const isBody = inBody || ('tagName' in node && node.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/u).includes('story-body')));
    if (isBody && 'tagName' in node && node.tagName === 'p') {
      found = plainText(serializeText(node));
      return true;
    }
    return 'childNodes' in node && node.childNodes.some((c) => find(c, isBody));
  };
  parseFragment(html).childNodes.some((c) => find(c, false));
  return found;
}

function serializeText(node: Node): string {
  if (node.nodeName === '#text') return escapeText((node as DefaultTreeAdapterMap['textNode']).value);
  return 'childNodes' in node ? node.childNodes.map(serializeText).join('') : '';
}

const escapeText = (t: string) => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
