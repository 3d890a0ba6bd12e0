// Input bytes to text. Archivists' export tools write UTF-8 (with or without a byte-order
// mark), UTF-16 with a mark, or GB18030/GBK; the encoding is detected, the text decoded
// and the choice reported. Bytes that decode to no plausible Chinese text in any of
// them (an image, a binary) are refused rather than ingested as mojibake.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { ok: true; text: string; encoding: Encoding; bom: boolean } | { ok: false; reason: string };

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const ODD = /(?![\t\n\r\f])[\p{Cc}\p{Co}\p{Cn}\p{Cs}\ufffd]/gu;

/**
 * Text as a page dump or post holds it: letters of any script, digits, punctuation,
 * white space. Control characters, private-use and unassigned code points, and the
 * replacement character mark bytes read in the wrong encoding.
 */
export function plausibleText(text: string): boolean {
  if (!text) return true;
  const odd = text.match(ODD)?.length ?? 0;
  // Characters, not UTF-16 units: a surrogate pair is one.
  let total = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { total--; i++; }
  }
  return odd / total < 0.001;
}

/** The share of characters that are Han, ASCII letters and digits or common punctuation: real text scores high. */
function textScore(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    if (/[\p{Script=Han}\p{P}\s0-9A-Za-z\u3000-\u303f\uff00-\uffef]/u.test(ch)) good++;
  }
  return total ? good / total : 1;
}

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', bom: false };
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  const candidates: Array<[Encoding, boolean]> = starts(0xef, 0xbb, 0xbf) ? [['utf-8', true]]
    : starts(0xff, 0xfe) ? [['utf-16le', true]]
      : starts(0xfe, 0xff) ? [['utf-16be', true]]
        : [['utf-8', false], ['gb18030', false]];
  if (!starts(0xff, 0xfe) && !starts(0xfe, 0xff) && bytes.includes(0)) {
    return { ok: false, reason: 'expected text, found NUL bytes: a binary file (an image, an archive?)' };
  }
  for (const [encoding, bom] of candidates) {
    const text = tryDecode(bytes, encoding);
    if (text !== null && plausibleText(text) && (encoding !== 'gb18030' || textScore(text) > 0.9)) return { ok: true, text, encoding, bom };
  }
  return { ok: false, reason: `expected text in UTF-8, UTF-16 (with a byte-order mark) or GB18030, found bytes that decode to none of them` };
}
