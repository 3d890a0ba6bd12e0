// A full or read-only disk under the site or the state: the build fails with one line
// naming the path it could not write (no library's stack trace), exit 1, and the site
// and its state are as they were. Real file systems: a small tmpfs for ENOSPC and one
// remounted read-only for EROFS (the tests run as root, as the build machine does).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, workspace } from '../helpers/workspace.ts';

const w = workspace('disk-');
const mounts: string[] = [];
/** A tmpfs of `size` at `dir` in the work folder. */
function tmpfs(dir: string, size: string) {
  const path = join(w.cwd, dir);
  mkdirSync(path);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
  mounts.push(path);
  return path;
}
after(() => {
  for (const m of mounts.reverse()) execFileSync('umount', [m]);
});

const oneLine = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((l) => !/ \[(warning|error)\]$|: [\w-]+: /u.test(l) || l.startsWith('build failed'));

test('a disk that fills while the new site is rendered: one line naming the path, the old site as it was', () => {
  // Room for one sample site (2.2 MB on a tmpfs) and not for a second beside it.
  const disk = tmpfs('small', '3000k');
  const args = ['--out', join(disk, 'site'), '--state', join(disk, 'site.state'), '--input', 'dumps'];
  assert.equal(w.build('first', args).status, 0);
  const before = files(join(disk, 'site'));
  const state = readFileSync(join(disk, 'site.state'));
  const full = w.build('first', args);
  assert.equal(full.status, 1, full.output);
  assert.deepEqual(
    oneLine(full.stderr).filter((l) => l.startsWith('build failed')),
    oneLine(full.stderr).slice(-1),
  );
  assert.match(full.stderr, new RegExp(`^build failed: cannot write ${disk}/site\\.building(/\\S+)?: no space left on the device \\(ENOSPC\\)$`, 'mu'));
  assert.doesNotMatch(full.stderr, /\n\s+at /u, 'no stack trace');
  assert.ok(readFileSync(join(disk, 'site.state')).equals(state), 'the state as it was');
  const now = files(join(disk, 'site'));
  assert.deepEqual([...now.keys()], [...before.keys()]);
  for (const [f, bytes] of before) assert.ok(bytes.equals(now.get(f) as Buffer), f);
});

test('a state that cannot be written (read-only, or full): the site and the state as they were, and the path named', () => {
  // Room for one state of the sample (24 KiB), not for a second written beside it.
  const disk = tmpfs('state-disk', '40k');
  const args = ['--state', join(disk, 'site.state'), '--input', 'dumps'];
  assert.equal(w.build('site', args).status, 0);
  const before = files(join(w.cwd, 'site'));
  execFileSync('mount', ['-o', 'remount,ro', disk]);
  const ro = w.build('site', args);
  assert.equal(ro.status, 1, `read-only: ${ro.output}`);
  assert.match(ro.stderr, new RegExp(`^build failed: cannot write ${disk}/site\\.state\\.new: the file system is read-only \\(EROFS\\); the site and its state are as they were$`, 'mu'));
  const now = files(join(w.cwd, 'site'));
  for (const [f, bytes] of before) assert.ok(bytes.equals(now.get(f) as Buffer), f);
  // The same disk writable again, but too small for the new state beside the old: ENOSPC while it is written.
  execFileSync('mount', ['-o', 'remount,rw,size=40k', disk]);
  const fullState = w.build('site', args);
  assert.equal(fullState.status, 1, `full: ${fullState.output}`);
  assert.match(fullState.stderr, new RegExp(`^build failed: cannot write ${disk}/site\\.state\\.new: no space left on the device \\(ENOSPC\\); the site and its state are as they were$`, 'mu'));
  assert.doesNotMatch(fullState.stderr, /\n\s+at /u);
  assert.deepEqual(readdirSync(disk), ['site.state'], 'no state left half-written');
  for (const [f, bytes] of before) assert.ok(bytes.equals(files(join(w.cwd, 'site')).get(f) as Buffer), f);
});

test('a read-only disk under the site: refused at its lock, in a line, exit 1', () => {
  const disk = tmpfs('ro', '8m');
  execFileSync('mount', ['-o', 'remount,ro', disk]);
  const run = w.build('ro', ['--out', join(disk, 'site'), '--input', 'dumps']);
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `build failed: cannot take the lock ${disk}/site.lock: cannot write ${disk}/site.lock: the file system is read-only (EROFS)\n`);
});
