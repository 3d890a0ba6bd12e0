// The search page's script: src/search/ui.ts and the engine it shares with Node,
// bundled for the browser by esbuild when the site is built. The table of traditional
// characters, which the engine imports only when a query needs it, becomes a chunk of
// its own (assets/search-traditional-HASH.js), fetched then and not before: just the
// pairs of characters, not OpenCC's dictionary they are drawn from. The script itself
// holds the set of characters the table changes (traditional-chars.ts), to know when.
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import TRADITIONAL_PAIRS from './traditional.ts';
import TRADITIONAL_GAPS, { GAP_DIGITS } from './traditional-chars.ts';

const traditionalPairs: Plugin = {
  name: 'traditional-pairs',
  setup(b) {
    // esbuild reads the filter as a Go regular expression: no `u` flag.
    b.onLoad({ filter: /[\\/]search[\\/]traditional\.ts$/ }, () => ({ contents: `export default ${JSON.stringify(TRADITIONAL_PAIRS)};`, loader: 'js' }));
    // The characters the table changes, with the search script: the gaps, not the table they are drawn from.
    b.onLoad({ filter: /[\\/]search[\\/]traditional-chars\.ts$/ }, () => ({ contents: `export const GAP_DIGITS = ${JSON.stringify(GAP_DIGITS)}; export default ${JSON.stringify(TRADITIONAL_GAPS)};`, loader: 'js' }));
  },
};

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
    // Characters as themselves, not \u escapes: a module script is read as UTF-8, and the
    // table of traditional characters is a third of the size.
    charset: 'utf8',
    plugins: [traditionalPairs],
    logLevel: 'silent',
  });
}
