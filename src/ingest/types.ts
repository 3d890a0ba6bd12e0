// The shapes the ingest works with, named in the newspaper's own terms; the article's own
// are the article module's (src/article/schema.ts).
import type { Article, Position } from '../article/schema.ts';

export type { Article, Block, BlockType, BoxKind, Decision, DateSource, Position, SourceRef } from '../article/schema.ts';

export type Severity = 'info' | 'warning' | 'error';

/** A problem or a notice, in the manner of vfile: never thrown, always reported. */
export interface Message {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  /** The printed sentence. */
  text: string;
  /** Where the text the message is about ends (inclusive line, column just past its last character). */
  endLine?: number;
  endColumn?: number;
  /** The message's two halves: what the rule expected there, and what it found. */
  expected?: string;
  found?: string;
}

/** An intern (实习生) is named in the byline as printed, but is none of the article's three lists. */
export type CreditRole = 'reporter' | 'correspondent' | 'photographer' | 'intern';

export interface Credit {
  role: CreditRole;
  name: string;
}

/** An article as the page parser sees it, before it has a date, an id and a file. */
export interface ParsedArticle extends Omit<Article, 'id' | 'url' | 'date' | 'dateSource' | 'pageNumber' | 'source' | 'sources'> {
  source: Position;
}
