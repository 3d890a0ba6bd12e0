// Putting a staged build in place. Site and state are one unit, and the state is the
// commit point: it is written aside, the staged site is marked with its generation,
// and only then does the state replace the old one. Before that moment a crash leaves
// the old site and the old state, which agree; after it, the staged site is complete
// and marked, so the next build finishes putting it in place (recover.ts) and site and
// state agree again. Nothing of the live site is touched before the commit.
//
// An added edition is staged as a whole build is, in SITE.adding/: its rendered pages,
// its data export and a new search index, appended to a copy of the live one. The index
// builder reads of the old index only its manifest and each segment's facet values, so
// only those are copied, as hard links (it replaces the manifest by renaming, and
// writes new segment folders and documents numbered past the old count: no linked file
// is written). After the commit its files are moved into the site one by one (each
// rename atomic, and one of a hard link over itself does nothing), the index's manifest
// last of them (the index's own switch), then the segments it no longer names are
// removed, then the marker moves. This is a redo log rather than a rollback journal: the
// staged folder is the log, what is left in it is what remains to be done, and the next
// build does it (recover.ts). The live site is not touched before the commit, and --add
// costs a few links more than before, not a copy of the site or of its index.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { INDEX_DIR, paths, type IndexManifest as Manifest } from '../search/index-format.ts';
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

/** An added edition's staged files moved into the site, the index's manifest last, then the marker. Can be run again until done. */
export function moveEditionIn(paths: SitePaths): void {
  const { adding, site } = paths;
  const manifest = join(INDEX_DIR, 'manifest.json');
  // Segments and name tables the new manifest drops: in the site, and not (even as an emptied folder) in the staged index.
  const staged = new Set(existsSync(join(adding, INDEX_DIR)) ? readdirSync(join(adding, INDEX_DIR)) : []);
  const dropped = readdirSync(join(site, INDEX_DIR)).filter((name) => /^(?:s\d+-\d+|n\d+)$/u.test(name) && !staged.has(name));
  const files = readdirSync(adding, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(adding, join(e.parentPath, e.name)))
    .filter((f) => f !== MARKER && f !== manifest);
  files.forEach((file, i) => {
    if (i === Math.floor(files.length / 2)) crashPoint('add-half-moved');
    mkdirSync(dirname(join(site, file)), { recursive: true });
    renameSync(join(adding, file), join(site, file));
  });
  if (existsSync(join(adding, manifest))) renameSync(join(adding, manifest), join(site, manifest));
  crashPoint('add-manifest-moved');
  for (const name of dropped) rmSync(join(site, INDEX_DIR, name), { recursive: true, force: true });
  renameSync(join(adding, MARKER), join(site, MARKER));
}

/** What of the site's search index the index builder reads to append to it (its manifest, each segment's facet values), as hard links under `to`. */
export function linkIndex(site: string, to: string): void {
  const from = join(site, INDEX_DIR);
  const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as Manifest;
  for (const file of ['manifest.json', ...manifest.segments.map((s) => paths.facets(s.dir))]) {
    mkdirSync(dirname(join(to, INDEX_DIR, file)), { recursive: true });
    linkSync(join(from, file), join(to, INDEX_DIR, file));
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
