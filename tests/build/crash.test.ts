// A build killed (SIGKILL, as by a power cut or the OOM killer) at each of its stages:
// the same command run again recovers whatever the killed one left and ends with
// exactly the site and articles an uninterrupted whole build of the same input gives.
// ARCHIVE_CRASH_AT names the point (src/build/crash.ts). One work folder for all: the
// site of the older editions is built once and put back before each kill.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CRASH_POINTS, type CrashPoint } from '../../src/build/crash.ts';
import { DUMPS, files, sameFiles, sameSite, workspace, type Run } from '../helpers/workspace.ts';

const NEWEST = '000_3e6a1c70df2901a1.txt';
const w = workspace('crash-');
const at = (name: string) => join(w.cwd, name);
const older = w.dumps(...DUMPS.filter((f) => f !== NEWEST));
const SITE = ['site', 'site-articles', 'site.state'];

assert.equal(w.build('site', ['--input', ...older]).status, 0);
for (const f of SITE) cpSync(at(f), at(`base/${f}`), { recursive: true });
assert.equal(w.build('whole', ['--input', 'dumps']).status, 0);

/** The site of the older editions, as its build left it, and nothing beside it. */
function putBack() {
  for (const f of [...SITE, 'site.building', 'site.adding', 'site.previous', 'site.lock', 'site.state.new']) rmSync(at(f), { recursive: true, force: true });
  for (const f of SITE) cpSync(at(`base/${f}`), at(f), { recursive: true });
}

const killed = (r: Run) => r.signal === 'SIGKILL' || r.status === 128 + 9;

async function killAndRerun(point: CrashPoint, args: string[], expectOld: boolean) {
  putBack();
  const before = files(at('site'));
  const crashed = w.build('site', args, { ARCHIVE_CRASH_AT: point });
  assert.ok(killed(crashed), `${point}: killed there (${crashed.status} ${crashed.signal}) ${crashed.output}`);
  if (expectOld) {
    // Before the state is committed, the live site is the old one, untouched.
    const now = files(at('site'));
    assert.deepEqual([...now.keys()], [...before.keys()], `${point}: the live site is as it was`);
    for (const [f, bytes] of before) assert.ok(bytes.equals(now.get(f) as Buffer), `${point}: ${f} is as it was`);
  }
  const again = w.build('site', args);
  assert.equal(again.status, 0, `${point}: ${again.output}`);
  await sameSite(at('site'), at('whole'));
  sameFiles(at('site-articles'), at('whole-articles'));
  for (const f of ['site.building', 'site.adding', 'site.previous', 'site.lock']) assert.ok(!existsSync(at(f)), `${point}: ${f} is gone`);
  return again.output;
}

const WHOLE: Array<[CrashPoint, boolean]> = [
  ['articles-written', true],
  ['part-rendered', true],
  ['rendered', true],
  ['staged', true],
  ['state-aside', true],
  ['state-committed', true],
  ['site-moved-aside', false],
];
const ADD: Array<[CrashPoint, boolean]> = [
  ['add-articles-written', true],
  ['add-rendered', true],
  ['add-indexed', true],
  ['add-state-aside', true],
  ['add-state-committed', true],
  ['add-half-moved', false],
  ['add-manifest-moved', false],
];

test('every crash point is killed at by a test below', () => {
  assert.deepEqual([...WHOLE, ...ADD].map(([p]) => p).sort(), [...CRASH_POINTS].sort());
});

for (const [point, old] of WHOLE) {
  test(`a whole build killed at ${point}: the same build again gives the whole site`, async () => {
    const output = await killAndRerun(point, ['--input', 'dumps', '--part-articles', '5'], old);
    if (['state-committed', 'site-moved-aside'].includes(point)) assert.match(output, /^recovered: a build killed while its site was swapped in was complete/mu);
    else if (point !== 'articles-written') assert.match(output, /^recovered: removed the unfinished build .*site\.building/mu);
  });
}

for (const [point, old] of ADD) {
  test(`an added edition killed at ${point}: the same --add again gives the whole site`, async () => {
    const output = await killAndRerun(point, ['--add', ...w.dumps(NEWEST)], old);
    if (['add-state-committed', 'add-half-moved', 'add-manifest-moved'].includes(point)) assert.match(output, /^recovered: an added edition killed while moving in was complete/mu);
    else if (point !== 'add-articles-written') assert.match(output, /^recovered: removed the unfinished added edition/mu);
  });
}
