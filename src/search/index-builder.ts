// Builds the static search index (index-format.ts) from the articles' records, which
// come in edition order, oldest first (text-pass.ts). Memory
// stays bounded on any archive: the documents' folded text is held once, compactly, and
// the postings are built in passes, each over the buckets of one share of the terms, and
// written out before the next pass begins. A full build writes one segment; a new
// edition is appended as a segment of its own, and the small segments at the end are
// merged as they pile up, so a query reads few of them and an edition costs seconds.
// The named pages (people and sections) are written whole by every build: they are small.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexText, storedDoc } from './document.ts';
import type { SearchRecord } from './record.ts';
import {
  BLOCK_SEPARATOR,
  ByteWriter,
  COLUMN_DOCS,
  FORMAT_VERSION,
  INDEX_DIR,
  MAX_POSITION,
  OWN_FILE_BYTES,
  PHRASE_DOCS,
  PHRASE_LENGTH,
  TOP_DOCS,
  bucketOf,
  isPairKey,
  manifestOf,
  nameBucket,
  pairHash,
  pairKey,
  phraseKey,
  unitKey,
  paths,
  writeBucket,
  type BucketEntry,
  type FacetCounts,
  type FacetName,
  type IndexManifest,
  type NameEntry,
  type NameTable,
  type NamedPage,
  type Segment,
} from './index-format.ts';
import { foldText, useTraditionalTable } from './tokens.ts';
import TS_CHARACTERS from './traditional.ts';
import { UNKNOWN_SECTION_LABEL } from '../article/labels.ts';

// The index holds the text folded to simplified characters: the table is in place before anything is folded.
useTraditionalTable(TS_CHARACTERS);

export interface IndexStats {
  docs: number;
  /** Segments the index has now, and how many were merged to make room. */
  segments: number;
  merged: number;
  terms: number;
  /** Phrases among the terms: runs of three units or more common in their segment. */
  phrases: number;
  buckets: number;
  passes: number;
  files: number;
  bytes: number;
  /** Articles longer than the index reads (MAX_POSITION units): their tail is not searchable. */
  truncated: string[];
}

export interface IndexOptions {
  /** How many term occurrences one pass holds: 24 bytes each while sorting. */
  occurrencesPerPass?: number;
  /** A term whose doc list is longer (bytes) gets files of its own. */
  ownFileBytes?: number;
  /** How many documents both shorter runs of a phrase must be in (PHRASE_DOCS). */
  phraseDocs?: number;
}
/** About 0.6 GB while a pass sorts its occurrences (14 bytes each collected, 10 sorted). */
const OCCURRENCES_PER_PASS = 25_000_000;
/** BM25's constants: how fast repeated words stop counting, and how much length matters. */
const K1 = 1.2;
const LENGTH_WEIGHT = 0.75;
/**
 * The length (folded units) a story's length is weighed against, where BM25 takes the
 * collection's average: about a city-paper story (the samples average 750). Fixed, so a
 * document's impacts depend on it alone and an added edition leaves every list as it was.
 */
const REFERENCE_LENGTH = 1000;
/** Named pages in a bucket: a file of about a KiB, read by a query that may be a name. */
const NAMES_PER_BUCKET = 16;
/** Terms in a bucket when one pass sizes the buckets: a bucket file of a few KiB. */
const TERMS_PER_BUCKET = 128;
/** Phrases are found on at most this many documents of a segment, spread over it: a few seconds. */
const PHRASE_SAMPLE = 8192;
/** At most this many frequent pairs and phrases a segment. */
const PHRASE_LIMIT = 1 << 18;
/** Trailing segments are merged while the result stays this small: a merge re-reads their text. */
export const SEGMENT_MERGE_LIMIT = 4096;

interface HeldDoc {
  date: string;
  section: string;
  people: string[];
  text: string;
  /** [end, weight] of each block of `text`. */
  blocks: Uint32Array;
}

/** Terms met in a pass, numbered densely: units in a table, pairs in an open-addressing hash on their two units. */
class TermDictionary {
  private readonly units = new Int32Array(65536).fill(-1);
  private slots = new Int32Array(1 << 16).fill(-1);
  private keys: number[] = [];
  /** A pair's first and second unit packed in one integer (first * 65536 + second), by id. */
  private pairOf: number[] = [];
  private pairs = 0;
  private readonly phrases = new Map<number, number>();

  get size() {
    return this.keys.length;
  }
  key(id: number): number {
    return this.keys[id] as number;
  }

  unit(unit: number): number {
    const known = this.units[unit] as number;
    if (known >= 0) return known;
    this.units[unit] = this.keys.length;
    this.keys.push(unitKey(unit));
    this.pairOf.push(-1);
    return this.keys.length - 1;
  }

  /**
   * A pair's first slot: the high bits of its hash, mixed again. (Its low bits choose its
   * bucket, and so its pass: within a pass they are much the same.)
   */
  private slotOf(first: number, second: number): number {
    return Math.imul(pairHash(first, second), 0x9e3779b1) >>> (32 - Math.log2(this.slots.length));
  }

  pair(first: number, second: number): number {
    const packed = first * 65536 + second;
    const mask = this.slots.length - 1;
    for (let slot = this.slotOf(first, second); ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) break;
      if (this.pairOf[id] === packed) return id;
    }
    if (2 * (this.pairs + 1) > this.slots.length) this.grow();
    const id = this.keys.length;
    this.keys.push(pairKey(first, second));
    this.pairOf.push(packed);
    this.pairs++;
    this.place(id);
    return id;
  }

  /** A phrase, by its key (index-format.ts): few a pass, so a map will do. */
  phrase(key: number): number {
    const known = this.phrases.get(key);
    if (known !== undefined) return known;
    this.phrases.set(key, this.keys.length);
    this.keys.push(key);
    this.pairOf.push(-1);
    return this.keys.length - 1;
  }

  private place(id: number) {
    const packed = this.pairOf[id] as number;
    const mask = this.slots.length - 1;
    let slot = this.slotOf(Math.floor(packed / 65536), packed % 65536);
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }

  private grow() {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.pairOf.forEach((packed, id) => {
      if (packed >= 0) this.place(id);
    });
  }
}

/**
 * The occurrences of a pass's terms: term, document, position and weight, in growing
 * typed arrays. A unit, which needs no positions, has one occurrence a document with
 * the sum of its weights there.
 */
class Occurrences {
  term: Int32Array;
  doc: Int32Array;
  position: Int32Array;
  weight: Uint16Array;
  length = 0;

  /** Sized for the pass from the start: growing by doubling would hold twice the memory at its peak. */
  constructor(capacity: number) {
    this.term = new Int32Array(capacity);
    this.doc = new Int32Array(capacity);
    this.position = new Int32Array(capacity);
    this.weight = new Uint16Array(capacity);
  }

  add(term: number, doc: number, position: number, weight: number) {
    if (this.length === this.term.length) {
      const grow = <T extends Int32Array | Uint16Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(Math.ceil(a.length * 1.25) + 1024);
        b.set(a);
        return b;
      };
      this.term = grow(this.term);
      this.doc = grow(this.doc);
      this.position = grow(this.position);
      this.weight = grow(this.weight);
    }
    const i = this.length++;
    this.term[i] = term;
    this.doc[i] = doc;
    this.position[i] = position;
    this.weight[i] = weight;
  }

  /** The occurrences grouped by term (start[t] to start[t + 1]), in the order they were added. */
  sortedBy(terms: number) {
    const start = new Int32Array(terms + 1);
    for (let i = 0; i < this.length; i++) {
      const t = (this.term[i] as number) + 1;
      start[t] = (start[t] as number) + 1;
    }
    for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const at = start.slice(0, terms);
    const doc = new Int32Array(this.length);
    const position = new Int32Array(this.length);
    const weight = new Uint16Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const o = at[this.term[i] as number] as number;
      at[this.term[i] as number] = o + 1;
      doc[o] = this.doc[i] as number;
      position[o] = this.position[i] as number;
      weight[o] = this.weight[i] as number;
    }
    // The unsorted arrays are no longer needed: let them go before the next pass.
    this.term = this.doc = this.position = new Int32Array(0);
    this.weight = new Uint16Array(0);
    return { start, doc, position, weight };
  }
}

/**
 * The phrases of a segment: runs of 3 to PHRASE_LENGTH units whose two runs one unit
 * shorter (the one it starts with and the one it ends with) are each in `minDocs`
 * documents, found level by level on a sample spread over the segment. A run is looked
 * up by extending its first pair a unit at a time, so the pass that holds a pair's
 * bucket, which holds its phrases too, finds them as it meets the pair.
 */
class Phrases {
  /** Runs by their shorter run's id and their last unit: `id * 65536 + unit` → id. Pairs have ids too, from `pairs`. */
  private readonly longer = new Map<number, number>();
  private readonly pairs = new Map<number, number>();
  /** Each id's phrase key (0 for a pair). */
  private readonly keys: number[] = [];
  /** 1 where some frequent pair has this high part of its hash: most pairs are passed over at one array read. */
  private readonly starts = new Uint8Array(1 << 24);
  count = 0;
  /** Phrases met a unit of the sample's text: the passes hold them too. */
  perUnit = 0;

  constructor(held: HeldDoc[], minDocs: number) {
    const step = Math.max(1, Math.ceil(held.length / PHRASE_SAMPLE));
    const sample = held.filter((_, i) => i % step === 0).map((d) => d.text);
    // A run must be in minDocs of the segment's documents: as many of the sample's, in proportion.
    const needed = Math.max(2, Math.ceil((minDocs * sample.length) / held.length));
    // Each sample document's run ids at each position, one level at a time (-1: no frequent run starts there).
    let ids = sample.map((text) => new Int32Array(text.length).fill(-1));
    // The most common first, up to PHRASE_LIMIT ids in all: a bound on the memory, whatever the text.
    const frequent = (found: Map<number, { docs: number; last: number }>) => {
      const common = [...found].filter(([, f]) => f.docs >= needed).sort((a, b) => b[1].docs - a[1].docs || a[0] - b[0]);
      return new Map(common.slice(0, Math.max(0, PHRASE_LIMIT - this.keys.length)).map(([key], i) => [key, this.keys.length + i]));
    };
    const seen = (found: Map<number, { docs: number; last: number }>, key: number, doc: number) => {
      const f = found.get(key);
      if (!f) found.set(key, { docs: 1, last: doc });
      else if (f.last !== doc) {
        f.docs++;
        f.last = doc;
      }
    };
    const pairs = new Map<number, { docs: number; last: number }>();
    sample.forEach((text, d) => {
      for (let i = 0; i + 1 < text.length; i++) {
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        if (a !== BLOCK_SEPARATOR && b !== BLOCK_SEPARATOR) seen(pairs, a * 65536 + b, d);
      }
    });
    for (const [packed, id] of frequent(pairs)) {
      this.pairs.set(packed, id);
      this.keys[id] = 0;
      this.starts[pairHash(Math.floor(packed / 65536), packed % 65536) >>> 8] = 1;
    }
    sample.forEach((text, d) => {
      const at = ids[d] as Int32Array;
      for (let i = 0; i + 1 < text.length; i++) at[i] = this.pairs.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) ?? -1;
    });
    const texts: string[] = [];
    for (const [packed, id] of this.pairs) texts[id] = String.fromCharCode(Math.floor(packed / 65536), packed % 65536);
    for (let length = 3; length <= PHRASE_LENGTH; length++) {
      // A run of `length` units where the runs of length - 1 at i and at i + 1 are both frequent.
      const found = new Map<number, { docs: number; last: number }>();
      sample.forEach((text, d) => {
        const at = ids[d] as Int32Array;
        for (let i = 0; i + length <= text.length; i++) if ((at[i] as number) >= 0 && (at[i + 1] as number) >= 0) seen(found, (at[i] as number) * 65536 + text.charCodeAt(i + length - 1), d);
      });
      const kept = frequent(found);
      if (kept.size === 0) break;
      for (const [packed, id] of kept) {
        const phrase = (texts[Math.floor(packed / 65536)] as string) + String.fromCharCode(packed % 65536);
        texts[id] = phrase;
        this.keys[id] = phraseKey(phrase);
        this.longer.set(packed, id);
      }
      this.count += kept.size;
      let met = 0;
      ids = sample.map((text, d) => {
        const at = ids[d] as Int32Array;
        const next = new Int32Array(text.length).fill(-1);
        for (let i = 0; i + length <= text.length; i++) {
          if ((at[i] as number) < 0 || (at[i + 1] as number) < 0) continue;
          next[i] = this.longer.get((at[i] as number) * 65536 + text.charCodeAt(i + length - 1)) ?? -1;
          if ((next[i] as number) >= 0) met++;
        }
        return next;
      });
      this.perUnit +=
        met /
        Math.max(
          1,
          sample.reduce((n, text) => n + text.length, 0),
        );
    }
  }

  /** The keys of the phrases that start at `i` of `text` (whose pair is `first`, `second`), shortest first. */
  each(text: string, i: number, first: number, second: number, found: (key: number) => void) {
    if (this.count === 0 || this.starts[pairHash(first, second) >>> 8] === 0) return;
    let id = this.pairs.get(first * 65536 + second);
    for (let end = i + 3; id !== undefined && end <= Math.min(text.length, i + PHRASE_LENGTH); end++) {
      id = this.longer.get(id * 65536 + text.charCodeAt(end - 1));
      if (id !== undefined) found(this.keys[id] as number);
    }
  }
}

/**
 * The TOP_DOCS documents of a list (ascending numbers) where the term weighs most, most
 * first and, at equal impact, newest first: the order of a one-term query's results.
 * A count of each impact finds the least impact kept without sorting the list.
 */
function topOf(docs: Int32Array, impacts: Uint8Array, length: number): Uint8Array {
  const histogram = new Int32Array(256);
  for (let i = 0; i < length; i++) histogram[impacts[i] as number] = (histogram[impacts[i] as number] as number) + 1;
  let least = 255;
  let above = 0; // documents of an impact above `least`: all kept
  while (least > 1 && above + (histogram[least] as number) < TOP_DOCS) above += histogram[least--] as number;
  // Newest first: of the least impact kept, the newest documents fill the rest.
  const kept: number[] = [];
  let ties = TOP_DOCS - above;
  for (let i = length - 1; i >= 0; i--) {
    const impact = impacts[i] as number;
    if (impact > least || (impact === least && ties-- > 0)) kept.push(i);
  }
  kept.sort((a, b) => (impacts[b] as number) - (impacts[a] as number) || (docs[b] as number) - (docs[a] as number));
  const out = new ByteWriter();
  out.varint(kept.length);
  for (const i of kept) {
    out.varint(docs[i] as number);
    out.byte(impacts[i] as number);
  }
  return out.result();
}

const powerOfTwoAtLeast = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Counts what a build writes into the index folder. */
class IndexWriter {
  files = 0;
  bytes = 0;
  constructor(readonly root: string) {}
  write(path: string, data: Uint8Array | string) {
    writeFileSync(join(this.root, path), data);
    this.files++;
    this.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
}

interface SegmentBuild {
  segment: Segment;
  facets: FacetCounts;
  terms: number;
  phrases: number;
  passes: number;
  truncated: string[];
}

/** Each year's editions with their count of documents: a date range becomes a range of numbers. */
function writeDays(held: HeldDoc[], dir: string, write: (path: string, data: string) => void) {
  const byYear = new Map<string, Array<[string, number]>>();
  for (const { date } of held) {
    const days = byYear.get(date.slice(0, 4)) ?? [];
    const last = days.at(-1);
    if (last && last[0] === date) last[1]++;
    else days.push([date, 1]);
    byYear.set(date.slice(0, 4), days);
  }
  for (const [year, days] of byYear) write(paths.days(dir, year), JSON.stringify(days));
}

/** Each document's section and people as indexes into the segment's sorted values, COLUMN_DOCS documents a file. */
function writeColumns(held: HeldDoc[], facets: FacetCounts, dir: string, write: (path: string, data: Uint8Array) => void) {
  const indexOf = (facet: FacetName) => new Map(facets[facet].map(([value], i) => [value, i]));
  const sections = indexOf('section');
  const people = indexOf('reporter');
  for (let start = 0; start < held.length; start += COLUMN_DOCS) {
    const out = new ByteWriter();
    for (const doc of held.slice(start, start + COLUMN_DOCS)) {
      const names = [...new Set(doc.people)];
      out.varint(sections.get(doc.section) as number);
      out.varint(names.length);
      for (const name of names) out.varint(people.get(name) as number);
    }
    write(paths.columns(dir, start / COLUMN_DOCS), out.result());
  }
}

type SegmentOptions = IndexOptions & { after?: string; storeDocs?: boolean };

/**
 * Every record read once: what results show stored (unless `storeDocs` is false), its
 * folded text kept, at most MAX_POSITION units (a longer one's URL goes to `truncated`).
 */
function holdRecords(records: Iterable<SearchRecord>, out: IndexWriter, from: number, options: SegmentOptions, truncated: string[]): HeldDoc[] {
  const held: HeldDoc[] = [];
  const folders = new Set<string>();
  for (const r of records) {
    const previous = held.at(-1)?.date ?? options.after;
    if (previous && (held.length ? previous > r.date : previous >= r.date)) throw new Error(`search index: records must come oldest first, found ${r.date} (${r.url}) after ${previous}`);
    const { text, weights } = indexText(r);
    if (text.length > MAX_POSITION) truncated.push(r.url);
    const kept = text.slice(0, MAX_POSITION);
    const ends: number[] = [];
    for (let i = 0; i < kept.length; i++) if (i + 1 === kept.length || weights[i + 1] !== weights[i]) ends.push(i + 1, weights[i] as number);
    if (options.storeDocs !== false) {
      const path = paths.doc(from + held.length);
      const folder = dirname(join(out.root, path));
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      out.write(path, JSON.stringify(storedDoc(r)));
    }
    held.push({ date: r.date, section: r.section ?? UNKNOWN_SECTION_LABEL, people: r.people, text: kept, blocks: Uint32Array.from(ends) });
  }
  return held;
}

/** Years are ranges of numbers; sections and reporters are lists, one file a value, with their counts. */
function writeFacets(held: HeldDoc[], from: number, dir: string, out: IndexWriter): { years: IndexManifest['years']; facets: FacetCounts } {
  const years: IndexManifest['years'] = [];
  const facetDocs: Record<FacetName, Map<string, number[]>> = { section: new Map(), reporter: new Map() };
  held.forEach((doc, local) => {
    const id = from + local;
    const year = doc.date.slice(0, 4);
    const last = years.at(-1);
    if (last && last[0] === year) last[2]++;
    else years.push([year, id, 1]);
    const add = (facet: FacetName, value: string) => {
      const list = facetDocs[facet].get(value);
      if (list) {
        if (list.at(-1) !== id) list.push(id);
      } else facetDocs[facet].set(value, [id]);
    };
    add('section', doc.section);
    for (const p of doc.people) add('reporter', p);
  });
  mkdirSync(join(out.root, dir, 'f'), { recursive: true });
  const facets = {} as FacetCounts;
  for (const facet of ['section', 'reporter'] as const) {
    const values = [...facetDocs[facet].entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    facets[facet] = values.map(([value, ids]) => [value, ids.length]);
    values.forEach(([, ids], index) => {
      const list = new ByteWriter();
      let previous = -1;
      for (const id of ids) {
        list.varint(id - previous);
        previous = id;
      }
      out.write(paths.facet(dir, facet, index), list.result());
    });
  }
  out.write(paths.facets(dir), JSON.stringify(facets));
  return { years, facets };
}

/** How the terms are shared out among the passes: by bucket, and each unit by its own term's bucket. */
interface PassPlan {
  passes: number;
  buckets: number;
  /** Expected occurrences in all, for sizing each pass's store. */
  occurrences: number;
  unitPass: Int32Array;
  bucketPass: Int32Array;
  phrases: Phrases | null;
}

/**
 * Passes share out buckets, so many passes need the count first: one bucket for 16
 * documents. One pass sizes them to the terms it finds instead (writePostings): a small
 * segment has many terms a document, and each segment adds a bucket file to every query.
 */
function planPasses(held: HeldDoc[], options: SegmentOptions): PassPlan {
  const docs = held.length;
  const buckets = Math.min(65536, powerOfTwoAtLeast(Math.max(16, docs / 16)));
  // Runs common in this segment: a segment of one edition has none (their lists are short anyway).
  const phraseDocs = options.phraseDocs ?? PHRASE_DOCS;
  const phrases = docs >= phraseDocs ? new Phrases(held, phraseDocs) : null;
  // A pair at nearly every position, and each distinct unit once a document: about 1.5 a unit; and the phrases there.
  const occurrences = held.reduce((n, d) => n + (1.5 + (phrases?.perUnit ?? 0)) * d.text.length, 0);
  const passes = Math.max(1, Math.ceil(occurrences / (options.occurrencesPerPass ?? OCCURRENCES_PER_PASS)));
  const unitPass = new Int32Array(65536);
  for (let u = 0; u < 65536; u++) unitPass[u] = bucketOf(unitKey(u), buckets) % passes;
  const bucketPass = Int32Array.from({ length: buckets }, (_, b) => b % passes);
  return { passes, buckets, occurrences, unitPass, bucketPass, phrases };
}

/**
 * One pass's occurrences of its share of the terms, in document order, then sorted by
 * term (a counting sort, stable), so that each term's documents and positions come out
 * ascending, ready to encode.
 */
function collectPass(held: HeldDoc[], pass: number, plan: PassPlan) {
  const { passes, unitPass, bucketPass, phrases } = plan;
  const mask = plan.buckets - 1;
  const dictionary = new TermDictionary();
  const found = new Occurrences(Math.ceil((1.1 * plan.occurrences) / passes) + 1024);
  // A unit's weight in the document being read: the document it was last seen in, the sum so far.
  const unitDoc = new Int32Array(65536).fill(-1);
  const unitWeight = new Float64Array(65536);
  const touched: number[] = [];
  let weights = new Uint8Array(1024);
  for (let id = 0; id < held.length; id++) {
    const { text, blocks } = held[id] as HeldDoc;
    const length = text.length;
    if (weights.length < length) weights = new Uint8Array(length);
    for (let i = 0, start = 0; i < blocks.length; i += 2) {
      weights.fill(blocks[i + 1] as number, start, blocks[i] as number);
      start = blocks[i] as number;
    }
    touched.length = 0;
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      if (unit === BLOCK_SEPARATOR) continue;
      const weight = weights[i] as number;
      if (unitPass[unit] === pass) {
        if (unitDoc[unit] !== id) {
          unitDoc[unit] = id;
          unitWeight[unit] = 0;
          touched.push(unit);
        }
        unitWeight[unit] = (unitWeight[unit] as number) + weight;
      }
      const next = i + 1 < length ? text.charCodeAt(i + 1) : BLOCK_SEPARATOR;
      if (next === BLOCK_SEPARATOR) continue;
      if (bucketPass[pairHash(unit, next) & mask] !== pass) continue;
      found.add(dictionary.pair(unit, next), id, i, weight);
      phrases?.each(text, i, unit, next, (key) => found.add(dictionary.phrase(key), id, i, weight));
    }
    for (const unit of touched) found.add(dictionary.unit(unit), id, 0, Math.min(65535, unitWeight[unit] as number));
  }
  return { dictionary, sorted: found.sortedBy(dictionary.size) };
}

/** Where a pass's terms are encoded to, and the documents' lengths their impacts are weighed by. */
interface PostingsTarget {
  out: IndexWriter;
  dir: string;
  from: number;
  lengths: Float64Array;
  ownFileBytes: number;
}

/** Each term of a pass encoded, bucket by bucket: small lists together, long ones in files of their own. */
function encodePass({ dictionary, sorted }: ReturnType<typeof collectPass>, pass: number, passes: number, buckets: number, target: PostingsTarget) {
  const { out, dir, from, lengths, ownFileBytes } = target;
  // The documents and impacts of the term being encoded: its best ones go to its top file.
  let listDocs = new Int32Array(1024);
  let listImpacts = new Uint8Array(1024);
  const order = Array.from({ length: dictionary.size }, (_, t) => t);
  const bucketOfTerm = Int32Array.from(order, (t) => bucketOf(dictionary.key(t), buckets));
  order.sort((a, b) => (bucketOfTerm[a] as number) - (bucketOfTerm[b] as number) || dictionary.key(a) - dictionary.key(b));
  const docList = new ByteWriter();
  const positions = new ByteWriter();
  let next = 0;
  for (let bucket = pass; bucket < buckets; bucket += passes) {
    const docEntries: Array<BucketEntry & { data: Uint8Array | null }> = [];
    const positionEntries: Array<BucketEntry & { data: Uint8Array | null }> = [];
    for (; next < order.length && bucketOfTerm[order[next] as number] === bucket; next++) {
      const t = order[next] as number;
      const key = dictionary.key(t);
      const pair = isPairKey(key);
      docList.length = 0;
      positions.length = 0;
      let df = 0;
      let previousDoc = -1;
      for (let o = sorted.start[t] as number, end = sorted.start[t + 1] as number; o < end; ) {
        const doc = sorted.doc[o] as number;
        let weighted = 0;
        let count = 0;
        const first = o;
        for (; o < end && sorted.doc[o] === doc; o++) {
          weighted += sorted.weight[o] as number;
          count++;
        }
        const norm = K1 * (1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * (lengths[doc] as number)) / REFERENCE_LENGTH);
        // Stored as numbers across the whole index: a reader joins segments' lists as they are.
        const impact = Math.max(1, Math.min(255, Math.round((weighted / (weighted + norm)) * 255)));
        docList.varint(from + doc - previousDoc);
        docList.byte(impact);
        previousDoc = from + doc;
        if (df === listDocs.length) {
          const grown = new Int32Array(2 * df);
          grown.set(listDocs);
          listDocs = grown;
          const more = new Uint8Array(2 * df);
          more.set(listImpacts);
          listImpacts = more;
        }
        listDocs[df] = from + doc;
        listImpacts[df] = impact;
        df++;
        if (!pair) continue;
        positions.varint(count);
        let previous = 0;
        for (let k = first; k < o; k++) {
          positions.varint((sorted.position[k] as number) - previous);
          previous = sorted.position[k] as number;
        }
      }
      const own = docList.length > ownFileBytes;
      if (own) {
        out.write(paths.ownDocs(dir, key), docList.result());
        out.write(paths.ownTop(dir, key), topOf(listDocs, listImpacts, df));
        if (pair) out.write(paths.ownPositions(dir, key), positions.result());
      }
      docEntries.push({ key, df, length: own ? 0 : docList.length, data: own ? null : docList.result().slice() });
      if (pair) positionEntries.push({ key, df, length: own ? 0 : positions.length, data: own ? null : positions.result().slice() });
    }
    // Every bucket has its files, empty or not: a missing file is an error, never "no match".
    out.write(paths.bucketDocs(dir, bucket), writeBucket(docEntries));
    out.write(paths.bucketPositions(dir, bucket), writeBucket(positionEntries));
  }
}

/** The postings, pass by pass, each written out before the next begins: memory stays bounded. */
function writePostings(held: HeldDoc[], from: number, dir: string, out: IndexWriter, options: SegmentOptions) {
  const plan = planPasses(held, options);
  const { passes } = plan;
  let { buckets } = plan;
  mkdirSync(join(out.root, dir, 'd'), { recursive: true });
  mkdirSync(join(out.root, dir, 'p'), { recursive: true });
  const target = { out, dir, from, lengths: Float64Array.from(held, (d) => d.text.length), ownFileBytes: options.ownFileBytes ?? OWN_FILE_BYTES };
  let terms = 0;
  for (let pass = 0; pass < passes; pass++) {
    const collected = collectPass(held, pass, plan);
    terms += collected.dictionary.size;
    if (passes === 1) buckets = Math.min(65536, powerOfTwoAtLeast(Math.max(16, collected.dictionary.size / TERMS_PER_BUCKET)));
    encodePass(collected, pass, passes, buckets, target);
  }
  return { buckets, terms, phrases: plan.phrases?.count ?? 0, passes };
}

/**
 * One segment: the records, numbered from `from` in the order they come (by edition
 * date, oldest first), into its own folder. `after`: the date its first record must be
 * newer than. `storeDocs`: write what results show of each document (a merge has them).
 */
function writeSegment(records: Iterable<SearchRecord>, out: IndexWriter, from: number, options: SegmentOptions): SegmentBuild {
  const truncated: string[] = [];
  const held = holdRecords(records, out, from, options, truncated);
  const docs = held.length;
  const dir = `s${from}-${docs}`;
  mkdirSync(join(out.root, dir), { recursive: true });
  const { years, facets } = writeFacets(held, from, dir, out);
  const write = (path: string, data: Uint8Array | string) => out.write(path, data);
  writeDays(held, dir, write);
  writeColumns(held, facets, dir, write);
  const { buckets, terms, phrases, passes } = writePostings(held, from, dir, out, options);
  const lastDate = held.at(-1)?.date ?? options.after ?? '';
  return { segment: { dir, from, docs, buckets, years, lastDate }, facets, terms, phrases, passes, truncated };
}

/** The named pages into a folder of their own (`n<docs>`, so a new build's never overwrites the one a reader is using), bucketed by folded name. */
function writeNames(out: IndexWriter, pages: NamedPage[], docs: number): NameTable {
  const dir = `n${docs}`;
  mkdirSync(join(out.root, dir), { recursive: true });
  const entries = pages.map((p): NameEntry => [foldText(p.name), p.role, p.name, p.url, p.count]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const buckets = powerOfTwoAtLeast(entries.length / NAMES_PER_BUCKET);
  const byBucket: NameEntry[][] = Array.from({ length: buckets }, () => []);
  for (const e of entries) byBucket[nameBucket(e[0], buckets)]?.push(e);
  byBucket.forEach((list, bucket) => out.write(paths.names(dir, bucket), JSON.stringify(list)));
  return { dir, buckets, longest: entries.reduce((n, e) => Math.max(n, e[0].length), 0) };
}

const readIndexManifest = (root: string) => JSON.parse(readFileSync(join(root, paths.manifest), 'utf8')) as IndexManifest;

/** The manifest names the segments and the named pages a reader uses: it is replaced whole, after their files are written. */
function publish(root: string, segments: Array<{ segment: Segment; facets: FacetCounts }>, names: NameTable) {
  const manifest = manifestOf(segments, names);
  writeFileSync(join(root, `${paths.manifest}.new`), JSON.stringify(manifest));
  renameSync(join(root, `${paths.manifest}.new`), join(root, paths.manifest));
  return manifest;
}

/** The whole index, from every record: one segment; and the archive's named pages (src/build/named-pages.ts). */
export function buildSearchIndex(records: Iterable<SearchRecord>, siteDir: string, pages: () => NamedPage[], options: IndexOptions = {}): IndexStats {
  const root = join(siteDir, INDEX_DIR);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const out = new IndexWriter(root);
  const built = writeSegment(records, out, 0, options);
  publish(root, [built], writeNames(out, pages(), built.segment.docs));
  return { docs: built.segment.docs, segments: 1, merged: 0, terms: built.terms, phrases: built.phrases, buckets: built.segment.buckets, passes: built.passes, files: out.files + 1, bytes: out.bytes, truncated: built.truncated };
}

/**
 * Adds documents newer than every one the index holds, numbered after them, as a new
 * segment; then merges the last two segments while the older is less than twice the
 * newer and the two hold at most SEGMENT_MERGE_LIMIT documents, re-reading their
 * records through `recordsOf(from, to)` (a binary counter: a few segments, each merge
 * small). Throws, leaving the index as it was, when a record is not newer or the index
 * is of another format.
 */
export function appendToSearchIndex(records: Iterable<SearchRecord>, siteDir: string, recordsOf: (from: number, to: number) => Iterable<SearchRecord>, pages: NamedPage[], options: IndexOptions = {}): IndexStats {
  const root = join(siteDir, INDEX_DIR);
  const before = readIndexManifest(root);
  // An index of another format lacks files this one reads (each year's editions, the columns counted): only a whole build remakes it.
  if (before.version !== FORMAT_VERSION) throw new Error(`${join(root, paths.manifest)}: expected search index format ${FORMAT_VERSION}, found ${before.version}: build the whole site to rebuild the index`);
  const out = new IndexWriter(root);
  // A record out of order throws before any segment is written; the documents stored for
  // numbers past the manifest's count are not read, and the next append writes them again.
  const built = writeSegment(records, out, before.docs, { ...options, after: before.segments.at(-1)?.lastDate });
  const facetsOf = (segment: Segment) => JSON.parse(readFileSync(join(root, paths.facets(segment.dir)), 'utf8')) as FacetCounts;
  const segments = [...before.segments.map((segment) => ({ segment, facets: facetsOf(segment) })), built];
  let { terms, phrases, passes } = built;
  let merged = 0;
  const written = [built.segment];
  for (;;) {
    const [older, newer] = segments.slice(-2).map((s) => s.segment) as [Segment | undefined, Segment | undefined];
    if (!older || !newer || older.docs >= 2 * newer.docs || older.docs + newer.docs > SEGMENT_MERGE_LIMIT) break;
    const to = newer.from + newer.docs;
    const both = writeSegment(recordsOf(older.from, to), out, older.from, { ...options, storeDocs: false });
    if (both.segment.docs !== to - older.from) throw new Error(`search index: expected ${to - older.from} records to merge, found ${both.segment.docs}`);
    segments.splice(-2, 2, both);
    written.push(both.segment);
    terms = both.terms;
    phrases = both.phrases;
    passes = both.passes;
    merged += 2;
  }
  // A new edition with no document to index still reaches the manifest's dates: nothing else changes.
  const kept = segments.filter((s, i) => s.segment.docs > 0 || i === 0);
  const last = kept.at(-1)?.segment;
  const names = writeNames(out, pages, last ? last.from + last.docs : 0);
  publish(root, kept, names);
  const live = new Set([...kept.map((s) => s.segment.dir), names.dir]);
  for (const dir of [...before.segments.map((s) => s.dir), ...written.map((s) => s.dir), before.names.dir]) if (!live.has(dir) && existsSync(join(root, dir))) rmSync(join(root, dir), { recursive: true, force: true });
  return { docs: built.segment.docs, segments: kept.length, merged, terms, phrases, buckets: built.segment.buckets, passes, files: out.files + 1, bytes: out.bytes, truncated: built.truncated };
}
