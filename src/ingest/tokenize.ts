import type { Position } from './types.ts';
import { cleanText, isBlank, trimText } from './text.ts';

/**
 * A run of consecutive non-blank lines. Blank lines separate paragraphs in a dump;
 * lines that stay together (a byline with its correspondents, the rows of a weather
 * box, an advertising box) are one group.
 */
export interface LineGroup extends Position {
  lines: string[];
  /** Blank lines before this group: several mark the space a photo or a box took. */
  gapBefore: number;
}

/** Splits a dump into line groups, keeping every group's line numbers. */
export function groupLines(text: string): LineGroup[] {
  const lines = text.split(/\r\n|\r|\n/);
  const groups: LineGroup[] = [];
  let current: LineGroup | null = null;
  let gap = 0;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (isBlank(raw)) {
      current = null;
      gap++;
      return;
    }
    // A form feed, the page break of a PDF extraction, ends the group as a blank line
    // would (paragraph repair joins a paragraph the page cut); what follows it keeps the
    // line's number, the one an editor shows.
    raw.split('\f').forEach((piece, k) => {
      if (k > 0 && current) {
        current = null;
        gap++;
      }
      if (isBlank(piece)) return;
      const line = trimText(cleanText(piece));
      if (current) {
        current.lines.push(line);
        current.endLine = lineNo;
      } else {
        current = { lines: [line], startLine: lineNo, endLine: lineNo, gapBefore: gap };
        groups.push(current);
      }
      gap = 0;
    });
  });
  return groups;
}
