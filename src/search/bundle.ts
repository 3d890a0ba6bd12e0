// The search page's script: src/search/ui.ts and the engine it shares with Node,
// bundled for the browser by esbuild when the site is built.
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleSearchScript(siteDir: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'ui.ts')],
    outfile: join(siteDir, 'assets', 'search.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
}
