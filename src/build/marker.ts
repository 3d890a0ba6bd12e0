// The build marker: SITE/.archive-build.json names the tool that built the site, its
// version and the generation of the state written with it (site-state.ts). It marks the
// folder as a site of this tool, which a build may replace, and ties site and state:
// --add trusts a state only when the site's marker holds its generation.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { name: string; version: string };

/** What the state's generation is a digest of besides the articles: the tool's name and version. */
export const TOOL = `${pkg.name}@${pkg.version}`;

export const MARKER = '.archive-build.json';

const Marker = z.object({ tool: z.literal(pkg.name), version: z.string(), generation: z.string() });

export function writeMarker(site: string, generation: string): void {
  writeFileSync(join(site, MARKER), `${JSON.stringify({ tool: pkg.name, version: pkg.version, generation })}\n`);
}

/** The generation the site in `dir` was built with, or null: no marker, or not this tool's. */
export function markedGeneration(dir: string): string | null {
  try {
    const parsed = Marker.safeParse(JSON.parse(readFileSync(join(dir, MARKER), 'utf8')));
    return parsed.success ? parsed.data.generation : null;
  } catch {
    return null;
  }
}

/**
 * Whether a build may replace `dir`: it is missing or empty, holds this tool's marker,
 * or is a site of the version before the marker, known by what every build of it held
 * (index.html, assets/search.js and search-index/manifest.json). Otherwise, why not.
 */
export function foreignFolder(dir: string): string | null {
  if (!existsSync(dir)) return null;
  if (!statSync(dir).isDirectory()) return 'it is a file, not a folder';
  const names = readdirSync(dir);
  if (names.length === 0 || markedGeneration(dir) !== null) return null;
  if (['index.html', 'assets/search.js', 'search-index/manifest.json'].every((f) => existsSync(join(dir, f)))) return null;
  return `it holds files this tool did not build (${names.sort().slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}) and no ${MARKER}`;
}
