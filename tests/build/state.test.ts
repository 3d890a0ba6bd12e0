// --add trusts the state beside the site only when it is whole, of the right shape and
// of the site's generation: otherwise the whole site is built again, and the build says
// why. A site swapped in beside an older state must not be added to from that state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUMPS, sameFiles, sameSite, workspace } from '../helpers/workspace.ts';

const NEWEST = '000_3e6a1c70df2901a1.txt';
const w = workspace('state-');
const at = (name: string) => join(w.cwd, name);
const older = w.dumps(...DUMPS.filter((f) => f !== NEWEST));
assert.equal(w.build('whole', ['--input', 'dumps']).status, 0);

test('a state of the wrong shape or cut short is named with its field, and the whole site is built again', async () => {
  assert.equal(w.build('site', ['--input', ...older]).status, 0);
  const state = readFileSync(at('site.state'), 'utf8');
  const wrong = state.replace(/"body":\{"start":\d+/u, '"body":{"start":"644"');
  writeFileSync(at('site.state'), wrong);
  const shaped = w.build('site', ['--add', ...w.dumps(NEWEST)]);
  assert.equal(shaped.status, 0, shaped.output);
  assert.match(shaped.stdout, /^add: the state is not used \(.*site\.state: field "entries\.0\.body\.start": .*expected number.*\): the whole site is built again$/mu);
  assert.doesNotMatch(shaped.output, /\n\s+at /u, 'no stack trace');
  await sameSite(at('site'), at('whole'));

  assert.equal(w.build('site', ['--input', ...older]).status, 0);
  writeFileSync(at('site.state'), readFileSync(at('site.state'), 'utf8').slice(0, 500));
  const cut = w.build('site', ['--add', ...w.dumps(NEWEST)]);
  assert.equal(cut.status, 0, cut.output);
  assert.match(cut.stdout, /^add: the state is not used \(.*site\.state: unreadable .*\): the whole site is built again$/mu);
  await sameSite(at('site'), at('whole'));
});

test('a site beside a state of another generation (a swap whose state was lost) is built whole again, and says so', async () => {
  assert.equal(w.build('other', ['--input', ...older]).status, 0);
  copyFileSync(at('other.state'), at('older.state'));
  // The newest edition added, and then its state lost: the site is a generation ahead of the state.
  assert.equal(w.build('other', ['--add', ...w.dumps(NEWEST)]).status, 0);
  copyFileSync(at('older.state'), at('other.state'));
  // A dump of a later day added from the older state would link its pages to a site it does not know.
  const again = w.build('other', ['--add', ...w.dumps(NEWEST)]);
  assert.equal(again.status, 0, again.output);
  assert.match(again.stdout, /^add: the site .*other is not the one its state describes \(built as generation [0-9a-f]{12}, the state's [0-9a-f]{12}\): the whole site is built again$/mu);
  await sameSite(at('other'), at('whole'));
  sameFiles(at('other-articles'), at('whole-articles'));
});
