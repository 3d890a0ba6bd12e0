// Eleventy renders the ingested articles through the layouts in layouts/ into the
// output folder. The articles are read by the collections plugin and paginated into
// pages; collections, filters and the page templates live in plugins under src/site/.
// `siteConfig` is given what to render: the articles folder, the output folder and
// the part of a large archive one run renders (src/site/parts.ts; null: the whole
// site). Eleventy loads this file itself and passes it nothing but its config object,
// so the default export takes them from the environment (ARCHIVE_ARTICLES, default
// articles/; ARCHIVE_OUTPUT, default _site/; ARCHIVE_PART), read here and nowhere else.
import { relative, resolve } from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import collectionsPlugin, { loadArchive } from './src/site/collections-plugin.ts';
import filtersPlugin from './src/site/filters-plugin.ts';
import pagesPlugin from './src/site/pages-plugin.ts';
import markdownPlugin from './src/site/markdown-plugin.ts';
import { currentPart, type SitePart } from './src/site/parts.ts';
import { decodeInput } from './src/ingest/decode.ts';

export interface SiteOptions {
  articles: string;
  output: string;
  part: SitePart | null;
}

export function siteConfig(options: SiteOptions) {
  return (config: EleventyConfig) => {
    const input = resolve(options.articles);
    const { part } = options;
    config.addPlugin(collectionsPlugin, { articles: input, part });
    config.addPlugin(filtersPlugin, { built: () => loadArchive(input), decode: decodeInput });
    config.addPlugin(pagesPlugin, { shared: !part || part.shared });
    config.addPlugin(markdownPlugin);
    // The input folder holds only articles: .gitignore speaks of the repository, not of them.
    config.setUseGitIgnore(false);
    const layouts = relative(input, resolve(import.meta.dirname, 'layouts'));
    return {
      dir: { input, layouts, includes: layouts, output: options.output },
      // Only the site's own page templates: the articles are data, never templates, so
      // `{{ }}` in an article stays text.
      templateFormats: ['njk'],
      htmlTemplateEngine: 'njk',
    };
  };
}

export default (config: EleventyConfig) =>
  siteConfig({
    articles: process.env.ARCHIVE_ARTICLES ?? 'articles',
    output: process.env.ARCHIVE_OUTPUT ?? '_site',
    part: currentPart(),
  })(config);
