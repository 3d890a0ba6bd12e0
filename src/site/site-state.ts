// What a build leaves for the next one to add an edition without reading the whole
// archive again: every article's front matter and where its body starts (the store),
// and the key of every page it rendered (page-keys.ts). Reading 220,000 articles'
// files takes half a minute; reading this, about three seconds. The state names the
// articles folder and site it describes, and is replaced whole when written.
//
// Its generation, a digest of the articles it lists (generationOf: two builds of the
// same articles anywhere agree, so rebuilds stay byte-identical), is written into the
// site too (src/build/marker.ts): a state is trusted only by the site of its generation.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import type { StoreEntry } from './article-store.ts';

const STATE_VERSION = 2;

const Entry = z.object({
  // The fields the store and the page keys look up; the rest of the front matter as it was.
  data: z.looseObject({ id: z.string(), url: z.string(), date: z.string(), file: z.string(), title: z.string() }),
  body: z.object({ start: z.number().int().nonnegative(), length: z.number().int().nonnegative() }),
});

const State = z.object({
  version: z.literal(STATE_VERSION),
  articles: z.string(),
  site: z.string(),
  entries: z.array(Entry),
  pages: z.record(z.string(), z.string()),
  generation: z.string().regex(/^[0-9a-f]{64}$/u),
});

export interface SiteState {
  version: number;
  /** The articles folder and the site it was built from and into (absolute). */
  articles: string;
  site: string;
  entries: StoreEntry[];
  pages: Record<string, string>;
  generation: string;
}

/**
 * Writes the state beside `file` (FILE.new), to be put in place by commitSiteState, and
 * returns its generation. Written an entry at a time: the whole state as one string
 * would hold a few hundred MB more at the end of a build.
 */
export function writeSiteStateAside(file: string, state: Omit<SiteState, 'version' | 'generation'>, tool: string): string {
  const generation = generationOf(state.entries, state.articles, tool);
  const fd = openSync(`${file}.new`, 'w');
  try {
    let chunk = `{"version":${STATE_VERSION},"articles":${JSON.stringify(state.articles)},"site":${JSON.stringify(state.site)},"entries":[`;
    state.entries.forEach((entry, i) => {
      chunk += `${i ? ',' : ''}\n${JSON.stringify(entry)}`;
      if (chunk.length > 1 << 20) {
        writeAll(fd, chunk);
        chunk = '';
      }
    });
    writeAll(fd, `${chunk}\n],"pages":${JSON.stringify(state.pages)},"generation":"${generation}"}\n`);
    return generation;
  } finally {
    closeSync(fd);
  }
}

/**
 * The digest of the tool and of every entry, each with its fields in name order and its
 * path relative to the articles folder, in order of their digests: the same articles
 * give the same generation however the store came to hold them (read from the folder,
 * or a state with an edition added) and wherever the folder is.
 */
function generationOf(entries: StoreEntry[], articles: string, tool: string): string {
  const digests = entries.map(({ data, body }) => {
    const fields = Object.entries(data)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, k === 'file' ? relative(articles, data.file) : v]);
    return createHash('sha256')
      .update(JSON.stringify([fields, body.start, body.length]))
      .digest('hex');
  });
  return createHash('sha256')
    .update(`${tool}\n${digests.sort().join('\n')}`)
    .digest('hex');
}

/** A write to a full disk may write part of what it is given and say so only by its count: the rest is written until the disk says why not. */
function writeAll(fd: number, text: string) {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/** The state written aside replaces the last one at once. */
export function commitSiteState(file: string): void {
  renameSync(`${file}.new`, file);
}

/** A state written aside and not put in place (a build that failed before its site was complete). */
export function dropSiteStateAside(file: string): void {
  rmSync(`${file}.new`, { force: true });
}

/** The generation of the state in `file`, read off its end, or null when there is none. */
export function stateGeneration(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const tail = Buffer.alloc(128);
    const { size } = fstatSync(fd);
    const read = readSync(fd, tail, 0, tail.length, Math.max(0, size - tail.length));
    return /"generation":"([0-9a-f]{64})"\}\n$/u.exec(tail.subarray(0, read).toString('latin1'))?.[1] ?? null;
  } finally {
    closeSync(fd);
  }
}

/** The state of the build of `articles` into `site`, or why there is none to use. */
export function readSiteState(file: string, articles: string, site: string): { state: SiteState } | { problem: string; missing?: true } {
  if (!existsSync(file)) return { problem: `no state of an earlier build in ${file}`, missing: true };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `${file}: unreadable (${(error as Error).message})` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== STATE_VERSION) return { problem: `${file}: expected state version ${STATE_VERSION}, found ${JSON.stringify(version) ?? 'none'}` };
  const parsed = State.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    return { problem: `${file}: field "${issue.path.join('.') || '(the whole state)'}": ${issue.message}` };
  }
  // The entries as read, not as zod rebuilt them: its objects put the fields it knows first, and a page's key is of the front matter in its order.
  const state = json as SiteState;
  if (state.articles !== resolve(articles)) return { problem: `${file}: describes the articles in ${state.articles}, not ${resolve(articles)}` };
  if (state.site !== resolve(site)) return { problem: `${file}: describes the site in ${state.site}, not ${resolve(site)}` };
  if (!existsSync(site)) return { problem: `${file}: the site it describes, ${site}, is gone` };
  return { state };
}
