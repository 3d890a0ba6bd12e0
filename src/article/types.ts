// The article: what the newspaper printed of one story and where it came from, as the
// ingest writes it, the articles folder holds it, and the site and the search read it.

/** Where a piece of text sits in its input: 1-based lines, inclusive. */
export interface Position {
  startLine: number;
  endLine: number;
}

export type BlockType = 'paragraph' | 'subhead' | 'caption' | 'epigraph' | 'table' | 'column' | 'box';

/**
 * The boxes a story sets apart inside itself: 【核心提示】, 编者按, 记者手记, 相关链接 /
 * 新闻链接 / 延伸阅读, a data box (数说…), a Q&A (问: / 答:).
 */
export type BoxKind = 'key-points' | 'editors-note' | 'notebook' | 'related' | 'data' | 'qa';

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
  /** box: which box the paragraph belongs to; consecutive blocks of one kind are one box. */
  box?: BoxKind;
  /** box: the box's label as printed (`相关链接`, `【核心提示】`), on its first block only. */
  label?: string;
}

/**
 * Where the page left two readings close and the parser chose one (a subhead or a new
 * story, a caption or a paragraph, a join across a column break or two paragraphs, a
 * byline or a sentence): recorded on the article for an archivist to check.
 */
export interface Decision extends Position {
  /** The rule that decided. */
  rule: string;
  /** What the parser took the text for (`subhead`), and the reading it turned down (`headline of a new story`). */
  chose: string;
  over: string;
  /** The page's evidence, in words: `no byline follows; the story goes on under it`. */
  evidence: string;
}

export type DateSource = 'manifest' | 'filename' | 'front-matter' | 'content';

/** An article, the contract of `ingest --json` and of an article file (its blocks the body). */
export interface Article {
  id: string;
  url: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  date: string;
  dateSource: DateSource;
  section: string | null;
  /** The printed page (版次) a manifest gives, such as `A03`: `page` is Eleventy's own key. */
  pageNumber: string | null;
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
  originalUrl?: string;
  sourceLine?: string;
  /** A legacy post's categories and tags. */
  categories?: string[];
  tags?: string[];
  /** Where the parser had to decide between close readings. */
  decisions?: Decision[];
  /** Jump lines: the page the story goes on to (`(下转第3版)` → `3`) and the page it came from (`(上接第1版)` → `1`), as printed; gone once the halves are joined. */
  continuedOn?: string;
  continuedFrom?: string;
  /** The page label its page header prints (`A03 要闻` → `A3`), where the page-header rule reads one: the page the story is on, for joining jumps (ingest's jumps.ts); never written to a file. */
  pageLabel?: string;
  source: SourceRef;
  sources: SourceRef[];
}

export interface SourceRef extends Position {
  file: string;
  /** The hash of the text the lines are of, stored as `sources/<sha256>.txt` in the articles folder (source-texts.ts); absent in articles cut before texts were stored. */
  sha256?: string;
}

/** A block of an article's text as a reader sees it on its page: a paragraph, a heading, a caption, a table row. */
export interface TextBlock {
  tag: string;
  text: string;
  /** The id of the block, where it has one (subheads: the target of a search sub-result). */
  id: string | null;
}
