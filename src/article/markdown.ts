// An article's body as Markdown: subheads are headings and captions figure captions.
// Every piece of the newspaper's text is escaped, so it renders as the words it is,
// never as markup.
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
      const credit = block.credit ? ` <span class="credit">${escapeHtml(block.credit)}</span>` : '';
      return `<figure class="photo"><div class="photo-missing">原版图片未收录</div><figcaption>${escapeHtml(block.text)}${credit}</figcaption></figure>`;
    }
    case 'epigraph': {
      const source = block.attribution ? `<footer>${escapeHtml(block.attribution)}</footer>` : '';
      return `<blockquote class="epigraph"><p>${escapeHtml(block.text)}</p>${source}</blockquote>`;
    }
    case 'column':
      return `<p class="column-label">${escapeHtml(block.text)}</p>`;
    case 'box': {
      const label = block.label ? `<p class="box-label">${escapeHtml(block.label)}</p>` : '';
      return `<aside class="story-box" data-box="${block.box ?? 'related'}">${label}<p>${escapeHtml(block.text)}</p></aside>`;
    }
    case 'table': {
      const rows = (block.rows ?? [[block.text]]).map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      return `<table class="box"><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

export function articleBody(article: Article): string {
  return article.blocks.map(blockMarkdown).join('\n\n') + '\n';
}
