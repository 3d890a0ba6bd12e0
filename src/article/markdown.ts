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
    case 'box': {
      const label = block.label ? `<p data-label>${escapeHtml(block.label)}</p>` : '';
      return `<aside data-box="${block.box ?? 'related'}">${label}<p>${escapeHtml(block.text)}</p></aside>`;
    }
    case 'table': {
      const rows = (block.rows ?? [[block.text]]).map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      return `<table><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

export function articleBody(article: Article): string {
  return article.blocks.map(blockMarkdown).join('\n\n') + '\n';
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
