// The article, defined once: what the newspaper printed of one story and where it came
// from. From this schema come the TypeScript types, the order of an article file's
// front matter (the order of the fields below), the check of every file read (each
// problem naming its field), and the data export's shape. The ingest writes it, the
// articles folder holds it, the site and the search read it.
import { z } from 'zod';
import { SHA256 } from './source-texts.ts';

// Each check says, in words, what it expects: a problem reads `field "F": expected X, found Y`.
const text = z.string({ error: 'a string' });
const NON_EMPTY = 'a non-empty string';
const nonEmpty = z.string({ error: NON_EMPTY }).min(1, { error: NON_EMPTY });
/** A line of the input, as the parser numbers them (0 where a post has none to give). */
const inputLine = z.number({ error: 'a line number' }).int({ error: 'a line number' }).nonnegative({ error: 'a line number' });
/** A line an article cites: from 1. */
const LINE = 'a line from 1';
const citedLine = z.number({ error: LINE }).int({ error: LINE }).positive({ error: LINE });
const names = z.array(text, { error: 'a list of names' });
/** Absent, null: the page did not print it. */
const printed = z.string({ error: 'a string or null' }).nullable().default(null);
/**
 * A page as printed (`A03`, `3`): a hand edit in YAML that writes `3` unquoted writes a
 * number, which is read as the label it spells.
 */
const PAGE_LABEL = 'a page label such as "3"';
const pageLabel = z.union([z.string().min(1, { error: PAGE_LABEL }), z.number().int().nonnegative({ error: PAGE_LABEL }).transform(String)], { error: PAGE_LABEL });

export const BLOCK_TYPES = ['paragraph', 'subhead', 'caption', 'epigraph', 'table', 'column', 'box'] as const;
/**
 * The boxes a story sets apart inside itself: 【核心提示】, 编者按, 记者手记, 相关链接 /
 * 新闻链接 / 延伸阅读, a data box (数说…), a Q&A (问: / 答:).
 */
export const BOX_KINDS = ['key-points', 'editors-note', 'notebook', 'related', 'data', 'qa'] as const;

/** Where a piece of text sits in its input: 1-based lines, inclusive. */
export const position = z.object({ startLine: inputLine, endLine: inputLine });

/** One unit of an article's body, in reading order. */
export const block = position.extend({
  type: z.enum(BLOCK_TYPES),
  text,
  /** caption: the photo credit printed with it (`记者/何春林 摄`). */
  credit: text.optional(),
  /** epigraph: the attribution line (`——摘自党的二十大报告`). */
  attribution: text.optional(),
  /** table: its rows, each a list of cells. */
  rows: z.array(z.array(text)).optional(),
  /** box: which box the paragraph belongs to; consecutive blocks of one kind are one box, and a label opens the next. */
  box: z.enum(BOX_KINDS).optional(),
  /** box: the box's label as printed (`相关链接`, `【核心提示】`), on its first block only. */
  label: text.optional(),
});

/**
 * Where the page left two readings close and the parser chose one (a subhead or a new
 * story, a caption or a paragraph, a join across a column break or two paragraphs, a
 * byline or a sentence): recorded on the article for an archivist to check.
 */
export const decision = z.object(
  {
    /** The rule that decided. */
    rule: nonEmpty,
    /** What the parser took the text for (`subhead`), and the reading it turned down (`headline of a new story`). */
    chose: nonEmpty,
    over: nonEmpty,
    /** The page's evidence, in words: `no byline follows; the story goes on under it`. */
    evidence: nonEmpty,
    startLine: citedLine,
    endLine: citedLine,
  },
  { error: 'an object { rule, chose, over, evidence, startLine, endLine }' },
);

/** A file and its lines; the hash, where there is one, names a stored text (source-texts.ts), and so never a path. */
export const sourceRef = z.object(
  {
    file: nonEmpty,
    startLine: citedLine,
    endLine: citedLine,
    /** Absent in articles cut before texts were stored. */
    sha256: z.string({ error: 'a sha256 of 64 hex digits' }).regex(SHA256, { error: 'a sha256 of 64 hex digits' }).optional(),
  },
  { error: 'an object { file, startLine, endLine } with an optional sha256' },
);

export const DATE_SOURCES = ['manifest', 'filename', 'front-matter', 'content'] as const;

/** An edition day, `YYYY-MM-DD`; a hand edit in YAML that writes it unquoted writes a date, read as its day. */
const DAY = 'a date YYYY-MM-DD';
const day = z.union(
  [
    z.string({ error: DAY }).regex(/^\d{4}-\d{2}-\d{2}$/u, { error: DAY }),
    z
      .date()
      .refine((d) => !Number.isNaN(d.getTime()), { error: DAY })
      .transform((d) => d.toISOString().slice(0, 10)),
  ],
  { error: DAY },
);

/** An article file's front matter, field by field in the order the file holds them. */
export const frontMatter = z.object(
  {
    /** A hash of the edition date and the headline (article-id.ts). */
    id: nonEmpty,
    url: z.string({ error: 'a permalink /YYYY/MM/DD/<id>/' }).regex(/^\/\d{4}\/\d{2}\/\d{2}\/[\w-]+\/$/u, { error: 'a permalink /YYYY/MM/DD/<id>/' }),
    title: text,
    kicker: printed,
    subtitle: printed,
    date: day,
    /** Absent only in a file written by hand. */
    dateSource: z.enum(DATE_SOURCES, { error: `one of ${DATE_SOURCES.join(', ')}` }).optional(),
    section: printed,
    /** The printed page (版次) a manifest gives, such as `A03`: `page` is Eleventy's own key. */
    pageNumber: pageLabel.nullable().default(null),
    editor: printed,
    /** The page header as printed (`职教·观察`, `责任编辑:蒋胜全`), null where none was captured. */
    pageHeader: z.array(text, { error: 'a list of lines or null' }).nullable().default(null),
    column: printed,
    reporters: names,
    correspondents: names,
    photographers: names,
    /** The byline exactly as printed, each occurrence once. */
    bylines: names.default([]),
    originalUrl: text.optional(),
    sourceLine: text.optional(),
    /** A legacy post's categories and tags. */
    categories: names.optional(),
    tags: names.optional(),
    /** Jump lines: the page the story goes on to (`(下转第3版)` → `3`) and the page it came from (`(上接第1版)` → `1`), as printed; gone once the halves are joined. */
    continuedOn: pageLabel.optional(),
    continuedFrom: pageLabel.optional(),
    /** Where the parser had to decide between close readings. */
    decisions: z.array(decision, { error: 'a list of decisions' }).optional(),
    source: sourceRef,
    /** Every file the same story arrived in; absent in articles of one source written by hand. */
    sources: z.array(sourceRef, { error: 'a list of sources' }).optional(),
    /** Set by an archivist who checked (and maybe fixed) the file: the ingest never overwrites it, and never writes it. */
    locked: z.boolean({ error: 'true or false' }).optional(),
  },
  { error: 'fields in `key: value` lines' },
);

export type Position = z.infer<typeof position>;
export type BlockType = (typeof BLOCK_TYPES)[number];
export type BoxKind = (typeof BOX_KINDS)[number];
export type Block = z.infer<typeof block>;
export type Decision = z.infer<typeof decision>;
export type SourceRef = z.infer<typeof sourceRef>;
export type DateSource = (typeof DATE_SOURCES)[number];
export type FrontMatter = z.infer<typeof frontMatter>;

/** An article, the contract of `ingest --json` and of an article file: its front matter and its body's blocks. */
export type Article = Omit<FrontMatter, 'dateSource' | 'sources' | 'locked'> & {
  dateSource: DateSource;
  sources: SourceRef[];
  blocks: Block[];
  /** The page label its page header prints (`A03 要闻` → `A3`), where the page-header rule reads one: the page the story is on, for joining jumps (ingest's jumps.ts); never written to a file. */
  pageLabel?: string;
};

/** The fields of the front matter, in the order a file holds them. */
export const FRONT_MATTER_FIELDS = Object.keys(frontMatter.shape) as Array<keyof FrontMatter>;

/** A block of an article's text as a reader sees it on its page: a paragraph, a heading, a caption, a table row. */
export interface TextBlock {
  tag: string;
  text: string;
  /** The id of the block, where it has one (subheads: the target of a search sub-result). */
  id: string | null;
}

/** The problems of a front matter, each `field "F": expected X, found Y` (what the check says it expects); or the front matter read. */
export function checkFrontMatter(data: unknown): { data: FrontMatter } | { problems: string[] } {
  const checked = frontMatter.safeParse(data, { reportInput: true });
  if (checked.success) return { data: checked.data };
  return {
    problems: checked.error.issues.map((issue) => {
      const found = issue.input === undefined ? 'undefined' : JSON.stringify(issue.input);
      return `field "${issue.path.join('.') || '(the front matter)'}": expected ${issue.message}, found ${found}`;
    }),
  };
}
