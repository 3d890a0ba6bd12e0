// An article file, written and read here only: `---`, the front matter as YAML whose
// every value is JSON (YAML's flow style), one `key: <JSON>` line a field in the
// schema's order, `---`, and the body in Markdown (markdown.ts). Reading checks the front
// matter against the schema, whatever wrote it: the ingest, or an archivist by hand.
import matter from 'gray-matter';
import { FRONT_MATTER_FIELDS, checkFrontMatter, type Article, type FrontMatter } from './schema.ts';
import { articleBody, currentBody } from './markdown.ts';

/** The front matter: every field the article has, in the schema's order, so files are byte-identical across runs. */
export function articleFrontMatter(article: Article): Record<string, unknown> {
  const fields = article as Partial<Record<keyof FrontMatter, unknown>>;
  const data: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_FIELDS) if (fields[key] !== undefined) data[key] = fields[key];
  return data;
}

/**
 * Front matter as YAML whose every value is written in JSON (YAML's flow style): strings
 * are always quoted, so an id such as `043834158e07` can never read back as a number.
 */
export function frontMatterYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

export function articleFile(article: Article): string {
  return `---\n${frontMatterYaml(articleFrontMatter(article))}\n---\n${articleBody(article)}`;
}

const FIELD_LINE = /^([A-Za-z_]\w*): (.*)$/u;

/**
 * Front matter as articleFile writes it, read without a YAML parser: JSON is YAML's flow
 * style, so this reads what a YAML parser would, ten times faster (a decade is 220,000
 * files); anything else (a hand edit in other YAML) returns null.
 */
export function readJsonFrontMatter(source: string): { data: Record<string, unknown>; body: string } | null {
  if (!source.startsWith('---\n')) return null;
  const end = source.indexOf('\n---\n', 3);
  if (end < 0) return null;
  const data: Record<string, unknown> = {};
  for (const line of source.slice(4, end).split('\n')) {
    const m = FIELD_LINE.exec(line);
    if (!m || Object.hasOwn(data, m[1] as string)) return null;
    try {
      data[m[1] as string] = JSON.parse(m[2] as string);
    } catch {
      return null;
    }
  }
  return { data, body: source.slice(end + 5) };
}

/** The front matter and body of a file in any YAML: the fast path, else a YAML parser. */
function frontMatterOf(source: string): { data: unknown; body: string } | { problems: string[] } {
  const fast = readJsonFrontMatter(source);
  if (fast) return fast;
  try {
    // An empty options object keeps gray-matter from caching every file by its content.
    const { data, content } = matter(source, {});
    return { data, body: content };
  } catch (error) {
    return { problems: [`expected front matter, found YAML that cannot be read (${(error as Error).message.split('\n')[0]})`] };
  }
}

/**
 * An article file's text read: its front matter checked by the schema, its Markdown body
 * in today's form, and where the body starts in the text; or its problems, each naming the field.
 */
export function readArticleFile(source: string): { data: FrontMatter; body: string; bodyStart: number } | { problems: string[] } {
  const read = frontMatterOf(source);
  if ('problems' in read) return read;
  const checked = checkFrontMatter(read.data);
  return 'problems' in checked ? checked : { data: checked.data, body: currentBody(read.body), bodyStart: source.length - read.body.length };
}
