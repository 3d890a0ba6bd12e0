// The shapes the ingest works with, named in the newspaper's own terms.

/** Where a piece of text sits in its input: 1-based lines, inclusive. */
export interface Position {
  startLine: number;
  endLine: number;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem or a notice, in the manner of vfile: never thrown, always reported. */
export interface Message {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  text: string;
}

export type CreditRole = 'reporter' | 'correspondent' | 'photographer';

export interface Credit {
  role: CreditRole;
  name: string;
}

export type BlockType = 'paragraph' | 'subhead' | 'caption' | 'epigraph' | 'table' | 'column';

/** One unit of an article's body, in reading order. */
export interface Block extends Position {
  type: BlockType;
  text: string;
  /** caption: the photo credit printed with it (`记者/何春林 摄`). */
  credit?: string;
  /** epigraph: the attribution line (`——摘自党的二十大报告`). */
  attribution?: string;
  /** table: its rows, each a list of cells. */
  rows?: string[][];
}

export type DateSource = 'manifest' | 'filename' | 'front-matter' | 'content';

/** An article as the page parser sees it, before it has a date and an id. */
export interface ParsedArticle {
  title: string;
  kicker: string | null;
  subtitle: string | null;
  section: string | null;
  editor: string | null;
  /** The page header as printed (`职教·观察`, `责任编辑:蒋胜全`), null where none was captured. */
  pageHeader: string[] | null;
  column: string | null;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  /** The byline exactly as printed, each occurrence once. */
  bylines: string[];
  blocks: Block[];
  source: Position;
  originalUrl?: string;
  sourceLine?: string;
  /** A legacy post's categories and tags. */
  categories?: string[];
  tags?: string[];
}

/** The contract of `ingest --json`: one object per article. */
export interface Article extends Omit<ParsedArticle, 'source'> {
  id: string;
  url: string;
  date: string;
  dateSource: DateSource;
  /** The printed page (版次) a manifest gives, such as `A03`: `page` is Eleventy's own key. */
  pageNumber: string | null;
  sources: SourceRef[];
  source: SourceRef;
}

export interface SourceRef extends Position {
  file: string;
  /** The hash of the text the lines are of, stored as `sources/<sha256>.txt` in the articles folder (source-texts.ts); absent in articles cut before texts were stored. */
  sha256?: string;
}
