// The parser's rule chains, in order, registered here alone (markdown-it's ruler). Every
// rule takes the one PageState and returns whether it took anything. The block chain
// turns line groups into tokens and the assembly chain tokens into stories: at each
// position the first rule that takes wins, the last of each takes anything. The finish
// chain runs each rule once over all the stories.
import type { PageState } from '../page-state.ts';
import { headerBlock } from './header-block.ts';
import { furnitureBlock } from './furniture-block.ts';
import { furnitureBox } from './furniture-box.ts';
import { qrSlogan } from './qr-slogan.ts';
import { boxBlock } from './box-block.ts';
import { creditLines } from './credit-lines.ts';
import { captionLine } from './caption-line.ts';
import { numberedCaptions } from './numbered-captions.ts';
import { gapCaption } from './gap-caption.ts';
import { captionAboveCredit } from './caption-above-credit.ts';
import { captionStack } from './caption-stack.ts';
import { epigraphBlock } from './epigraph-block.ts';
import { tableRows } from './table-rows.ts';
import { lineUnits } from './line-units.ts';
import { pageStart } from './page-start.ts';
import { furnitureNote } from './furniture-note.ts';
import { closingSignature } from './closing-signature.ts';
import { staffLabel } from './staff-label.ts';
import { storyStart } from './story-start.ts';
import { photoNewsHeadline } from './photo-news-headline.ts';
import { subheads } from './subheads.ts';
import { credit } from './credit.ts';
import { inserts } from './inserts.ts';
import { boxes } from './boxes.ts';
import { strayHeadline } from './stray-headline.ts';
import { datelineStory } from './dateline-story.ts';
import { paragraph } from './paragraph.ts';
import { orphanCaptions } from './orphan-captions.ts';
import { photoNews } from './photo-news.ts';
import { closingByline } from './closing-byline.ts';
import { paragraphJoin } from './paragraph-join.ts';
import { jumpLines } from './jump-line.ts';
import { untitled } from './untitled.ts';
import { photoCredits } from './photo-credits.ts';
import { decisions } from './decisions.ts';

export type Rule = (state: PageState) => boolean;

export interface NamedRule {
  name: string;
  rule: Rule;
}

export const blockRules: NamedRule[] = [
  { name: 'header-block', rule: headerBlock },
  { name: 'furniture-block', rule: furnitureBlock },
  { name: 'furniture-box', rule: furnitureBox },
  { name: 'qr-slogan', rule: qrSlogan },
  { name: 'box-block', rule: boxBlock },
  { name: 'credit-lines', rule: creditLines },
  { name: 'caption-line', rule: captionLine },
  { name: 'numbered-captions', rule: numberedCaptions },
  { name: 'gap-caption', rule: gapCaption },
  { name: 'caption-above-credit', rule: captionAboveCredit },
  { name: 'caption-stack', rule: captionStack },
  { name: 'epigraph-block', rule: epigraphBlock },
  { name: 'table-rows', rule: tableRows },
  { name: 'line-units', rule: lineUnits },
];

export const assemblyRules: NamedRule[] = [
  { name: 'page-start', rule: pageStart },
  { name: 'furniture-note', rule: furnitureNote },
  { name: 'closing-signature', rule: closingSignature },
  { name: 'staff-label', rule: staffLabel },
  { name: 'story-start', rule: storyStart },
  { name: 'photo-news-headline', rule: photoNewsHeadline },
  { name: 'subheads', rule: subheads },
  { name: 'credit', rule: credit },
  { name: 'inserts', rule: inserts },
  { name: 'boxes', rule: boxes },
  { name: 'stray-headline', rule: strayHeadline },
  { name: 'dateline-story', rule: datelineStory },
  { name: 'paragraph', rule: paragraph },
];

export const finishRules: NamedRule[] = [
  { name: 'orphan-captions', rule: orphanCaptions },
  { name: 'photo-news', rule: photoNews },
  { name: 'closing-byline', rule: closingByline },
  { name: 'paragraph-join', rule: paragraphJoin },
  { name: 'jump-lines', rule: jumpLines },
  { name: 'untitled', rule: untitled },
  { name: 'photo-credits', rule: photoCredits },
  { name: 'decisions', rule: decisions },
];
