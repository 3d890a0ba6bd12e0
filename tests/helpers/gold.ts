// Checks parsed articles against a gold file: what a careful reader of the page sees.
// Text is compared with white space and punctuation removed, as the gold files ask.
import { readdirSync, readFileSync } from 'node:fs';
import type { Article, BoxKind } from '../../src/ingest/types.ts';

/** A box inside a story: its kind, the opening words of its text, and its label as printed where the gold names one. */
export interface GoldBox {
  box: BoxKind;
  text: string;
  label?: string;
}

export interface GoldArticle {
  headline: string[];
  title: string;
  section?: string | null;
  editor?: string;
  reporters: string[];
  correspondents: string[];
  bodyStart: string;
  bodyEnd: string;
  subheads?: string[];
  joins?: string[];
  captions?: string[];
  extras?: string[];
  bylineOptional?: boolean;
  acceptMergedIntoNext?: boolean;
  // Checked when present: the photo credits' names, the boxes the story holds (in order),
  // the kicker and subtitle (null: none printed), and the jump lines' pages (null: none
  // left, as after the two halves are joined).
  photographers?: string[];
  boxes?: GoldBox[];
  kicker?: string | null;
  subtitle?: string | null;
  continuedOn?: string | null;
  continuedFrom?: string | null;
}

export interface Gold {
  file: string;
  format: 'raw-page-dump' | 'jekyll-post';
  dateRange: [string, string];
  articles: GoldArticle[];
  notInBody?: string[];
  fileCaptions?: string[];
  /** Furniture and jump lines: in no article's headline or blocks. */
  notInArticles?: string[];
}

export const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
const body = (a: Article) => norm(a.blocks.map((b) => b.text).join(''));
const headline = (a: { kicker: string | null; title: string; subtitle: string | null }) => norm([a.kicker, a.title, a.subtitle].filter(Boolean).join(''));
const sameSet = (a: string[], b: string[]) => {
  const A = new Set(a.map(norm));
  const B = new Set(b.map(norm));
  return A.size === B.size && [...A].every((x) => B.has(x));
};
export const allStrings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(allStrings) : v && typeof v === 'object' ? Object.values(v).flatMap(allStrings) : []);

/** The gold's boxes, in order, each opened by its words in a box block of its kind; a box's words left in a paragraph are a problem too. */
function boxProblems(label: string, boxes: GoldBox[], article: Article): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const g of boxes) {
    const at = article.blocks.findIndex((b, i) => i >= from && b.type === 'box' && b.box === g.box && norm(b.text).includes(norm(g.text)));
    if (at < 0) {
      const found = article.blocks.find((b) => norm(b.text).includes(norm(g.text)));
      problems.push(`${label}: box ${g.box} "${g.text}" ${found ? `is a ${found.type}${found.box ? ` (${found.box})` : ''}` : 'not in the story'}`);
      continue;
    }
    let first = at;
    // A box's blocks follow its first, the one that carries the label; a label opens the next box.
    while (first > 0 && !article.blocks[first]?.label && article.blocks[first - 1]?.type === 'box' && article.blocks[first - 1]?.box === g.box) first--;
    if (g.label && norm(article.blocks[first]?.label) !== norm(g.label)) problems.push(`${label}: box ${g.box} labelled "${article.blocks[first]?.label ?? ''}", expected "${g.label}"`);
    from = at + 1;
  }
  return problems;
}

/** Every problem found, as sentences; an empty list means the parse matches the gold. */
export function goldProblems(gold: Gold, parsed: Article[]): string[] {
  const problems: string[] = [];
  const starts = gold.articles.map((g) => norm(g.bodyStart));
  const sections = new Set(
    gold.articles
      .map((g) => g.section)
      .filter(Boolean)
      .map(norm),
  );
  gold.articles.forEach((g, i) => {
    const label = `#${i + 1} ${g.title}`;
    const article = parsed.find((a) => body(a).includes(starts[i] as string) && headline(a) === norm(g.headline.join('')));
    if (!article && g.acceptMergedIntoNext) {
      if (parsed.some((a) => body(a).includes(starts[i] as string) && body(a).includes(starts[i + 1] ?? '\u0000'))) return;
    }
    if (!article) {
      const near = parsed.find((a) => body(a).includes(starts[i] as string));
      problems.push(near ? `${label}: headline "${[near.kicker, near.title, near.subtitle].filter(Boolean).join(' | ')}"` : `${label}: no article holds its opening words`);
      return;
    }
    const text = body(article);
    if (!text.includes(norm(g.bodyEnd))) problems.push(`${label}: closing words "${g.bodyEnd}" missing`);
    starts.forEach((s, j) => {
      if (j !== i && text.includes(s)) problems.push(`${label}: also holds article ${j + 1}'s opening`);
    });
    if (!g.bylineOptional) {
      if (!sameSet(article.reporters, g.reporters)) problems.push(`${label}: reporters ${JSON.stringify(article.reporters)}`);
      if (!sameSet(article.correspondents, g.correspondents)) problems.push(`${label}: correspondents ${JSON.stringify(article.correspondents)}`);
    }
    if ('section' in g) {
      if (g.section && norm(article.section) !== norm(g.section)) problems.push(`${label}: section "${article.section}"`);
      if (!g.section && article.section && sections.has(norm(article.section))) problems.push(`${label}: section "${article.section}" borrowed from a later page`);
    }
    if (g.editor && norm(article.editor) !== norm(g.editor)) problems.push(`${label}: editor "${article.editor}"`);
    for (const s of g.subheads ?? []) if (!article.blocks.some((b) => b.type === 'subhead' && norm(b.text) === norm(s))) problems.push(`${label}: subhead "${s}" not a subhead`);
    for (const j of g.joins ?? []) if (!article.blocks.some((b) => norm(b.text).includes(norm(j)))) problems.push(`${label}: not joined: "${j}"`);
    for (const c of g.captions ?? []) if (!article.blocks.some((b) => b.type === 'caption' && norm(b.text).includes(norm(c)))) problems.push(`${label}: caption "${c}" not a caption`);
    if (g.photographers && !sameSet(article.photographers, g.photographers)) problems.push(`${label}: photographers ${JSON.stringify(article.photographers)}`);
    for (const key of ['kicker', 'subtitle', 'continuedOn', 'continuedFrom'] as const) {
      if (key in g && norm(article[key]) !== norm(g[key])) problems.push(`${label}: ${key} ${JSON.stringify(article[key] ?? null)}, expected ${JSON.stringify(g[key])}`);
    }
    problems.push(...boxProblems(label, g.boxes ?? [], article));
    for (const x of g.extras ?? []) if (!norm(allStrings(article).join('')).includes(norm(x))) problems.push(`${label}: lost "${x}"`);
    const [from, to] = gold.dateRange;
    if (gold.format === 'raw-page-dump' ? !(article.date >= from && article.date <= to) : !article.date.startsWith(from)) {
      problems.push(`${label}: date ${article.date} outside ${from}..${to}`);
    }
  });
  for (const c of gold.fileCaptions ?? []) {
    if (!parsed.some((a) => a.blocks.some((b) => b.type === 'caption' && norm(b.text).includes(norm(c))))) problems.push(`caption "${c}" not a caption`);
  }
  for (const s of gold.notInBody ?? []) {
    // Markup such as `<p` is looked for as written: without its punctuation it would be
    // the letter p, which the paper's own words (`App`) contain.
    const inText = /[\p{Script=Han}\d]/u.test(s) ? (t: string) => norm(t).includes(norm(s)) : (t: string) => t.includes(s);
    if (parsed.some((a) => a.blocks.some((b) => b.type === 'paragraph' && inText(b.text)))) problems.push(`"${s}" inside a body paragraph`);
  }
  for (const s of gold.notInArticles ?? []) {
    const holders = parsed.filter((a) => [a.kicker, a.title, a.subtitle, ...a.blocks.map((b) => b.text)].some((t) => norm(t).includes(norm(s))));
    for (const a of holders) problems.push(`"${s}" inside the article "${a.title}"`);
  }
  for (const a of parsed) {
    for (const b of a.blocks) {
      if (b.type === 'paragraph' && a.blocks.some((c) => c.type === 'caption' && norm(c.text) && norm(b.text).includes(norm(c.text)))) {
        problems.push(`caption text repeated in a paragraph of "${a.title}"`);
      }
    }
  }
  if (parsed.length > gold.articles.length) problems.push(`${parsed.length - gold.articles.length} article(s) more than the page holds`);
  return problems;
}

/** The golds of the four samples, in file order: totals in tests are counted from them, never written down. */
export function sampleGolds(): Gold[] {
  const dir = new URL('../fixtures/gold/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Gold);
}

/** Every sample article a careful reader sees, with the year of its edition. */
export function sampleArticles(): Array<GoldArticle & { year: string }> {
  return sampleGolds().flatMap((g) => g.articles.map((a) => ({ ...a, year: g.dateRange[0].slice(0, 4) })));
}
