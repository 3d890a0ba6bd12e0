// What the search index holds of an article, read from its built page: the words a
// reader sees in its title and body, block by block, and what results show and filter.
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { textBlocks } from '../site/text.ts';
import type { ArticleRecord } from '../site/archive.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface SearchBlock {
  text: string;
  /** The subhead this block stands under (its id), or null above the first subhead. */
  anchor: string | null;
  /** The block is the subhead itself. */
  subhead: boolean;
}

/** What the site knows of an article, as read off its page, with its people and its text. */
export interface SearchRecord extends Pick<ArticleRecord, 'url' | 'title' | 'kicker' | 'subtitle' | 'date' | 'section'> {
  people: string[];
  blocks: SearchBlock[];
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;
const classes = (el: Element) => (attr(el, 'class') ?? '').split(/\s+/u);

function find(node: Node, match: (el: Element) => boolean): Element | null {
  if ('tagName' in node && match(node)) return node;
  if ('childNodes' in node) for (const c of node.childNodes) { const f = find(c, match); if (f) return f; }
  return null;
}
function findAll(node: Node, match: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && match(node)) out.push(node);
  if ('childNodes' in node) node.childNodes.forEach((c) => findAll(c, match, out));
  return out;
}
const textOf = (node: Node | null): string => {
  if (!node) return '';
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
};
const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The record of an article page, or null when the page holds no article. */
export function recordFromPage(html: string, url: string): SearchRecord | null {
  const doc = parse(html);
  const story = find(doc, (el) => el.tagName === 'article' && classes(el).includes('story'));
  if (!story) return null;
  const head = find(story, (el) => el.tagName === 'header');
  const body = find(story, (el) => classes(el).includes('story-body'));
  const kicker = clean(textOf(head && find(head, (el) => el.tagName === 'p' && classes(el).includes('kicker'))));
  const subtitle = clean(textOf(head && find(head, (el) => el.tagName === 'p' && classes(el).includes('subtitle'))));
  const time = head && find(head, (el) => el.tagName === 'time');
  const section = find(doc, (el) => el.tagName === 'meta' && attr(el, 'property') === 'article:section');
  const byline = head && find(head, (el) => classes(el).includes('byline'));
  let anchor: string | null = null;
  const blocks: SearchBlock[] = [];
  for (const b of textBlocks(body ? serialize(body) : '')) {
    const subhead = /^h[2-6]$/u.test(b.tag);
    if (subhead) anchor = b.id;
    blocks.push({ text: b.text, anchor, subhead });
  }
  return {
    url,
    title: clean(textOf(find(story, (el) => el.tagName === 'h1'))),
    kicker: kicker || null,
    subtitle: subtitle || null,
    date: (time && attr(time, 'datetime')) ?? '',
    section: section ? attr(section, 'content') : null,
    people: [...new Set(byline ? findAll(byline, (el) => el.tagName === 'a').map((a) => clean(textOf(a))) : [])],
    blocks,
  };
}
