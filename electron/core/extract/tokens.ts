/** A token of prose with its exact place in the text. */
export interface Token {
  kind: 'num' | 'word' | 'sym';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whether white space separates this token from the one before. */
  spaced: boolean;
}

/*
 * Numbers ("5,700", "9.287"), words (letters, then letters, digits and inner apostrophes
 * or dots: "Q1", "U.S", "isn't"), and single symbols. Hyphens are symbols of their own, so
 * "six-mile", "12-cent" and "Pr-Nd" come apart into their pieces. Chinese and Japanese
 * are written without spaces, so each ideograph is a word of its own.
 */
// Kana too, so a Japanese particle never glues to the number after it ("純利益は5,678億円").
const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * A letter or digit that is not an ideograph, written as one character class for speed; not a superscript or a
 * circled number either: "36.2 Mt¹" is the unit and a footnote's mark, not one word.
 */
const INNER = `[^\\s\\p{P}\\p{S}\\p{No}${CJK}]`;
/*
 * "3 450 million", "1 250,5": thousands grouped with a no-break, narrow no-break or thin space, as French and South
 * African writers (and Word) do, are one number. An ordinary space is not read so: a row of figures copied from a
 * table ("120 340 560") would become one number.
 */
const GROUPED = '\\d{1,3}(?:[\\u00a0\\u202f\\u2009]\\d{3})+(?:[.,]\\d+)?(?!\\d)';
/** A futures contract's code ("May-26", "Dec-26"): one word, as a label names the contract by it. */
const CONTRACT_CODE = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\\d{2}(?![\\d/-])';
const WORDS_NUMBERS_SYMBOLS = `(${GROUPED}|\\d+(?:[.,]\\d+)*)|([${CJK}]|${CONTRACT_CODE}|(?=\\p{L})${INNER}+(?:['’.]${INNER}+)*)|(\\S)`;
/*
 * Money written with a local symbol in letters glued to it ("R24,850", "R5.87 billion", "Rs3,600 crore",
 * "RM1.2bn"): the letters are a word of their own, where the number is written as money (thousands
 * separators, a scale, a range with a scale "RMB1-2 billion", a "/" unit). Elsewhere "R2" or "RM5" stays one word, a name.
 */
const MONEY_SHAPED = '\\d{1,3}(?:[,\\u00a0\\u202f\\u2009]\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?(?:[-–]\\d+(?:\\.\\d+)?)?\\s?(?:bn|billion|mn|m|million|k|b|tn|trillion|crore|lakh)\\b|\\d+(?:[.,]\\d+)*\\/'
  // "N828 per litre", "RM4.20 a kg": an amount per unit of goods.
  + '|\\d+(?:\\.\\d+)?\\s(?:per|a)\\s(?:litre|liter|kg|kilogram|tonne|ton|bag|barrel|bbl|unit|share)\\b';
// The letter first: a lookbehind tried at every character costs more than a letter that fails at once. An ISO code
// glued to an amount ("NGN350bn", "KES1,240m") comes apart the same way.
// "target price to RM5.80 from RM6.35", "Rs12.40 a share": ringgit and rupees in cents are money too (a rand in cents,
// "R5.80", may be a road or a part's name, so it stays one word unless the text is about the rand).
const GLUED_LETTERS = `R(?<![\\p{L}\\p{N}]R)(?:s|M|p)?(?=${MONEY_SHAPED})|R[Ms](?<![\\p{L}\\p{N}]R[Ms])(?=\\d+\\.\\d{2}(?!\\d|[.,]\\d))`
  + `|[A-Z]{3}(?<![\\p{L}\\p{N}][A-Z]{3})(?=${MONEY_SHAPED})`;
/**
 * In a text about the rand, "R142" is money whatever its shape, where an amount is said: "to R142 from R118",
 * "at R96", not "the R40 highway", "Shaft R1", "(R1)".
 */
const BARE_RAND = 'R(?<=\\b(?:to|from|at|of|is|was|were|by|about|around|near|reached|and|or) R)(?=\\d)';
/**
 * In a text about Nigeria, "N1.42 trillion" and "N2,610bn" are naira (written as money only), and so is a bare
 * amount where one is said: "fell to N828 per litre from N865".
 */
const GLUED_NAIRA = `N(?<![\\p{L}\\p{N}]N)(?=${MONEY_SHAPED})|N(?<=\\b(?:to|from|at|was|were|by|about|around) N)(?=\\d)`;

const PATTERNS = new Map<string, RegExp>();
function tokenPattern(style: NumberStyle): RegExp {
  const key = `${style.rand ? 'R' : ''}${style.naira ? 'N' : ''}`;
  let pattern = PATTERNS.get(key);
  if (!pattern) {
    const letters = [GLUED_LETTERS, ...(style.rand ? [BARE_RAND] : []), ...(style.naira ? [GLUED_NAIRA] : [])].join('|');
    pattern = new RegExp(`(${letters})|${WORDS_NUMBERS_SYMBOLS}`, 'gu');
    PATTERNS.set(key, pattern);
  }
  return pattern;
}

/*
 * Tests run on single tokens, thousands of times a passage: plain code, where a pattern would cost a call into the
 * regular-expression engine each time.
 */

/** Whether `text` is one ideograph (U+3400–U+9FFF), as /^[\u3400-\u9fff]$/u tests. */
export function isIdeograph(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}

/**
 * Words a token may be, tested as /^(?:…)$/iu tests its text but by looking its lower case up. The pattern also folds
 * "ſ" to "s", which lower-casing keeps: a token holding one is left to the pattern.
 */
export class WordSet {
  readonly #words: Set<string>;
  readonly #pattern: RegExp;

  constructor(words: string[]) {
    this.#words = new Set(words);
    this.#pattern = new RegExp(`^(?:${words.join('|')})$`, 'iu');
  }

  /** Whether `t` is one of the words (no token is none). */
  has(t: Token | undefined): boolean {
    return t !== undefined && (this.#words.has(t.lower) || (t.text.includes('ſ') && this.#pattern.test(t.text)));
  }
}

/** Digits as a decimal-comma writer writes them, as an English writer would: "1.234,5" → "1,234.5", "8.412" → "8,412". */
export function pointDecimal(digits: string): string {
  return digits.replace(/[.,]/gu, (c) => (c === '.' ? ',' : '.'));
}

/** How a text writes its numbers, worked out once per passage (currencies.ts, TextCues). */
export interface NumberStyle {
  /** "1.234,5": a number's `lower` is as an English writer writes it ("1,234.5"); its `text` is always as written. */
  decimalComma?: boolean;
  /** The text is about the rand: "R142" is the letter R and a number. */
  rand?: boolean;
  /** The text is about Nigeria: "N1.42 trillion" is the letter N and a number. */
  naira?: boolean;
}

/** "3 450,5" as "3450,5": the group spaces out, so the number reads as one written without separators. */
function withoutGroupSpaces(digits: string): string {
  return digits.length > 4 && /[\u00a0\u202f\u2009]/u.test(digits) ? digits.replace(/[\u00a0\u202f\u2009]/gu, '') : digits;
}

/** The tokens of `text`, whose first character is at `offset` of the document. */
export function tokenize(text: string, offset = 0, style: NumberStyle = {}): Token[] {
  const tokens: Token[] = [];
  const pattern = tokenPattern(style);
  let previousEnd = -1;
  const push = (kind: Token['kind'], surface: string, at: number): void => {
    // "margin c.14%": circa glued to a number is read as "c", "." and the number (as "c.€5bn" is).
    if (kind === 'word' && surface.charCodeAt(0) === 99 && surface.charCodeAt(1) === 46 && CIRCA_NUMBER.test(surface)) {
      push('word', 'c', at);
      push('sym', '.', at + 1);
      push('num', surface.slice(2), at + 2);
      return;
    }
    const digits = kind === 'num' ? withoutGroupSpaces(surface) : surface;
    const lower = kind === 'num' ? (style.decimalComma ? pointDecimal(digits) : digits) : surface.toLowerCase();
    const end = at + surface.length;
    tokens.push({ kind, text: surface, lower, start: offset + at, end: offset + end, spaced: at !== previousEnd });
    previousEnd = end;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isAsciiSpace(code)) {
      i++;
      continue;
    }
    // Most tokens are plain ASCII, read here as the pattern reads them: a call into the regex engine per token was
    // most of tokenizing. Anything else goes to the pattern.
    const plain = plainToken(text, i, code);
    if (plain) {
      push(plain.kind, text.slice(i, plain.end), i);
      i = plain.end;
      continue;
    }
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (!m) break;
    push(m[2] ? 'num' : m[1] || m[3] ? 'word' : 'sym', m[0], m.index);
    i = m.index + m[0].length;
  }
  return tokens;
}

const CIRCA_NUMBER = /^c\.\d{1,3}(?:,\d{3})*(?:\.\d+)?$/u;

/** Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII characters \s matches. */
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** ASCII punctuation and symbols: each is \p{P} or \p{S}, a token of its own. */
const isAsciiMark = (code: number) => (code >= 33 && code <= 47) || (code >= 58 && code <= 64)
  || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
/** Past ASCII, or a control character (a letter to the pattern): what may go on with a word, for the pattern. */
const mayJoin = (code: number) => code >= 127 || (code < 32 && !isAsciiSpace(code));

/**
 * The token the pattern would read at `i` where that is sure from ASCII alone: a word of ASCII letters and digits (not
 * one that may be glued money, a contract code or go on in other characters), a number without grouping spaces, or a
 * mark. Null where the pattern must decide.
 */
function plainToken(text: string, i: number, code: number): { kind: Token['kind']; end: number } | null {
  if (isAsciiMark(code)) return { kind: 'sym', end: i + 1 };
  if (isAsciiDigit(code)) return plainNumber(text, i);
  if (!isAsciiLetter(code)) return null;
  // Upper case may open glued money ("R24", "RMB1bn", "N828") or a contract code ("May-26"): the pattern's to read.
  if (code <= 90) {
    const fourth = text.charCodeAt(i + 3);
    if (code === 82 || code === 78 || fourth === 45 || isAsciiDigit(fourth)) return null;
  }
  const end = plainWordEnd(text, i);
  return end < 0 ? null : { kind: 'word', end };
}

/** Where a word of ASCII letters and digits (joined by ' ’ .) ends; -1 where another character may go on with it. */
function plainWordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && (isAsciiLetter(text.charCodeAt(j)) || isAsciiDigit(text.charCodeAt(j)))) j++;
    if (j >= text.length) return j;
    const c = text.charCodeAt(j);
    if (c === 39 || c === 46 || c === 0x2019) {
      const next = text.charCodeAt(j + 1);
      if (isAsciiLetter(next) || isAsciiDigit(next)) {
        j += 2;
        continue;
      }
      return mayJoin(next) ? -1 : j;
    }
    return mayJoin(c) ? -1 : j;
  }
}

/** An ASCII number as the pattern reads it ("5,700", "9.287"); null where grouping spaces may follow ("3 450"). */
function plainNumber(text: string, i: number): { kind: Token['kind']; end: number } | null {
  let j = i;
  while (isAsciiDigit(text.charCodeAt(j))) j++;
  const after = text.charCodeAt(j);
  if (after === 0xa0 || after === 0x202f || after === 0x2009) return null;
  while ((text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isAsciiDigit(text.charCodeAt(j + 1))) {
    j++;
    while (isAsciiDigit(text.charCodeAt(j))) j++;
  }
  return { kind: 'num', end: j };
}
