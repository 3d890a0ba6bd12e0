// Eleventy renders the ingested articles (ARCHIVE_ARTICLES, default articles/) through
// the layouts in layouts/ into ARCHIVE_OUTPUT (default _site/). The articles are read
// by the collections plugin and paginated into pages; collections, filters and the
// page templates live in plugins under src/site/. ARCHIVE_PART names the part of a
// large archive one run renders (src/site/parts.ts); without it, the whole site.
import { relative, resolve } from 'node:path';
import type { EleventyConfig } from './src/site/eleventy-types.ts';
import collectionsPlugin from './src/site/collections-plugin.ts';
import filtersPlugin from './src/site/filters-plugin.ts';
import pagesPlugin from './src/site/pages-plugin.ts';
import markdownPlugin from './src/site/markdown-plugin.ts';
import { currentPart } from './src/site/parts.ts';
import { decodeInput } from './src/ingest/decode.ts';

export default function (config: EleventyConfig) {
  const input = resolve(process.env.ARCHIVE_ARTICLES ?? 'articles');
  const part = currentPart();
  config.addPlugin(collectionsPlugin, { articles: input, part });
  config.addPlugin(filtersPlugin, { decode: decodeInput });
  config.addPlugin(pagesPlugin, { shared: !part || part.shared });
  config.addPlugin(markdownPlugin);
  // The input folder holds only articles: .gitignore speaks of the repository, not of them.
  config.setUseGitIgnore(false);
  const layouts = relative(input, resolve(import.meta.dirname, 'layouts'));
  return {
    dir: { input, layouts, includes: layouts, output: process.env.ARCHIVE_OUTPUT ?? '_site' },
    // Only the site's own page templates: the articles are data, never templates, so
    // `{{ }}` in an article stays text.
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
