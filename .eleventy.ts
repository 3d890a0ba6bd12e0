// Eleventy renders the ingested articles (ARCHIVE_ARTICLES, default articles/) through
// the layouts in layouts/ into ARCHIVE_OUTPUT (default _site/). Collections, filters and pages live in src/site/.
import { relative, resolve } from 'node:path';
import type { EleventyConfig } from './src/site/eleventy-types.ts';
import articlesPlugin from './src/site/articles-plugin.ts';
import pagesPlugin from './src/site/pages-plugin.ts';

export default function (config: EleventyConfig) {
  config.addPlugin(articlesPlugin);
  config.addPlugin(pagesPlugin);
  const input = resolve(process.env.ARCHIVE_ARTICLES ?? 'articles');
  return {
    dir: { input, layouts: relative(input, resolve(import.meta.dirname, 'layouts')), output: process.env.ARCHIVE_OUTPUT ?? '_site' },
    templateFormats: ['md', 'njk'],
    // The newspaper's text is never a template: `{{ }}` in an article stays text.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
