// A reader's query: words separated by spaces must all be found (AND); a phrase in
// quotes is found as written, spaces included. Each becomes one term search of the
// static index (engine.ts).
import { foldText, termSearch, type TermSearch } from './tokens.ts';

export interface QueryPlan {
  terms: TermSearch[];
  /** Set when there is nothing to search for: said to the reader, never an error. */
  message: string | null;
}

export const MESSAGES = {
  empty: '请输入要查找的字词，或选择版面、年份、记者浏览。',
  punctuation: '请输入要查找的文字：只有标点符号无从查找。',
  date: '日期应写作年-月-日，如 2025-05-31，而不是 ',
};

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」/gu;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;

export function parseQuery(input: string): QueryPlan {
  const raw: string[] = [];
  const rest = (input ?? '').replace(QUOTED, (_m, a?: string, b?: string, c?: string) => {
    raw.push(a ?? b ?? c ?? '');
    return ' ';
  });
  raw.push(...rest.split(/\s+/u));
  const words = [...new Set(raw.map(foldText).filter(Boolean))];
  if (words.length === 0) return { terms: [], message: MESSAGES.empty };
  const meaningful = words.filter((w) => !PUNCTUATION_ONLY.test(w));
  if (meaningful.length === 0) return { terms: [], message: MESSAGES.punctuation };
  return { terms: meaningful.map((w) => termSearch(w) as TermSearch), message: null };
}
