// Assembly rule: the headline of photo news whose caption carries the credit in it
// (`…感受传统节日文化。(黄芸/摄)`): a heading run, then only its photos' captions, the
// last one credited, and the story ends there — the page ends or a new story's headline
// follows. A subhead with a photo under it has the story going on under the photo.
import { readHeadingRun, HEADLINE_LINES, spanOf } from './story-start.ts';
import { asCaption } from './inserts.ts';
import type { PageState, Token } from '../page-state.ts';

/** A new story's headline at token `at`: its byline, dateline or news lead follows. */
export function opensStory(state: PageState, at: number): boolean {
  const pos = state.tokenPos;
  state.tokenPos = at;
  const run = readHeadingRun(state);
  state.tokenPos = pos;
  return !!run && (run.bylined || run.newsLead);
}

export function photoNewsHeadline(state: PageState): boolean {
  const run = readHeadingRun(state);
  if (!run || !state.current || run.lines.length > HEADLINE_LINES) return false;
  let end = run.end;
  while (state.tokens[end]?.kind === 'caption') end++;
  const photos = state.tokens.slice(run.end, end);
  const last = photos.at(-1);
  if (last?.kind !== 'caption' || !last.credit) return false;
  const next = state.tokens[end];
  if (next && !(next.kind === 'heading' && opensStory(state, end))) return false;
  state.decide({
    rule: 'photo-news-headline',
    chose: 'headline of photo news',
    over: 'subhead',
    evidence: `only a credited caption under it; ${next ? "a new story's headline follows" : 'the page ends'}`,
    ...spanOf(state, state.tokenPos, end),
  });
  state.open(run.lines, state.tokens[state.tokenPos] as Token);
  for (const t of photos) if (t.kind === 'caption') state.addBlock(asCaption(t));
  state.tokenPos = end;
  return true;
}
