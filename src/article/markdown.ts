// An article's body as Markdown: subheads are headings; what Markdown lacks is written
// as neutral HTML elements saying what the block is (`<figure>` for a caption, `<aside
// data-box>` for a box, `data-*` attributes), never how a page shows it: the site adds
// its classes and notices (src/site/presentation.ts). Every piece of the newspaper's
// text is escaped, so it renders as the words it is, never as markup.
import type { Article, Block } from './schema.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

/** Backslash-escapes what Markdown would read as syntax; CommonMark allows it before any ASCII punctuation. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#!|~&{}]/gu, (ch) => `\\${ch}`)
    .replace(/^([-+=])/u, '\\$1') // a list item or a setext underline
    .replace(/^(\d+)([.)])/u, '$1\\$2'); // an ordered list item
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'subhead':
      return `## ${escapeMarkdown(block.text)}`;
    case 'caption': {
      const credit = block.credit ? ` <span data-credit>${escapeHtml(block.credit)}</span>` : '';
      return `<figure><figcaption>${escapeHtml(block.text)}${credit}</figcaption></figure>`;
    }
    case 'epigraph': {
      const source = block.attribution ? `<footer>${escapeHtml(block.attribution)}</footer>` : '';
      return `<blockquote data-block="epigraph"><p>${escapeHtml(block.text)}</p>${source}</blockquote>`;
    }
    case 'column':
      return `<p data-block="column">${escapeHtml(block.text)}</p>`;
    case 'box':
      return boxMarkdown([block]);
    case 'table': {
      const rows = (block.rows ?? [[block.text]]).map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      return `<table><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

/** A box's blocks together, as the page prints them in one frame: its label first, a paragraph a block. */
function boxMarkdown(blocks: Block[]): string {
  const first = blocks[0] as Block;
  const label = first.label ? `<p data-label>${escapeHtml(first.label)}</p>` : '';
  const paragraphs = blocks
    .filter((b) => b.text)
    .map((b) => `<p>${escapeHtml(b.text)}</p>`)
    .join('');
  return `<aside data-box="${first.box ?? 'related'}">${label}${paragraphs}</aside>`;
}

/** How many blocks from `i` are one box: the next of its kind goes on in it unless a label opens a box of its own. */
function boxLength(blocks: Block[], i: number): number {
  const kind = blocks[i]?.box;
  let j = i + 1;
  while (blocks[j]?.type === 'box' && blocks[j]?.box === kind && !blocks[j]?.label) j++;
  return j - i;
}

export function articleBody(article: Article): string {
  const parts: string[] = [];
  for (let i = 0; i < article.blocks.length; i++) {
    const block = article.blocks[i] as Block;
    if (block.type !== 'box') {
      parts.push(blockMarkdown(block));
      continue;
    }
    const n = boxLength(article.blocks, i);
    parts.push(boxMarkdown(article.blocks.slice(i, i + n)));
    i += n - 1;
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The markup of bodies written before articles held no presentation, as that writer
 * wrote it (the site's classes and the missing-photo notice), and today's neutral form
 * of each. The newspaper's text is escaped in both, so these tags are only ever markup.
 */
const OLD_FORMS: Array<[string, string]> = [
  ['<figure class="photo"><div class="photo-missing">原版图片未收录</div><figcaption>', '<figure><figcaption>'],
  [' <span class="credit">', ' <span data-credit>'],
  ['<blockquote class="epigraph">', '<blockquote data-block="epigraph">'],
  ['<p class="column-label">', '<p data-block="column">'],
  ['<aside class="story-box" data-box=', '<aside data-box='],
  ['<p class="box-label">', '<p data-label>'],
  ['<table class="box">', '<table>'],
];

/** A body as it is read from a file: one of the old form read as today's, so archives keep reading right. */
export function currentBody(markdown: string): string {
  if (!markdown.includes(' class="')) return markdown;
  return OLD_FORMS.reduce((body, [old, neutral]) => body.replaceAll(old, neutral), markdown);
}
