// npm run bench:ingest [-- --json]
// Ingest time and memory against input size: dumps of 5 to 50 MB made of the sample
// pages. The time per megabyte staying flat shows the parser is linear in its input.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingestText } from '../src/ingest/dated-articles.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const root = new URL('../', import.meta.url).pathname;
const pages = ['000_3e6a1c70df2901a1.txt', '001_e21c4ea54b265bd1.txt', '003_602c9e4464aa0004.txt'].map((f) => readFileSync(`${root}raw/${f}`, 'utf8'));
const rows: Array<{ megabytes: number; articles: number; seconds: number; msPerMB: number; rssMB: number }> = [];
for (const megabytes of [5, 10, 25, 50]) {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < megabytes * 1048576; i++) {
    const page = pages[i % pages.length] as string;
    parts.push(page);
    size += Buffer.byteLength(page);
  }
  const text = parts.join('\n\n');
  const started = performance.now();
  const { articles } = ingestText(text, '2025-05-31.txt');
  const ms = performance.now() - started;
  rows.push({ megabytes, articles: articles.length, seconds: ms / 1000, msPerMB: ms / megabytes, rssMB: process.memoryUsage().rss / 1048576 });
}
if (values.json) console.log(JSON.stringify(rows));
else {
  console.log('| dump | articles | time | per MB | RSS |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.megabytes} MB | ${r.articles} | ${r.seconds.toFixed(2)} s | ${r.msPerMB.toFixed(0)} ms | ${r.rssMB.toFixed(0)} MB |`);
}
