// Reading built pages in tests: parse5's tree with a few queries.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element {
  const doc = parse(html);
  return doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html') as Element;
}

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;
export const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/u).includes(name);

/** Every element under `root` for which `match` holds, in document order. */
export function all(root: Node, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && match(node)) out.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
  };
  walk(root);
  return out;
}

/** A selector of the shape `tag`, `.class`, `tag.class` or `tag[name=value]`. */
export function select(root: Node, selector: string): Element[] {
  const m = /^([a-z0-9]*)(?:\.([\w-]+))?(?:\[([\w-]+)(?:=([^\]]*))?\])?$/u.exec(selector);
  if (!m) throw new Error(`unsupported selector ${selector}`);
  const [, tag, cls, name, value] = m;
  return all(root, (el) => (!tag || el.tagName === tag) && (!cls || hasClass(el, cls)) && (!name || (value === undefined ? attr(el, name) !== null : attr(el, name) === value)));
}

export function first(root: Node, selector: string): Element {
  const found = select(root, selector)[0];
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

export function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

export const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();
