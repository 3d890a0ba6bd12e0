// The search page's script: src/search/ui.ts and the engine it shares with Node,
// bundled for the browser by esbuild when the site is built. The table of traditional
// characters, which the engine imports only when a query needs it, becomes a chunk of
// its own (assets/search-traditional-HASH.js), fetched then and not before.
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleSearchScript(siteDir: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'ui.ts')],
    outdir: join(siteDir, 'assets'),
    entryNames: 'search',
    chunkNames: 'search-[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
}
