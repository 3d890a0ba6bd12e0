// The edition's jumps: a story continued on another page (`(下转第3版)` … `(上接第1版)`)
// is one article, whether both halves are in one dump or in two dumps of the edition.
// Joined once every dump of the run is parsed and dated, before duplicates are merged.
import { basename } from 'node:path';
import type { Article, Message } from './types.ts';
import { articleId, articleUrl, headlineKey } from './article-id.ts';
import { repairParagraphs } from './rules/paragraph-repair.ts';
import { normalisePage } from './rules/jump-line.ts';
import { joinCredits, where } from './duplicates.ts';

/**
 * The page a file name gives: its last part after the date, `zzrb_20250531_A03.txt`,
 * `zzrb_20250531_03.txt`, `2025-05-31-A3.txt`. Digits alone count only after a date,
 * so `2025-05-31.txt` is no page 31; a letter and digits (`A03`) are a page anywhere.
 */
export function pageFromFileName(name: string): string | null {
  const m = /^(.*)[-_ ]([A-Za-z]?)(\d{1,3})$/u.exec(name.replace(/\.[^.]*$/u, ''));
  if (!m) return null;
  const [, before, letter, digits] = m as unknown as [string, string, string, string];
  if (!letter && !/(?:\d{8}|\d{4}[-_.]\d{1,2}[-_.]\d{1,2}|\d{1,2}日)$/u.test(before)) return null;
  return normalisePage(`${letter}${digits}`);
}

/** The page a story is on as printed or listed: its page header's label, the manifest's page. */
function printedPage(a: Article): string | null {
  const printed = a.pageLabel ?? a.pageNumber;
  return printed ? normalisePage(printed) : null;
}

/**
 * Whether a jump line's page is the page `label`: a jump line often prints the number
 * alone (`下转第3版`) on pages labelled with their part's letter (`A03`), so a page
 * without its letter is that number in any part.
 */
export function samePage(jump: string, label: string): boolean {
  if (jump === label) return true;
  const letterOf = (p: string) => /^[A-Z]/u.exec(p)?.[0] ?? '';
  const [a, b] = [letterOf(jump), letterOf(label)];
  return (a === '' || b === '' || a === b) && jump.slice(a.length) === label.slice(b.length);
}

/** Letters and digits, in pairs: how much of a short headline the full one holds. */
const pairs = (key: string) => [...key].slice(0, -1).map((ch, i) => ch + ([...key][i + 1] as string));

/**
 * How well a continuation's headline matches the story's: 2 when it is the headline
 * again, else the share of its pairs of characters the full headline holds (a short
 * form, `老旧小区改造惠及三万户` of `我市城市更新行动 老旧小区改造惠及三万户`).
 */
export function headlineMatch(story: Article, continuation: Article): number {
  const full = headlineKey(story);
  const short = headlineKey(continuation);
  if (!short) return 0;
  if (short === full || short === headlineKey({ kicker: null, title: story.title, subtitle: null })) return 2;
  const own = new Set(pairs(full));
  const theirs = pairs(short);
  return theirs.length ? theirs.filter((p) => own.has(p)).length / theirs.length : 0;
}

/** At least this share of a short headline's pairs must be the story's own. */
const MIN_MATCH = 0.5;

/**
 * How well `second` continues `first`, or 0: it is on the page `first` goes on to and
 * comes from `first`'s page (either may be unknown: a dump holding two pages without
 * labels tells neither, then the second must come later in it), under its headline.
 */
function fit(first: Article, second: Article): number {
  if (first === second || first.date !== second.date || !first.continuedOn || !second.continuedFrom) return 0;
  const samePrint = first.source.file === second.source.file && second.source.startLine > first.source.endLine && !second.pageLabel;
  const on = printedPage(second);
  const from = printedPage(first);
  if (!samePrint && on !== null && !samePage(first.continuedOn, on)) return 0;
  if (!samePrint && from !== null && !samePage(second.continuedFrom, from)) return 0;
  const match = headlineMatch(first, second);
  if (match < MIN_MATCH) return 0;
  const misnamed = !samePrint && ((on === null && !namedPage(second, first.continuedOn)) || (from === null && !namedPage(first, second.continuedFrom)));
  // A file name's page is no print: dumps numbered in their order (`_02` holding page 3)
  // still hold the continuation under its headline again (each of its pairs the story's),
  // a weaker fit than a page's.
  if (misnamed) return match >= 1 ? match / 4 : 0;
  return match;
}

/** Whether the file name gives the jump's page, or none. */
function namedPage(a: Article, jump: string): boolean {
  const page = pageFromFileName(basename(a.source.file));
  return page === null || samePage(jump, page);
}

/** The two halves as one article: the first's headline, byline, id and URL; both halves' blocks, credits and sources. */
function join(first: Article, second: Article): Article {
  const joined: Article = {
    ...first,
    // The first half is usually cut mid-sentence: its last paragraph goes on in the second's first.
    blocks: repairParagraphs([...first.blocks, ...second.blocks]),
    sources: [...first.sources, ...second.sources],
  };
  delete joined.continuedOn;
  if (second.continuedOn) joined.continuedOn = second.continuedOn;
  joinCredits(joined, second);
  // The story stands on its first half's page: the second's page is no field of it.
  Object.assign(joined, { section: first.section, editor: first.editor, pageHeader: first.pageHeader, pageNumber: first.pageNumber });
  if (first.decisions || second.decisions) joined.decisions = [...(first.decisions ?? []), ...(second.decisions ?? [])];
  return joined;
}

const order = (first: Article, second: Article) => `${where(first)}\n${where(second)}`;

const reporter = (messages: Message[]) => (a: Article, severity: Message['severity'], text: string) => messages.push({ file: a.source.file, line: a.source.startLine, column: 1, rule: 'jump-line', severity, text });

/**
 * Joins the continued stories whose halves are both among `articles`, the best headline
 * match first, each join reported; the halves without partner stay as they are. A dump
 * holding two pages joins its own (ingestText), the run the halves of its dumps.
 */
export function joinHalves(articles: Article[], messages: Message[]): Article[] {
  const out = [...articles];
  const report = reporter(messages);
  for (;;) {
    let best = null as [number, number, number] | null; // `as`: assigned in the callbacks, which narrowing does not follow
    out.forEach((first, i) => {
      if (!first.continuedOn) return;
      out.forEach((second, j) => {
        const score = fit(first, second);
        // Ties go by where the halves were read, so the order of the inputs changes nothing.
        if (score > 0 && (!best || score > best[2] || (score === best[2] && order(first, second) < order(out[best[0]] as Article, out[best[1]] as Article)))) best = [i, j, score];
      });
    });
    if (!best) break;
    const [i, j] = best;
    const first = out[i] as Article;
    const second = out[j] as Article;
    // The continuation's page header is its page's, not the story's: said here, where it leaves the article.
    const header = second.pageHeader && second.pageHeader.join() !== first.pageHeader?.join() ? `; the header of its page, "${second.pageHeader.join(' ')}", stays with that page` : '';
    const headline = [second.kicker, second.title, second.subtitle].filter(Boolean).join(' ');
    report(second, 'info', `the rest of "${first.title}" (${where(first)}, goes on on page ${first.continuedOn}), under the headline "${headline}": joined to it as one article, ${first.id}${header}`);
    out[i] = join(first, second);
    out.splice(j, 1);
  }
  return out;
}

/**
 * Joins the halves of the run's continued stories, the best headline match first; a
 * half whose partner is not among the run's dumps stays an article of its own, its
 * jump kept and reported. A lone continuation's id rests on its opening words too, so
 * it never takes the URL of its story's first half, archived from an earlier run.
 */
export function joinJumps(articles: Article[], messages: Message[]): Article[] {
  const out = joinHalves(articles, messages);
  const report = reporter(messages);
  for (const a of out) {
    if (a.continuedOn) report(a, 'warning', `expected the story's continuation on page ${a.continuedOn} (its headline again under a jump line back to this page), found none among this run's dumps of ${a.date}: kept as an article of its own, continued on ${a.continuedOn}`);
    if (a.continuedFrom) {
      report(a, 'warning', `expected the first half of the story on page ${a.continuedFrom} (a jump line to this page under its headline), found none among this run's dumps of ${a.date}: kept as an article of its own, continued from ${a.continuedFrom}`);
      a.id = articleId(a.date, a, 'opening');
      a.url = articleUrl(a.date, a.id);
    }
  }
  return out;
}
