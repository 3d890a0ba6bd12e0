// Builds the sample archive once per test file, or a site of other inputs, into a
// temporary folder, with the real build command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHtml, type Element } from './html.ts';

export const root = new URL('../../', import.meta.url).pathname;

export interface BuiltSite {
  dir: string;
  page(path: string): Element;
  file(path: string): string;
}

/** Builds a site of the given inputs with the real build command, into a temporary folder with its own (empty) parse cache. */
export function buildSite(inputs: string[]): BuiltSite {
  const work = mkdtempSync(join(tmpdir(), 'site-'));
  const dir = join(work, 'site');
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build.ts'), ...inputs.flatMap((i) => ['--input', i]), '--out', dir, '--articles', join(work, 'articles'), '--cache', join(work, 'cache')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'https://archive.example.org' },
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  const file = (path: string) => readFileSync(join(dir, decodeURI(path).replace(/\/$/u, '/index.html')), 'utf8');
  return { dir, file, page: (path: string) => parseHtml(file(path)) };
}

let built: BuiltSite | null = null;

export function sampleSite(): BuiltSite {
  built ??= buildSite(['raw']);
  return built;
}
