// A legacy post's front matter: the block of YAML `key: value` lines between two `---`
// lines at its head. Whether a file has one is decided from its lines, not from its
// first line alone: a page dump may open with a `---` rule. The YAML is read by
// gray-matter (js-yaml's safe loader) and then walked within a bound, because aliases
// share one value among many places and a "billion laughs" front matter of a few lines
// stands for a string of gigabytes.
import matter from 'gray-matter';
import type { Message } from './types.ts';

export interface FrontMatterKey {
  key: string;
  /** The line the key stands on. */
  line: number;
  /** The value as written on its lines, one pair of quotes taken off. */
  written: string;
  /** Its scalars in order (nested keys too), or null where the YAML could not be read. */
  texts: string[] | null;
  /** Whether any scalar is a string: a number or a flag is no text of the story. */
  hasString: boolean;
}

export interface FrontMatter {
  keys: FrontMatterKey[];
  /** Whether a `---` line closes it. */
  closed: boolean;
  /** The text after it, and the line that text starts on. */
  body: string;
  bodyLine: number;
}

const DELIMITER = /^---[ \t]*$/u;
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+|$)(.*)$/u;
/** What else a block of front matter holds: indented continuations, list items, comments, blank lines. */
const YAML_LINE = /^(?:[ \t]+\S|-(?:[ \t]|$)|#|[ \t]*$)/u;

/**
 * The front matter at the head of a post, or null when the file has none: a post opens
 * with a `---` line followed by YAML key lines that name its title or date. The block
 * ends at a `---` line; a block never closed ends at its first line that is not YAML,
 * where the body begins.
 */
export function findFrontMatter(source: string): (FrontMatter & { yaml: string }) | null {
  const head = /^---[ \t]*(?:\r\n|\r|\n)/u.exec(source);
  if (!head) return null;
  const block: string[] = [];
  const line = /([^\r\n]*)(?:\r\n|\r|\n|$)/uy;
  let pos = head[0].length;
  let yamlEnd = source.length;
  let bodyStart = source.length;
  let closed = false;
  while (pos < source.length) {
    line.lastIndex = pos;
    const m = line.exec(source) as RegExpExecArray;
    const text = m[1] as string;
    if (DELIMITER.test(text)) {
      closed = true;
      yamlEnd = pos;
      bodyStart = pos + m[0].length;
      break;
    }
    if (!KEY_LINE.test(text) && !YAML_LINE.test(text)) {
      yamlEnd = bodyStart = pos;
      break;
    }
    block.push(text);
    pos += m[0].length;
  }
  const firstKey = block.find((l) => !/^[ \t]*(?:#.*)?$/u.test(l));
  if (!firstKey || !KEY_LINE.test(firstKey)) return null;
  const keys = keyLines(block);
  if (!keys.some((k) => k.key === 'title' || k.key === 'date')) return null;
  return {
    keys,
    closed,
    yaml: source.slice(head[0].length, yamlEnd),
    body: source.slice(bodyStart),
    bodyLine: 2 + block.length + (closed ? 1 : 0),
  };
}

/** The top-level keys with their lines and their values as written (continuation lines included). */
function keyLines(block: string[]): FrontMatterKey[] {
  const keys: FrontMatterKey[] = [];
  block.forEach((l, i) => {
    const m = KEY_LINE.exec(l);
    const key = keys.at(-1);
    if (m) keys.push({ key: m[1] as string, line: i + 2, written: unquote(m[2] as string), texts: null, hasString: false });
    else if (key && l.trim() && !l.trimStart().startsWith('#')) key.written = `${key.written}\n${l.trim()}`.trim();
  });
  return keys;
}

const unquote = (value: string) => /^\s*["']?(.*?)["']?\s*$/u.exec(value)?.[1] ?? value;

type Report = (line: number, rule: string, severity: Message['severity'], text: string) => void;

/**
 * Reads the keys' values as YAML. Where it cannot (a syntax error, or aliases that
 * repeat the front matter past its own length) it says so and leaves every key as
 * written: the caller then reads title and date off their lines and reports the rest.
 */
export function readFrontMatter(fm: FrontMatter & { yaml: string }, report: Report): FrontMatterKey[] {
  let data: unknown;
  try {
    // An empty options object keeps gray-matter from caching by content.
    data = matter(`---\n${fm.yaml}\n---\n`, {}).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? Math.min(mark.line + 1, fm.bodyLine - 1) : 1;
    report(line, 'front-matter', 'error', `expected YAML front matter, found a syntax error: ${(error as Error & { reason?: string }).reason ?? (error as Error).message.split('\n')[0]}; title and date are read off their lines, the body is kept`);
    return fm.keys;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fm.keys;
  const values = data as Record<string, unknown>;
  // A front matter without aliases says no more than it holds: its scalars together are no
  // longer than its text. More than that is aliases repeating values.
  const budget = { left: fm.yaml.length + 16 };
  const read: FrontMatterKey[] = [];
  const lines = new Map(fm.keys.map((k) => [k.key, k]));
  for (const [key, value] of Object.entries(values)) {
    const line = lines.get(key);
    const scalars = boundedScalars(value, budget);
    if (!scalars) {
      report(line?.line ?? 1, 'front-matter', 'error', `expected plain YAML, found aliases that repeat "${key}" past the ${fm.yaml.length} characters the front matter holds (a "billion laughs"?); title and date are read off their lines, the body is kept`);
      return fm.keys;
    }
    read.push({ key, line: line?.line ?? 1, written: line?.written ?? '', texts: scalars.texts, hasString: scalars.hasString });
  }
  return read;
}

/** Every scalar of a value, walked without recursion, or null once the budget is spent. */
function boundedScalars(value: unknown, budget: { left: number }): { texts: string[]; hasString: boolean } | null {
  const texts: string[] = [];
  let hasString = false;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (--budget.left < 0) return null;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v instanceof Date) {
      texts.push(Number.isNaN(v.getTime()) ? String(v) : v.toISOString());
    } else if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, inner] = entries[i] as [string, unknown];
        stack.push(inner, k);
      }
    } else {
      // A string's length counts; a number or a flag is one node, however YAML wrote it (1e3).
      if (typeof v === 'string') {
        hasString = true;
        budget.left -= v.length;
        if (budget.left < 0) return null;
      }
      texts.push(String(v));
    }
  }
  return { texts, hasString };
}
