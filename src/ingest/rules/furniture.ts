// Rule: page furniture. Advertising boxes and their phone numbers stand on the page
// among the stories but belong to none: short unpunctuated fragments around an
// advertising word, or a number standing alone.
import type { LineGroup } from '../tokenize.ts';
import { endsSentence, hanCount } from '../text.ts';

const AD_WORD = /广告|热线|招商|订阅|咨询电话|服务电话|联系电话/u;
/** A box on its own line holds nothing but its label: `广告`, `招商热线`. */
const AD_LABEL = /^(?:广告|\S{0,4}热线|\S{0,2}电话|招商|订阅)$/u;

function isBoxFragment(line: string): boolean {
  return line.length <= 6 && !endsSentence(line);
}

/** A lone phone number or code: digits, no words. */
function isBareNumber(group: LineGroup): boolean {
  const text = group.lines.join(' ');
  return hanCount(text) === 0 && (text.match(/\d/g)?.length ?? 0) >= 7 && /^[\d\s\-+()（）]+$/u.test(text);
}

export function isFurniture(group: LineGroup, previousWasFurniture: boolean): boolean {
  if (group.lines.length === 1 && AD_LABEL.test(group.lines[0] as string)) return true;
  if (group.lines.length > 1 && group.lines.every(isBoxFragment) && group.lines.some((l) => AD_WORD.test(l))) return true;
  return isBareNumber(group) && (previousWasFurniture || group.lines.length === 1);
}
