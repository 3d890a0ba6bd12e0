// Metamorphic relations of the page parser: a dump changed the way a printer's
// layout changes it (a column break more, a photo's caption dropped into the break,
// the pages of an edition saved as two files) parses to the articles a reader sees in
// the unchanged dump. Only the parser's public entry points are used (parsePage,
// ingestPaths), so the relations hold the parser to them whatever its inside becomes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { parsePage } from '../../src/ingest/parse-page.ts';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import type { ParsedArticle } from '../../src/ingest/types.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Seed of every metamorphic run: a failure names it, and `{ seed, path }` replays it. */
export const SEED = 20250531;

export interface Input {
  name: string;
  text: string;
}

/**
 * The page dumps the suite holds: the samples (not the Jekyll post) and every hand-made
 * page, found by listing, so a fixture added later is covered too.
 */
export function pageInputs(): Input[] {
  const listed = (folder: string) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(folder, f))
      : [];
  return [...listed('raw'), ...listed('tests/fixtures/pages'), ...listed('tests/fixtures/structures')].map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') })).filter((input) => !input.text.replace(/^\ufeff/u, '').startsWith('---'));
}

const squeeze = (t: string | null) => (t === null ? null : t.replace(/\s+/gu, ''));

/** What a reader sees of an article: its headline, people, section, and its blocks' kinds and words; not lines or ids. */
export const readerView = (a: ParsedArticle) => ({
  headline: [squeeze(a.kicker), squeeze(a.title), squeeze(a.subtitle)],
  section: a.section,
  reporters: a.reporters,
  correspondents: a.correspondents,
  // A caption credited under another photo may name its photographer earlier or later.
  photographers: [...a.photographers].sort(),
  blocks: a.blocks.map((b) => [b.box ? `box/${b.box}` : b.type, squeeze(b.text), ...(b.credit ? [squeeze(b.credit)] : [])].join(':')),
});
export type ReaderView = ReturnType<typeof readerView>;

export const view = (text: string, file = 'page.txt'): ReaderView[] => parsePage(text, file).articles.map(readerView);

/** White space a PDF extraction leaves around a line, as a reader ignores it. */
const trimLine = (line: string) => line.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/gu, '');

/** A sentence ends here: a cut after it is a real paragraph break, not a column break. */
const SENTENCE_END = /[。！？!?…；;：:][”’」』"')）\]】》]*$/u;

export interface Paragraph {
  /** Where the parse put it: article and block. */
  article: number;
  block: number;
  /** Its line in the dump (0-based), and where on the line its words start, in characters. */
  line: number;
  offset: number;
  /** The places it may be cut at, in characters from the line's start. */
  cuts: number[];
}

/**
 * Paragraphs a column break may cut once more: printed on one line, over 40 characters,
 * each cut inside a sentence (never right after its end; nor inside the byline that may
 * open the line, which is not the paragraph's), leaving at least `shortest` of its
 * characters before the cut.
 */
export function longParagraphs(text: string, shortest = 1): Paragraph[] {
  const lines = text.split('\n');
  const found: Paragraph[] = [];
  parsePage(text, 'page.txt').articles.forEach((a, article) =>
    a.blocks.forEach((b, block) => {
      const chars = [...b.text];
      if (b.type !== 'paragraph' || b.startLine !== b.endLine || chars.length <= 40) return;
      const line = [...trimLine(lines[b.startLine - 1] ?? '')];
      if (!line.join('').endsWith(b.text)) return;
      const offset = line.length - chars.length;
      const cuts: number[] = [];
      for (let at = shortest; at < chars.length; at++) if (!SENTENCE_END.test(chars.slice(0, at).join(''))) cuts.push(offset + at);
      if (cuts.length) found.push({ article, block, line: b.startLine - 1, offset, cuts });
    }),
  );
  return found;
}

/** The dump with line `line` cut at `at` characters, `between` (blank lines and whatever stands in the gap) put in the cut. */
export function cutLine(text: string, line: number, at: number, between: string[]): string {
  const lines = text.split('\n');
  const chars = [...trimLine(lines[line] as string)];
  lines.splice(line, 1, chars.slice(0, at).join(''), ...between, chars.slice(at).join(''));
  return lines.join('\n');
}

/** A choice of paragraph and cut, drawn from what the dump holds. */
export const cutChoice = (paragraphs: Paragraph[]) =>
  fc.tuple(fc.nat({ max: paragraphs.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 2 })).map(([p, c, blanks]) => {
    const { article, block, line, cuts } = paragraphs[p] as Paragraph;
    // Only where the cut falls is printed in a counterexample, not every place it could.
    return { article, block, line, at: cuts[c % cuts.length] as number, blanks };
  });

/** The captions a page prints, as the lines it prints them on (a credit may stand on a line of its own). */
export function pageCaptions(text: string): Array<{ lines: string[]; view: string; credit: string }> {
  const lines = text.split('\n');
  return parsePage(text, 'page.txt').articles.flatMap((a) =>
    a.blocks
      .filter((b) => b.type === 'caption')
      .map((b) => ({
        lines: lines.slice(b.startLine - 1, b.endLine).map(trimLine),
        view: readerView({ ...a, blocks: [b] }).blocks[0] as string,
        credit: b.credit ?? '',
      })),
  );
}

const SURNAMES = [...'何李王张刘陈杨黄赵周'];
const GIVEN = [...'春林逸峰娜驰军丹雷凛'];
const WORDS = [...'市民在活动现场参观展览学生老师合影留念志愿者为居民服务'];
/** A caption of the samples' form: `▲…。记者/X 摄`. */
export const generatedCaption = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 16 }).map((w) => w.join('')),
    fc.constantFrom(...SURNAMES),
    fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }).map((g) => g.join('')),
  )
  .map(([words, surname, given]) => ({ line: `▲${words}。记者/${surname}${given} 摄`, text: `▲${words}。`, credit: `记者/${surname}${given} 摄`, photographer: surname + given }));

/**
 * The photographers a credit names, read as a reader reads it: the name before 摄,
 * after the role's slash or title (`记者/何春林 摄`, `资料图 记者/何春林摄`), or before the
 * slash in brackets (`(易峰/摄)`); the one who photographed a print (`(供图 单位 邓建国 翻拍)`);
 * `通讯员 供图` names nobody.
 */
export function creditedNames(credit: string): string[] {
  const m = /(?:[/／]|记者\s*|通讯员\s*)(\p{Script=Han}{2,4}?)\s*摄/u.exec(credit) ?? /[(（](\p{Script=Han}{2,4})[/／]摄[)）]/u.exec(credit) ?? /\s(\p{Script=Han}{2,4})\s*翻拍/u.exec(credit);
  return m ? [m[1] as string] : [];
}

/** The articles with a caption block set after block `block` of article `article`, its photographers credited. */
export function withCaption(views: ReaderView[], article: number, block: number, caption: string, photographers: string[]): ReaderView[] {
  return views.map((v, i) =>
    i !== article
      ? v
      : {
          ...v,
          photographers: [...new Set([...v.photographers, ...photographers])].sort(),
          blocks: [...v.blocks.slice(0, block + 1), caption, ...v.blocks.slice(block + 1)],
        },
  );
}

/** The lines (0-based) where a printed page opens mid-file: the section name over `责任编辑:…`, with text above it. */
export function pageHeaderLines(text: string): number[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (!trimLine(line).startsWith('责任编辑')) return;
    let s = i - 1;
    while (s >= 0 && !trimLine(lines[s] as string)) s--;
    if (s < 0 || i - s > 3) return;
    if (lines.slice(0, s).some((l) => trimLine(l))) starts.push(s);
  });
  return starts;
}

/** Ways an edition's date reaches the ingest (edition-date.ts): in the file names, or a manifest. */
export const DATE_FORMS = ['dashes', 'digits', 'underscores', 'chinese', 'manifest'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

function fileName(date: string, form: DateForm, page: string): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  switch (form) {
    case 'dashes':
      return `zzrb_${date}_${page}.txt`;
    case 'digits':
      return `zzrb_${y}${m}${d}_${page}.txt`;
    case 'underscores':
      return `${y}_${m}_${d}-${page}.txt`;
    case 'chinese':
      return `株洲日报${y}年${Number(m)}月${Number(d)}日第${page}版.txt`;
    case 'manifest':
      return `page-${page}.txt`;
  }
}

/** Writes the files of one edition into a folder of their own (with a manifest when the form is one) and ingests them together. */
export function ingestEdition(files: Array<{ page: string; text: string }>, date: string, form: DateForm) {
  const dir = mkdtempSync(join(tmpdir(), 'metamorphic-'));
  const names = files.map((f) => fileName(date, form, f.page));
  files.forEach((f, i) => writeFileSync(join(dir, names[i] as string), f.text));
  if (form === 'manifest') writeFileSync(join(dir, 'manifest.csv'), `${['file,date', ...names.map((n) => `${n},${date}`)].join('\n')}\n`);
  const result = ingestPaths([dir]);
  const texts = new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8').split('\n')]));
  rmSync(dir, { recursive: true });
  return { ...result, names, lineOf: (file: string, line: number) => trimLine(texts.get(basename(file))?.[line - 1] ?? '') };
}

/** (a) A column break more: one long paragraph cut once more inside a sentence, by blank lines. */
export function columnBreak(input: Input, shortest = 1) {
  const expected = view(input.text);
  return fc.property(cutChoice(longParagraphs(input.text, shortest)), ({ line, at, blanks }) => {
    const text = cutLine(input.text, line, at, Array<string>(blanks).fill(''));
    assertSame(view(text), expected, around(text, line), `${input.name} cut at line ${line + 1}, character ${at}`);
  });
}

/**
 * (b) A caption dropped into the cut: the articles gain the caption, after the joined
 * paragraph, and its photographer; the caption is the samples' form or one the page prints.
 */
export function captionInCut(input: Input, shortest = 1) {
  const expected = view(input.text);
  const own = pageCaptions(input.text);
  const generated = fc.tuple(generatedCaption, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 })).map(([c, before, after]) => ({
    between: [...Array<string>(before).fill(''), c.line, ...Array<string>(after).fill('')],
    view: `caption:${c.text}:${c.credit.replace(/\s+/gu, '')}`,
    photographers: [c.photographer],
  }));
  const printed = own.map((c) => ({ between: ['', '', '', ...c.lines, ''], view: c.view, photographers: creditedNames(c.credit) }));
  const caption = printed.length ? fc.oneof(generated, fc.constantFrom(...printed)) : generated;
  return fc.property(cutChoice(longParagraphs(input.text, shortest)), caption, ({ article, block, line, at }, c) => {
    const text = cutLine(input.text, line, at, c.between);
    const want = withCaption(expected, article, block, c.view, c.photographers);
    assertSame(view(text), want, around(text, line), `${input.name} cut at line ${line + 1}, character ${at}, caption ${c.view}`);
  });
}

/**
 * (c) One edition in two dumps: the dump cut at a page header mid-file into two files of
 * the same date, ingested together, gives the articles of the whole dump ingested
 * alone; each cites the file and the line that now holds its first line.
 */
export function twoDumps(input: Input) {
  const lines = input.text.split('\n');
  const headers = pageHeaderLines(input.text);
  const date = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  return fc.property(fc.constantFrom(...headers), fc.nat({ max: 3 }), date, fc.constantFrom(...DATE_FORMS), (header, keep, day, form) => {
    // Blank lines above the header go with the first file or the second.
    let cut = header;
    while (keep-- > 0 && cut > 0 && !trimLine(lines[cut - 1] as string)) cut--;
    const whole = ingestEdition([{ page: '01', text: input.text }], day, form);
    const split = ingestEdition(
      [
        { page: '01', text: lines.slice(0, cut).join('\n') },
        { page: '02', text: lines.slice(cut).join('\n') },
      ],
      day,
      form,
    );
    const where = `${input.name} cut at line ${cut + 1} into ${split.names.join(' and ')}`;
    if (!whole.articles.length) throw new Error(`${where}: expected the whole dump to give articles, found none`);
    assertSame(split.articles.map(readerView), whole.articles.map(readerView), '', where);
    split.articles.forEach((a, i) => {
      const w = whole.articles[i];
      if (!w) return;
      if (a.date !== day) throw new Error(`${where}: expected the date ${day}, found ${a.date}`);
      const file = basename(a.source.file);
      const expectedFile = split.names[w.source.startLine <= cut ? 0 : 1];
      if (file !== expectedFile) throw new Error(`${where}: expected "${w.title}" from ${expectedFile}, found ${file}`);
      const cited = split.lineOf(a.source.file, a.source.startLine);
      const printed = whole.lineOf(w.source.file, w.source.startLine);
      if (cited !== printed) throw new Error(`${where}: expected "${w.title}" to cite its line "${printed}", found "${cited}"`);
    });
  });
}

/** The changed dump's lines about a cut, numbered. */
const around = (text: string, line: number) =>
  text
    .split('\n')
    .map((l, i) => `${i + 1}: ${l}`)
    .slice(Math.max(0, line - 2), line + 9)
    .join('\n');

/** Fails naming the changed dump and what differs, so the counterexample can be read. */
function assertSame(got: ReaderView[], want: ReaderView[], text: string, where: string): void {
  const a = JSON.stringify(got, null, 1);
  const b = JSON.stringify(want, null, 1);
  if (a === b) return;
  const gotLines = a.split('\n');
  const wantLines = b.split('\n');
  const first = gotLines.findIndex((l, i) => l !== wantLines[i]);
  const context = (ls: string[]) => ls.slice(Math.max(0, first - 3), first + 4).join('\n');
  throw new Error(`${where}: the parse differs from the unchanged dump's\nexpected:\n${context(wantLines)}\nfound:\n${context(gotLines)}${text ? `\n--- the changed dump at the cut ---\n${text}` : ''}`);
}
