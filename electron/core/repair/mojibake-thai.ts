import type { Repair } from '../../../shared/repairs.ts';
import { RepairLog } from './repair-log.ts';
import { continuationCount, decodeUtf8, isContinuation } from './utf8-bytes.ts';

/*
 * Repairs UTF-8 text that was read as Windows-874 (Thai) and saved again as UTF-8, with
 * the bytes that code page does not map (0x80–0x9F) dropped. Each non-ASCII character
 * became a Thai lead character plus whatever continuation bytes survived (0xA0–0xBF): "’" (E2 80 99)
 * is now just "โ" (E2), "©" (C2 A9) is "ยฉ", "™" (E2 84 A2) is "โข". Where bytes were
 * lost, the punctuation is chosen from the characters around it.
 */

const THAI_FIRST = 0x0e01;
const THAI_LAST = 0x0e5b;

/** Windows-874 byte of a character, or null when the character is not one it produces. */
function cp874Byte(ch: string): number | null {
  const cp = ch.codePointAt(0)!;
  if (cp === 0xa0) return 0xa0;
  if (cp >= 0x0e01 && cp <= 0x0e3a) return cp - 0x0e01 + 0xa1;
  if (cp >= 0x0e3f && cp <= 0x0e5b) return cp - 0x0e3f + 0xdf;
  return null;
}

/**
 * What a damaged Western or CJK document plausibly held: Latin-1 and Latin Extended-A,
 * punctuation and symbols, CJK. Narrower than for Latin-1 damage, because Thai letters
 * side by side can form other valid UTF-8 by accident.
 */
function isPlausible(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x2000 && cp <= 0x22ff) || (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef);
}

function isThai(ch: string | undefined): boolean {
  if (!ch) return false;
  const cp = ch.codePointAt(0)!;
  return cp >= THAI_FIRST && cp <= THAI_LAST;
}

/** One damaged character: its lead byte and the continuation bytes that survived. */
interface Token {
  start: number;
  end: number;
  lead: number;
  rest: number[];
}

/**
 * Reads damaged-UTF-8 tokens from `start`, where a Thai character stands. Continuations are
 * Thai characters or NBSP (bytes 0xA0–0xBF). Returns null tokens if the run cannot be
 * damaged UTF-8 (genuine Thai), with `end` past the whole run of Thai characters either way.
 */
function tokenize(text: string, start: number): { tokens: Token[] | null; end: number } {
  const tokens: Token[] = [];
  let i = start;
  let valid = true;
  while (i < text.length && isThai(text[i])) {
    const lead = cp874Byte(text[i]!)!;
    const need = continuationCount(lead);
    if (need < 0) valid = false;
    const token: Token = { start: i, end: i + 1, lead, rest: [] };
    i++;
    while (i < text.length && token.rest.length < need) {
      const byte = cp874Byte(text[i]!);
      if (byte === null || !isContinuation(byte)) break;
      token.rest.push(byte);
      i++;
    }
    token.end = i;
    tokens.push(token);
  }
  return { tokens: valid ? tokens : null, end: i };
}

type Context = { before: string; after: string; quoteOpen: boolean };

const CONTRACTION = /^(s|t|re|ve|ll|d|m)(?![\p{L}])/u;
const isLetter = (ch: string) => /\p{L}/u.test(ch);
const isDigit = (ch: string) => /\p{Nd}/u.test(ch);
const isSpace = (ch: string) => ch === '' || /\s/u.test(ch);
const isOpener = (ch: string) => isSpace(ch) || '([{<>/'.includes(ch);

/**
 * E2 with both continuation bytes lost was one of ‘ ’ “ ” – —: choose by its neighbours.
 * `after` is the text following the character, so contractions ("isn’t") can be seen.
 */
function punctuationFor(ctx: Context): string {
  const prev = ctx.before;
  const next = ctx.after[0] ?? '';
  if (isDigit(prev) && isDigit(next)) return '\u2013';
  if (isSpace(prev) && isSpace(next)) return '\u2013';
  if (isLetter(prev) && isLetter(next)) return CONTRACTION.test(ctx.after) ? '\u2019' : '\u2014';
  if (')]'.includes(prev) && prev !== '' && (isLetter(next) || isDigit(next))) return '\u2014';
  if (isOpener(prev) && (isLetter(next) || isDigit(next))) return '\u201c';
  if (ctx.quoteOpen) return '\u201d';
  if (/[.,!?;:]/.test(prev)) return '\u201d';
  return '\u2019';
}

/** The repaired character(s) for one token, or null when it cannot be recovered. */
function decodeToken(token: Token, ctx: Context): string | null {
  const need = continuationCount(token.lead);
  if (token.rest.length === need) {
    const decoded = decodeUtf8([token.lead, ...token.rest]);
    if (decoded === null || !isPlausible(decoded.codePointAt(0)!)) return null;
    return decoded;
  }
  if (token.lead === 0xe2) return decodeLossyE2(token.rest, ctx);
  // A two-byte character whose only continuation was 0x80–0x9F: C2 was a C1 control.
  if (token.lead === 0xc2 && token.rest.length === 0) return '';
  return null;
}

/** E2 (general punctuation and symbols) with one or two continuation bytes lost. */
function decodeLossyE2(rest: number[], ctx: Context): string | null {
  const visible = rest.filter((b) => b >= 0xa0);
  if (visible.length === 0) return punctuationFor(ctx);
  if (visible.length > 1) return null;
  const last = visible[0]!;
  // E2 80 A2 is the bullet, E2 84 A2 the trade mark sign: after a word it is ™.
  if (last === 0xa2) return isLetter(ctx.before) || isDigit(ctx.before) ? '\u2122' : '\u2022';
  if (last === 0xac) return '\u20ac';
  const decoded = decodeUtf8([0xe2, 0x80, last]);
  return decoded && isPlausible(decoded.codePointAt(0)!) ? decoded : null;
}

/** Share of Thai characters above which a text is taken as genuinely Thai and not repaired. */
const THAI_DOCUMENT_SHARE = 0.2;

/** Repairs Windows-874 mojibake in `text`. Clean text, Thai included, comes back unchanged. */
export function repairThaiMojibake(text: string): { text: string; repair: Repair | null } {
  const log = new RepairLog('mojibake', 'UTF-8 text that had been read as Windows-874 (Thai), lost punctuation restored from context');
  if (!/[\u0e01-\u0e5b]/u.test(text) || genuineThaiShare(text) > THAI_DOCUMENT_SHARE) return { text, repair: null };
  let out = '';
  let quoteOpen = false;
  let copied = 0;
  const thai = /[\u0e01-\u0e5b]/gu;
  for (let m = thai.exec(text); m; m = thai.exec(text)) {
    const i = m.index;
    const between = text.slice(copied, i);
    if (between.includes('\n')) quoteOpen = false;
    out += between;
    const { tokens, end } = tokenize(text, i);
    const repaired: DecodedRun | null = tokens ? decodeRun(text, tokens, out, quoteOpen) : null;
    if (repaired === null) {
      out += text.slice(i, end);
    } else {
      log.add(text.slice(Math.max(0, i - 12), end + 12), out.slice(-12) + repaired.text + text.slice(end, end + 12));
      out += repaired.text;
      quoteOpen = repaired.quoteOpen;
    }
    copied = end;
    thai.lastIndex = end;
  }
  out += text.slice(copied);
  return { text: out, repair: log.result() };
}

interface DecodedRun {
  text: string;
  quoteOpen: boolean;
}

/** Decodes every token of a run, or returns null if any of them cannot be recovered. */
function decodeRun(text: string, tokens: Token[], written: string, quoteOpen: boolean): DecodedRun | null {
  let result = '';
  let open = quoteOpen;
  for (const token of tokens) {
    const before = result ? result.slice(-1) : written.slice(-1);
    const decoded = decodeToken(token, { before, after: text.slice(token.end, token.end + 12), quoteOpen: open });
    if (decoded === null) return null;
    if (decoded === '\u201c') open = true;
    if (decoded === '\u201d') open = false;
    result += decoded;
  }
  return { text: result, quoteOpen: open };
}

/** Share of visible characters that are Thai and cannot be damaged UTF-8: real Thai. */
function genuineThaiShare(text: string): number {
  let genuine = 0;
  let visible = 0;
  for (let i = 0; i < text.length;) {
    if (isThai(text[i])) {
      const { tokens, end } = tokenize(text, i);
      if (!tokens) genuine += end - i;
      visible += end - i;
      i = end;
      continue;
    }
    if (!/\s/u.test(text[i]!)) visible++;
    i++;
  }
  return visible === 0 ? 0 : genuine / visible;
}
