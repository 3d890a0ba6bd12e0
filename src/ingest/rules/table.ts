// Rule: table. A box such as the weather forecast prints as rows of short cells
// without sentence punctuation; the dump keeps each row's cells on adjacent lines.
import type { LineGroup } from '../tokenize.ts';
import { endsSentence } from '../text.ts';

export function isTableRows(group: LineGroup): boolean {
  return group.lines.length >= 2 && group.lines.every((l) => l.length <= 40 && !endsSentence(l));
}

/** A one-line row right under a table (`风力 2~3级 风向 南风`): short, with figures. */
export function continuesTable(group: LineGroup): boolean {
  const line = group.lines[0] as string;
  return group.lines.length === 1 && line.length <= 24 && /\d/.test(line) && !endsSentence(line);
}
