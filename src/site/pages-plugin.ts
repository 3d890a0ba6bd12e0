// Pages that are not articles: home, editions, sections, reporters, feed, sitemap and
// the rest. Their templates live in src/site/pages/ and are added as virtual templates,
// since the input folder holds only the generated articles. The stylesheet is copied.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EleventyConfig } from './eleventy-types.ts';
import { SITE } from './site.ts';

const PAGES = join(import.meta.dirname, 'pages');

export default function pagesPlugin(config: EleventyConfig): void {
  config.addGlobalData('site', SITE);
  for (const name of readdirSync(PAGES).filter((f) => f.endsWith('.njk')).sort()) {
    config.addTemplate(`_pages/${name}`, readFileSync(join(PAGES, name), 'utf8'));
  }
  config.addPassthroughCopy({ [join(import.meta.dirname, 'assets')]: 'assets' });
}
