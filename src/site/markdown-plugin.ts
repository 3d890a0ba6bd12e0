// Article bodies on the site's pages are rendered by the site's markdown-it instance:
// the article's own rendering (src/article/render.ts) with the site's presentation
// (presentation.ts).
import type { EleventyConfig } from '@11ty/eleventy';
import { siteMarkdown } from './presentation.ts';

export default function markdownPlugin(config: EleventyConfig): void {
  config.setLibrary('md', siteMarkdown());
}
