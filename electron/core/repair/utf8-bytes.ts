/** How many continuation bytes a UTF-8 lead byte announces, or -1 if it is not a lead byte. */
export function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** Decodes complete UTF-8 bytes, or returns null if they are not valid UTF-8. */
export function decodeUtf8(bytes: number[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/**
 * Whether a code point is something a mis-decoded Western or CJK document plausibly held.
 * Rules out Thai, braille and private-use results, which only an accident would produce.
 */
export function isPlausibleDecoding(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 supplement and Latin extended
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x2000 && cp <= 0x22ff) || // punctuation, currency, letterlike, arrows, math
    (cp >= 0x2460 && cp <= 0x25ff) || // enclosed numbers, boxes, shapes
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK punctuation and ideographs
    (cp >= 0xff00 && cp <= 0xffef) // full-width forms
  );
}
