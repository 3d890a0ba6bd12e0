// Pagefind's browser bundle, run in Node over a built site: the bench, the tests and
// `npm run search` use the very query code the search page runs. Files are read from
// disk by a stand-in for fetch that counts the bytes a browser would download.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from './engine.ts';
import { INDEX_LANGUAGE } from './document.ts';

export interface LoadedPagefind {
  pf: PagefindApi & { init(): Promise<void> };
  /** Bytes fetched by this instance so far. */
  bytes(): number;
}

let loads = 0;
const workDir = mkdtempSync(join(tmpdir(), 'pagefind-node-'));

/** A fresh Pagefind instance over `siteDir`: nothing cached, as in a new browser tab. */
export async function loadPagefind(siteDir: string): Promise<LoadedPagefind> {
  let fetched = 0;
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.fetch = async (input: string | URL) => {
    const path = String(input).replace(/^[a-z]+:\/\/[^/]+/iu, '').split('?')[0] as string;
    const bytes = readFileSync(join(siteDir, decodeURIComponent(path)));
    fetched += bytes.length;
    return new Response(bytes);
  };
  // The bundle asks the page's language, and uses no web worker where there is no window.
  globals.document ??= { currentScript: null, querySelector: () => ({ getAttribute: () => INDEX_LANGUAGE }) };
  const copy = join(workDir, `pagefind-${++loads}.mjs`);
  copyFileSync(join(siteDir, 'pagefind', 'pagefind.js'), copy);
  fetched += readFileSync(copy).length;
  const pf = (await import(pathToFileURL(copy).href)) as LoadedPagefind['pf'] & { options(o: object): Promise<void> };
  await pf.options({ basePath: '/pagefind/' });
  await pf.init();
  return { pf, bytes: () => fetched };
}
