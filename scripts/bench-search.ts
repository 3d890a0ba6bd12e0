// npm run bench:search [-- --site DIR [--articles DIR]] [--json]
// Builds the sample archive (unless --site names a built one), draws a fixed, seeded set
// of queries from the articles' text, and runs them through the search page's query
// code. Ground truth is Ctrl+F over what each story shows (its headline lines, bylines
// and body, read off its article file by tests/helpers/story-text.ts, not by the search
// code), folded as search folds: case, width, white space, traditional characters.
// Date ranges (with a query and without) are held to the articles' own dates, and their
// counts by year, section and person to the same truth. Prints recall, precision and
// exact-set rate by kind of query, the index size and the bytes a cold query fetches, as
// the search page asks it (its results first, then its counts), for chosen queries and
// for every seeded one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIndex } from '../src/search/node-index.ts';
import { INDEX_DIR } from '../src/search/index-format.ts';
import { UNKNOWN_SECTION_LABEL } from '../src/article/labels.ts';
import { runSearch, type Filters } from '../src/search/engine.ts';
import { ctrlFFold, storyAt, toTraditional } from '../tests/helpers/story-text.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, articles: { type: 'string' }, json: { type: 'boolean', default: false } } });
const root = new URL('../', import.meta.url).pathname;

let site = values.site;
// The articles folder the site was built from: beside it, as the builds of `npm run bench` leave them.
let articles = values.articles ?? (site ? join(dirname(site), 'articles') : '');
if (!site) {
  const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
  site = join(work, 'site');
  articles = join(work, 'articles');
  const built = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build.ts'), '--input', join(root, 'raw'), '--out', site, '--articles', articles], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
}

interface Doc {
  path: string;
  blocks: string[];
  people: string[];
  date: string;
  section: string;
}
// The articles in the order the index numbers them: editions oldest first, as the
// export's index lists them, each in print order; their text from their own files. Read
// an edition at a time: a large archive's text does not fit in memory twice.
const exported = JSON.parse(readFileSync(join(site, 'data/index.json'), 'utf8')) as { editions: Array<{ data: string }> };
const editionDocs = (e: { data: string }): Doc[] => {
  const data = JSON.parse(readFileSync(join(site, new URL(e.data).pathname), 'utf8')) as { pages: Array<{ articles: Array<{ url: string; date: string; section: string | null; reporters: string[]; correspondents: string[]; photographers: string[] }> }> };
  return data.pages.flatMap((p) =>
    p.articles.map((a) => {
      const path = new URL(a.url).pathname;
      return { path, blocks: storyAt(articles, path).blocks, people: [...new Set([...a.reporters, ...a.correspondents, ...a.photographers])], date: a.date, section: a.section ?? UNKNOWN_SECTION_LABEL };
    }),
  );
};
// Queries are drawn from about 50 editions (all of a small archive), spread over the years.
const every = Math.max(1, Math.ceil(exported.editions.length / 50));
const docs: Doc[] = exported.editions.filter((_, i) => i % every === 0).flatMap(editionDocs);

// A seeded generator (mulberry32): the same queries on every run.
let seed = 20250531;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
const allText = docs.flatMap((d) => d.blocks);

const queries: Array<{ kind: string; q: string }> = [];
const add = (kind: string, q: string) => {
  if (q && !queries.some((x) => x.q === q)) queries.push({ kind, q });
};
for (let n = 1; n <= 8; n++) {
  const runs = allText.flatMap((b) => b.match(new RegExp(`\\p{Script=Han}{${n},}`, 'gu')) ?? []);
  for (let tries = 0, made = 0; made < 45 && tries < 5000; tries++) {
    const run = pick(runs);
    const start = Math.floor(random() * (run.length - n + 1));
    const before = queries.length;
    add(`han-${n}`, run.slice(start, start + n));
    made += queries.length - before;
  }
}
// Mixed Latin/digit strings: a stretch that crosses a run of letters or digits, cut anywhere in it.
const mixed = allText.flatMap((b) => [...b.matchAll(/[\p{Script=Han}]{0,3}[A-Za-z0-9.%~]+[\p{Script=Han}]{0,3}/gu)].map((m) => m[0]));
for (let tries = 0, made = 0; made < 80 && tries < 5000; tries++) {
  const s = pick(mixed);
  if (!/[\p{Script=Han}]/u.test(s) && random() < 0.5) continue;
  const a = Math.floor(random() * Math.max(1, s.length - 2));
  const b = Math.min(s.length, a + 2 + Math.floor(random() * 6));
  const q = s.slice(a, b);
  if (!/[A-Za-z0-9]/u.test(q)) continue;
  const before = queries.length;
  add('mixed', q);
  made += queries.length - before;
}
// Names: the people of the bylines and the photo credits; places and organisations as the text names them.
for (const name of new Set(docs.flatMap((d) => d.people))) if (queries.filter((x) => x.kind === 'byline').length < 140) add('byline', name);
const NAMED = /\p{Script=Han}{2,5}?(?:区|县|市|镇|街道|社区|园区|大学|学院|中学|小学|公司|集团|医院|中心|协会|工会|人社局|交易中心)/gu;
for (const m of new Set(allText.flatMap((b) => b.match(NAMED) ?? []))) if (queries.filter((x) => x.kind === 'name').length < 140) add('name', m);

// Traditional characters: the seeded queries written in the other script, with OpenCC's table.
for (const { q } of queries.slice()) {
  const traditional = toTraditional(q);
  if (traditional !== q && queries.filter((x) => x.kind === 'traditional').length < 200) add('traditional', traditional);
}

// Date ranges, by day, with a query and without (then within a section): days drawn
// around the editions' own, so that some ranges start or end on a day with no edition,
// some are open at one end, and a few run the wrong way round.
const days = [...new Set(docs.map((d) => d.date))];
const shifted = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const range = (): Filters => {
  const from = shifted(pick(days), -Math.floor(random() * 40));
  const to = shifted(from, Math.floor(random() * 400) - (random() < 0.05 ? 30 : 0));
  const open = random();
  return open < 0.1 ? { from } : open < 0.2 ? { to } : { from, to };
};
const texts = queries.filter((x) => ['han-1', 'han-2', 'han-3', 'name', 'byline'].includes(x.kind)).map((x) => x.q);
const ranged: Array<{ kind: string; q: string; filters: Filters }> = [];
for (let i = 0; i < 60; i++) ranged.push({ kind: 'date-range', q: pick(texts), filters: range() });
for (let i = 0; i < 40; i++) ranged.push({ kind: 'date-browse', q: '', filters: { ...range(), ...(i % 2 ? { section: pick(docs).section } : {}) } });

// Ctrl+F over every article, in one pass: the numbers of the articles holding each query.
// A ranged query's truth: the articles holding its text, of its days (and section), from
// the articles' own dates; its counts by year, section and person over the articles every
// other filter lets through, as the search page shows them.
const needles = queries.map(({ q }) => ctrlFFold(q));
const truth: number[][] = queries.map(() => []);
const rangedNeedles = ranged.map(({ q }) => ctrlFFold(q));
const rangedTruth = ranged.map(() => ({ docs: [] as number[], counts: { year: {} as Record<string, number>, section: {} as Record<string, number>, reporter: {} as Record<string, number> } }));
const inRange = (f: Filters, date: string) => (!f.from || date >= f.from) && (!f.to || date <= f.to);
const tally = (counts: Record<string, number>, value: string) => {
  counts[value] = (counts[value] ?? 0) + 1;
};
const years = new Set<string>();
const pathOf: string[] = [];
for (const e of exported.editions) {
  for (const d of editionDocs(e)) {
    const text = d.blocks.map(ctrlFFold).join('\n');
    needles.forEach((q, i) => {
      if (text.includes(q)) truth[i]?.push(pathOf.length);
    });
    years.add(d.date.slice(0, 4));
    ranged.forEach(({ filters: f }, i) => {
      if (!text.includes(rangedNeedles[i] as string)) return;
      const t = rangedTruth[i] as (typeof rangedTruth)[0];
      const inSection = !f.section || d.section === f.section;
      if (inSection) tally(t.counts.year, d.date.slice(0, 4));
      if (!inRange(f, d.date)) return;
      tally(t.counts.section, d.section);
      if (!inSection) return;
      t.docs.push(pathOf.length);
      for (const p of d.people) tally(t.counts.reporter, p);
    });
    pathOf.push(d.path);
  }
}
// Every year of the archive has its bar, empty or not.
for (const t of rangedTruth) for (const y of years) t.counts.year[y] ??= 0;

const { index } = await loadIndex(site);
type Row = { kind: string; recall: number; precision: number; exact: boolean };
const rows: Row[] = [];
const failures: string[] = [];
for (const [i, { kind, q }] of queries.entries()) {
  const expected = new Set(truth[i]);
  const response = await runSearch(index, q, { limit: 20 });
  const got = new Set(response.docs);
  const hitCount = [...got].filter((d) => expected.has(d)).length;
  const recall = expected.size ? hitCount / expected.size : got.size === 0 ? 1 : 0;
  const precision = got.size ? hitCount / got.size : expected.size === 0 ? 1 : 0;
  // The hits shown are the documents numbered, each holding the query.
  const shown = response.hits.every((h, k) => h.exact && h.url === pathOf[response.docs[k] as number]);
  const exact = recall === 1 && precision === 1 && shown;
  rows.push({ kind, recall, precision, exact });
  if (!exact) failures.push(`${kind} "${q}": expected ${expected.size}, got ${got.size}${shown ? '' : ', hits shown do not match'}`);
}

const sameCounts = (got: Record<string, number>, expected: Record<string, number>) => {
  const nonzero = (c: Record<string, number>) =>
    JSON.stringify(
      Object.entries(c)
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  return nonzero(got) === nonzero(expected);
};
for (const [i, { kind, q, filters }] of ranged.entries()) {
  const expected = rangedTruth[i] as (typeof rangedTruth)[0];
  const response = await runSearch(index, q, { filters, limit: 20, counts: true });
  const want = new Set(expected.docs);
  const got = new Set(response.docs);
  const hitCount = [...got].filter((d) => want.has(d)).length;
  const recall = want.size ? hitCount / want.size : got.size === 0 ? 1 : 0;
  const precision = got.size ? hitCount / got.size : want.size === 0 ? 1 : 0;
  const shown = response.hits.every((h, k) => (!q || h.exact) && h.url === pathOf[response.docs[k] as number]);
  const counts = response.counts;
  const counted = counts !== null && JSON.stringify(Object.keys(counts.year).sort()) === JSON.stringify([...years].sort()) && (['year', 'section', 'reporter'] as const).every((f) => sameCounts(counts[f], expected.counts[f]));
  const exact = recall === 1 && precision === 1 && shown && counted;
  rows.push({ kind, recall, precision, exact });
  if (!exact) failures.push(`${kind} "${q}" ${JSON.stringify(filters)}: expected ${want.size}, got ${got.size}${shown ? '' : ', hits shown do not match'}${counted ? '' : ', counts differ'}`);
}

const kinds = [...new Set(rows.map((r) => r.kind))];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const table = kinds.map((kind) => {
  const rs = rows.filter((r) => r.kind === kind);
  return { kind, queries: rs.length, recall: mean(rs.map((r) => r.recall)), precision: mean(rs.map((r) => r.precision)), exactSet: rs.filter((r) => r.exact).length / rs.length };
});

const sizeOf = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? sizeOf(p) : statSync(p).size);
  }, 0);
const indexBytes = sizeOf(join(site, INDEX_DIR));

// Each query cold as the search page asks it: the first page of results, then the counts (the timeline and the menus).
const cold: Record<string, number> = {};
const coldCounted: Record<string, number> = {};
const lastDay = pathOf.at(-1)?.slice(1, 11).replaceAll('/', '-') ?? '';
const coldQueries: Array<[string, string, Filters]> = [
  ['1 char', '洲', {}],
  ['2 chars', '就业', {}],
  ['3 chars', '芦淞区', {}],
  ['4 chars', '株洲日报', {}],
  ['6 chars', '开展专项行动', {}],
  ['8 chars', '全市新增就业12万', {}],
  ['8 chars, generated', '围绕就业创业召开', {}],
  ['a name', '何春林', {}],
  ['4 traditional chars', '株洲日報', {}],
  ['2 chars, last year', '就业', { year: lastDay.slice(0, 4) }],
  ['2 chars, last 31 days', '就业', { from: shifted(lastDay, -30), to: lastDay }],
  ['no query, last 31 days', '', { from: shifted(lastDay, -30), to: lastDay }],
];
const asThePageAsks = async (q: string, filters: Filters) => {
  const fresh = await loadIndex(site as string);
  await runSearch(fresh.index, q, { limit: 10, filters, preview: true });
  const shown = fresh.bytes();
  await runSearch(fresh.index, q, { limit: 0, filters, counts: true });
  return [shown, fresh.bytes()] as const;
};
for (const [label, q, filters] of coldQueries) [cold[label], coldCounted[label]] = await asThePageAsks(q, filters);
// Every seeded query of each kind, cold: the most and the median any one fetches to show its results.
const coldByKind: Record<string, { median: number; max: number; worst: string }> = {};
for (const kind of [...new Set(queries.map((x) => x.kind))]) {
  const costs: Array<[number, string]> = [];
  for (const { q } of queries.filter((x) => x.kind === kind)) costs.push([(await asThePageAsks(q, {}))[0], q]);
  costs.sort((a, b) => a[0] - b[0]);
  const [max, worst] = costs.at(-1) as [number, string];
  coldByKind[kind] = { median: (costs[Math.floor(costs.length / 2)] as [number, string])[0], max, worst };
}

const result = { articles: pathOf.length, queries: rows.length, table, indexBytes, coldQueryBytes: cold, coldQueryBytesCounted: coldCounted, coldByKind, failures };
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`search bench: ${pathOf.length} articles, ${rows.length} queries (seeded), Ctrl+F ground truth\n`);
  console.log('| kind | queries | recall | precision | exact set |');
  console.log('|---|---|---|---|---|');
  for (const t of table) console.log(`| ${t.kind} | ${t.queries} | ${t.recall.toFixed(3)} | ${t.precision.toFixed(3)} | ${(100 * t.exactSet).toFixed(1)}% |`);
  const total = { recall: mean(rows.map((r) => r.recall)), precision: mean(rows.map((r) => r.precision)), exact: rows.filter((r) => r.exact).length / rows.length };
  console.log(`| all | ${rows.length} | ${total.recall.toFixed(3)} | ${total.precision.toFixed(3)} | ${(100 * total.exact).toFixed(1)}% |`);
  console.log(`\nindex: ${(indexBytes / 1024).toFixed(1)} KiB (stored articles included)`);
  console.log(
    `cold query, bytes fetched to show the results (the search script, manifest, buckets, term files, first 10 articles): ${Object.entries(cold)
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KiB`)
      .join(', ')}`,
  );
  console.log(
    `and then the counts the search page shows (timeline, menus): ${Object.entries(coldCounted)
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KiB`)
      .join(', ')}`,
  );
  console.log(
    `every seeded query cold, to its results, median and most (the costliest): ${Object.entries(coldByKind)
      .map(([k, v]) => `${k} ${(v.median / 1024).toFixed(0)}/${(v.max / 1024).toFixed(0)} KiB (${v.worst})`)
      .join(', ')}`,
  );
  for (const f of failures.slice(0, 20)) console.log(`  not exact: ${f}`);
}
process.exitCode = failures.length ? 1 : 0;
