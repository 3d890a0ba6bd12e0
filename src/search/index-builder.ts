// Builds the static search index (index-format.ts) from the articles' records. Memory
// stays bounded on any archive: the documents' folded text is held once, compactly, and
// the postings are built in passes, each over the buckets of one share of the terms, and
// written out before the next pass begins.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexText, storedDoc } from './document.ts';
import type { SearchRecord } from './record.ts';
import {
  BLOCK_SEPARATOR, ByteWriter, FORMAT_VERSION, INDEX_DIR, MAX_POSITION, OWN_FILE_BYTES,
  bucketOf, pairKey, paths, writeBucket, type FacetName, type Manifest,
} from './index-format.ts';
import { UNKNOWN_SECTION_LABEL } from '../site/labels.ts';

export interface IndexStats {
  docs: number;
  terms: number;
  buckets: number;
  passes: number;
  files: number;
  bytes: number;
  /** Articles longer than the index reads (MAX_POSITION units): their tail is not searchable. */
  truncated: string[];
}

export interface IndexOptions {
  /** How many documents' postings one pass holds: 40,000 is about 0.25 GB at 6 KB a document. */
  docsPerPass?: number;
  /** A term whose doc list is longer (bytes) gets files of its own. */
  ownFileBytes?: number;
}
/** BM25's constants: how fast repeated words stop counting, and how much length matters. */
const K1 = 1.2;
const LENGTH_WEIGHT = 0.75;

interface HeldDoc {
  date: string;
  url: string;
  section: string;
  people: string[];
  text: string;
  /** [end, weight] of each block of `text`. */
  blocks: Uint32Array;
  /** Where its stored record waits until its number is known. */
  pending: string;
}

class TermPostings {
  df = 0;
  last = -1;
  readonly docs = new ByteWriter();
  readonly positions: ByteWriter | null;
  constructor(readonly key: number, pair: boolean) {
    this.positions = pair ? new ByteWriter() : null;
  }
  add(doc: number, impact: number, positions: Uint32Array, count: number) {
    this.df++;
    this.docs.varint(doc - this.last);
    this.docs.byte(impact);
    this.last = doc;
    if (!this.positions) return;
    this.positions.varint(count);
    let previous = 0;
    for (let i = 0; i < count; i++) {
      const p = positions[i] as number;
      this.positions.varint(p - previous);
      previous = p;
    }
  }
}

const powerOfTwoAtLeast = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

export function buildSearchIndex(records: Iterable<SearchRecord>, siteDir: string, options: IndexOptions = {}): IndexStats {
  const root = join(siteDir, INDEX_DIR);
  rmSync(root, { recursive: true, force: true });
  const pendingDir = join(root, 'pending');
  mkdirSync(pendingDir, { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, data: Uint8Array | string) => {
    const full = join(root, path);
    writeFileSync(full, data);
    files++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  const truncated: string[] = [];

  // 1. Read every record once: keep its folded text, store what results show.
  const held: HeldDoc[] = [];
  for (const r of records) {
    const { text, weights } = indexText(r);
    if (text.length > MAX_POSITION) truncated.push(r.url);
    const kept = text.slice(0, MAX_POSITION);
    const ends: number[] = [];
    for (let i = 0; i < kept.length; i++) if (i + 1 === kept.length || weights[i + 1] !== weights[i]) ends.push(i + 1, weights[i] as number);
    const pending = join(pendingDir, `${held.length}.json`);
    writeFileSync(pending, JSON.stringify(storedDoc(r)));
    held.push({ date: r.date, url: r.url, section: r.section ?? UNKNOWN_SECTION_LABEL, people: r.people, text: kept, blocks: Uint32Array.from(ends), pending });
  }

  // 2. Number the documents by edition date, oldest first.
  held.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const folders = new Set<string>();
  held.forEach((doc, id) => {
    const target = join(root, paths.doc(id));
    const folder = dirname(target);
    if (!folders.has(folder)) { mkdirSync(folder, { recursive: true }); folders.add(folder); }
    renameSync(doc.pending, target);
    files++;
  });
  rmSync(pendingDir, { recursive: true, force: true });

  // 3. Years are ranges of numbers; sections and reporters are lists.
  const years: Manifest['years'] = [];
  const facetDocs: Record<FacetName, Map<string, number[]>> = { section: new Map(), reporter: new Map() };
  held.forEach((doc, id) => {
    const year = doc.date.slice(0, 4);
    const last = years.at(-1);
    if (last && last[0] === year) last[2]++; else years.push([year, id, 1]);
    const add = (facet: FacetName, value: string) => {
      const list = facetDocs[facet].get(value);
      if (list) { if (list.at(-1) !== id) list.push(id); } else facetDocs[facet].set(value, [id]);
    };
    add('section', doc.section);
    for (const p of doc.people) add('reporter', p);
  });
  mkdirSync(join(root, 'f'), { recursive: true });
  const facets = {} as Manifest['facets'];
  for (const facet of ['section', 'reporter'] as const) {
    const values = [...facetDocs[facet].entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    facets[facet] = values.map(([value, ids]) => [value, ids.length]);
    values.forEach(([, ids], index) => {
      const out = new ByteWriter();
      let previous = -1;
      for (const id of ids) { out.varint(id - previous); previous = id; }
      write(paths.facet(facet, index), out.result());
    });
  }

  // 4. Postings, pass by pass.
  const docs = held.length;
  const buckets = Math.min(65536, powerOfTwoAtLeast(Math.max(16, docs / 16)));
  const passes = Math.max(1, Math.ceil(docs / (options.docsPerPass ?? 40_000)));
  const averageLength = held.reduce((n, d) => n + d.text.length, 0) / Math.max(1, docs);
  const unitBucket = new Int32Array(65536);
  for (let u = 0; u < 65536; u++) unitBucket[u] = bucketOf(u, buckets);
  mkdirSync(join(root, 'd'), { recursive: true });
  mkdirSync(join(root, 'p'), { recursive: true });
  let packed = new Float64Array(1024);
  let weights = new Uint8Array(1024);
  let positions = new Uint32Array(64);
  let terms = 0;

  for (let pass = 0; pass < passes; pass++) {
    const postings = new Map<number, TermPostings>();
    for (let id = 0; id < docs; id++) {
      const { text, blocks } = held[id] as HeldDoc;
      const length = text.length;
      if (packed.length < 2 * length) packed = new Float64Array(2 * length);
      if (weights.length < length) weights = new Uint8Array(length);
      for (let i = 0, start = 0; i < blocks.length; i += 2) {
        weights.fill(blocks[i + 1] as number, start, blocks[i] as number);
        start = blocks[i] as number;
      }
      let n = 0;
      for (let i = 0; i < length; i++) {
        const unit = text.charCodeAt(i);
        if (unit === BLOCK_SEPARATOR) continue;
        if ((unitBucket[unit] as number) % passes === pass) packed[n++] = unit * MAX_POSITION + i;
        const next = i + 1 < length ? text.charCodeAt(i + 1) : BLOCK_SEPARATOR;
        if (next === BLOCK_SEPARATOR) continue;
        const key = pairKey(unit, next);
        if (bucketOf(key, buckets) % passes === pass) packed[n++] = key * MAX_POSITION + i;
      }
      const sorted = packed.subarray(0, n).sort();
      const norm = K1 * (1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * length) / averageLength);
      for (let g = 0; g < n;) {
        const key = Math.floor((sorted[g] as number) / MAX_POSITION);
        let count = 0;
        let weighted = 0;
        let h = g;
        for (; h < n; h++) {
          const value = sorted[h] as number;
          const k = Math.floor(value / MAX_POSITION);
          if (k !== key) break;
          const pos = value - k * MAX_POSITION;
          if (count === positions.length) { const grown = new Uint32Array(count * 2); grown.set(positions); positions = grown; }
          positions[count++] = pos;
          weighted += weights[pos] as number;
        }
        g = h;
        const impact = Math.max(1, Math.min(255, Math.round(((weighted / (weighted + norm)) * 255))));
        let term = postings.get(key);
        if (!term) { term = new TermPostings(key, key >= 65536); postings.set(key, term); }
        term.add(id, impact, positions, count);
      }
    }
    // Write this pass's buckets: small lists together, long ones in files of their own.
    const byBucket = new Map<number, TermPostings[]>();
    for (const term of postings.values()) {
      const b = bucketOf(term.key, buckets);
      const list = byBucket.get(b);
      if (list) list.push(term); else byBucket.set(b, [term]);
    }
    terms += postings.size;
    // Every bucket has its files, empty or not: a missing file is an error, never "no match".
    for (let bucket = pass; bucket < buckets; bucket += passes) {
      const list = byBucket.get(bucket) ?? [];
      list.sort((a, b) => a.key - b.key);
      const own = (t: TermPostings) => t.docs.length > (options.ownFileBytes ?? OWN_FILE_BYTES);
      for (const t of list) {
        if (!own(t)) continue;
        write(paths.ownDocs(t.key), t.docs.result());
        if (t.positions) write(paths.ownPositions(t.key), t.positions.result());
      }
      write(paths.bucketDocs(bucket), writeBucket(list.map((t) => ({ key: t.key, df: t.df, length: own(t) ? 0 : t.docs.length, data: own(t) ? null : t.docs.result() }))));
      const pairs = list.filter((t) => t.positions);
      write(paths.bucketPositions(bucket), writeBucket(pairs.map((t) => ({ key: t.key, df: t.df, length: own(t) ? 0 : (t.positions as ByteWriter).length, data: own(t) ? null : (t.positions as ByteWriter).result() }))));
    }
  }

  const manifest: Manifest = { version: FORMAT_VERSION, docs, buckets, years, facets };
  write(paths.manifest, JSON.stringify(manifest));
  return { docs, terms, buckets, passes, files, bytes, truncated };
}
