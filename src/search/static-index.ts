// Reads the static search index (index-format.ts) through a fetch of the caller's: the
// search page's fetch in the browser, a reader of files in Node. Each file is fetched
// once per instance; nothing else is loaded until a query needs it.
import {
  ByteReader, INDEX_DIR, FORMAT_VERSION, bucketOf, isPairKey, paths, readBucket,
  type FacetName, type Manifest,
} from './index-format.ts';
import type { StoredDoc } from './document.ts';

/** Fetches one file of the index by its path inside the index folder. */
export type IndexFetch = (path: string) => Promise<Uint8Array>;

/** A term's documents: ascending numbers, each with its impact (how much the term weighs there, 1–255). */
export interface Postings { df: number; docs: Uint32Array; impacts: Uint8Array }

const EMPTY: Postings = { df: 0, docs: new Uint32Array(0), impacts: new Uint8Array(0) };

export class StaticIndex {
  private readonly files = new Map<string, Promise<Uint8Array>>();
  private readonly buckets = new Map<string, Promise<Map<number, { df: number; data: Uint8Array | null }>>>();

  private constructor(private readonly fetchFile: IndexFetch, readonly manifest: Manifest) {}

  static async open(fetchFile: IndexFetch): Promise<StaticIndex> {
    const manifest = JSON.parse(new TextDecoder().decode(await fetchFile(paths.manifest))) as Manifest;
    if (manifest.version !== FORMAT_VERSION) throw new Error(`search index: expected format ${FORMAT_VERSION}, found ${manifest.version}`);
    return new StaticIndex(fetchFile, manifest);
  }

  private file(path: string): Promise<Uint8Array> {
    let pending = this.files.get(path);
    if (!pending) { pending = this.fetchFile(path); this.files.set(path, pending); }
    return pending;
  }

  private bucket(path: string) {
    let pending = this.buckets.get(path);
    if (!pending) { pending = this.file(path).then(readBucket); this.buckets.set(path, pending); }
    return pending;
  }

  /** Where a term's bytes are: in its bucket, in a file of its own, or nowhere (no document holds it). */
  private async termBytes(key: number, kind: 'docs' | 'positions'): Promise<{ df: number; data: Uint8Array } | null> {
    const b = bucketOf(key, this.manifest.buckets);
    const entry = (await this.bucket(kind === 'docs' ? paths.bucketDocs(b) : paths.bucketPositions(b))).get(key);
    if (!entry) return null;
    const data = entry.data ?? (await this.file(kind === 'docs' ? paths.ownDocs(key) : paths.ownPositions(key)));
    return { df: entry.df, data };
  }

  /** The documents holding a term (a unit or a pair of units). */
  async postings(key: number): Promise<Postings> {
    const found = await this.termBytes(key, 'docs');
    if (!found) return EMPTY;
    const reader = new ByteReader(found.data);
    const docs = new Uint32Array(found.df);
    const impacts = new Uint8Array(found.df);
    let doc = -1;
    for (let i = 0; i < found.df; i++) {
      doc += reader.varint();
      docs[i] = doc;
      impacts[i] = reader.byte();
    }
    return { df: found.df, docs, impacts };
  }

  /**
   * Where a pair stands in each of its documents: a function from the document's index in
   * the pair's postings to its positions (ascending).
   */
  async positions(key: number): Promise<(index: number) => Uint32Array> {
    if (!isPairKey(key)) throw new Error('search index: only pairs of units have positions');
    const found = await this.termBytes(key, 'positions');
    if (!found) return () => new Uint32Array(0);
    const reader = new ByteReader(found.data);
    const starts = new Uint32Array(found.df + 1);
    for (let i = 0; i < found.df; i++) {
      starts[i] = reader.offset;
      const count = reader.varint();
      for (let k = 0; k < count; k++) reader.varint();
    }
    starts[found.df] = reader.offset;
    return (index: number) => {
      const r = new ByteReader(found.data);
      r.offset = starts[index] as number;
      const out = new Uint32Array(r.varint());
      let p = 0;
      for (let k = 0; k < out.length; k++) { p += r.varint(); out[k] = p; }
      return out;
    };
  }

  /** The documents with a section or a reporter, ascending. */
  async facet(facet: FacetName, value: string): Promise<Uint32Array> {
    const index = this.manifest.facets[facet].findIndex(([v]) => v === value);
    if (index < 0) return new Uint32Array(0);
    const reader = new ByteReader(await this.file(paths.facet(facet, index)));
    const out = new Uint32Array(this.manifest.facets[facet][index]?.[1] ?? 0);
    let doc = -1;
    for (let i = 0; i < out.length; i++) { doc += reader.varint(); out[i] = doc; }
    return out;
  }

  /** The range [from, to) of document numbers of a year (empty when the archive has none). */
  yearRange(year: string): [number, number] {
    const found = this.manifest.years.find(([y]) => y === year);
    return found ? [found[1], found[1] + found[2]] : [0, 0];
  }

  /** The values of each filter, with their counts, as the search form lists them. */
  filters(): Record<'section' | 'year' | 'reporter', Record<string, number>> {
    return {
      section: Object.fromEntries(this.manifest.facets.section),
      year: Object.fromEntries(this.manifest.years.map(([y, , n]) => [y, n])),
      reporter: Object.fromEntries(this.manifest.facets.reporter),
    };
  }

  async doc(id: number): Promise<StoredDoc> {
    return JSON.parse(new TextDecoder().decode(await this.file(paths.doc(id)))) as StoredDoc;
  }
}

/** The index's folder under a site's root URL or directory. */
export const indexBase = (root: string) => `${root.replace(/\/$/u, '')}/${INDEX_DIR}/`;
