// The query code, the same in the browser and in Node: each term of a reader's query
// becomes the documents holding it (index terms intersected, positions checked), the
// terms are intersected, filtered and ordered, and each hit of the page asked for is
// shown in the article's own words with the terms marked. A query that is exactly the
// name of a person or a section also gets their page.
//
// The index holds traditional characters folded to simplified ones, so a term holding
// one finds nothing until it is folded too: the table of them (a chunk of its own in the
// browser) is loaded only when a term finds nothing, or a result to show holds
// traditional text to mark; a simplified query over simplified stories never loads it.
import { parseQuery, type QueryPlan } from './query.ts';
import { containsAll, excerpt, findMatches, type Segment } from './excerpt.ts';
import type { StoredDoc } from './document.ts';
import type { NamedPage } from './index-format.ts';
import type { StaticIndex } from './static-index.ts';
import { loadTraditional, traditionalLoaded, type TermSearch } from './tokens.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchOptions {
  filters?: { section?: string; year?: string; reporter?: string };
  sort?: SortOrder;
  /** Which hits to load and excerpt: hits [offset, offset + limit). */
  offset?: number;
  limit?: number;
}

export interface SubResult { url: string; title: string; excerpt: Segment[] }

export interface SearchHit {
  url: string;
  title: Segment[];
  kicker: string | null;
  subtitle: string | null;
  date: string;
  section: string | null;
  excerpt: Segment[];
  subResults: SubResult[];
  /** The article holds every term as the reader typed it: what Ctrl+F would find. */
  exact: boolean;
}

export interface SearchResponse {
  query: string;
  terms: string[];
  message: string | null;
  total: number;
  /** Every matching document's number, in result order (documents are numbered as the data export lists them). */
  docs: number[];
  hits: SearchHit[];
  /** The pages of the people and sections named exactly by the query (a query of one term). */
  pages: NamedPage[];
}

function hitOf(doc: StoredDoc, terms: string[]): SearchHit {
  const body = doc.b.map(([text]) => text);
  const headline = [doc.t, doc.k ?? '', doc.s ?? ''];
  const first = doc.b.find(([text]) => findMatches(text, terms).length > 0) ?? doc.b.find(([, , sub]) => sub === 0);
  const subResults: SubResult[] = [];
  for (const [text, anchor, sub] of doc.b) {
    if (!anchor || sub || subResults.some((s) => s.url.endsWith(`#${anchor}`)) || subResults.length >= 3) continue;
    if (findMatches(text, terms).length === 0) continue;
    const heading = doc.b.find(([, a, s]) => a === anchor && s === 1);
    subResults.push({ url: `${doc.u}#${anchor}`, title: heading?.[0] ?? '', excerpt: excerpt(text, terms, 60) });
  }
  return {
    url: doc.u, title: excerpt(doc.t, terms, 200), kicker: doc.k, subtitle: doc.s, date: doc.d, section: doc.c,
    excerpt: first ? excerpt(first[0], terms) : [], subResults,
    exact: containsAll([...headline, ...body], terms),
  };
}

/** Matches as parallel arrays: ascending document numbers and their scores. */
interface Matches { docs: Uint32Array; scores: Float64Array }

/** BM25's weight of a term found in `df` of `n` documents: rare terms count for more. */
const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Where `value` is in the ascending array, or -1. */
function indexIn(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1; else hi = mid;
  }
  return sorted[lo] === value ? lo : -1;
}
const holds = (sorted: Uint32Array, value: number) => indexIn(sorted, value) >= 0;

/**
 * The documents holding one term. A unit is looked up; a longer term needs every one of
 * its pairs in the document, standing one after another: pairs at offsets 0, 2, 4, …
 * and the last one cover the term, so only their positions are read.
 */
async function termMatches(index: StaticIndex, t: TermSearch): Promise<Matches> {
  const n = index.manifest.docs;
  const lists = await Promise.all(t.keys.map((k) => index.postings(k)));
  if (lists.some((l) => l.df === 0)) return { docs: new Uint32Array(0), scores: new Float64Array(0) };
  const weights = lists.map((l) => idf(n, l.df));
  // Walk the rarest list; find each of its documents in the others, which are ascending.
  const order = lists.map((_, i) => i).sort((a, b) => (lists[a] as typeof lists[0]).df - (lists[b] as typeof lists[0]).df);
  const rarest = lists[order[0] as number] as typeof lists[0];
  const cursors = lists.map(() => 0);
  const found: number[] = [];
  const at: number[][] = lists.map(() => []);
  for (const doc of rarest.docs) {
    let everywhere = true;
    for (let i = 0; i < lists.length && everywhere; i++) {
      const docs = (lists[i] as typeof lists[0]).docs;
      let c = cursors[i] as number;
      while (c < docs.length && (docs[c] as number) < doc) c++;
      cursors[i] = c;
      everywhere = docs[c] === doc;
    }
    if (!everywhere) continue;
    found.push(doc);
    lists.forEach((_, i) => (at[i] as number[]).push(cursors[i] as number));
  }
  let keep = found.map((_, j) => j);
  if (t.keys.length > 1) {
    const cover = [...new Set([...t.keys.map((_, i) => i).filter((i) => i % 2 === 0), t.keys.length - 1])];
    const where = await Promise.all(cover.map((i) => index.positions(t.keys[i] as number)));
    keep = keep.filter((j) => {
      const sets = cover.map((i, c) => (where[c] as (x: number) => Uint32Array)((at[i] as number[])[j] as number));
      return Array.from(sets[0] as Uint32Array).some((p) => cover.every((offset, c) => c === 0 || holds(sets[c] as Uint32Array, p + offset)));
    });
  }
  const docs = new Uint32Array(keep.length);
  const scores = new Float64Array(keep.length);
  keep.forEach((j, r) => {
    docs[r] = found[j] as number;
    let s = 0;
    lists.forEach((l, i) => { s += (weights[i] as number) * (l.impacts[(at[i] as number[])[j] as number] as number); });
    scores[r] = s / 255;
  });
  return { docs, scores };
}

/** The documents that pass the filters, or null where no filter is set. */
async function filtered(index: StaticIndex, filters: SearchOptions['filters']): Promise<((doc: number) => boolean) | null> {
  const checks: Array<(doc: number) => boolean> = [];
  if (filters?.year) {
    const [from, to] = index.yearRange(filters.year);
    checks.push((doc) => doc >= from && doc < to);
  }
  for (const facet of ['section', 'reporter'] as const) {
    const value = filters?.[facet];
    if (!value) continue;
    const docs = await index.facet(facet, value);
    checks.push((doc) => holds(docs, doc));
  }
  return checks.length ? (doc) => checks.every((check) => check(doc)) : null;
}

/** The pages named by a query of one term. */
const namedBy = (index: StaticIndex, plan: QueryPlan) => (plan.terms.length === 1 ? index.namedPages((plan.terms[0] as TermSearch).term) : Promise.resolve([]));

/** Each term's documents; a term that finds nothing is tried again folded to simplified characters, with the table loaded. */
async function planMatches(index: StaticIndex, input: string, first: QueryPlan) {
  let plan = first;
  let [perTerm, pages] = await Promise.all([Promise.all(plan.terms.map((t) => termMatches(index, t))), namedBy(index, plan)]);
  if (!traditionalLoaded() && perTerm.some((m) => m.docs.length === 0)) {
    await loadTraditional();
    const folded = parseQuery(input);
    if (folded.terms.some((t, i) => t.term !== plan.terms[i]?.term)) {
      plan = folded;
      [perTerm, pages] = await Promise.all([Promise.all(plan.terms.map((t) => termMatches(index, t))), namedBy(index, plan)]);
    }
  }
  return { plan, perTerm, pages };
}

export async function runSearch(index: StaticIndex, input: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const pass = await filtered(index, options.filters);
  const parsed = parseQuery(input);
  const { plan, perTerm, pages } = parsed.terms.length ? await planMatches(index, input, parsed) : { plan: parsed, perTerm: [] as Matches[], pages: [] };
  const browsing = plan.terms.length === 0 && pass !== null;
  if (plan.message && !browsing) return { query: input, terms: [], message: plan.message, total: 0, docs: [], hits: [], pages: [] };

  let ordered: number[];
  const sort = options.sort ?? (browsing ? 'newest' : 'relevance');
  if (browsing) {
    ordered = [];
    for (let doc = 0; doc < index.manifest.docs; doc++) if ((pass as (d: number) => boolean)(doc)) ordered.push(doc);
  } else {
    // Every term must be found: intersect, adding up the scores.
    const score = new Map<number, number>();
    const first = perTerm[0] as Matches;
    first.docs.forEach((doc, i) => { if (!pass || pass(doc)) score.set(doc, first.scores[i] as number); });
    for (const other of perTerm.slice(1)) {
      for (const [doc, s] of score) {
        const at = indexIn(other.docs, doc);
        if (at >= 0) score.set(doc, s + (other.scores[at] as number)); else score.delete(doc);
      }
    }
    ordered = [...score.keys()];
    if (sort === 'relevance') ordered.sort((a, b) => (score.get(b) as number) - (score.get(a) as number) || b - a);
  }
  // Documents are numbered oldest first.
  if (sort === 'newest') ordered.sort((a, b) => b - a);
  if (sort === 'oldest') ordered.sort((a, b) => a - b);
  const offset = options.offset ?? 0;
  const page = ordered.slice(offset, offset + (options.limit ?? 10));
  const terms = plan.terms.map((t) => t.term);
  const docs = await Promise.all(page.map((id) => index.doc(id)));
  if (docs.some((d) => d.z)) await loadTraditional();
  const hits = docs.map((d) => hitOf(d, terms));
  return { query: input, terms, message: null, total: ordered.length, docs: ordered, hits, pages };
}
