// The query code, the same in the browser and in Node: each term of a reader's query
// becomes the documents holding it, segment by segment (the longest runs the segment
// indexes that cover it, intersected, and their positions checked when there are more
// than one; or, when its rarest run is in a few documents, their stored text checked),
// the terms are intersected, filtered and ordered, and each hit of the page
// asked for is shown in the article's own words with the terms marked. The first page of
// a one-term query can be had from the terms' best documents alone (`preview`). A query
// that is exactly the name of a person or a section also gets their page.
//
// The index holds traditional characters folded to simplified ones, so a term holding
// one finds nothing until it is folded too: the table of them (a chunk of its own in the
// browser) is loaded only when the query holds a character it changes (known from the
// small set of them shipped with the script, traditional-chars.ts), or a result to show
// holds traditional text to mark; a simplified query over simplified stories never loads it.
import { MESSAGES, parseQuery, type QueryPlan } from './query.ts';
import { containsAll, excerpt, findMatches, type ExcerptRun } from './excerpt.ts';
import { storedText, type StoredDoc } from './document.ts';
import { PHRASE_LENGTH, TOP_DOCS, isPairKey, phraseKey, type FacetName, type NamedPage, type Segment } from './index-format.ts';
import type { Postings, StaticIndex } from './static-index.ts';
import { loadTraditional, needsTraditional, traditionalLoaded, type TermSearch } from './tokens.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** The filters a search can have: `from` and `to` are days (`2025-05-31`), both included. */
export interface Filters {
  section?: string;
  year?: string;
  reporter?: string;
  from?: string;
  to?: string;
}

export interface SearchOptions {
  filters?: Filters;
  sort?: SortOrder;
  /** Count the matching documents by year (or month), section and person too. */
  counts?: boolean;
  /** Which hits to load and excerpt: hits [offset, offset + limit). */
  offset?: number;
  limit?: number;
  /**
   * The first page alone, as cheaply as it can be had: a one-term query in relevance
   * order with no filter reads its best documents and its count, not its whole list;
   * `docs` then holds the page's documents only. Any other search is run whole.
   */
  preview?: boolean;
}

export interface SubResult {
  url: string;
  title: string;
  excerpt: ExcerptRun[];
}

export interface SearchHit {
  url: string;
  title: ExcerptRun[];
  kicker: string | null;
  subtitle: string | null;
  date: string;
  section: string | null;
  excerpt: ExcerptRun[];
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
  /** Asked for with `counts`; null otherwise, or when nothing was searched. */
  counts: Counts | null;
}

/** How many matching documents each value of a filter has. */
export interface Counts {
  /** The timeline's bars, oldest first: each year of the archive (`2025`), or each month (`2025-05`) of the year chosen. */
  timeline: Array<[string, number]>;
  year: Record<string, number>;
  section: Record<string, number>;
  reporter: Record<string, number>;
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
    url: doc.u,
    title: excerpt(doc.t, terms, 200),
    kicker: doc.k,
    subtitle: doc.s,
    date: doc.d,
    section: doc.c,
    excerpt: first ? excerpt(first[0], terms) : [],
    subResults,
    exact: containsAll([...headline, ...body], terms),
  };
}

/** Matches as parallel arrays: ascending document numbers and their scores. */
interface Matches {
  docs: Uint32Array;
  scores: Float64Array;
}

/** BM25's weight of a term found in `df` of `n` documents: rare terms count for more. */
const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Where `value` would go in the ascending array. */
function lowerBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `value` is in the ascending array, or -1. */
function indexIn(sorted: Uint32Array, value: number): number {
  const at = lowerBound(sorted, value);
  return sorted[at] === value ? at : -1;
}
const holds = (sorted: Uint32Array, value: number) => indexIn(sorted, value) >= 0;

/** A run of the term the index holds as one term, and where it starts in the term. */
interface Piece {
  key: number;
  offset: number;
}

/**
 * Runs a segment indexes that cover the term, from its start, each the longest there:
 * the longest phrase (index-format.ts) starting where the last run ended, else the pair;
 * the last run ends with the term; a unit for a term of one unit. Null when a run is in
 * no document of the segment. The phrases starting with a pair share its bucket, so a
 * term that is one phrase reads one bucket, and every run one.
 */
async function piecesIn(index: StaticIndex, segment: Segment, t: TermSearch): Promise<Piece[] | null> {
  if (t.keys.length === 1 && !isPairKey(t.keys[0] as number)) return (await index.entry(segment, t.keys[0] as number)) ? [{ key: t.keys[0] as number, offset: 0 }] : null;
  const pieces: Piece[] = [];
  for (let covered = 0; covered < t.term.length; ) {
    // A unit left over is covered by the pair that ends the term.
    const offset = Math.min(covered, t.term.length - 2);
    let found: { key: number; length: number } | null = null;
    for (let length = Math.min(PHRASE_LENGTH, t.term.length - offset); length > 2 && !found; length--) {
      const key = phraseKey(t.term.slice(offset, offset + length));
      if (await index.entry(segment, key)) found = { key, length };
    }
    if (!found && (await index.entry(segment, t.keys[offset] as number))) found = { key: t.keys[offset] as number, length: 2 };
    if (!found) return null;
    pieces.push({ key: found.key, offset });
    covered = offset + found.length;
  }
  return pieces;
}

/** A term's documents in the whole index: the sum of its segments' counts (for BM25's weight). */
async function documentCount(index: StaticIndex, key: number): Promise<number> {
  const entries = await Promise.all(index.manifest.segments.map((s) => index.entry(s, key)));
  return entries.reduce((n, e) => n + (e?.df ?? 0), 0);
}

/**
 * The piece a term is weighed by: its rarest (BM25's weight of it, and its impact in each
 * document: the term weighs no more there than that piece). For a term that is one
 * piece, BM25's own.
 */
async function weighingPiece(index: StaticIndex, pieces: Piece[]): Promise<{ at: number; weight: number }> {
  const counts = await Promise.all(pieces.map((p) => documentCount(index, p.key)));
  const at = counts.indexOf(Math.min(...counts));
  return { at, weight: idf(index.manifest.docs, counts[at] as number) };
}

/** A piece in at most this many of a segment's documents: the term may be checked on their stored text, not on the other pieces' lists and positions. */
const CHECKED_DOCS = 24;
/** What a stored document costs to fetch (a story of 800 to 2,000 characters), and a document in a piece's list with its positions: checking is chosen when it costs less. */
const STORED_BYTES = 3500;
const LISTED_BYTES = 6;

/**
 * The documents of a segment holding one term: every piece in the document, standing at
 * its offset from the first; or, when its weighing piece is in a few documents alone
 * and fetching them costs less than the lists, those of them whose text holds the term.
 * A term that is one piece needs neither.
 */
async function segmentMatches(index: StaticIndex, segment: Segment, t: TermSearch, pieces: Piece[]): Promise<Matches> {
  const { at: weighing, weight } = await weighingPiece(index, pieces);
  const score = (impact: number) => (weight * impact) / 255;
  const entries = await Promise.all(pieces.map((p) => index.entry(segment, p.key)));
  const listed = entries.reduce((n, e) => n + (e?.df ?? 0), 0);
  const few = pieces.length > 1 ? entries[weighing] : null;
  if (few && few.df <= CHECKED_DOCS && few.df * STORED_BYTES < listed * LISTED_BYTES) {
    const list = await index.postings(segment, (pieces[weighing] as Piece).key);
    const stored = await Promise.all(Array.from(list.docs, (doc) => index.doc(doc)));
    // The index folded traditional characters: a story printed in them is folded the same way.
    if (stored.some((d) => d.z)) await loadTraditional();
    const keep = stored.map((d, i) => (storedText(d).includes(t.term) ? i : -1)).filter((i) => i >= 0);
    return { docs: Uint32Array.from(keep, (i) => list.docs[i] as number), scores: Float64Array.from(keep, (i) => score(list.impacts[i] as number)) };
  }
  const lists = await Promise.all(pieces.map((p) => index.postings(segment, p.key)));
  // Walk the rarest list; find each of its documents in the others, which are ascending.
  const rarest = lists.reduce((a, b) => (b.df < a.df ? b : a));
  const cursors = lists.map(() => 0);
  const found: number[] = [];
  const at: number[][] = lists.map(() => []);
  for (const doc of rarest.docs) {
    let everywhere = true;
    for (let i = 0; i < lists.length && everywhere; i++) {
      const docs = (lists[i] as Postings).docs;
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
  if (pieces.length > 1) {
    const where = await Promise.all(pieces.map((p) => index.positions(segment, p.key)));
    keep = keep.filter((j) => {
      const sets = where.map((w, i) => w((at[i] as number[])[j] as number));
      return Array.from(sets[0] as Uint32Array).some((p) => pieces.every((piece, i) => i === 0 || holds(sets[i] as Uint32Array, p + piece.offset)));
    });
  }
  const docs = new Uint32Array(keep.length);
  const scores = new Float64Array(keep.length);
  keep.forEach((j, r) => {
    docs[r] = found[j] as number;
    scores[r] = score((lists[weighing] as Postings).impacts[(at[weighing] as number[])[j] as number] as number);
  });
  return { docs, scores };
}

/** The documents holding one term, segment by segment: their numbers ascend from one segment to the next. */
async function termMatches(index: StaticIndex, t: TermSearch): Promise<Matches> {
  const parts = await Promise.all(
    index.manifest.segments.map(async (segment) => {
      const pieces = await piecesIn(index, segment, t);
      return pieces ? segmentMatches(index, segment, t, pieces) : null;
    }),
  );
  const found = parts.filter((p): p is Matches => p !== null);
  const length = found.reduce((n, p) => n + p.docs.length, 0);
  const docs = new Uint32Array(length);
  const scores = new Float64Array(length);
  let at = 0;
  for (const p of found) {
    docs.set(p.docs, at);
    scores.set(p.scores, at);
    at += p.docs.length;
  }
  return { docs, scores };
}

/**
 * The first hits of a one-term query in relevance order, and their total, reading as
 * little as it can: in a segment where the term is one piece with a file of its own, its
 * top file and its count; elsewhere the segment's matches. A document outside a top file
 * has no more impact than the least in it, so the best `want` documents are among these.
 */
async function bestOf(index: StaticIndex, t: TermSearch): Promise<{ total: number; docs: number[] }> {
  const parts = await Promise.all(
    index.manifest.segments.map(async (segment) => {
      const pieces = await piecesIn(index, segment, t);
      if (!pieces) return null;
      const top = pieces.length === 1 ? await index.top(segment, (pieces[0] as Piece).key) : null;
      if (!top) {
        const m = await segmentMatches(index, segment, t, pieces);
        return { total: m.docs.length, docs: m.docs, scores: m.scores };
      }
      const { weight } = await weighingPiece(index, pieces);
      return { total: top.df, docs: top.docs, scores: Float64Array.from(top.impacts, (impact) => (weight * impact) / 255) };
    }),
  );
  const found = parts.filter((p) => p !== null);
  const ranked = found.flatMap((p) => Array.from(p.docs, (doc, i) => [doc, p.scores[i] as number] as const));
  ranked.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return { total: found.reduce((n, p) => n + p.total, 0), docs: ranked.map(([doc]) => doc) };
}

/** Every term must be found: the first term's documents that every other holds, their scores added up. */
function intersect(perTerm: Matches[]): Matches {
  let { docs, scores } = perTerm[0] as Matches;
  for (const other of perTerm.slice(1)) {
    const kept: number[] = [];
    const summed: number[] = [];
    docs.forEach((doc, i) => {
      const at = indexIn(other.docs, doc);
      if (at >= 0) {
        kept.push(doc);
        summed.push((scores[i] as number) + (other.scores[at] as number));
      }
    });
    docs = Uint32Array.from(kept);
    scores = Float64Array.from(summed);
  }
  return { docs, scores };
}

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u;

/** The range [from, to) of document numbers the year and the dates allow: documents are numbered by date. */
async function timeRange(index: StaticIndex, filters: Filters): Promise<[number, number]> {
  let from = 0;
  let to = index.manifest.docs;
  if (filters.year) {
    const [a, b] = index.yearRange(filters.year);
    from = a;
    to = b;
  }
  if (filters.from) from = Math.max(from, await index.dateStart(filters.from));
  if (filters.to) to = Math.min(to, await index.dateStart(filters.to, true));
  return [from, Math.max(from, to)];
}

type Check = 'time' | FacetName;

/** Each filter that is set as a check of a document number. */
async function checksOf(index: StaticIndex, filters: Filters): Promise<Map<Check, (doc: number) => boolean>> {
  const checks = new Map<Check, (doc: number) => boolean>();
  if (filters.year || filters.from || filters.to) {
    const [from, to] = await timeRange(index, filters);
    checks.set('time', (doc) => doc >= from && doc < to);
  }
  for (const facet of ['section', 'reporter'] as const) {
    const value = filters[facet];
    if (!value) continue;
    const docs = await index.facet(facet, value);
    checks.set(facet, (doc) => holds(docs, doc));
  }
  return checks;
}

/** The documents that pass every check but `skip`'s. */
function passing(docs: Uint32Array, checks: Map<Check, (doc: number) => boolean>, skip?: Check): Uint32Array {
  const applied = [...checks].filter(([name]) => name !== skip).map(([, check]) => check);
  return applied.length ? docs.filter((doc) => applied.every((check) => check(doc))) : docs;
}

/** How many of the documents fall in each range [first, first + count) of numbers. */
const countIn = (docs: Uint32Array, ranges: Array<[string, number, number]>): Array<[string, number]> => ranges.map(([label, first, count]) => [label, lowerBound(docs, first + count) - lowerBound(docs, first)]);

/** A year's months as ranges of document numbers, from its editions. */
async function monthsOf(index: StaticIndex, year: string): Promise<Array<[string, number, number]>> {
  const months: Array<[string, number, number]> = [];
  for (const [date, first, count] of await index.days(year)) {
    const last = months.at(-1);
    if (last && last[0] === date.slice(0, 7)) last[2] += count;
    else months.push([date.slice(0, 7), first, count]);
  }
  return months;
}

/** Each section's or person's count among the documents. */
function tally(columns: Array<[string, string[]]>, facet: FacetName): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [section, people] of columns) for (const value of facet === 'section' ? [section] : people) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * The counts of the matching documents: each menu's over every other filter (so that it
 * offers the other values too), the timeline's and the years' over every filter but the
 * year and the dates. Exact, over the whole set: years and months from ranges of
 * numbers, sections and people from the column files of the documents counted alone,
 * and from the manifest when the set is the whole archive.
 */
async function countsOf(index: StaticIndex, candidates: Uint32Array, checks: Map<Check, (doc: number) => boolean>, filters: Filters): Promise<Counts> {
  const inTime = passing(candidates, checks, 'time');
  const year = Object.fromEntries(countIn(inTime, index.manifest.years));
  const timeline = filters.year ? countIn(inTime, await monthsOf(index, filters.year)) : Object.entries(year);
  const counts = { timeline, year, section: {}, reporter: {} } as Counts;
  for (const facet of ['section', 'reporter'] as const) {
    const docs = passing(candidates, checks, facet);
    counts[facet] = docs.length === index.manifest.docs ? Object.fromEntries(index.manifest.facets[facet]) : tally(await index.columnsOf(docs), facet);
  }
  return counts;
}

/** The pages named by a query of one term. */
const namedBy = (index: StaticIndex, plan: QueryPlan) => (plan.terms.length === 1 ? index.namedPages((plan.terms[0] as TermSearch).term) : Promise.resolve([]));

/** Each term's finding, and the pages the query names. */
async function planMatches<F>(index: StaticIndex, plan: QueryPlan, find: (t: TermSearch) => Promise<F>) {
  const [perTerm, pages] = await Promise.all([Promise.all(plan.terms.map(find)), namedBy(index, plan)]);
  return { plan, perTerm, pages };
}

/** The hits of a page of documents, read from their stored files, with the terms marked. */
async function hitsOf(index: StaticIndex, page: number[], terms: string[]): Promise<SearchHit[]> {
  const docs = await Promise.all(page.map((id) => index.doc(id)));
  if (docs.some((d) => d.z)) await loadTraditional();
  return docs.map((d) => hitOf(d, terms));
}

export async function runSearch(index: StaticIndex, input: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const filters = options.filters ?? {};
  // A query holding a character the table changes is folded with it, as the index was.
  if (!traditionalLoaded() && needsTraditional(input ?? '')) await loadTraditional();
  const parsed = parseQuery(input);
  const badDate = (['from', 'to'] as const).find((f) => filters[f] && !ISO_DAY.test(filters[f] as string));
  const refused = (message: string): SearchResponse => ({ query: input, terms: [], message, total: 0, docs: [], hits: [], pages: [], counts: null });
  if (badDate) return refused(`${MESSAGES.date}${filters[badDate]}`);
  const checks = await checksOf(index, filters);
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 10;
  if (options.preview && parsed.terms.length === 1 && checks.size === 0 && (options.sort ?? 'relevance') === 'relevance' && offset + limit <= TOP_DOCS) {
    const { plan, perTerm, pages } = await planMatches(index, parsed, (t) => bestOf(index, t));
    const best = perTerm[0] as { total: number; docs: number[] };
    const page = best.docs.slice(offset, offset + limit);
    const terms = plan.terms.map((t) => t.term);
    return { query: input, terms, message: null, total: best.total, docs: page, hits: await hitsOf(index, page, terms), pages, counts: null };
  }
  const { plan, perTerm, pages } = parsed.terms.length ? await planMatches(index, parsed, (t) => termMatches(index, t)) : { plan: parsed, perTerm: [] as Matches[], pages: [] };
  const browsing = plan.terms.length === 0 && checks.size > 0;
  if (plan.message && !browsing) return refused(plan.message);

  // Browsing, every document is a candidate; searching, those holding every term.
  const candidates = browsing ? { docs: Uint32Array.from({ length: index.manifest.docs }, (_, i) => i), scores: null } : intersect(perTerm);
  const ordered = [...passing(candidates.docs, checks)];
  const sort = options.sort ?? (browsing ? 'newest' : 'relevance');
  if (sort === 'relevance') {
    const score = new Map<number, number>();
    candidates.docs.forEach((doc, i) => score.set(doc, candidates.scores?.[i] ?? 0));
    ordered.sort((a, b) => (score.get(b) as number) - (score.get(a) as number) || b - a);
  }
  // Documents are numbered oldest first.
  if (sort === 'newest') ordered.sort((a, b) => b - a);
  const page = ordered.slice(offset, offset + limit);
  const terms = plan.terms.map((t) => t.term);
  const [hits, counts] = await Promise.all([hitsOf(index, page, terms), options.counts ? countsOf(index, candidates.docs, checks, filters) : null]);
  return { query: input, terms, message: null, total: ordered.length, docs: ordered, hits, pages, counts };
}
