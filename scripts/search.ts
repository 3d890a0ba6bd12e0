// npm run --silent search -- [--site DIR] [--json] [--counts] [--section S] [--year Y] [--reporter R] [--from DAY] [--to DAY] [--sort relevance|newest|oldest] (QUERY | --queries FILE)
// Searches a built site with the search page's own query code, in Node.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadIndex } from '../src/search/node-index.ts';
import { runSearch, type SearchResponse, type SortOrder } from '../src/search/engine.ts';
import { segmentsText } from '../src/search/excerpt.ts';
import { UNKNOWN_SECTION_LABEL } from '../src/article/labels.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: 'string', default: '_site' },
    json: { type: 'boolean', default: false },
    queries: { type: 'string' },
    section: { type: 'string' },
    year: { type: 'string' },
    reporter: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    counts: { type: 'boolean', default: false },
    sort: { type: 'string', default: 'relevance' },
  },
});
if (!['relevance', 'newest', 'oldest'].includes(values.sort as string)) {
  console.error(`--sort: expected relevance, newest or oldest, found "${values.sort}"`);
  process.exit(2);
}
const queries = values.queries
  ? readFileSync(values.queries, 'utf8')
      .split(/\r?\n/u)
      .filter((q) => q.trim())
  : [positionals.join(' ')];
const { index } = await loadIndex(values.site as string);
const options = {
  filters: { section: values.section, year: values.year, reporter: values.reporter, from: values.from, to: values.to },
  sort: values.sort as SortOrder,
  limit: Number.MAX_SAFE_INTEGER,
  counts: values.counts,
};

const shape = (r: SearchResponse) => ({
  query: r.query,
  total: r.total,
  ...(r.message ? { message: r.message } : {}),
  // The pages of the person or section the query names exactly.
  ...(r.pages.length ? { pages: r.pages } : {}),
  // The matches by year (or month), section and person, with --counts.
  ...(r.counts ? { counts: r.counts } : {}),
  results: r.hits.map((h) => ({ url: h.url, title: segmentsText(h.title), date: h.date, section: h.section, excerpt: segmentsText(h.excerpt) })),
});
for (const query of queries) {
  const response = shape(await runSearch(index, query, options));
  if (values.json) console.log(JSON.stringify(response));
  else {
    console.log(`${query}: ${response.message ?? `${response.total} result(s)`}`);
    for (const p of response.pages ?? []) console.log(`  ${p.role} ${p.name} · ${p.count}: ${p.url}`);
    if (response.counts) console.log(`  ${response.counts.timeline.map(([when, n]) => `${when}: ${n}`).join(', ')}`);
    for (const r of response.results) console.log(`  ${r.date} ${r.section ?? UNKNOWN_SECTION_LABEL} ${r.title} ${r.url}\n    ${r.excerpt}`);
  }
}
