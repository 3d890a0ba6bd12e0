// Assembly rule: a headline the heading rule passed over (it ends in ! or ?, or holds a
// comma): a short line that a byline, a dash subtitle or a marked subhead follows opens a
// story of its own.
import { MAX_HEADING_LENGTH, SUBTITLE } from './headline.ts';
import { extend, type Draft, type PageState } from '../page-state.ts';
import { isMarkedLine } from './byline.ts';
import { endsSentence } from '../text.ts';

/** A byline that opens a story (`株洲日报全媒体记者/…`, `记者 …`), not one that closes it (`文/… 图/…`). */
const OPENING_BYLINE = /^[(（]?(?:株洲日报|本报|[■□●○◎◆◇★☆])?\S*?(?:记者|通讯员|评论员)/u;

/**
 * A short line the heading rule passed over that may still be a headline: a headline can
 * end in ! or ?, never in a full stop, a comma or a colon, which end a story's last words.
 */
export function isHeadlineLike(block: { type?: string; kind?: string; text: string }): boolean {
  return (block.type === 'paragraph' || block.type === 'subhead' || block.kind === 'paragraph') && [...block.text].length <= MAX_HEADING_LENGTH && !/[。.，,；;：:]$/u.test(block.text.trim());
}

/** The open story's last paragraph ends its sentence: a line under it does not go on in it. */
function isFinished(draft: Draft | null): boolean {
  const last = draft?.blocks.at(-1);
  return last?.type === 'paragraph' && endsSentence(last.text);
}

export function strayHeadline(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'paragraph' || token.dateline || !isHeadlineLike(token)) return false;
  const next = state.tokens[state.tokenPos + 1];
  const bylineNext = (next?.kind === 'paragraph' && next.dateline !== null) || (next?.kind === 'credit' && !next.photo && OPENING_BYLINE.test(next.text));
  // A dash subtitle (`——访…`) stands under a title alone: the line over it is the title.
  const subtitle = next?.kind === 'heading' && SUBTITLE.test(next.text) ? next : null;
  // So does a marked subhead right under it, no text between, under a finished story.
  const marked = next?.kind === 'heading' && isMarkedLine(next.text) && isFinished(state.current);
  if (!bylineNext && !subtitle && !marked) return false;
  const follows = subtitle ? 'a subtitle' : marked ? 'a marked subhead' : 'a byline';
  state.report(token, {
    rule: 'headline',
    severity: 'warning',
    expected: 'a headline without closing punctuation',
    found: `"${token.text}", ${follows} after it`,
    text: `expected a headline without closing punctuation, took "${token.text}" as one: ${follows} follows it`,
  });
  const draft = state.open(subtitle ? [token.text, subtitle.text] : [token.text], token);
  if (subtitle) extend(draft, subtitle);
  state.tokenPos += subtitle ? 2 : 1;
  return true;
}
