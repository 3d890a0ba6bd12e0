// The ingest's promise for an input file: every Han character it holds reaches an article
// or the report. Counted by occurrence, from the input's own text.
import type { Message, ParsedArticle } from '../../src/ingest/types.ts';

const HAN = /\p{Script=Han}/gu;

function count(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const ch of text.match(HAN) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Every text field of an article a reader or a search can reach, and every message. */
function* outputTexts(articles: ParsedArticle[], messages: Array<Pick<Message, 'text'>>): Generator<string> {
  for (const a of articles) {
    yield* [a.title, a.kicker, a.subtitle, a.section, a.editor, a.column, a.originalUrl, a.sourceLine].filter((t): t is string => typeof t === 'string');
    yield* [...(a.pageHeader ?? []), ...a.bylines, ...a.reporters, ...a.correspondents, ...a.photographers, ...(a.tags ?? []), ...(a.categories ?? [])];
    for (const b of a.blocks) yield* [b.text, b.credit ?? '', b.attribution ?? '', b.label ?? '', ...(b.rows ?? []).flat()];
  }
  for (const m of messages) yield m.text;
}

/** The Han characters of the input found fewer times in the articles (and the messages given) than in the input, with how many are missing. */
export function lostHan(input: string, articles: ParsedArticle[], messages: Array<Pick<Message, 'text'>> = []): Map<string, number> {
  const found = count(outputTexts(articles, messages));
  const lost = new Map<string, number>();
  for (const [ch, n] of count([input])) {
    const missing = n - (found.get(ch) ?? 0);
    if (missing > 0) lost.set(ch, missing);
  }
  return lost;
}
