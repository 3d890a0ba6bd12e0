// npm run bench [-- --articles N[,N...]] [--editions K] [--json]
// Builds synthetic archives of the given sizes (default 20k, 55k, 110k, 220k) with the
// real build command and reports wall time, CPU time, peak memory of the whole build
// (all processes), output size, what a cold 2-character query fetches and, in Chromium,
// what a reader's first search of each length fetches (a table of sizes); then adds K
// new editions of about 60 stories one after another (build --add) and reports each.
// Results are appended to bench/results.jsonl with the machine's load.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIndex } from '../src/search/node-index.ts';
import { runSearch } from '../src/search/engine.ts';
import { serveSite } from '../src/site/serve.ts';
import { CHROMIUM, launchBrowser } from './chromium.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000,55000,110000,220000' },
    json: { type: 'boolean', default: false },
    work: { type: 'string', default: '.bench' },
    editions: { type: 'string', default: '3' },
  },
});
const root = new URL('../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

/** A process and all its descendants: RSS in bytes, and each one's CPU seconds so far, read from /proc. */
function sampleTree(pid: number, cpu: Map<number, number>): number {
  let rss = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    try {
      rss += Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      cpu.set(p, Math.max(cpu.get(p) ?? 0, (Number(fields[11]) + Number(fields[12])) / 100)); // utime + stime, in USER_HZ
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/u).map(Number));
      }
    } catch {
      /* the process ended meanwhile */
    }
  }
  return rss;
}

interface Measure {
  stdout: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  status: number;
  stderr: string;
  stages: Record<string, number>;
}

function measure(args: string[]): Promise<Measure> {
  return new Promise((done) => {
    const cpu = new Map<number, number>();
    const started = performance.now();
    // The build as an archivist runs it, with the flags package.json gives it.
    const child = spawn('npm', ['run', '--silent', 'build', '--', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, sampleTree(child.pid as number, cpu));
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      // The build reports each stage as `name: … (N s)`.
      const stages = Object.fromEntries([...stdout.matchAll(/^(\w+): .*\(([\d.]+) s\)$/gmu)].map((m) => [`${m[1]}Seconds`, Number(m[2])]));
      done({ stdout, wallSeconds: (performance.now() - started) / 1000, cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0), peakRssMB: peak / 1048576, status: code ?? 1, stderr, stages });
    });
  });
}

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return n + (s.isFile() ? s.size : 0);
  }, 0);

/** Strings the generator's text holds, common ones, of each length a reader types: a name, a place, a body, a phrase; mixed digits; traditional characters. */
const COLD_QUERIES: Array<[string, string]> = [
  ['1 char', '株'],
  ['2 chars', '就业'],
  ['3 chars', '芦淞区'],
  ['4 chars', '就业创业'],
  ['6 chars', '开展专项行动'],
  ['8 chars', '围绕就业创业召开'],
  ['mixed', '服务12'],
  ['4 chars traditional', '就業創業'],
];

/**
 * A reader's first search on the archive in Chromium, from the local server, with an
 * empty cache: from opening /search/?q=… to the results shown, and every byte fetched
 * until then (the page, its stylesheet and script, the index files, the articles shown);
 * then to the counts shown (the timeline and the menus, fetched after the results), and
 * every byte fetched until then.
 */
async function coldSearchInChromium(site: string): Promise<Record<string, { bytes: number; ms: number; countedBytes: number; countedMs: number }>> {
  const server = await serveSite(site, 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchBrowser();
  const out: Record<string, { bytes: number; ms: number; countedBytes: number; countedMs: number }> = {};
  try {
    for (const [label, q] of COLD_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      const bodies: Array<Promise<void>> = [];
      page.on('response', (r) => {
        bodies.push(
          r.body().then(
            (b) => {
              bytes += b.length;
            },
            () => undefined,
          ),
        );
      });
      const started = performance.now();
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /共找到|没有找到/u.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
      const ms = performance.now() - started;
      await Promise.all(bodies);
      const shown = bytes;
      await page.waitForFunction(() => document.querySelector('#search-timeline')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 120_000 });
      const countedMs = performance.now() - started;
      await Promise.all(bodies);
      out[label] = { bytes: shown, ms: Math.round(ms), countedBytes: bytes, countedMs: Math.round(countedMs) };
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

type Cold = Record<string, { bytes: number; ms: number; countedBytes?: number; countedMs?: number }>;

/**
 * The cold-query table: each length at each archive size, from the newest run of each
 * size in bench/results.jsonl that measured these queries, and the growth from 5,000 to
 * 20,000 articles.
 */
function coldTable(): string {
  const latest = new Map<number, { cold: Cold; date: string }>();
  for (const line of readFileSync(join(root, 'bench', 'results.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)) {
    const row = JSON.parse(line) as { articles: number; date: string; coldQueryChromium?: Cold };
    if (row.coldQueryChromium?.['6 chars']) latest.set(row.articles, { cold: row.coldQueryChromium, date: row.date });
  }
  const sizes = [...latest.keys()].sort((a, b) => a - b);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const lines = [`| query | ${sizes.map((n) => `${n.toLocaleString('en')}: results (counts)`).join(' | ')} | 5k→20k |`, `|---|${sizes.map(() => '---|').join('')}---|`];
  for (const [label, q] of COLD_QUERIES) {
    const cells = sizes.map((n) => {
      const c = latest.get(n)?.cold[label];
      return c ? `${kib(c.bytes)} in ${c.ms} ms (${c.countedBytes === undefined ? '–' : `${kib(c.countedBytes)} in ${c.countedMs} ms`})` : '–';
    });
    const [small, large] = [latest.get(5000)?.cold[label]?.bytes, latest.get(20000)?.cold[label]?.bytes];
    lines.push(`| ${label} \`${q}\` | ${cells.join(' | ')} | ${small && large ? (large / small).toFixed(2) : '–'} |`);
  }
  return `${lines.join('\n')}\n(${sizes.map((n) => `${n}: ${latest.get(n)?.date}`).join(', ')})`;
}

/**
 * `count` new editions, one a day after the newest, each generated (about 60 stories, a
 * seed of its own) and added to the built site with `build --add`, as an archivist would
 * each morning. Each one checked: its stories are found by the search.
 */
async function addEditions(work: string, count: number) {
  const results: Array<{ date: string; articles: number; wallSeconds: number; peakRssMB: number; pages: number; segments: number }> = [];
  for (let k = 0; k < count; k++) {
    const editions = (JSON.parse(readFileSync(join(work, 'site', 'data', 'index.json'), 'utf8')) as { editions: Array<{ date: string }> }).editions;
    const next = new Date(Date.parse(`${editions.at(-1)?.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const dumps = join(work, 'added', next);
    rmSync(dumps, { recursive: true, force: true });
    const g = spawnSync(tsx, [join(root, 'scripts/generate-archive.ts'), '--articles', '60', '--from', next, '--seed', String(7000 + k), '--out', dumps], { cwd: root, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(g.stderr);
    const m = await measure(['--add', dumps, '--out', join(work, 'site'), '--articles', join(work, 'articles'), '--cache', join(work, 'cache'), '--state', join(work, 'state.json')]);
    if (m.status !== 0) throw new Error(`adding ${next} failed: ${m.stderr.slice(-2000)}`);
    const pages = Number(/(\d+) page\(s\) rendered/u.exec(m.stdout)?.[1] ?? NaN);
    const segments = Number(/(\d+) segment\(s\)/u.exec(m.stdout)?.[1] ?? NaN);
    const edition = JSON.parse(readFileSync(join(work, 'site', 'data', `${next.replaceAll('-', '/')}.json`), 'utf8')) as { pages: Array<{ articles: Array<{ title: string; url: string }> }> };
    const stories = edition.pages.flatMap((p) => p.articles);
    const index = (await loadIndex(join(work, 'site'))).index;
    for (const story of [stories[0], stories.at(-1)]) {
      const found = await runSearch(index, `"${story?.title ?? ''}"`, { limit: 1000 });
      if (!found.hits.some((h) => story?.url.endsWith(h.url))) throw new Error(`adding ${next}: "${story?.title}" is not found by the search`);
    }
    results.push({ date: next, articles: stories.length, wallSeconds: +m.wallSeconds.toFixed(1), peakRssMB: Math.round(m.peakRssMB), pages, segments });
  }
  return results;
}

const rows: Array<Record<string, number | string | object>> = [];
for (const n of values.articles.split(',').map(Number)) {
  const work = join(root, values.work, String(n));
  const input = join(work, 'dumps');
  if (!existsSync(input)) {
    const g = spawnSync(tsx, [join(root, 'scripts/generate-archive.ts'), '--articles', String(n), '--out', input], { cwd: root, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(g.stderr);
  }
  rmSync(join(work, 'site'), { recursive: true, force: true });
  rmSync(join(work, 'articles'), { recursive: true, force: true });
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  rmSync(join(work, 'added'), { recursive: true, force: true });
  const load = loadavg()[0] as number;
  // A cold build: its own parse cache, emptied above.
  const build = await measure(['--input', input, '--out', join(work, 'site'), '--articles', join(work, 'articles'), '--cache', join(work, 'cache'), '--state', join(work, 'state.json')]);
  if (build.status !== 0) throw new Error(`build of ${n} failed: ${build.stderr.slice(-2000)}`);
  const fresh = await loadIndex(join(work, 'site'));
  const t0 = performance.now();
  await runSearch(fresh.index, '就业', { limit: 10 });
  const coldMs = performance.now() - t0;
  const browser = existsSync(CHROMIUM) ? await coldSearchInChromium(join(work, 'site')) : null;
  const added = await addEditions(work, Number(values.editions));
  const afterAdding = await loadIndex(join(work, 'site'));
  await runSearch(afterAdding.index, '就业', { limit: 10 });
  const row: Record<string, number | string | object> = {
    articles: n,
    wallSeconds: +build.wallSeconds.toFixed(1),
    cpuSeconds: +build.cpuSeconds.toFixed(1),
    peakRssMB: Math.round(build.peakRssMB),
    outputMB: Math.round(sizeOf(join(work, 'site')) / 1048576),
    coldQueryBytes: fresh.bytes(),
    coldQueryNodeMs: Math.round(coldMs),
    ...(browser ? { coldQueryChromium: browser } : {}),
    ...build.stages,
    addedEditions: added,
    addMaxSeconds: Math.max(0, ...added.map((a) => a.wallSeconds)),
    addPeakRssMB: Math.max(0, ...added.map((a) => a.peakRssMB)),
    coldQueryBytesAfterAdding: afterAdding.bytes(),
    msPerArticle: +((1000 * build.wallSeconds) / n).toFixed(2),
    kbRssPerArticle: +((1024 * build.peakRssMB) / n).toFixed(1),
    loadBefore: +load.toFixed(2),
    cores: cpus().length,
    date: new Date().toISOString(),
  };
  rows.push(row);
  mkdirSync(join(root, 'bench'), { recursive: true });
  appendFileSync(join(root, 'bench', 'results.jsonl'), `${JSON.stringify(row)}\n`);
  if (!values.json) {
    console.log(`${n} articles: ${row.wallSeconds} s wall, ${row.cpuSeconds} s CPU, ${row.peakRssMB} MB peak, ${row.outputMB} MB out, cold 2-char query ${(Number(row.coldQueryBytes) / 1024).toFixed(0)} KiB`);
    for (const a of added) console.log(`  + edition ${a.date} (${a.articles} articles): ${a.wallSeconds} s wall, ${a.peakRssMB} MB peak, ${a.pages} pages rendered, ${a.segments} search segments`);
    if (browser)
      console.log(
        `  cold search in Chromium: ${Object.entries(browser)
          .map(([k, v]) => `${k} ${(v.bytes / 1024).toFixed(0)} KiB in ${v.ms} ms (counts: ${(v.countedBytes / 1024).toFixed(0)} KiB in ${v.countedMs} ms)`)
          .join(', ')}`,
      );
  }
}
if (values.json) console.log(JSON.stringify(rows.length === 1 ? rows[0] : rows));
else {
  console.log(`\nA reader's first search in Chromium, bytes fetched and time to the results shown (and to the counts shown):\n${coldTable()}`);
  console.log('\n| articles | wall | CPU | peak RSS | output | cold 2-char query | ms/article | KiB RSS/article | load before |\n|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.articles} | ${r.wallSeconds} s | ${r.cpuSeconds} s | ${r.peakRssMB} MB | ${r.outputMB} MB | ${(Number(r.coldQueryBytes) / 1024).toFixed(0)} KiB | ${r.msPerArticle} | ${r.kbRssPerArticle} | ${r.loadBefore} |`);
}
