// Pages that are not articles. They are virtual templates, since the input folder
// holds only generated articles.
import type { EleventyConfig } from './eleventy-types.ts';

export default function pagesPlugin(config: EleventyConfig): void {
  config.addTemplate('index.njk', '', { layout: 'home.njk', permalink: '/index.html', title: '' });
}
