// One file's bytes to its parse: decoded, parsed, and kept in the parse cache. Ingest and
// the parse workers (parse-worker.ts) both take this one step.
import type { Message } from './types.ts';
import { parsePage } from './parse-page.ts';
import { isLegacyPost, parseLegacyPost } from './legacy-post.ts';
import { ParseCache, type ParseResult } from './parse-cache.ts';
import { decodeInput } from './decode.ts';

export type InputFormat = ParseResult['format'];

/** What a file this run could not read whole means for the archive. */
export const KEPT = "the archive's articles from it are kept";

/** Parses one file's text: a post or a page dump. Pure; the messages name no file yet. */
export function parseText(text: string): ParseResult {
  const format: InputFormat = isLegacyPost(text) ? 'legacy-post' : 'page-dump';
  const parsed = format === 'legacy-post' ? parseLegacyPost(text, '') : { ...parsePage(text, ''), date: null };
  return { format, articles: parsed.articles, date: parsed.date, messages: parsed.messages.map(({ file: _file, ...m }) => m) };
}

/**
 * The file's text, its encoding reported unless plain UTF-8, and its bad bytes and
 * control characters; binary files reported and skipped. A file with bytes that are no
 * character (cut short mid-character by a copy that stopped, say) is not `whole`: what
 * it lost cannot be told, so it neither replaces nor removes what the archive holds.
 */
function decodeText(bytes: Buffer, file: string, messages: Message[]): { text: string; whole: boolean } | null {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    messages.push({ file, line: 0, column: 0, rule: 'encoding', severity: 'error', text: `${decoded.reason}: file skipped; ${KEPT}` });
    return null;
  }
  if (decoded.encoding !== 'utf-8' || decoded.bom) {
    messages.push({ file, line: 0, column: 0, rule: 'encoding', severity: 'info', text: `decoded as ${decoded.encoding.toUpperCase()}${decoded.bom ? ' (byte-order mark)' : ''}` });
  }
  messages.push(...decoded.messages.map((m) => ({ file, ...m })));
  if (decoded.undecodable) {
    messages.push({
      file,
      line: 0,
      column: 0,
      rule: 'archive',
      severity: 'info',
      text: `not read whole (${decoded.undecodable} byte sequence(s) that are no character): its stories are written where the archive has none, and none the archive holds from it is replaced or removed`,
    });
  }
  return { text: decoded.text, whole: decoded.undecodable === 0 };
}

/**
 * A file's bytes decoded (decodeText) and parsed by `parse`, or the parse the cache holds
 * for these bytes; null when the bytes are no text. A parse that throws (a parser bug)
 * is thrown on, for the caller to report as the file's problem.
 */
export function parseFile(bytes: Buffer, file: string, cache: ParseCache | null, messages: Message[], parse: (text: string) => ParseResult = parseText): { text: string; whole: boolean; parsed: ParseResult } | null {
  const decoded = decodeText(bytes, file, messages);
  if (decoded === null) return null;
  const key = cache ? ParseCache.key(bytes) : '';
  let parsed = cache?.get(key, file, messages) ?? null;
  if (!parsed) {
    parsed = parse(decoded.text);
    cache?.set(key, parsed);
  }
  return { ...decoded, parsed };
}
