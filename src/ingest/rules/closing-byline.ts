// Finish rule: a story that already has its byline and closes with a second one
// (`文/胡丽 图/黄智鸿`, or a photo-news item's `…记者/李逸峰 摄`) holds a story of its own
// that the parser took for a subhead: a headline not followed by a byline. The likeliest
// is a subhead with a photo under it or a news lead (a date) after it. Without such a
// sign, the closing credits are the story's own, unless they name only people its byline
// does not: then the last subhead is taken, since a new story starts below the old one's.
import type { Block, Position } from '../types.ts';
import { addCredits } from './byline.ts';
import { splitHeadline } from './headline.ts';
import { span, type Draft, type PageState } from '../page-state.ts';

const DATE_LEAD = /^(?:\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)/u;

interface Split {
  /** The subhead taken as the new story's headline, -1 for none. */
  at: number;
  evidence: string[];
}

/** The subhead most likely to be a new story's headline, and why. */
function bestSplit(draft: Draft, strangers: boolean): Split {
  let best: Split = { at: -1, evidence: [] };
  let bestScore = 0;
  draft.blocks.forEach((b, i) => {
    if (b.type !== 'subhead') return;
    const evidence = strangers ? ['the closing credits name no one of its byline'] : [];
    let k = i + 1;
    if (draft.blocks[k]?.type === 'caption') evidence.push('a photo stands under the subhead');
    while (draft.blocks[k]?.type === 'caption') k++;
    const lead = draft.blocks[k];
    if (lead?.type === 'paragraph' && DATE_LEAD.test(lead.text)) evidence.push('a dated lead follows the subhead');
    if (evidence.length >= bestScore && evidence.length > 0) {
      best = { at: i, evidence };
      bestScore = evidence.length;
    }
  });
  return best;
}

function credit(target: Draft, from: Draft): void {
  for (const c of from.closingCredits) {
    target.bylines.push(c.text);
    addCredits(target, c.credits, c.photo);
  }
}

function splitAtClosingByline(state: PageState, draft: Draft): Draft[] {
  if (!draft.closingCredits.length) return [draft];
  const named = new Set([...draft.reporters, ...draft.correspondents, ...draft.photographers]);
  const strangers = draft.closingCredits.every((c) => c.credits.length > 0 && c.credits.every((x) => !named.has(x.name)));
  const split = draft.hasHeadByline ? bestSplit(draft, strangers) : { at: -1, evidence: [] };
  const where: Position = span(draft.closingCredits[0] as Position, draft.closingCredits.at(-1) as Position);
  if (split.at < 0) {
    // A story without a byline of its own has only these credits: no reading to weigh.
    if (draft.hasHeadByline) {
      state.decide({
        rule: 'closing-byline',
        chose: "the story's own closing credits",
        over: 'the byline of a story under one of its subheads',
        evidence: `${strangers ? 'they name no one of its byline' : 'they name people of its byline'}; no subhead with a photo or a dated lead under it`,
        ...where,
      });
    }
    credit(draft, draft);
    return [draft];
  }
  const head = draft.blocks[split.at] as Block;
  const tail = draft.blocks.splice(split.at);
  tail.shift();
  const story: Draft = {
    ...draft,
    ...splitHeadline([head.text]),
    column: null,
    reporters: [],
    correspondents: [],
    photographers: [],
    bylines: [],
    blocks: tail,
    source: { startLine: head.startLine, endLine: draft.source.endLine },
    closingCredits: [],
    hasHeadByline: false,
  };
  draft.source.endLine = draft.blocks.at(-1)?.endLine ?? head.startLine - 1;
  credit(story, draft);
  state.decide({
    rule: 'closing-byline',
    chose: `the byline of a new story headed "${head.text}"`,
    over: "the story's own closing credits",
    evidence: split.evidence.join('; '),
    startLine: head.startLine,
    endLine: where.endLine,
  });
  return [draft, story];
}

export function closingByline(state: PageState): boolean {
  const before = state.drafts.length;
  state.drafts = state.drafts.flatMap((d) => splitAtClosingByline(state, d));
  return state.drafts.length > before;
}
