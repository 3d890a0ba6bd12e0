// `npm run build -- --add`: an edition added to a built site must leave it exactly as a
// build of the whole archive would, touching only the pages that change; what is not a
// new edition is refused or built whole, and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DUMPS, files, sameSearch, workspace } from './helpers/workspace.ts';

/** The sample's newest edition (2026-01-21) and an older one (2025-05-09). */
const NEWEST = '000_3e6a1c70df2901a1.txt';
const OLDER = '003_602c9e4464aa0004.txt';

test('an edition added to a built site leaves every file as a whole build of the archive does, and rewrites only the pages that change', async () => {
  const w = workspace();
  const older = DUMPS.filter((f) => f !== NEWEST);
  assert.equal(w.build('site', ['--input', ...w.dumps(...older)]).status, 0);
  const before = files(join(w.cwd, 'site'));
  const mtimes = new Map([...before.keys()].map((f) => [f, statSync(join(w.cwd, 'site', f)).mtimeMs]));
  const added = w.build('site', ['--add', ...w.dumps(NEWEST)]);
  assert.equal(added.status, 0, added.output);
  assert.match(added.stdout, /site: .* has 1 edition\(s\) more, \d+ page\(s\) rendered/u);
  assert.equal(w.build('whole', ['--input', 'dumps']).status, 0);

  const [incremental, whole] = [files(join(w.cwd, 'site')), files(join(w.cwd, 'whole'))];
  assert.deepEqual([...incremental.keys()], [...whole.keys()]);
  for (const [f, bytes] of whole) assert.ok(bytes.equals(incremental.get(f) as Buffer), f);
  await sameSearch(join(w.cwd, 'site'), join(w.cwd, 'whole'));

  // The older editions' stories and the pages that do not show the new edition were not written again.
  // (What the new index replaced, such as the search index's table of names, is gone.)
  const untouched = [...before.keys()].filter((f) => existsSync(join(w.cwd, 'site', f)) && statSync(join(w.cwd, 'site', f)).mtimeMs === mtimes.get(f));
  for (const f of before.keys()) {
    if (/^20(22|25)\/\d\d\/\d\d\/\w+\/index\.html$/u.test(f)) assert.ok(untouched.includes(f), `${f} was rewritten`);
  }
  for (const f of ['index.html', 'feed.xml', 'sitemap.xml', 'sitemaps/browse.xml', '2025/05/31/index.html', 'sections/职教-观察/index.html', 'data/index.json']) {
    assert.ok(!untouched.includes(f), `${f} should show the new edition`);
  }
  assert.ok(untouched.includes('2025/05/09/index.html'), 'an edition two back does not change');
  assert.ok(untouched.includes('sitemaps/2025.xml'), "the sitemap of a year before the edition's does not change");
});

test('an added edition older than the newest one builds the whole site again, and says so', async () => {
  const w = workspace();
  assert.equal(w.build('site', ['--input', ...w.dumps(...DUMPS.filter((f) => f !== OLDER))]).status, 0);
  const added = w.build('site', ['--add', ...w.dumps(OLDER)]);
  assert.equal(added.status, 0, added.output);
  assert.match(added.stdout, /add: the dumps add to an edition the archive has: the whole site is built again/u);
  assert.equal(w.build('whole', ['--input', 'dumps']).status, 0);
  const [site, whole] = [files(join(w.cwd, 'site')), files(join(w.cwd, 'whole'))];
  assert.deepEqual([...site.keys()], [...whole.keys()]);
  for (const [f, bytes] of whole) assert.ok(bytes.equals(site.get(f) as Buffer), f);
  await sameSearch(join(w.cwd, 'site'), join(w.cwd, 'whole'));
});

test('--add refuses a story the archive holds, naming the dump and line, and a site with no earlier build', () => {
  const w = workspace();
  const none = w.build('site', ['--add', ...w.dumps(NEWEST)]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /build failed: --add: no state of an earlier build in .*site\.state; build the whole archive first/u);
  assert.equal(w.build('site', ['--input', 'dumps']).status, 0);
  const again = w.build('site', ['--add', ...w.dumps(NEWEST)]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /build failed: --add: dumps\/000_3e6a1c70df2901a1\.txt:\d+: expected a story the archive does not hold, found .*\.md \(7 such\)/u);
});
