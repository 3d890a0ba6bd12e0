// npm run build -- [--input DIR...] [--out DIR] [--articles DIR] [--cache DIR] [--state FILE] [--part-articles N] [--strict] [--wait] [--serve]
// npm run build -- --add DUMP|DIR...
// Ingests the dumps (default raw/) into articles, renders the site with Eleventy and
// builds its search index (src/build/). The new site replaces the old one only when
// complete. With --add, the inputs are a new edition's dumps: only they are read, only
// the pages that change are rendered, and the search index gains a segment.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../src/build/build.ts';
import { failureReason } from '../src/build/failure.ts';
import { ARTICLES_PER_PART } from '../src/site/parts.ts';
import { serveSite } from '../src/site/serve.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: 'string', multiple: true },
    out: { type: 'string', default: '_site' },
    articles: { type: 'string', default: 'articles' },
    cache: { type: 'string', default: '.cache/ingest' },
    state: { type: 'string' },
    add: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    wait: { type: 'boolean', default: false },
    'part-articles': { type: 'string', default: String(ARTICLES_PER_PART) },
    serve: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'usage: npm run build -- [--input DIR...] [--out DIR] [--articles DIR] [--cache DIR] [--state FILE] [--part-articles N] [--strict] [--wait] [--serve]\n       npm run build -- --add DUMP|DIR... (a new edition, added to the last build)\n  --wait: wait for a build of the same site or articles instead of refusing',
  );
  process.exit(0);
}

const fail = (reason: string): never => {
  console.error(`build failed: ${reason}`);
  process.exit(1);
};

const inputs = [...(values.input ?? []), ...positionals];
if (values.add && inputs.length === 0) fail("--add: name the new edition's dumps (files or folders)");
const out = resolve(values.out);
// Eleventy's copy of the assets can reject a promise that nothing awaits (a disk filling
// mid-copy): it is what the build was writing, the staging folder, that failed, never
// the live site, and the next build removes that folder. Still one line, no stack.
process.on('unhandledRejection', (error) => fail(failureReason(error, `${out}.${values.add ? 'adding' : 'building'}`)));
try {
  await build(
    {
      inputs: inputs.length ? inputs : ['raw'],
      out,
      articles: resolve(values.articles),
      cache: resolve(values.cache),
      // The state lives beside the site it describes, as its staging folders do: SITE.state.json.
      state: resolve(values.state ?? `${out}.state.json`),
      add: values.add,
      strict: values.strict,
      wait: values.wait,
      partArticles: Number(values['part-articles']),
    },
    { info: console.log, warn: console.error },
  );
} catch (error) {
  // A broken article (its file and field named), a template that fails, a full disk: the old site stays.
  fail(failureReason(error));
}

if (values.serve) {
  const port = Number(process.env.PORT ?? 8080);
  await serveSite(out, port);
  console.log(`serving ${values.out}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
}
