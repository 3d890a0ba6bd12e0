// Filters the layouts use. Each is a plain function of its own module, tested there.
import { relative } from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { editionDate, editionTimestamp, isoDay, monthLabel } from './dates.ts';
import { href, reporterPath, sectionPath, sourcePath, type Role, type SourceFile } from './archive.ts';
import type { SourceRef } from '../article/schema.ts';
import { citationAuthors, gbt7714, type Citable } from './citation.ts';
import { storyLead, summary } from './text.ts';
import { sourceText, type Decode } from './source-file.ts';
import type { Built } from './collections-plugin.ts';
import { SITE } from './site.ts';

const ROLE_LABELS: Record<Role, string> = { reporter: '记者', correspondent: '通讯员', photographer: '摄影' };

/**
 * `built`: the archive the collections paginate, where the filters look an article's place, body and source up;
 * `decode`: how the source pages read a dump no stored text holds (the ingest's decoder, handed in by .eleventy.ts).
 */
export default function filtersPlugin(config: EleventyConfig, options: { built: () => Built; decode: Decode }): void {
  config.addFilter('editionDate', editionDate);
  config.addFilter('isoDay', isoDay);
  config.addFilter('monthLabel', monthLabel);
  config.addFilter('editionTimestamp', editionTimestamp);
  config.addFilter('href', href);
  config.addFilter('sectionUrl', sectionPath);
  config.addFilter('reporterUrl', reporterPath);
  config.addFilter('sourceUrl', (s: SourceRef) => sourcePath(s.file, s.sha256));
  config.addFilter('sourceText', (f: SourceFile) => sourceText(f.file, f.sha256, options.built().store.dir, options.decode));
  config.addFilter('storyLead', storyLead);
  config.addFilter('absoluteUrl', (path: string) => `${SITE.url}${href(path)}`);
  config.addFilter('roleLabel', (role: Role) => ROLE_LABELS[role]);
  config.addFilter('citation', (a: Citable) => gbt7714(a, SITE.paper));
  config.addFilter('citationAuthors', (a: Citable) => citationAuthors(a));
  config.addFilter('summary', summary);
  config.addFilter('articleContext', (url: string) => options.built().archive.contexts.get(url));
  // The file an archivist edits, as it lies in the articles folder.
  config.addFilter('articleFilePath', (url: string) => {
    const { store } = options.built();
    const file = store.get(url)?.file;
    return file ? relative(store.dir, file) : '';
  });
  const content = (url: string) => options.built().store.body(url);
  config.addFilter('articleContent', content);
  // Its text alone, without what the page adds (the missing-photo notice).
  config.addFilter('articleText', (url: string) =>
    options
      .built()
      .store.text(url)
      .map((b) => b.text)
      .join('\n'),
  );
}
