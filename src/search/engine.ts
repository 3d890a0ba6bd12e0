// The query code, the same in the browser and in Node: a reader's query becomes one
// Pagefind search per term, the results are intersected, and each hit is shown in the
// article's own words with the terms marked.
import { parseQuery } from './query.ts';
import { containsAll, excerpt, findMatches, type Segment } from './excerpt.ts';
import type { StoredDoc } from './document.ts';

/** The part of Pagefind's browser API used here. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{
    results: Array<{ id: string; score: number; data(): Promise<{ url: string; meta: Record<string, string> }> }>;
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

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
  hits: SearchHit[];
}

const SORTS: Record<SortOrder, Record<string, 'asc' | 'desc'> | undefined> = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } };

function hitOf(data: { url: string; meta: Record<string, string> }, terms: string[]): SearchHit {
  const doc = JSON.parse(data.meta.doc ?? '{}') as StoredDoc;
  const body = doc.b.map(([text]) => text);
  const headline = [doc.t, doc.k ?? '', doc.s ?? ''];
  const first = doc.b.find(([text]) => findMatches(text, terms).length > 0) ?? doc.b.find(([, , sub]) => sub === 0);
  const subResults: SubResult[] = [];
  for (const [text, anchor, sub] of doc.b) {
    if (!anchor || sub || subResults.some((s) => s.url.endsWith(`#${anchor}`)) || subResults.length >= 3) continue;
    if (findMatches(text, terms).length === 0) continue;
    const heading = doc.b.find(([, a, s]) => a === anchor && s === 1);
    subResults.push({ url: `${data.url}#${anchor}`, title: heading?.[0] ?? '', excerpt: excerpt(text, terms, 60) });
  }
  return {
    url: data.url, title: excerpt(doc.t, terms, 200), kicker: doc.k, subtitle: doc.s, date: doc.d, section: doc.c,
    excerpt: first ? excerpt(first[0], terms) : [], subResults,
    exact: containsAll([...headline, ...body], terms),
  };
}

export async function runSearch(pf: PagefindApi, input: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const plan = parseQuery(input);
  const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v)) as Record<string, string>;
  const sort = SORTS[options.sort ?? 'relevance'];
  const browsing = plan.terms.length === 0 && Object.keys(filters).length > 0;
  if (plan.message && !browsing) return { query: input, terms: [], message: plan.message, total: 0, hits: [] };

  let ordered: Array<{ id: string; data(): Promise<{ url: string; meta: Record<string, string> }> }>;
  if (browsing) {
    ordered = (await pf.search(null, { filters, sort: sort ?? SORTS.newest })).results;
  } else {
    const options = { filters, ...(sort ? { sort } : {}) };
    const responses = await Promise.all(plan.terms.map(async (t) => {
      const found = await pf.search(t.pagefindQuery, options);
      if (!t.rankingQuery) return found;
      // The phrase says which articles hold the term; the unquoted words say how well.
      const ranked = new Map((await pf.search(t.rankingQuery, { filters })).results.map((r) => [r.id, r.score]));
      return { results: found.results.map((r) => ({ id: r.id, score: ranked.get(r.id) ?? r.score, data: () => r.data() })) };
    }));
    const score = new Map<string, number>();
    for (const r of responses[0]?.results ?? []) score.set(r.id, r.score);
    for (const response of responses.slice(1)) {
      const here = new Map(response.results.map((r) => [r.id, r.score]));
      for (const [id, s] of score) {
        const other = here.get(id);
        if (other === undefined) score.delete(id); else score.set(id, s + other);
      }
    }
    ordered = (responses[0]?.results ?? []).filter((r) => score.has(r.id));
    if (!sort) ordered = ordered.map((r, i) => ({ r, i })).sort((a, b) => (score.get(b.r.id) as number) - (score.get(a.r.id) as number) || a.i - b.i).map((x) => x.r);
  }
  const offset = options.offset ?? 0;
  const page = ordered.slice(offset, offset + (options.limit ?? 10));
  const terms = plan.terms.map((t) => t.term);
  const hits = await Promise.all(page.map(async (r) => hitOf(await r.data(), terms)));
  return { query: input, terms, message: null, total: ordered.length, hits };
}
