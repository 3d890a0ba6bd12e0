import { execSync } from 'node:child_process';
import * as pagefind from 'pagefind';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { articlePages } from '../src/search/index-builder.ts';
import { recordFromPage } from '../src/search/record.ts';
import { indexDocument, storedDoc, INDEX_LANGUAGE } from '../src/search/document.ts';
import { indexWords } from '../src/search/tokens.ts';
const mode = process.argv[2]!;
const site = '/tmp/b2k';
const recs = articlePages(site).map((p) => recordFromPage(readFileSync(join(site, p), 'utf8'), '/' + p.replace(/index\.html$/, ''))!);
const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
let peak = 0;
const poll = setInterval(() => {
  // sum rss of pagefind child processes
  const out = execSync("ps -eo rss,comm | grep -i pagefind | awk '{s+=$1} END {print s}'").toString();
  peak = Math.max(peak, Number(out) || 0);
}, 100);
for (const r of recs) {
  if (mode === 'html') await index!.addHTMLFile({ url: r.url, content: indexDocument(r) });
  else {
    const content = [r.title, r.kicker, r.subtitle, ...r.blocks.map((b) => b.text)].filter(Boolean).map((t) => indexWords(t as string).join(' ')).join(' ');
    await index!.addCustomRecord({ url: r.url, content, language: INDEX_LANGUAGE, meta: mode === 'custom-nometa' ? { title: r.title } : { title: r.title, doc: JSON.stringify(storedDoc(r)) }, filters: { section: [r.section ?? '版面未注明'], year: [r.date.slice(0, 4)], reporter: r.people }, sort: { date: r.date } });
  }
}
const t1 = performance.now();
await index!.writeFiles({ outputPath: mkdtempSync('/tmp/pfout-') });
clearInterval(poll);
console.log(mode, recs.length, 'add', ((t1 - t0) / 1000).toFixed(1), 's, total', ((performance.now() - t0) / 1000).toFixed(1), 's, peak pagefind RSS', (peak / 1024).toFixed(0), 'MB');
await pagefind.close();
