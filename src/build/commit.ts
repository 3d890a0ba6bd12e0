// Putting a staged build in place. Site and state are one unit, and the state is the
// commit point: it is written aside, the staged site is marked with its generation,
// and only then does the state replace the old one. Before that moment a crash leaves
// the old site and the old state, which agree; after it, the staged site is complete
// and marked, so the next build finishes putting it in place (recover.ts) and site and
// state agree again. Nothing of the live site is touched before the commit.
//
// An added edition is staged as a whole build is, in SITE.adding/: its rendered pages,
// its data export and a new search index, made by appending to a copy of the live one
// whose files are hard links (no file of the live index is written: the index builder
// writes new segment folders and replaces its manifest by renaming, and the copy's
// links are what it removes). After the commit its files are moved into the site one by
// one (each rename is atomic and can be done again), then the index folder is swapped,
// then the marker. This is a redo log rather than a rollback journal: the staged folder
// is the log, and what is left in it is what remains to be done. Linking the index is
// the only cost it adds to --add, a link a file, not a copy of the index's bytes.
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { INDEX_DIR } from '../search/index-format.ts';
import { writeSiteStateAside, commitSiteState, dropSiteStateAside, type SiteState } from '../site/site-state.ts';
import { crashPoint } from './crash.ts';
import { diskProblem } from './failure.ts';
import { MARKER, TOOL, writeMarker } from './marker.ts';
import type { SitePaths } from './plan.ts';

/** The state for the staged site `staged`, written and put in place; the staged site marked with its generation first. */
export function commitState(paths: SitePaths, staged: string, state: Omit<SiteState, 'version' | 'generation'>, points: { aside: Parameters<typeof crashPoint>[0]; committed: Parameters<typeof crashPoint>[0] }): string {
  mkdirSync(dirname(paths.state), { recursive: true });
  try {
    const generation = writeSiteStateAside(paths.state, state, TOOL);
    writeMarker(staged, generation);
    crashPoint(points.aside);
    commitSiteState(paths.state);
    crashPoint(points.committed);
    return generation;
  } catch (error) {
    dropSiteStateAside(paths.state);
    throw error;
  }
}

/** A whole build's staged site in place of the old one (two renames; the next build finishes a swap cut between them). */
export function swapIn(paths: SitePaths): void {
  if (existsSync(paths.site)) {
    rmSync(paths.previous, { recursive: true, force: true });
    renameSync(paths.site, paths.previous);
  }
  crashPoint('site-moved-aside');
  renameSync(paths.building, paths.site);
}

/** An added edition's staged files moved into the site, the index swapped, the marker last. Can be run again until done. */
export function moveEditionIn(paths: SitePaths): void {
  const { adding, site } = paths;
  const files = readdirSync(adding, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(adding, join(e.parentPath, e.name)))
    .filter((f) => f !== MARKER && !f.startsWith(`${INDEX_DIR}/`));
  files.forEach((file, i) => {
    if (i === Math.floor(files.length / 2)) crashPoint('add-half-moved');
    mkdirSync(dirname(join(site, file)), { recursive: true });
    renameSync(join(adding, file), join(site, file));
  });
  if (existsSync(join(adding, INDEX_DIR))) {
    if (existsSync(join(site, INDEX_DIR))) {
      rmSync(paths.previousIndex, { recursive: true, force: true });
      renameSync(join(site, INDEX_DIR), paths.previousIndex);
    }
    crashPoint('add-index-moved-aside');
    renameSync(join(adding, INDEX_DIR), join(site, INDEX_DIR));
  }
  renameSync(join(adding, MARKER), join(site, MARKER));
}

/** The search index of the site, as hard links under `to`: the index builder then adds to the copy. */
export function linkIndex(site: string, to: string): void {
  const from = join(site, INDEX_DIR);
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, INDEX_DIR, relative(from, source));
    if (entry.isDirectory()) mkdirSync(target, { recursive: true });
    else if (entry.isFile()) {
      mkdirSync(dirname(target), { recursive: true });
      linkSync(source, target);
    }
  }
}

/** What is left beside the site once it is in place: removed, and a failure to is a warning, not a failed build. */
export function cleanUp(folders: string[], warn: (line: string) => void): void {
  for (const folder of folders) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      warn(`warning: the site is in place, but ${folder} could not be removed: ${diskProblem(error) ?? (error as Error).message}`);
    }
  }
}
