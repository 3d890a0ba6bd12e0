// The build's protocol in process, without spawning a build: the folders it refuses, and
// what the recovery does with each thing a killed build can leave beside the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusePaths, sitePaths, type BuildConfig } from '../../src/build/plan.ts';
import { recover } from '../../src/build/recover.ts';
import { TOOL, writeMarker } from '../../src/build/marker.ts';
import { commitSiteState, writeSiteStateAside } from '../../src/site/site-state.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'recover-'));
const config = (dir: string, changes: Partial<BuildConfig> = {}): BuildConfig => ({
  inputs: [join(dir, 'raw')],
  out: join(dir, 'site'),
  articles: join(dir, 'articles'),
  cache: join(dir, 'cache'),
  state: join(dir, 'site.state.json'),
  add: false,
  strict: false,
  partArticles: 5000,
  wait: false,
  ...changes,
});

/** A site folder holding one page, marked with `generation` when one is given. */
function site(path: string, page: string, generation?: string) {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), page);
  if (generation) writeMarker(path, generation);
}

/** A state put in place for the site at `dir`, as a build commits it; its generation. */
function committedState(dir: string): string {
  const c = config(dir);
  const generation = writeSiteStateAside(c.state, { articles: c.articles, site: c.out, entries: [], pages: {} }, TOOL);
  commitSiteState(c.state);
  return generation;
}

test('folders apart are accepted; one inside another is refused either way, links resolved, before anything is written', () => {
  const dir = folder();
  assert.equal(refusePaths(config(dir)), null);
  assert.match(refusePaths(config(dir, { articles: join(dir, 'site', 'articles') })) ?? '', /^--out \(.+\) and --articles \(.+\) overlap/u);
  assert.match(refusePaths(config(dir, { out: join(dir, 'raw', 'site') })) ?? '', /^--out \(.+\) and input .+ overlap/u);
  mkdirSync(join(dir, 'elsewhere'));
  symlinkSync(join(dir, 'elsewhere'), join(dir, 'link'));
  assert.match(refusePaths(config(dir, { out: join(dir, 'elsewhere', 'site'), articles: join(dir, 'link') })) ?? '', /overlap/u, "a link to the site's folder is that folder");
  assert.ok(!existsSync(join(dir, 'site')), 'nothing written');
});

test('a folder of other files is refused as --out; a marked site is not', () => {
  const dir = folder();
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'thesis.docx'), 'not ours');
  assert.match(refusePaths(config(dir)) ?? '', /^--out .+: not replaced/u);
  site(join(dir, 'other'), 'ours', 'a'.repeat(64));
  assert.equal(refusePaths(config(dir, { out: join(dir, 'other') })), null);
});

test('an unfinished build beside the site is removed and the site left as it was', () => {
  const dir = folder();
  const paths = sitePaths(config(dir));
  site(paths.site, 'live', committedState(dir));
  site(paths.building, 'half built', 'b'.repeat(64));
  site(paths.adding, 'half added');
  const { done, addedEdition } = recover(paths);
  assert.equal(done.length, 2);
  assert.equal(addedEdition, false);
  assert.ok(!existsSync(paths.building) && !existsSync(paths.adding));
  assert.equal(readFileSync(join(paths.site, 'index.html'), 'utf8'), 'live');
});

test('a build killed between the two renames of its swap: the committed new site is put in place, the old one goes', () => {
  const dir = folder();
  const paths = sitePaths(config(dir));
  const generation = committedState(dir);
  site(paths.previous, 'old');
  site(paths.building, 'new', generation);
  const { done } = recover(paths);
  assert.equal(done.length, 1);
  assert.equal(readFileSync(join(paths.site, 'index.html'), 'utf8'), 'new');
  assert.ok(!existsSync(paths.previous) && !existsSync(paths.building));
});

test('a swap cut before a committed site could replace the old one: the old site is put back', () => {
  const dir = folder();
  const paths = sitePaths(config(dir));
  committedState(dir);
  site(paths.previous, 'old');
  const { done } = recover(paths);
  assert.match(done.join('\n'), /previous site .+ put back/u);
  assert.equal(readFileSync(join(paths.site, 'index.html'), 'utf8'), 'old');
});

test('an added edition committed before it was killed is moved in to the end', () => {
  const dir = folder();
  const paths = sitePaths(config(dir));
  const generation = committedState(dir);
  site(paths.site, 'live');
  mkdirSync(join(paths.site, 'search-index'));
  site(paths.adding, 'with the new edition', generation);
  mkdirSync(join(paths.adding, '2026', '01', '22'), { recursive: true });
  writeFileSync(join(paths.adding, '2026', '01', '22', 'index.html'), 'the new edition');
  const { addedEdition } = recover(paths);
  assert.equal(addedEdition, true);
  assert.equal(readFileSync(join(paths.site, 'index.html'), 'utf8'), 'with the new edition');
  assert.equal(readFileSync(join(paths.site, '2026', '01', '22', 'index.html'), 'utf8'), 'the new edition');
  assert.ok(!existsSync(paths.adding));
});
