// Subheads get ids (`s1`, `s2`, … in order) so that search results can point into a
// long article at the subhead under which the words stand. A markdown-it core rule.
import type MarkdownIt from 'markdown-it';
import type { EleventyConfig } from './eleventy-types.ts';

export function subheadIds(md: MarkdownIt): void {
  md.core.ruler.push('subhead_ids', (state) => {
    let n = 0;
    for (const token of state.tokens) {
      if (token.type === 'heading_open' && !token.attrGet('id')) token.attrSet('id', `s${++n}`);
    }
    return true;
  });
}

export default function markdownPlugin(config: EleventyConfig): void {
  config.amendLibrary('md', (md) => md.use(subheadIds));
}
