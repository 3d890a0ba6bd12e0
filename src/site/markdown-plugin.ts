// Article bodies are Markdown rendered by one markdown-it instance, shared by the site
// and the search index, so that search reads exactly the text a reader sees. Subheads
// get ids (`s1`, `s2`, … in order) so that search results can point into a long
// article at the subhead under which the words stand.
import markdownIt from 'markdown-it';
import type MarkdownIt from 'markdown-it';
import type { EleventyConfig } from '@11ty/eleventy';

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

export default function markdownPlugin(config: EleventyConfig): void {
  config.setLibrary('md', articleMarkdown());
}
