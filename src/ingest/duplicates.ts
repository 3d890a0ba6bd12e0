// One article per story: the same story read twice becomes one article with both
// sources, and different stories sharing a date and a headline get ids of their own.
import type { Article, Block, Message } from './types.ts';
import { articleId, articleUrl, headlineKey, textKey } from './article-id.ts';

/**
 * The story's words without layout: letters and digits of its paragraphs and subheads.
 * A dump and a post of one story differ in punctuation, paragraph breaks, photos and
 * where the byline stands, never in these.
 */
const storyKey = (a: Article) =>
  a.blocks
    .filter((b) => b.type === 'paragraph' || b.type === 'subhead')
    .map((b) => b.text)
    .join('')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** One story: the same headline and words (and, for stories of photos alone, the same captions). */
const sameStory = (a: Article, b: Article) => headlineKey(a) === headlineKey(b) && storyKey(a) === storyKey(b) && (storyKey(a) !== '' || textKey(a) === textKey(b));

/** Where an article was read: `file:line`, as messages name it. */
export const where = (a: Article) => `${a.source.file}:${a.source.startLine}`;

/**
 * Ids for different stories that share a date and a headline: each rests on its opening
 * words, and those that open alike on their whole text, so no two meet and a story
 * that meets no other keeps the id it had. Stories alike in both, which `sameStory`
 * still told apart, are an error naming every source: writing refuses them all.
 */
function tellApart(stories: Article[], messages: Message[]): void {
  let alike = stories;
  for (const basis of ['opening', 'text'] as const) {
    const byId = new Map<string, Article[]>();
    for (const a of alike) {
      const id = articleId(a.date, a, basis);
      byId.set(id, [...(byId.get(id) ?? []), a]);
    }
    alike = [];
    for (const [id, group] of byId) {
      for (const a of group) {
        a.id = id;
        a.url = articleUrl(a.date, id);
      }
      if (group.length > 1) alike.push(...group);
    }
  }
  for (const a of alike) {
    const others = alike
      .filter((b) => b !== a)
      .map(where)
      .join(', ');
    messages.push({ file: a.source.file, line: a.source.startLine, column: 1, rule: 'id', severity: 'error', text: `expected an id of its own, found ${a.id} shared with ${others}, whose headline and text are the same` });
  }
}

/** Every word of a block: its text, credit, attribution and cells. */
const blockWords = (b: Block) => [b.text, b.credit ?? '', b.attribution ?? '', ...(b.rows ?? []).flat()].filter(Boolean).join(' ');

/** What an article records beside its words: who wrote it, where it was printed, what the old site gave. */
export type Credits = Pick<Article, 'reporters' | 'correspondents' | 'photographers' | 'bylines' | 'categories' | 'tags' | 'section' | 'editor' | 'pageHeader' | 'column' | 'pageNumber' | 'originalUrl' | 'sourceLine'>;

const LISTS = ['reporters', 'correspondents', 'photographers', 'bylines', 'categories', 'tags'] as const;
const SINGLE = ['section', 'editor', 'pageHeader', 'column', 'pageNumber', 'originalUrl', 'sourceLine'] as const;

/**
 * Another copy's credits into `article`: its lists joined, what the article lacks filled
 * in (a post has no page header, a dump no URL). What both hold differently stays as
 * the article has it and is returned, each as `field "value"`, for the caller to report.
 */
export function joinCredits(article: Credits, copy: Credits): string[] {
  for (const field of LISTS) {
    const more = copy[field];
    if (more?.length) article[field] = [...new Set([...(article[field] ?? []), ...more])];
  }
  const differ: string[] = [];
  for (const field of SINGLE) {
    const value = copy[field];
    if (value === null || value === undefined) continue;
    if (article[field] === null || article[field] === undefined) Object.assign(article, { [field]: value });
    else if (JSON.stringify(article[field]) !== JSON.stringify(value)) differ.push(`${field} ${JSON.stringify(value)}`);
  }
  return differ;
}

/**
 * A second copy of `same`'s story into it (joinCredits); what only the copy holds (a
 * photo's caption the post left out, another page's section) stays in its own file,
 * returned to be reported.
 */
function absorb(same: Article, copy: Article): string[] {
  const differ = joinCredits(same, copy);
  const held = textKey(same);
  return [...differ, ...copy.blocks.filter((b) => !held.includes(textKey({ blocks: [b] }))).map((b) => `line ${b.startLine}, ${b.type} "${blockWords(b)}"`)];
}

/**
 * One article per story. The same story arriving twice (a dump copied under two names,
 * or printed twice in one dump) becomes one article with both sources; different stories
 * that share a date and a headline get ids that also rest on their words (tellApart).
 */
export function mergeDuplicates(articles: Article[], messages: Message[]): Article[] {
  const byId = new Map<string, Article[]>();
  for (const a of articles) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
  const kept = new Set<Article>();
  for (const group of byId.values()) {
    const distinct: Article[] = [];
    for (const candidate of group) {
      const same = distinct.find((d) => sameStory(d, candidate));
      if (same) {
        same.sources.push(candidate.source);
        const left = absorb(same, candidate);
        const text = same.source.file === candidate.source.file ? `the same story as line ${same.source.startLine} of this file, printed twice: one article, ${same.id}, with both places as its sources` : `same story as ${where(same)}: recorded as a second source of ${same.id}`;
        messages.push({ file: candidate.source.file, line: candidate.source.startLine, column: 1, rule: 'duplicate', severity: 'info', text: text + (left.length ? `; what only this copy prints is not in the article: ${left.join('; ')}` : '') });
      } else distinct.push(candidate);
    }
    if (distinct.length > 1) tellApart(distinct, messages);
    for (const d of distinct) kept.add(d);
  }
  return articles.filter((a) => kept.has(a));
}
