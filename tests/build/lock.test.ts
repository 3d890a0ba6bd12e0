// One build at a time per site and per articles folder: a second build refuses, naming
// the holder, or waits with --wait; a lock whose holder died is taken over, even when
// its pid now belongs to another process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processStart, takeLock } from '../../src/build/lock.ts';
import { root, sameSite, workspace } from '../helpers/workspace.ts';

const holder = (pid: number, started: string | null) => JSON.stringify({ pid, started, since: '2026-01-01T00:00:00.000Z', command: 'build' });

test('two builds into one site started at once: one builds it whole, the other refuses naming the holder', async () => {
  const w = workspace('lock-');
  const runs = await Promise.all([w.start('site', ['--input', 'dumps']), w.start('site', ['--input', 'dumps'])]);
  const refused = runs.filter((r) => r.status === 1);
  assert.equal(runs.filter((r) => r.status === 0).length, 1, runs.map((r) => r.output).join('\n---\n'));
  assert.equal(refused.length, 1);
  assert.match(refused[0]?.stderr ?? '', /^build failed: another build is running: .*site\.lock is held by pid \d+ \(build .*\) since \d{4}-\d\d-\d\dT[\d:.]+Z \(--wait to wait for it\)$/mu);
  assert.equal(w.build('whole', ['--input', 'dumps']).status, 0);
  await sameSite(join(w.cwd, 'site'), join(w.cwd, 'whole'));
  assert.ok(!existsSync(join(w.cwd, 'site.lock')), 'the lock is gone with its build');
});

test('with --wait, the second build waits for the first and both end with the whole site', async () => {
  const w = workspace('lock-');
  const runs = await Promise.all([w.start('site', ['--input', 'dumps', '--wait']), w.start('site', ['--input', 'dumps', '--wait'])]);
  for (const r of runs) assert.equal(r.status, 0, r.output);
  assert.ok(
    runs.some((r) => /^waiting: .*site\.lock is held by pid \d+/mu.test(r.stdout)),
    'one of them waited',
  );
  assert.equal(w.build('whole', ['--input', 'dumps']).status, 0);
  await sameSite(join(w.cwd, 'site'), join(w.cwd, 'whole'));
});

test('a lock whose holder is gone, or whose pid was given to another process since, is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  const file = join(dir, 'site.lock');
  const gone = spawnSync('true').pid as number;
  writeFileSync(file, holder(gone, '12345'));
  const taken = await takeLock(file, 'test');
  assert.ok('release' in taken, "a dead holder's lock is taken");
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).pid, process.pid);
  taken.release();
  assert.ok(!existsSync(file));
  // This very process's pid, but started at another time: the pid was reused.
  writeFileSync(file, holder(process.pid, '1'));
  const reused = await takeLock(file, 'test');
  assert.ok('release' in reused, "a reused pid's lock is taken");
  reused.release();
});

test("a live holder's lock is refused with its pid and time; the ingest command takes the articles' lock too", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  const file = join(dir, 'site.lock');
  writeFileSync(file, holder(process.pid, processStart(process.pid)));
  const held = await takeLock(file, 'test');
  assert.ok('held' in held);
  assert.match(held.held, new RegExp(`site\\.lock is held by pid ${process.pid} \\(build\\) since 2026-01-01T00:00:00\\.000Z`, 'u'));
  writeFileSync(join(dir, 'articles.lock'), holder(process.pid, processStart(process.pid)));
  const ingest = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/ingest.ts'), '--out', join(dir, 'articles'), join(root, 'raw')], { encoding: 'utf8' });
  assert.equal(ingest.status, 1);
  assert.match(ingest.stderr, new RegExp(`^ingest failed: another build or ingest is writing the articles: .*articles\\.lock is held by pid ${process.pid}`, 'mu'));
  assert.ok(!existsSync(join(dir, 'articles')), 'nothing written');
});
