// Reads the static search index (index-format.ts) through a fetch of the caller's: the
// search page's fetch in the browser, a reader of files in Node. Each file is fetched
// once per instance; nothing else is loaded until a query needs it. A query reads each
// segment's lists apart (a segment has phrases of its own); the segments hold ascending
// ranges of numbers, so their matches join one after another.
import { ByteReader, COLUMN_DOCS, INDEX_DIR, FORMAT_VERSION, bucketOf, isPairKey, nameBucket, paths, readBucket, type FacetCounts, type FacetName, type IndexManifest, type NameEntry, type NamedPage, type Segment } from './index-format.ts';
import type { StoredDoc } from './document.ts';

/** Fetches one file of the index by its path inside the index folder. */
export type IndexFetch = (path: string) => Promise<Uint8Array>;

/** A term's documents: ascending numbers, each with its impact (how much the term weighs there, 1–255). */
export interface Postings {
  df: number;
  docs: Uint32Array;
  impacts: Uint8Array;
}

/** A column file read: each document's section and people. */
type Column = Array<[string, string[]]>;

const EMPTY: Postings = { df: 0, docs: new Uint32Array(0), impacts: new Uint8Array(0) };

export class StaticIndex {
  private readonly files = new Map<string, Promise<Uint8Array>>();
  private readonly buckets = new Map<string, Promise<Map<number, { df: number; data: Uint8Array | null }>>>();
  private readonly parsed = new Map<string, Promise<unknown>>();
  private readonly columnFiles = new Map<string, Promise<Column>>();

  private constructor(
    private readonly fetchFile: IndexFetch,
    readonly manifest: IndexManifest,
  ) {}

  static async open(fetchFile: IndexFetch): Promise<StaticIndex> {
    const manifest = JSON.parse(new TextDecoder().decode(await fetchFile(paths.manifest))) as IndexManifest;
    if (manifest.version !== FORMAT_VERSION) throw new Error(`search index: expected format ${FORMAT_VERSION}, found ${manifest.version}`);
    return new StaticIndex(fetchFile, manifest);
  }

  private file(path: string): Promise<Uint8Array> {
    let pending = this.files.get(path);
    if (!pending) {
      pending = this.fetchFile(path);
      this.files.set(path, pending);
    }
    return pending;
  }

  private bucket(path: string) {
    let pending = this.buckets.get(path);
    if (!pending) {
      pending = this.file(path).then(readBucket);
      this.buckets.set(path, pending);
    }
    return pending;
  }

  /** A term's entry in a segment's bucket (its count of documents), or null when no document there holds it. */
  async entry(segment: Segment, key: number): Promise<{ df: number; data: Uint8Array | null } | null> {
    return (await this.bucket(paths.bucketDocs(segment.dir, bucketOf(key, segment.buckets)))).get(key) ?? null;
  }

  /** Where a term's bytes are in a segment: in its bucket, in a file of its own, or nowhere (no document there holds it). */
  private async termBytes(segment: Segment, key: number, kind: 'docs' | 'positions'): Promise<{ df: number; data: Uint8Array } | null> {
    const b = bucketOf(key, segment.buckets);
    const entry = (await this.bucket(kind === 'docs' ? paths.bucketDocs(segment.dir, b) : paths.bucketPositions(segment.dir, b))).get(key);
    if (!entry) return null;
    const data = entry.data ?? (await this.file(kind === 'docs' ? paths.ownDocs(segment.dir, key) : paths.ownPositions(segment.dir, key)));
    return { df: entry.df, data };
  }

  /** The documents of a segment holding a term (a unit, a pair or a phrase of units). */
  async postings(segment: Segment, key: number): Promise<Postings> {
    const part = await this.termBytes(segment, key, 'docs');
    if (!part) return EMPTY;
    const docs = new Uint32Array(part.df);
    const impacts = new Uint8Array(part.df);
    const reader = new ByteReader(part.data);
    let doc = -1;
    for (let k = 0; k < part.df; k++) {
      doc += reader.varint();
      docs[k] = doc;
      impacts[k] = reader.byte();
    }
    return { df: part.df, docs, impacts };
  }

  /**
   * The documents of a segment where a term with a file of its own weighs most (TOP_DOCS
   * of them, most first, newest first at equal impact), or null for a term kept in its
   * bucket, whose whole list is as small.
   */
  async top(segment: Segment, key: number): Promise<Postings | null> {
    const entry = await this.entry(segment, key);
    if (!entry || entry.data) return null;
    const reader = new ByteReader(await this.file(paths.ownTop(segment.dir, key)));
    const count = reader.varint();
    const docs = new Uint32Array(count);
    const impacts = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      docs[k] = reader.varint();
      impacts[k] = reader.byte();
    }
    return { df: entry.df, docs, impacts };
  }

  /**
   * Where a term of two units or more stands in each of its documents in a segment: a
   * function from the document's index in the segment's postings to its positions (ascending).
   */
  async positions(segment: Segment, key: number): Promise<(index: number) => Uint32Array> {
    if (!isPairKey(key)) throw new Error('search index: only pairs of units have positions');
    const part = await this.termBytes(segment, key, 'positions');
    const data = part?.data ?? new Uint8Array(0);
    // Each document's positions: where they start.
    const starts = new Uint32Array(part?.df ?? 0);
    const reader = new ByteReader(data);
    for (let k = 0; k < starts.length; k++) {
      starts[k] = reader.offset;
      const count = reader.varint();
      for (let c = 0; c < count; c++) reader.varint();
    }
    return (index: number) => {
      if (index >= starts.length) return new Uint32Array(0);
      const r = new ByteReader(data);
      r.offset = starts[index] as number;
      const out = new Uint32Array(r.varint());
      let p = 0;
      for (let k = 0; k < out.length; k++) {
        p += r.varint();
        out[k] = p;
      }
      return out;
    };
  }

  private json<T>(path: string): Promise<T> {
    let pending = this.parsed.get(path);
    if (!pending) {
      pending = this.file(path).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown);
      this.parsed.set(path, pending);
    }
    return pending as Promise<T>;
  }

  /** The documents with a section or a reporter, ascending. */
  async facet(facet: FacetName, value: string): Promise<Uint32Array> {
    const lists = await Promise.all(
      this.manifest.segments.map(async (s) => {
        const values = (await this.json<FacetCounts>(paths.facets(s.dir)))[facet];
        const index = values.findIndex(([v]) => v === value);
        if (index < 0) return [];
        const reader = new ByteReader(await this.file(paths.facet(s.dir, facet, index)));
        const out: number[] = [];
        let doc = -1;
        for (let i = 0; i < (values[index]?.[1] ?? 0); i++) {
          doc += reader.varint();
          out.push(doc);
        }
        return out;
      }),
    );
    return Uint32Array.from(lists.flat());
  }

  /** The range [from, to) of document numbers of a year (empty when the archive has none). */
  yearRange(year: string): [number, number] {
    const found = this.manifest.years.find(([y]) => y === year);
    return found ? [found[1], found[1] + found[2]] : [0, 0];
  }

  /** A year's editions: each date with its first document number and count, oldest first. */
  async days(year: string): Promise<Array<[string, number, number]>> {
    const segments = this.manifest.segments.filter((s) => s.years.some(([y]) => y === year));
    const lists = await Promise.all(
      segments.map(async (s) => {
        let first = (s.years.find(([y]) => y === year) as [string, number, number])[1];
        return (await this.json<Array<[string, number]>>(paths.days(s.dir, year))).map(([date, count]): [string, number, number] => {
          first += count;
          return [date, first - count, count];
        });
      }),
    );
    return lists.flat();
  }

  /**
   * The first document number dated on or after `date` (`after`: after it), or the
   * number of documents: documents are numbered by date, so a date range is a range of
   * numbers. Reads the days of that year alone, none for a year the archive lacks.
   */
  async dateStart(date: string, after = false): Promise<number> {
    const year = date.slice(0, 4);
    for (const [y, first] of this.manifest.years) {
      if (y < year) continue;
      if (y > year) return first;
      const day = (await this.days(y)).find(([d]) => (after ? d > date : d >= date));
      if (day) return day[1];
    }
    return this.manifest.docs;
  }

  /** The section and people of each of the documents (ascending), reading only the column files that hold them. */
  async columnsOf(docs: ArrayLike<number>): Promise<Array<[string, string[]]>> {
    const wanted = new Map<string, { segment: Segment; chunk: number }>();
    const segments = this.manifest.segments;
    let s = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      while (s < segments.length && doc >= (segments[s] as Segment).from + (segments[s] as Segment).docs) s++;
      const segment = segments[s] as Segment;
      const chunk = Math.floor((doc - segment.from) / COLUMN_DOCS);
      wanted.set(paths.columns(segment.dir, chunk), { segment, chunk });
    }
    const columns = new Map(await Promise.all([...wanted].map(async ([path, { segment, chunk }]) => [path, await this.column(segment, chunk)] as const)));
    const out: Array<[string, string[]]> = [];
    s = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      while (doc >= (segments[s] as Segment).from + (segments[s] as Segment).docs) s++;
      const segment = segments[s] as Segment;
      const local = doc - segment.from;
      out.push((columns.get(paths.columns(segment.dir, Math.floor(local / COLUMN_DOCS))) as Column)[local % COLUMN_DOCS] as [string, string[]]);
    }
    return out;
  }

  private column(segment: Segment, chunk: number): Promise<Column> {
    const path = paths.columns(segment.dir, chunk);
    let pending = this.columnFiles.get(path);
    if (!pending) {
      pending = Promise.all([this.json<FacetCounts>(paths.facets(segment.dir)), this.file(path)]).then(([values, bytes]) => {
        const reader = new ByteReader(bytes);
        const column: Column = [];
        while (!reader.done) {
          const section = (values.section[reader.varint()] as [string, number])[0];
          const people = Array.from({ length: reader.varint() }, () => (values.reporter[reader.varint()] as [string, number])[0]);
          column.push([section, people]);
        }
        return column;
      });
      this.columnFiles.set(path, pending);
    }
    return pending;
  }

  /** The values of each filter, with their counts, as the search form lists them. */
  filters(): Record<'section' | 'year' | 'reporter', Record<string, number>> {
    return {
      section: Object.fromEntries(this.manifest.facets.section),
      year: Object.fromEntries(this.manifest.years.map(([y, , n]) => [y, n])),
      reporter: Object.fromEntries(this.manifest.facets.reporter),
    };
  }

  /** The pages of the people and sections whose folded name is exactly `folded`: one small file read, none for a longer string than any name. */
  async namedPages(folded: string): Promise<NamedPage[]> {
    const { dir, buckets, longest } = this.manifest.names;
    if (!folded || folded.length > longest) return [];
    const entries = JSON.parse(new TextDecoder().decode(await this.file(paths.names(dir, nameBucket(folded, buckets))))) as NameEntry[];
    return entries.filter(([f]) => f === folded).map(([, role, name, url, count]) => ({ name, role, url, count }));
  }

  async doc(id: number): Promise<StoredDoc> {
    return JSON.parse(new TextDecoder().decode(await this.file(paths.doc(id)))) as StoredDoc;
  }
}

/** The index's folder under a site's root URL or directory. */
export const indexBase = (root: string) => `${root.replace(/\/$/u, '')}/${INDEX_DIR}/`;
