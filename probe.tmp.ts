import { readFileSync } from 'node:fs';
import { ingestText } from './src/ingest/ingest.ts';
import { goldProblems } from './tests/helpers/gold.ts';
for (const name of process.argv.slice(2)) {
  const f = `tests/fixtures/structures/${name}`;
  const gold = JSON.parse(readFileSync(f.replace(/\.txt$/, '.gold.json'), 'utf8'));
  const { articles, messages } = ingestText(readFileSync(f, 'utf8'), name, { date: gold.dateRange[0], page: null, section: null, line: 1 });
  console.log('==', name, articles.length, 'vs', gold.articles.length, goldProblems(gold, articles));
  if (process.env.V) for (const a of articles) { console.log(' #', a.kicker, '|', a.title, '|', a.subtitle, a.reporters, a.correspondents, a.photographers, a.section, a.editor); for (const b of a.blocks) console.log('    ', b.type, b.box ?? '', b.label ?? '', b.text.slice(0, 40)); }
  if (process.env.M) for (const m of messages) console.log('  msg', m.rule, m.line, m.text.slice(0,80));
}
