// Input bytes to text. Archivists' export tools write UTF-8 (with or without a byte-order
// mark), UTF-16 with a mark, or GB18030/GBK; the encoding that reads the bytes best is
// chosen and reported. A text file with a few bad bytes (a character cut short, a stray
// byte of another encoding, a NUL) is text: each bad byte is reported with its line and
// column and read as U+FFFD, the rest is kept. Only bytes that are mostly no text in any
// of them (an image, an archive) are refused rather than ingested as mojibake.
import type { Message } from './types.ts';
import { HAN_CLASS } from './text.ts';
import { countNotText, reportFindings, reportNotText, stripNotText, type NotText } from './characters.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * The text as the ingest reads it: control characters and noncharacters removed (a form
 * feed, a page break, is kept for the parser to read as a line break), undecodable bytes
 * read as U+FFFD, and a message for each (no file named yet).
 */
export type Decoded = { ok: true; text: string; encoding: Encoding; bom: boolean; messages: Array<Omit<Message, 'file'>> /** Byte sequences that are no character, each a U+FFFD. */; undecodable: number } | { ok: false; reason: string };

/**
 * What makes a file binary, measured on the reading that fits it best. Control
 * characters (NUL and the others, a form feed apart) are what binary data is full of:
 * compressed data (images, archives, fonts, PDF streams) is random bytes, an eighth of
 * which are control characters in any encoding (11–20% in the PNG, gzip and WOFF2 files
 * measured), executables 38% and more; text holds none, or a stray one. Undecodable
 * sequences are what damaged text holds: a character cut short, a stray byte, a
 * paragraph pasted in another encoding, as many as the damaged part is long; a file is
 * refused on them only when they are most of it, text in an encoding we do not read.
 */
const BINARY_CONTROLS = 0.05;
const UNDECODABLE = 0.5;
/** A reading in GB18030 or UTF-16, which take almost any bytes for characters, must read as Chinese text. */
const CHINESE_SCORE = 0.9;

/** What Chinese text is not made of: Han (private-use characters too: see text.ts), ASCII letters and digits, common punctuation. */
const NOT_CHINESE_TEXT = new RegExp(`[^${HAN_CLASS}\\p{P}\\s0-9A-Za-z\\u3000-\\u303f\\uff00-\\uffef]`, 'gu');

/** The share of characters that Chinese text is made of: real text scores high. */
function textScore(text: string): number {
  const characters = characterCount(text);
  return characters ? 1 - (text.match(NOT_CHINESE_TEXT)?.length ?? 0) / characters : 1;
}

/**
 * The next character's length in bytes at `i`, negative for a sequence that is no
 * character: the decoder reads it as one U+FFFD and goes on after it.
 */
type Step = (bytes: Uint8Array, i: number) => number;

const within = (byte: number | undefined, min: number, max: number) => byte !== undefined && byte >= min && byte <= max;

/** UTF-8 as the Encoding Standard decodes it: a sequence cut short is one error, its next byte read anew. */
const utf8Step: Step = (bytes, i) => {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  const [trail, min, max] = within(lead, 0xc2, 0xdf)
    ? [1, 0x80, 0xbf]
    : lead === 0xe0
      ? [2, 0xa0, 0xbf]
      : lead === 0xed
        ? [2, 0x80, 0x9f]
        : within(lead, 0xe1, 0xef)
          ? [2, 0x80, 0xbf]
          : lead === 0xf0
            ? [3, 0x90, 0xbf]
            : lead === 0xf4
              ? [3, 0x80, 0x8f]
              : within(lead, 0xf1, 0xf3)
                ? [3, 0x80, 0xbf]
                : [0, 0, 0];
  if (trail === 0) return -1;
  for (let k = 1; k <= trail; k++) {
    if (!within(bytes[i + k], k === 1 ? min : 0x80, k === 1 ? max : 0xbf)) return -k;
  }
  return trail + 1;
};

const gb18030Decoder = new TextDecoder('gb18030', { fatal: true });

/** GB18030: one byte below 0x81, two with a second byte 0x40–0xFE, four (`81 30 81 30`) where the code is assigned. */
const gb18030Step: Step = (bytes, i) => {
  const lead = bytes[i] as number;
  if (lead <= 0x80) return 1;
  if (lead === 0xff) return -1;
  const second = bytes[i + 1];
  if (within(second, 0x40, 0x7e) || within(second, 0x80, 0xfe)) return 2;
  if (!within(second, 0x30, 0x39) || !within(bytes[i + 2], 0x81, 0xfe) || !within(bytes[i + 3], 0x30, 0x39)) return -1;
  try {
    gb18030Decoder.decode(bytes.subarray(i, i + 4));
    return 4;
  } catch {
    return -4;
  }
};

const utf16Step =
  (littleEndian: boolean): Step =>
  (bytes, i) => {
    const unit = (at: number) => (littleEndian ? (bytes[at] as number) | ((bytes[at + 1] as number) << 8) : ((bytes[at] as number) << 8) | (bytes[at + 1] as number));
    if (i + 1 >= bytes.length) return -1; // an odd byte at the end
    const first = unit(i);
    if ((first & 0xf800) !== 0xd800) return 2;
    return first < 0xdc00 && i + 3 < bytes.length && (unit(i + 2) & 0xfc00) === 0xdc00 ? 4 : -2;
  };

const STEPS: Record<Encoding, Step> = { 'utf-8': utf8Step, gb18030: gb18030Step, 'utf-16le': utf16Step(true), 'utf-16be': utf16Step(false) };

/** A byte sequence that is no character, where the decoded text has its U+FFFD. */
interface BadBytes {
  line: number;
  column: number;
  offset: number;
  length: number;
}

function badBytes(bytes: Uint8Array, encoding: Encoding): BadBytes[] {
  const step = STEPS[encoding];
  const width = encoding.startsWith('utf-16') ? 2 : 1;
  const unitAt = (at: number) => (width === 1 ? bytes[at] : encoding === 'utf-16le' ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0));
  const found: BadBytes[] = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = step(bytes, i);
    if (length < 0) {
      found.push({ line, column, offset: i, length: -length });
      column++;
      i -= length;
      continue;
    }
    const unit = unitAt(i);
    if (unit === 0x0a || (unit === 0x0d && unitAt(i + width) !== 0x0a)) {
      line++;
      column = 1;
    } else if (unit !== 0x0d) column++;
    i += length;
  }
  return found;
}

/** U+FFFD as each encoding writes it: a file may hold the character itself, left by an earlier tool. */
const REPLACEMENT: Record<Encoding, number[]> = { 'utf-8': [0xef, 0xbf, 0xbd], gb18030: [0x84, 0x31, 0xa4, 0x37], 'utf-16le': [0xfd, 0xff], 'utf-16be': [0xff, 0xfd] };

/** How many U+FFFD the file holds as characters, not as errors of its decoding. */
function writtenReplacements(bytes: Uint8Array, encoding: Encoding): number {
  const needle = Buffer.from(REPLACEMENT[encoding]);
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

interface Reading {
  encoding: Encoding;
  bom: boolean;
  /** The bytes after the byte-order mark. */
  body: Uint8Array;
  text: string;
  /** How many byte sequences are no character: each a U+FFFD in the text. */
  errors: number;
}

const bodyOf = (bytes: Uint8Array, encoding: Encoding, bom: boolean) => (bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes);

/** The reading of bytes that are all characters of the encoding, or null. */
function strictRead(bytes: Uint8Array, encoding: Encoding, bom: boolean): Reading | null {
  const body = bodyOf(bytes, encoding, bom);
  try {
    return { encoding, bom, body, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), errors: 0 };
  } catch {
    return null;
  }
}

/** The reading of bytes some of which are no character of the encoding: each a U+FFFD. */
function lenientRead(bytes: Uint8Array, encoding: Encoding, bom: boolean): Reading {
  const body = bodyOf(bytes, encoding, bom);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  let replacements = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) replacements++;
  return { encoding, bom, body, text, errors: replacements - writtenReplacements(body, encoding) };
}

const read = (bytes: Uint8Array, encoding: Encoding, bom: boolean) => strictRead(bytes, encoding, bom) ?? lenientRead(bytes, encoding, bom);

/** A UTF-8 reading's evidence, counted off the bytes: its undecodable sequences, and its characters of more than one byte. */
function utf8Evidence(bytes: Uint8Array): { errors: number; multiByte: number } {
  let errors = 0;
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = utf8Step(bytes, i);
    if (length < 0) errors++;
    else multiByte++;
    i += Math.abs(length);
  }
  return { errors, multiByte };
}

/** Characters, not UTF-16 units: a surrogate pair is one. */
const characterCount = (text: string) => text.length - (text.match(/[\u{10000}-\u{10ffff}]/gu)?.length ?? 0);

/**
 * The reading that fits the bytes best. UTF-8's multi-byte sequences almost never occur by
 * chance, so a file that has more of them than undecodable ones is UTF-8 with some bad
 * bytes; GB18030 is the reading only of bytes that are mostly no UTF-8 and read as Chinese
 * in it with fewer undecodable sequences.
 */
function bestReading(bytes: Uint8Array): Reading {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0xef, 0xbb, 0xbf)) return read(bytes, 'utf-8', true);
  if (starts(0xff, 0xfe)) return read(bytes, 'utf-16le', true);
  if (starts(0xfe, 0xff)) return read(bytes, 'utf-16be', true);
  const strict = strictRead(bytes, 'utf-8', false);
  if (strict) return strict;
  const utf8 = utf8Evidence(bytes);
  if (utf8.errors <= utf8.multiByte) return lenientRead(bytes, 'utf-8', false);
  const gb = read(bytes, 'gb18030', false);
  return gb.errors < utf8.errors && textScore(gb.text) > CHINESE_SCORE ? gb : lenientRead(bytes, 'utf-8', false);
}

const NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030' };

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Why a reading is no text, or null when it is. */
function refusal(r: Reading): string | null {
  const characters = characterCount(r.text);
  const name = NAMES[r.encoding];
  const controls = countNotText(r.text) / characters;
  if (controls > BINARY_CONTROLS) return `expected text, found bytes of which ${percent(controls)} are control characters (NUL and others) read as ${name}: a binary file (an image, an archive?)`;
  const undecodable = r.errors / characters;
  if (undecodable > UNDECODABLE) return `expected text in UTF-8, UTF-16 (with a byte-order mark) or GB18030, found bytes of which ${percent(undecodable)} are no character even in ${name}, the encoding that reads them best`;
  const score = r.encoding === 'utf-8' ? 1 : textScore(r.text);
  if (score <= CHINESE_SCORE) return `expected Chinese text in ${name}, found characters of which only ${percent(score)} are Han, letters, digits or punctuation: a binary file?`;
  return null;
}

/**
 * UTF-16 without a byte-order mark (an export tool's "Unicode" that wrote none), tried
 * only on bytes that no other reading takes for text: it must read whole and as Chinese.
 */
function unmarkedUtf16(bytes: Uint8Array): Reading | null {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const reading = strictRead(bytes, encoding, false);
    if (reading && !refusal(reading)) return reading;
  }
  return null;
}

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', bom: false, messages: [], undecodable: 0 };
  const best = bestReading(bytes);
  const reason = refusal(best);
  const reading = !reason ? best : best.bom ? null : unmarkedUtf16(bytes);
  if (!reading) return { ok: false, reason: reason as string };
  const name = NAMES[reading.encoding];
  const found: NotText[] = [];
  const text = stripNotText(reading.text, '\f', found);
  const hex = (b: BadBytes) => [...reading.body.subarray(b.offset, b.offset + b.length)].map((x) => `0x${x.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  const messages = [
    ...reportFindings(
      reading.errors ? badBytes(reading.body, reading.encoding) : [],
      'encoding',
      'warning',
      (b) => `expected ${name} text, found ${b.length > 1 ? 'bytes' : 'byte'} ${hex(b)}: read as U+FFFD`,
      (n, lines) => `expected ${name} text, found ${n} more byte sequences that are no character, on ${lines}: each read as U+FFFD`,
    ),
    ...reportNotText(found),
  ];
  return { ok: true, text, encoding: reading.encoding, bom: reading.bom, messages, undecodable: reading.errors };
}
