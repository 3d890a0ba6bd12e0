// The archive's structure: editions (one a day) made of printed pages, months and
// years with their calendars, sections and reporters, each with a stable URL. One
// pure function builds it from the articles' front matter, in O(n log n).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { DateTime } from 'luxon';
import { ZONE } from '../article/zone.ts';
import { UNKNOWN_SECTION_LABEL } from '../article/labels.ts';
import type { Decision, FrontMatter, SourceRef } from '../article/schema.ts';

/** What the site's structure knows of an article: its front matter (src/article/schema.ts) but the text's own lines. */
export interface ArticleRecord extends Pick<FrontMatter, 'id' | 'url' | 'title' | 'kicker' | 'subtitle' | 'date' | 'section' | 'editor' | 'pageNumber' | 'column' | 'reporters' | 'correspondents' | 'photographers' | 'source'> {
  /** Every file the story arrived in (the same dump under two names, a dump and a post). */
  sources: SourceRef[];
  /** Where the parser chose between two close readings (lines of `source`); empty where it did not have to. */
  decisions: Decision[];
  /** An archivist has checked (and maybe fixed) the file: the ingest never overwrites it. */
  locked: boolean;
}

export interface EditionPage {
  /** 版面: the section, or null where the dump did not capture the page header. */
  section: string | null;
  sectionUrl: string;
  editor: string | null;
  pageNumber: string | null;
  articles: ArticleRecord[];
}

export interface Edition {
  date: string;
  url: string;
  year: number;
  month: number;
  yearUrl: string;
  monthUrl: string;
  pages: EditionPage[];
  articles: ArticleRecord[];
  prev: Edition | null;
  next: Edition | null;
}

export interface CalendarDay {
  day: number;
  date: string;
  edition: Edition | null;
}
export interface Month {
  year: number;
  month: number;
  url: string;
  editions: Edition[];
  /** Weeks from Monday to Sunday; null where the day belongs to another month. */
  weeks: Array<Array<CalendarDay | null>>;
  prev: Month | null;
  next: Month | null;
}
/** A month in a year's calendar: every month of the year has one, with a link only where there are editions. */
export interface YearMonth {
  year: number;
  month: number;
  url: string | null;
  editions: Edition[];
  weeks: Month['weeks'];
}
export interface Year {
  year: number;
  url: string;
  months: Month[];
  calendar: YearMonth[];
  editions: number;
  prev: Year | null;
  next: Year | null;
}

export interface Section {
  name: string | null;
  label: string;
  slug: string;
  url: string;
  articles: ArticleRecord[];
}
export type Role = 'reporter' | 'correspondent' | 'photographer';
export interface Reporter {
  name: string;
  slug: string;
  url: string;
  roles: Record<Role, number>;
  articles: Array<{ article: ArticleRecord; roles: Role[] }>;
}

/**
 * One page of a paginated listing. The older pages are numbered from the oldest story
 * and hold PAGE_SIZE stories each, so a page, once full, never changes: a new edition
 * changes a listing's front page, and now and then seals one more numbered page.
 */
export interface ListingPage<T> {
  owner: T;
  items: ArticleRecord[] | Array<{ article: ArticleRecord; roles: Role[] }>;
  /** Its number counted from the oldest page, or null for the front page (the newest stories). */
  page: number | null;
  url: string;
  /** The page of newer stories, and of older ones. */
  newerUrl: string | null;
  olderUrl: string | null;
  /** The dates of the page's oldest and newest story. */
  from: string;
  to: string;
}
/** An input file's text as articles were cut from it, shown with numbered lines so an article can link to the lines it came from. */
export interface SourceFile {
  file: string;
  sha256: string | null;
  name: string;
  url: string;
  articles: Array<{ article: ArticleRecord; startLine: number; endLine: number }>;
}

/** A year's articles where the parser had to decide, newest edition first, for the archivists to check (/review/YYYY/). */
export interface ReviewYear {
  year: number;
  url: string;
  articles: ArticleRecord[];
  decisions: number;
  checked: number;
}

export interface ArticleContext {
  edition: Edition;
  page: EditionPage;
  samePage: ArticleRecord[];
  prev: ArticleRecord | null;
  next: ArticleRecord | null;
}

export interface Archive {
  articles: ArticleRecord[];
  editions: Edition[];
  months: Month[];
  years: Year[];
  sections: Section[];
  reporters: Reporter[];
  sectionPages: Array<ListingPage<Section>>;
  reporterPages: Array<ListingPage<Reporter>>;
  sourceFiles: SourceFile[];
  /** Newest year first; only years with decisions. */
  review: ReviewYear[];
  latest: ArticleRecord[];
  contexts: Map<string, ArticleContext>;
}

export const PAGE_SIZE = 30;
/** How many of the latest articles the feed carries. */
const FEED_SIZE = 50;

/** Slugs that name pages of their own: the stories of an uncaptured page header, and numbered listing pages. */
const RESERVED_SLUGS = new Set(['unknown', 'page']);
/** The readable part of a URL segment, in UTF-8 bytes: a file name may have 255, and a hash may follow. */
const READABLE_BYTES = 200;

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** Whole characters of `text` up to `max` UTF-8 bytes. */
function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let cut = '';
  let bytes = 0;
  for (const ch of text) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    cut += ch;
  }
  return cut;
}

/** A name's letters and digits, other marks as one dash, lower case, within READABLE_BYTES. */
function readable(name: string): string {
  const spelled = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .toLowerCase();
  return cutToBytes(spelled.replace(/^-+/u, ''), READABLE_BYTES).replace(/-+$/u, '') || 'x';
}

/**
 * A URL segment for a name, resting on the name alone (never on the other names the
 * archive holds, so it stays put as the archive grows): its letters and digits with a
 * dash for the middle dot of section names (`就业·创业` → `就业-创业`) where that spells
 * the name exactly; otherwise (other marks, capitals, full-width forms, a reserved or an
 * overlong name) that followed by `--` and a short hash of the exact name, which no
 * spelled name holds (`就业・创业` → `就业-创业--bc3db2d5`).
 */
export function slug(name: string): string {
  const spelled = readable(name);
  return spelled.replaceAll('-', '·') === name && !RESERVED_SLUGS.has(spelled) ? spelled : `${spelled}--${shortHash(name)}`;
}

/** Hrefs are percent-encoded; permalinks (file paths) are not. */
export const href = (path: string) => encodeURI(path);

export const sectionPath = (name: string | null) => (name === null ? '/sections/unknown/' : `/sections/${slug(name)}/`);
export const reporterPath = (name: string) => `/reporters/${slug(name)}/`;
/**
 * A source text's page: the file's name (within a file name's bytes), a short hash of
 * its path (names repeat across folders) and, where the text the articles were cut from
 * is stored, the start of its hash: a dump edited since is another text, its lines its own.
 */
export const sourcePath = (file: string, sha256: string | null = null) => `/sources/${readable(basename(file))}-${shortHash(file)}${sha256 ? `-${sha256.slice(0, 8)}` : ''}/`;
const editionPath = (date: string) => `/${date.replaceAll('-', '/')}/`;

const collator = new Intl.Collator('zh-CN');
const naturalOrder = new Intl.Collator('en', { numeric: true });

/** Within an edition: by printed page where a manifest gives it, then as the dumps hold them. */
function editionOrder(a: ArticleRecord, b: ArticleRecord): number {
  if (a.pageNumber !== b.pageNumber) {
    if (a.pageNumber === null) return 1;
    if (b.pageNumber === null) return -1;
    return naturalOrder.compare(a.pageNumber, b.pageNumber);
  }
  return a.source.file.localeCompare(b.source.file) || a.source.startLine - b.source.startLine;
}

/** Newest edition first; within an edition, in print order. */
function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : editionOrder(a, b);
}

/**
 * A listing's pages: numbered pages of PAGE_SIZE stories from the oldest, and a front
 * page with the rest, the newest (PAGE_SIZE to 2 * PAGE_SIZE - 1 of them once the
 * listing is that long). `items` come newest first.
 */
function paginate<T>(owner: T, items: ListingPage<T>['items'], base: string): Array<ListingPage<T>> {
  const numbered = Math.max(0, Math.floor(items.length / PAGE_SIZE) - 1);
  const urlOf = (n: number | null) => (n === null ? base : `${base}page/${n}/`);
  const dateOf = (item: ListingPage<T>['items'][number] | undefined) => (item ? ('article' in item ? item.article.date : item.date) : '');
  const page = (n: number | null, slice: ListingPage<T>['items']): ListingPage<T> => ({
    owner,
    items: slice,
    page: n,
    url: urlOf(n),
    newerUrl: n === null ? null : urlOf(n === numbered ? null : n + 1),
    olderUrl: n === null ? (numbered ? urlOf(numbered) : null) : n > 1 ? urlOf(n - 1) : null,
    from: dateOf(slice.at(-1)),
    to: dateOf(slice[0]),
  });
  const front = items.length - numbered * PAGE_SIZE;
  const pages = [page(null, items.slice(0, front) as ListingPage<T>['items'])];
  for (let n = numbered; n >= 1; n--) {
    const end = items.length - (n - 1) * PAGE_SIZE;
    pages.push(page(n, items.slice(end - PAGE_SIZE, end) as ListingPage<T>['items']));
  }
  return pages;
}

function groupPages(articles: ArticleRecord[]): EditionPage[] {
  const pages: EditionPage[] = [];
  let key = '';
  for (const a of articles) {
    const k = `${a.pageNumber ?? ''}\u0000${a.source.file}\u0000${a.section ?? ''}\u0000${a.editor ?? ''}`;
    if (k !== key) {
      pages.push({ section: a.section, sectionUrl: sectionPath(a.section), editor: a.editor, pageNumber: a.pageNumber, articles: [] });
      key = k;
    }
    (pages.at(-1) as EditionPage).articles.push(a);
  }
  return pages;
}

function weeksOf(year: number, month: number, byDate: Map<string, Edition>): Month['weeks'] {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE });
  const weeks: Month['weeks'] = [];
  let week: Array<CalendarDay | null> = Array.from({ length: first.weekday - 1 }, () => null);
  for (let day = 1; day <= (first.daysInMonth ?? 31); day++) {
    const date = first.set({ day }).toISODate() as string;
    week.push({ day, date, edition: byDate.get(date) ?? null });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

const linkChain = <T extends { prev: T | null; next: T | null }>(items: T[]) => {
  items.forEach((item, i) => {
    item.prev = items[i - 1] ?? null;
    item.next = items[i + 1] ?? null;
  });
};

/** Editions, oldest first for prev/next; each in print order. */
function editionsOf(articles: ArticleRecord[]): Edition[] {
  const byDay = new Map<string, ArticleRecord[]>();
  for (const a of articles) {
    const day = byDay.get(a.date);
    if (day) day.push(a);
    else byDay.set(a.date, [a]);
  }
  const editions: Edition[] = [...byDay.keys()].sort().map((date) => {
    const inOrder = (byDay.get(date) as ArticleRecord[]).sort(editionOrder);
    const [year, month] = date.split('-').map(Number) as [number, number];
    return {
      date,
      url: editionPath(date),
      year,
      month,
      yearUrl: `/${year}/`,
      monthUrl: `/${date.slice(0, 7).replace('-', '/')}/`,
      pages: groupPages(inOrder),
      articles: inOrder,
      prev: null,
      next: null,
    };
  });
  linkChain(editions);
  return editions;
}

/** The months that have editions, and the years with all twelve months of their calendar. */
function calendarOf(editions: Edition[]): { months: Month[]; years: Year[] } {
  const byDate = new Map(editions.map((e) => [e.date, e]));
  const byMonth = new Map<string, Edition[]>();
  for (const e of editions) {
    const list = byMonth.get(e.date.slice(0, 7));
    if (list) list.push(e);
    else byMonth.set(e.date.slice(0, 7), [e]);
  }
  const months: Month[] = [...byMonth.keys()].map((key) => {
    const [year, month] = key.split('-').map(Number) as [number, number];
    return { year, month, url: `/${key.replace('-', '/')}/`, editions: byMonth.get(key) as Edition[], weeks: weeksOf(year, month, byDate), prev: null, next: null };
  });
  linkChain(months);
  const years: Year[] = [...new Set(months.map((m) => m.year))].sort().map((year) => {
    const ofYear = months.filter((m) => m.year === year);
    const calendar = Array.from({ length: 12 }, (_, i): YearMonth => {
      const month = ofYear.find((m) => m.month === i + 1);
      return month ?? { year, month: i + 1, url: null, editions: [], weeks: weeksOf(year, i + 1, byDate) };
    });
    return { year, url: `/${year}/`, months: ofYear, calendar, editions: ofYear.reduce((n, m) => n + m.editions.length, 0), prev: null, next: null };
  });
  linkChain(years);
  return { months, years };
}

/**
 * Sections, newest first; the stories whose page header was not captured stand apart.
 * Keyed by the exact name: names that differ only in marks are sections of their own.
 */
function sectionsOf(articles: ArticleRecord[]): Section[] {
  const bySection = new Map<string | null, Section>();
  for (const a of articles) {
    if (!bySection.has(a.section)) {
      bySection.set(a.section, { name: a.section, label: a.section ?? UNKNOWN_SECTION_LABEL, slug: a.section === null ? 'unknown' : slug(a.section), url: sectionPath(a.section), articles: [] });
    }
    (bySection.get(a.section) as Section).articles.push(a);
  }
  return [...bySection.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : collator.compare(a.label, b.label)));
}

/** Everyone named in a byline, with the roles each article names them in. */
function reportersOf(articles: ArticleRecord[]): Reporter[] {
  const byReporter = new Map<string, Reporter>();
  for (const a of articles) {
    const roles = new Map<string, Role[]>();
    const add = (names: string[], role: Role) =>
      names.forEach((n) => {
        const list = roles.get(n);
        if (list) list.push(role);
        else roles.set(n, [role]);
      });
    add(a.reporters, 'reporter');
    add(a.correspondents, 'correspondent');
    add(a.photographers, 'photographer');
    for (const [name, rs] of roles) {
      if (!byReporter.has(name)) byReporter.set(name, { name, slug: slug(name), url: reporterPath(name), roles: { reporter: 0, correspondent: 0, photographer: 0 }, articles: [] });
      const r = byReporter.get(name) as Reporter;
      rs.forEach((role) => r.roles[role]++);
      r.articles.push({ article: a, roles: rs });
    }
  }
  return [...byReporter.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** One page a text: articles cut from an earlier version of a file (kept by a lock, or not ingested since) cite its lines. */
function sourceFilesOf(articles: ArticleRecord[]): SourceFile[] {
  const byText = new Map<string, SourceFile>();
  for (const a of articles) {
    for (const s of a.sources) {
      const key = `${s.file}\u0000${s.sha256 ?? ''}`;
      if (!byText.has(key)) byText.set(key, { file: s.file, sha256: s.sha256 ?? null, name: basename(s.file), url: sourcePath(s.file, s.sha256), articles: [] });
      (byText.get(key) as SourceFile).articles.push({ article: a, startLine: s.startLine, endLine: s.endLine });
    }
  }
  const sourceFiles = [...byText.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.sha256 ?? '').localeCompare(b.sha256 ?? ''));
  for (const f of sourceFiles) f.articles.sort((x, y) => x.startLine - y.startLine);
  return sourceFiles;
}

/** The parser's decisions to review, by year. A locked article's are counted as checked: an archivist has read the file since. */
function reviewOf(articles: ArticleRecord[]): ReviewYear[] {
  const review: ReviewYear[] = [];
  for (const a of articles.filter((x) => x.decisions.length)) {
    const year = Number(a.date.slice(0, 4));
    if (review.at(-1)?.year !== year) review.push({ year, url: `/review/${year}/`, articles: [], decisions: 0, checked: 0 });
    const y = review.at(-1) as ReviewYear;
    y.articles.push(a);
    y.decisions += a.decisions.length;
    if (a.locked) y.checked += a.decisions.length;
  }
  return review;
}

/** Each article's place: its edition and page, the stories beside it, the ones before and after it in print. */
function contextsOf(editions: Edition[]): Map<string, ArticleContext> {
  const contexts = new Map<string, ArticleContext>();
  for (const edition of editions) {
    let i = 0;
    for (const page of edition.pages) {
      for (const a of page.articles) {
        contexts.set(a.url, { edition, page, samePage: page.articles.filter((x) => x !== a), prev: edition.articles[i - 1] ?? null, next: edition.articles[i + 1] ?? null });
        i++;
      }
    }
  }
  return contexts;
}

export function buildArchive(records: ArticleRecord[]): Archive {
  const articles = [...records].sort(newestFirst);
  const editions = editionsOf(articles);
  const { months, years } = calendarOf(editions);
  const sections = sectionsOf(articles);
  const reporters = reportersOf(articles);
  return {
    articles,
    editions,
    months,
    years,
    sections,
    reporters,
    sectionPages: sections.flatMap((s) => paginate(s, s.articles, s.url)),
    reporterPages: reporters.flatMap((r) => paginate(r, r.articles, r.url)),
    sourceFiles: sourceFilesOf(articles),
    review: reviewOf(articles),
    latest: articles.slice(0, FEED_SIZE),
    contexts: contextsOf(editions),
  };
}

/** The most URLs one sitemap may list (sitemaps.org); /sitemap.xml is an index of sitemaps. */
export const SITEMAP_URLS = 50_000;

export interface SitemapEntry {
  path: string;
  lastmod: string | null;
}
/** One sitemap: a year's pages (its calendar, months, editions and articles), or the browsing pages; split where longer than SITEMAP_URLS. */
export interface Sitemap {
  url: string;
  year: number | null;
  entries: SitemapEntry[];
}

const sitemapsOf = new WeakMap<Archive, Sitemap[]>();

/**
 * Every page a reader or a search engine should find, in sitemaps of a year each and
 * one of the browsing pages (home, indexes, listings): a year's sitemap changes only
 * while its year is printed.
 */
export function sitemaps(archive: Archive): Sitemap[] {
  // Once an archive: every run of a build in parts asks for them twice (the index, its own sitemaps).
  const known = sitemapsOf.get(archive);
  if (known) return known;
  const browse: SitemapEntry[] = [...['/', '/editions/', '/sections/', '/reporters/'], ...[...archive.sectionPages, ...archive.reporterPages].map((p) => p.url)].map((path) => ({ path, lastmod: null }));
  const groups: Array<[string, number | null, SitemapEntry[]]> = [['browse', null, browse]];
  const byYear = new Map<number, SitemapEntry[]>();
  for (const y of archive.years) byYear.set(y.year, [{ path: y.url, lastmod: null }, ...y.months.map((m) => ({ path: m.url, lastmod: null }))]);
  for (const e of archive.editions) byYear.get(e.year)?.push({ path: e.url, lastmod: e.date });
  for (const e of archive.editions) for (const a of e.articles) byYear.get(e.year)?.push({ path: a.url, lastmod: a.date });
  for (const [year, entries] of byYear) groups.push([String(year), year, entries]);
  const maps = groups.flatMap(([name, year, entries]) =>
    Array.from({ length: Math.max(1, Math.ceil(entries.length / SITEMAP_URLS)) }, (_, i) => ({
      url: `/sitemaps/${name}${i ? `-${i + 1}` : ''}.xml`,
      year,
      entries: entries.slice(i * SITEMAP_URLS, (i + 1) * SITEMAP_URLS),
    })),
  );
  sitemapsOf.set(archive, maps);
  return maps;
}
