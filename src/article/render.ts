// An article's body as HTML, as it is: the Markdown rendered by markdown-it, with the
// neutral elements the body holds (markdown.ts) and nothing a page adds. The site adds
// its presentation over this (src/site/presentation.ts); the search index and the data
// export read this, so they hold the text a reader sees and no notice of the page's.
// Subheads get ids (`s1`, `s2`, … in order) so that search results can point into a
// long article at the subhead under which the words stand.
import markdownIt from 'markdown-it';
import type MarkdownIt from 'markdown-it';

export function subheadIds(md: MarkdownIt): void {
  md.core.ruler.push('subhead_ids', (state) => {
    let n = 0;
    for (const token of state.tokens) {
      if (token.type === 'heading_open' && !token.attrGet('id')) token.attrSet('id', `s${++n}`);
    }
    return true;
  });
}

/** Eleventy's own defaults (HTML allowed, no indented code blocks) plus subhead ids. */
export function articleMarkdown(): MarkdownIt {
  return markdownIt({ html: true }).disable('code').use(subheadIds);
}
