// What a build is asked to do, and the folders it works in, checked before anything is
// written: a site folder that is not one this tool built is refused, and so are stores
// one inside another (a site inside the articles folder would be read as articles; the
// articles inside the site would go with the old site when the new one replaces it).
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { foreignFolder } from './marker.ts';

export interface BuildConfig {
  /** Dump files or folders: all of them, or with `add` a new edition's. */
  inputs: string[];
  /** The site, the articles folder, the parse cache, the state for --add: absolute paths. */
  out: string;
  articles: string;
  cache: string;
  state: string;
  add: boolean;
  strict: boolean;
  partArticles: number;
  /** Wait for a build holding the site's or the articles' lock instead of refusing. */
  wait: boolean;
}

/** The site and everything a build keeps beside it. */
export interface SitePaths {
  site: string;
  /** A whole build is rendered here, then swapped in. */
  building: string;
  /** An added edition's pages and its new search index are staged here, then moved in. */
  adding: string;
  /** The replaced site, during the swap. */
  previous: string;
  lock: string;
  state: string;
}

export function sitePaths(config: Pick<BuildConfig, 'out' | 'state'>): SitePaths {
  const site = config.out;
  return {
    site,
    building: `${site}.building`,
    adding: `${site}.adding`,
    previous: `${site}.previous`,
    lock: `${site}.lock`,
    state: config.state,
  };
}

/** The lock of the articles folder, beside it (taken by `npm run ingest` too). */
export const articlesLock = (articles: string) => `${resolve(articles)}.lock`;

/** A path with its symbolic links resolved, as far as it exists. */
function real(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  // A link to a folder not made yet is where that folder will be.
  if (lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) return real(resolve(dirname(full), readlinkSync(full)));
  const parent = dirname(full);
  return parent === full ? full : join(real(parent), basename(full));
}

function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** Why the build cannot go on with these folders, in a line; null when it can. */
export function refusePaths(config: BuildConfig): string | null {
  const stores: Array<[string, string]> = [['--out', config.out], ['--articles', config.articles], ['--state', config.state], ['--cache', config.cache], ...config.inputs.map((i): [string, string] => [`input ${i}`, i])];
  const reals = stores.map(([name, path]) => [name, real(path)] as const);
  for (const [i, [a, pa]] of reals.entries()) {
    for (const [b, pb] of reals.slice(i + 1)) {
      if (a.startsWith('input') && b.startsWith('input')) continue;
      if (within(pa, pb) || within(pb, pa)) return `${a} (${pa}) and ${b} (${pb}) overlap: one is inside the other; give them folders apart`;
    }
  }
  const foreign = foreignFolder(config.out);
  return foreign ? `--out ${config.out}: not replaced, ${foreign}; give an empty or new folder, or a site this tool built` : null;
}
