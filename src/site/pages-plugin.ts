// Pages that are not articles: home, editions, sections, reporters, feed, sitemap and
// the rest. Their templates live in src/site/pages/ and are added as virtual templates,
// since the input folder holds only the articles. A run that renders one part of a large
// archive (parts.ts) gets only the paginated ones, whose collections hold its part; the
// single pages that span the archive come with the shared part. The stylesheet is copied.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { SITE } from './site.ts';
import * as labels from '../article/labels.ts';

const PAGES = join(import.meta.dirname, 'pages');
const PAGINATED = /^---(?:js)?\n(?:.*\n)*?(?:const )?pagination\b/u;

export default function pagesPlugin(config: EleventyConfig, options: { shared: boolean }): void {
  config.addGlobalData('site', SITE);
  config.addGlobalData('labels', { ...labels });
  for (const name of readdirSync(PAGES)
    .filter((f) => f.endsWith('.njk'))
    .sort()) {
    const template = readFileSync(join(PAGES, name), 'utf8');
    if (options.shared || PAGINATED.test(template)) config.addTemplate(`_pages/${name}`, template);
  }
  if (options.shared) config.addPassthroughCopy({ [join(import.meta.dirname, 'assets')]: 'assets' });
}
