// A build writes only into folders that are its own: an --out that holds other files,
// and stores one inside another (after symbolic links), are refused with a line saying
// why, before anything is written. A site of the version before the build marker is
// known by what it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace } from '../helpers/workspace.ts';

/** The build run with the given folders, by their names in the work folder. */
function buildWith(w: ReturnType<typeof workspace>, folders: { out?: string; articles?: string; state?: string; cache?: string; input?: string }) {
  const at = (f: string) => join(w.cwd, f);
  const args = ['--out', at(folders.out ?? 'site'), '--articles', at(folders.articles ?? 'articles'), '--state', at(folders.state ?? 'site.state'), '--cache', at(folders.cache ?? 'cache'), '--input', at(folders.input ?? 'dumps')];
  return w.build('ignored', args);
}

test('an --out that holds files this tool did not build is refused, and left as it was', () => {
  const w = workspace('folders-');
  mkdirSync(join(w.cwd, 'site/photos'), { recursive: true });
  writeFileSync(join(w.cwd, 'site/notes.txt'), '我的笔记');
  const before = readdirSync(w.cwd).sort();
  const run = buildWith(w, {});
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `build failed: --out ${join(w.cwd, 'site')}: not replaced, it holds files this tool did not build (notes.txt, photos) and no .archive-build.json; give an empty or new folder, or a site this tool built\n`);
  assert.deepEqual(readdirSync(w.cwd).sort(), before, 'nothing written beside it (no articles, lock or staging)');
  assert.deepEqual(readdirSync(join(w.cwd, 'site')).sort(), ['notes.txt', 'photos']);
});

test('folders one inside another are refused before anything is written, symbolic links resolved', () => {
  const w = workspace('folders-');
  mkdirSync(join(w.cwd, 'elsewhere'));
  symlinkSync(join(w.cwd, 'site'), join(w.cwd, 'elsewhere/link'));
  const cases: Array<[Parameters<typeof buildWith>[1], RegExp]> = [
    [{ articles: 'site/articles' }, /^build failed: --out \(.*\/site\) and --articles \(.*\/site\/articles\) overlap: one is inside the other; give them folders apart$/mu],
    [{ out: 'articles/site' }, /--out \(.*\/articles\/site\) and --articles \(.*\/articles\) overlap/u],
    [{ state: 'site/state.json' }, /--out \(.*\/site\) and --state \(.*\/site\/state\.json\) overlap/u],
    [{ cache: 'articles/.cache' }, /--articles \(.*\/articles\) and --cache \(.*\/articles\/\.cache\) overlap/u],
    [{ out: 'dumps/site' }, /--out \(.*\/dumps\/site\) and input .*dumps \(.*\/dumps\) overlap/u],
    [{ input: 'articles/in' }, /--articles \(.*\/articles\) and input .*articles\/in \(.*\/articles\/in\) overlap/u],
    [{ articles: 'elsewhere/link/articles' }, /--out \(.*\/site\) and --articles \(.*\/site\/articles\) overlap/u],
  ];
  for (const [folders, reason] of cases) {
    const before = readdirSync(w.cwd).sort();
    const run = buildWith(w, folders);
    assert.equal(run.status, 1, JSON.stringify(folders));
    assert.match(run.stderr, reason);
    assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    assert.deepEqual(readdirSync(w.cwd).sort(), before, `${JSON.stringify(folders)}: nothing written`);
  }
});

test('a site built by the version before the marker is known by its files and replaced; a marked site too', () => {
  const w = workspace('folders-');
  assert.equal(buildWith(w, {}).status, 0);
  assert.equal(buildWith(w, {}).status, 0, 'a marked site is rebuilt');
  rmSync(join(w.cwd, 'site/.archive-build.json'));
  const run = buildWith(w, {});
  assert.equal(run.status, 0, run.output);
  assert.ok(readdirSync(join(w.cwd, 'site')).includes('.archive-build.json'));
});
