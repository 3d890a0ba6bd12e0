// Work folders for tests that run the real build command: the sample dumps copied in,
// the command run there (to the end, or started and awaited) with its own site,
// articles and state, and the comparison of two sites file by file.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndex } from '../../src/search/node-index.ts';
import { runSearch } from '../../src/search/engine.ts';

export const root = new URL('../../', import.meta.url).pathname;
export const DUMPS = readdirSync(join(root, 'raw')).sort();
const tsx = join(root, 'node_modules/.bin/tsx');

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** A work folder with the sample dumps, and the build command run there with its own site, articles and state. */
export function workspace(prefix = 'add-') {
  const cwd = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(cwd, 'dumps'));
  for (const f of DUMPS) copyFileSync(join(root, 'raw', f), join(cwd, 'dumps', f));
  const argv = (name: string, args: string[]) => [join(root, 'scripts/build.ts'), '--out', join(cwd, name), '--articles', join(cwd, `${name}-articles`), '--state', join(cwd, `${name}.state`), ...args];
  const env = (extra: Record<string, string>) => ({ ...process.env, CI: 'true', ...extra });
  const build = (name: string, args: string[], extra: Record<string, string> = {}): Run => {
    const run = spawnSync(tsx, argv(name, args), { cwd, encoding: 'utf8', env: env(extra) });
    return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, output: run.stdout + run.stderr };
  };
  /** The build started, not awaited: for two at once. */
  const start = (name: string, args: string[], extra: Record<string, string> = {}): Promise<Run> =>
    new Promise((resolve) => {
      const child = spawn(tsx, argv(name, args), { cwd, env: env(extra) });
      let [stdout, stderr] = ['', ''];
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, output: stdout + stderr }));
    });
  const dumps = (...names: string[]) => names.map((n) => join('dumps', n));
  return { cwd, build, start, dumps };
}

/** Every file under `dir`, by its path there, but the search index's segments (laid out by how the index grew). */
export function files(dir: string): Map<string, Buffer> {
  const found = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile() && !/^search-index\/(s\d|manifest)/u.test(f));
  return new Map(found.sort().map((f) => [f, readFileSync(join(dir, f))]));
}

export async function sameSearch(a: string, b: string) {
  const [x, y] = [(await loadIndex(a)).index, (await loadIndex(b)).index];
  assert.deepEqual(x.filters(), y.filters());
  for (const q of ['株洲', '职业', '何春林', '就业 创业', '"职业教育"', '日报', '学']) {
    for (const options of [{ limit: 30 }, { limit: 30, sort: 'newest' as const }, { limit: 30, filters: { year: '2026' } }, { limit: 30, filters: { section: '职教·观察' } }]) {
      assert.deepEqual(await runSearch(x, q, options), await runSearch(y, q, options), `${q} ${JSON.stringify(options)}`);
    }
  }
}

/** The folder `dir` holds every file `expected` holds, byte for byte, and no other; the searches agree. */
export function sameFiles(dir: string, expected: string) {
  const [got, want] = [files(dir), files(expected)];
  assert.deepEqual([...got.keys()], [...want.keys()], `${dir} holds the files of ${expected}`);
  for (const [f, bytes] of want) assert.ok(bytes.equals(got.get(f) as Buffer), `${dir}/${f} differs`);
}

/** The search index holds the segments and the table of names its manifest names and no other (its documents and manifest beside them). */
export function tidyIndex(site: string) {
  const manifest = JSON.parse(readFileSync(join(site, 'search-index/manifest.json'), 'utf8')) as { segments: Array<{ dir: string }>; names: { dir: string } };
  assert.deepEqual(readdirSync(join(site, 'search-index')).sort(), ['doc', 'manifest.json', manifest.names.dir, ...manifest.segments.map((s) => s.dir)].sort());
}

export async function sameSite(site: string, expected: string) {
  sameFiles(site, expected);
  tidyIndex(site);
  await sameSearch(site, expected);
}
