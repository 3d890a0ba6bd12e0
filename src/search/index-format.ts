// The static search index's files, shared by the builder (Node) and the reader (browser
// and Node). Terms are the units of the folded text (tokens.ts) and their adjacent pairs;
// each term's postings are sorted document numbers with an impact byte, and, for pairs,
// the positions where the pair stands, in a separate file: a query of one or two units
// never downloads positions. Terms are spread over hash buckets, so a query fetches
// a few small files whatever the archive's size; a term with a long list has files of
// its own. Documents are numbered by edition date, oldest first, so that a year is a
// range of numbers and "newest first" is descending order. The index is a row of
// segments, each over a range of document numbers: a full build writes one, a new
// edition adds one (and small neighbours are merged), and a query reads each in turn.
// Beside them, the archive's people and sections by name, spread over hash buckets too,
// so that a query that is exactly a name can link to its page for the cost of one small file.
// A long query of common pairs would read their long lists and positions whole: so the
// runs of characters common in a segment (phrases, up to PHRASE_LENGTH units) are terms
// of their own, in the bucket of their first pair, and a query reads the longest ones it
// holds. A term with a file of its own also has its best documents apart (`top`), so the
// first page of a one-term query never reads the long list.

export const INDEX_DIR = 'search-index';
export const FORMAT_VERSION = 6;

/** A term's doc list longer than this (bytes) gets files of its own instead of sharing a bucket. */
export const OWN_FILE_BYTES = 4096;
/** A term with a file of its own keeps this many of its documents, by impact, in a file apart: a first page of results. */
export const TOP_DOCS = 32;
/** The longest phrase indexed, in units: the longest query a reader commonly types. */
export const PHRASE_LENGTH = 8;
/** A run is extended to a phrase one unit longer when both its shorter runs are in this many documents (about a 4 KiB list). */
export const PHRASE_DOCS = 2048;
/** Documents per folder of stored documents. */
export const DOCS_PER_FOLDER = 1000;
/** Documents per file of a segment's facet columns (each document's section and people): counting a few matches reads a few files. */
export const COLUMN_DOCS = 1024;
/** Separates blocks in a document's folded text: never a term, never inside a pair. */
export const BLOCK_SEPARATOR = 0x0a;
/** Position and key share one float64 when sorting a document's terms: positions stay below 2^20. */
export const MAX_POSITION = 2 ** 20;

export type FacetName = 'section' | 'reporter';

/** Each value of a facet with its count of documents. */
export type FacetCounts = Record<FacetName, Array<[string, number]>>;

/** One segment: documents [from, from + docs), its own buckets and folder. */
export interface Segment {
  dir: string;
  from: number;
  docs: number;
  /** Number of hash buckets (a power of two). */
  buckets: number;
  /** Each year with documents here: the year, its first document number and its count. */
  years: Array<[string, number, number]>;
  /** The edition date of its newest document. */
  lastDate: string;
}

/** A person's or a section's page on the site, as the archive made it, with its count of stories. */
export interface NamedPage {
  name: string;
  /** A person's main role in the bylines (the one of most stories), or a section. */
  role: 'reporter' | 'correspondent' | 'photographer' | 'section';
  url: string;
  count: number;
}

/** A bucket of named pages: [folded name, role, name, url, count], sorted by folded name. */
export type NameEntry = [string, NamedPage['role'], string, string, number];

/** Where the named pages are: their folder, its number of buckets, the longest folded name. */
export interface NameTable {
  dir: string;
  buckets: number;
  longest: number;
}

export interface IndexManifest {
  version: number;
  /** Number of documents; document numbers run from 0. */
  docs: number;
  /** Oldest first; together they cover every document number once. */
  segments: Segment[];
  /** Each year with documents: the year, its first document number and its count. */
  years: Array<[string, number, number]>;
  /** Each value with its count, across the segments, for the search form's filters. */
  facets: FacetCounts;
  names: NameTable;
}

/** A single UTF-16 unit as a term. */
export const unitKey = (unit: number): number => unit;
/** Two adjacent units as a term: above every unit key. */
export const pairKey = (first: number, second: number): number => 65536 + first * 65536 + second;
export const isPairKey = (key: number): boolean => key >= 65536;
/** Phrases' keys lie above every pair's. */
const PHRASE_BASE = 2 ** 33;
export const isPhraseKey = (key: number): boolean => key >= PHRASE_BASE;

/**
 * Tabulation hashing: a random 32-bit number for each unit, one table for a term's
 * first unit and one for its second, xored. Two lookups a pair, well spread; the tables
 * are drawn from a fixed seed (splitmix32), so builder and reader make the same ones.
 */
const TABLES = (() => {
  const tables = new Int32Array(3 * 65536);
  let state = 0x5eed2025;
  for (let i = 0; i < tables.length; i++) {
    state = (state + 0x9e3779b9) | 0;
    let t = state ^ (state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    tables[i] = t ^ (t >>> 15);
  }
  return tables;
})();

/** The hash of a unit as a term. */
export const unitHash = (unit: number): number => TABLES[unit] as number;
/** The hash of a pair of units as a term. */
export const pairHash = (first: number, second: number): number => (TABLES[65536 + first] as number) ^ (TABLES[131072 + second] as number);

/**
 * A phrase (three units or more) as a term: a 32-bit hash of its units above the low 20
 * bits of its first pair's hash, so that it shares that pair's bucket: the bucket a query
 * reads for the pair tells which phrases start there.
 */
export function phraseKey(phrase: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < phrase.length; i++) h = Math.imul(h ^ phrase.charCodeAt(i), 0x01000193);
  return PHRASE_BASE + (h >>> 0) * 2 ** 20 + ((pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1)) >>> 0) % 2 ** 20);
}

/** The bucket of a term, the same in the builder and the reader. */
export function bucketOf(key: number, buckets: number): number {
  if (key < 65536) return unitHash(key) & (buckets - 1);
  if (key >= PHRASE_BASE) return ((key - PHRASE_BASE) % 2 ** 20) & (buckets - 1);
  const pair = key - 65536;
  return pairHash(Math.floor(pair / 65536), pair % 65536) & (buckets - 1);
}

/** The bucket of a folded name: FNV-1a over its UTF-16 units. */
export function nameBucket(folded: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (buckets - 1);
}

export const paths = {
  manifest: 'manifest.json',
  bucketDocs: (dir: string, bucket: number) => `${dir}/d/b${bucket}.bin`,
  bucketPositions: (dir: string, bucket: number) => `${dir}/p/b${bucket}.bin`,
  ownDocs: (dir: string, key: number) => `${dir}/d/t${key.toString(16)}.bin`,
  ownPositions: (dir: string, key: number) => `${dir}/p/t${key.toString(16)}.bin`,
  /** The TOP_DOCS documents of a term with a file of its own where it weighs most (impact, then newest first). */
  ownTop: (dir: string, key: number) => `${dir}/d/t${key.toString(16)}.top.bin`,
  /** The facet values of a segment's documents, sorted, with counts (FacetCounts): read only when a filter is set. */
  facets: (dir: string) => `${dir}/f/values.json`,
  facet: (dir: string, facet: FacetName, index: number) => `${dir}/f/${facet}-${index}.bin`,
  /** A year's editions in a segment ([date, count of documents][], oldest first): read only for a date range or a year's months. */
  days: (dir: string, year: string) => `${dir}/f/days-${year}.json`,
  /**
   * The section and people of COLUMN_DOCS documents of a segment, from the `chunk`-th on: for each, varints of its
   * section's index in the segment's values, its number of people and their indexes. Read only to count matches.
   */
  columns: (dir: string, chunk: number) => `${dir}/f/c${chunk}.bin`,
  doc: (id: number) => `doc/${Math.floor(id / DOCS_PER_FOLDER)}/${id}.json`,
  /** A bucket of named pages (NameEntry[]). */
  names: (dir: string, bucket: number) => `${dir}/b${bucket}.json`,
};

/** The manifest of a row of segments (each with its facet values) and the named pages: years joined where a year spans two, facet counts added up. */
export function manifestOf(segments: Array<{ segment: Segment; facets: FacetCounts }>, names: NameTable): IndexManifest {
  const years: IndexManifest['years'] = [];
  for (const [year, from, count] of segments.flatMap((s) => s.segment.years)) {
    const last = years.at(-1);
    if (last && last[0] === year) last[2] += count;
    else years.push([year, from, count]);
  }
  const facets = {} as FacetCounts;
  for (const facet of ['section', 'reporter'] as const) {
    const counts = new Map<string, number>();
    for (const s of segments) for (const [value, n] of s.facets[facet]) counts.set(value, (counts.get(value) ?? 0) + n);
    facets[facet] = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  const last = segments.at(-1)?.segment;
  return { version: FORMAT_VERSION, docs: last ? last.from + last.docs : 0, segments: segments.map((s) => s.segment), years, facets, names };
}

/** A growing byte buffer with unsigned LEB128 varints. */
export class ByteWriter {
  bytes = new Uint8Array(16);
  length = 0;
  private room(n: number) {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  byte(value: number) {
    this.room(1);
    this.bytes[this.length++] = value;
  }
  varint(value: number) {
    this.room(8);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }
  append(bytes: Uint8Array) {
    this.room(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads what ByteWriter wrote. */
export class ByteReader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  get done() {
    return this.offset >= this.bytes.length;
  }
  byte(): number {
    return this.bytes[this.offset++] as number;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.offset++];
      if (b === undefined) throw new Error('search index: a number runs past the end of its file');
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }
}

/** A bucket file's table: each term's key, document count and byte length (0: the term has its own file). */
export interface BucketEntry {
  key: number;
  df: number;
  length: number;
}

export function writeBucket(entries: Array<BucketEntry & { data: Uint8Array | null }>): Uint8Array {
  const out = new ByteWriter();
  out.varint(entries.length);
  let previous = 0;
  for (const e of entries) {
    out.varint(e.key - previous);
    previous = e.key;
    out.varint(e.df);
    out.varint(e.length);
  }
  for (const e of entries) if (e.data) out.append(e.data);
  return out.result();
}

/** A bucket's table and, for each term stored in it, where its bytes are. */
export function readBucket(bytes: Uint8Array): Map<number, { df: number; data: Uint8Array | null }> {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const table: BucketEntry[] = [];
  let key = 0;
  for (let i = 0; i < count; i++) {
    key += reader.varint();
    table.push({ key, df: reader.varint(), length: reader.varint() });
  }
  const out = new Map<number, { df: number; data: Uint8Array | null }>();
  let at = reader.offset;
  for (const e of table) {
    out.set(e.key, { df: e.df, data: e.length ? bytes.subarray(at, at + e.length) : null });
    at += e.length;
  }
  return out;
}
