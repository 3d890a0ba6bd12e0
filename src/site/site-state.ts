// What a build leaves for the next one to add an edition without reading the whole
// archive again: every article's front matter and where its body starts (the store),
// and the key of every page it rendered (page-keys.ts). Reading 220,000 articles'
// files takes half a minute; reading this, about three seconds. The state names the
// articles folder and site it describes, and is replaced whole when written.
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoreEntry } from './article-store.ts';

const STATE_VERSION = 1;

export interface SiteState {
  version: number;
  /** The articles folder and the site it was built from and into (absolute). */
  articles: string;
  site: string;
  entries: StoreEntry[];
  pages: Record<string, string>;
}

/** Written an entry at a time: the whole state as one string would hold a few hundred MB more at the end of a build. */
export function writeSiteState(file: string, state: Omit<SiteState, 'version'>): void {
  const fd = openSync(`${file}.new`, 'w');
  let chunk = `{"version":${STATE_VERSION},"articles":${JSON.stringify(state.articles)},"site":${JSON.stringify(state.site)},"entries":[`;
  state.entries.forEach((entry, i) => {
    chunk += `${i ? ',' : ''}\n${JSON.stringify(entry)}`;
    if (chunk.length > 1 << 20) { writeSync(fd, chunk); chunk = ''; }
  });
  writeSync(fd, `${chunk}\n],"pages":${JSON.stringify(state.pages)}}\n`);
  closeSync(fd);
  renameSync(`${file}.new`, file);
}

/** The state of the build of `articles` into `site`, or why there is none to use. */
export function readSiteState(file: string, articles: string, site: string): { state: SiteState } | { problem: string } {
  if (!existsSync(file)) return { problem: `no state of an earlier build in ${file}` };
  let state: SiteState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as SiteState;
  } catch (error) {
    return { problem: `${file}: unreadable (${(error as Error).message})` };
  }
  if (state.version !== STATE_VERSION) return { problem: `${file}: expected state version ${STATE_VERSION}, found ${state.version}` };
  if (state.articles !== resolve(articles)) return { problem: `${file}: describes the articles in ${state.articles}, not ${resolve(articles)}` };
  if (state.site !== resolve(site)) return { problem: `${file}: describes the site in ${state.site}, not ${resolve(site)}` };
  if (!existsSync(site)) return { problem: `${file}: the site it describes, ${site}, is gone` };
  return { state };
}
