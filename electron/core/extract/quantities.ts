import { centsDollar, dollarPrefix, exchangeMinorCode, isoCurrency, lookupCurrencyName, lookupCurrencySymbol, millionCode, type TextCues } from './currencies.ts';
import { isNumberWord, parseDigits, parseNumeral, parseScale, type Numeral } from './numerals.ts';
import { isCjkNumeral, isTenths } from './cjk-numerals.ts';
import { isIdeograph, type Token } from './tokens.ts';
import { lookupCjkUnit, lookupTime, lookupUnit, type Dimension } from './units.ts';

/*
 * Finds quantities in a run of tokens: a number with its scale and unit, in any of the
 * ways prose writes them ("$ 75 million", "9.287 billion yuan", "5,000–6,000 mt",
 * "100,000 mt/year", "444,500 yuan/mt", "61.19%", "3-inch", "17 investor questions").
 * Numbers that are not quantities (years, dates, times, ordinals, identifiers, versions,
 * bare numbers without a unit) are left out.
 */

export interface Quantity {
  /** Token range of the whole quantity, currency and unit included. */
  first: number;
  last: number;
  /** Token of the (first) number itself. */
  numberToken: number;
  value: number;
  high: number | null;
  unit: string;
  dimension: Dimension;
  display: { value: string; scale: string | null; unit: string | null };
  /** For counts, the token range of the counted noun phrase ("investor questions"). */
  counted: { first: number; last: number } | null;
  /** Multipliers applied to the number as written: its scale word and its unit's factor. */
  scaleFactor: number;
  unitFactor: number;
  /** For money per unit, the size of the unit it is per in the canonical one: a pound is 0.000453592 t, a 50-kg bag 0.05 t. */
  perFactor?: number;
}

interface UnitMatch { unit: string; factor: number; dimension: Dimension; next: number; text: string }

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/u;
const RANGE_DASH = new Set(['-', '–', '—', '~', '～']);
const CLOSE_BRACKET = new Map(Object.entries({ '(': ')', '[': ']', '{': '}', '<': '>' }));
/** Plural nouns that are not things counted in a metric. */
const NOT_COUNTED = new Set(['times', 'years', 'months', 'days', 'weeks', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'points',
  'percent', 'others', 'ones', 'as', 'is', 'was', 'has', 'its', 'this', 'his', 'thus', 'yes', 'us', 'less', 'plus', 'across', 'cents', 'pounds', 'dollars']);
const COUNT_STOP = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'and', 'or', 'were', 'was', 'are', 'is', 'that', 'which', 'who', 'the', 'a', 'an']);
const PREFIX_CODES = new Set(['rmb', 'usd', 'eur', 'gbp', 'chf', 'cny', 'jpy', 'inr', 'rs', 'cad', 'aud', 'hkd', 'sgd', 'nzd', 'krw', 'mxn', 'try',
  'sek', 'nok', 'dkk', 'zar', 'brl', 'idr', 'thb', 'twd', 'pln', 'rub', 'aed', 'sar', 'vnd', 'dollar', 'dollars', 'euro', 'euros', 'btc',
  'usc', 'myr', 'qar', 'php', 'rm', 'rp', 'dh', 'dhs', 'ksh', 'kshs']);

/** A number written with thousands separators: "1,240", "2,486.5". */
const SEPARATED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
const isMoneyScale = (tokens: Token[], i: number) => tokens[i]?.kind === 'word' && parseScale(tokens, i, true) !== null;

/** The number at `i` written as an amount of money: with a scale after it, or thousands separators, and no other unit. */
function writtenAsMoney(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const scaled = isMoneyScale(tokens, i + 1);
  if (next && !next.spaced && next.kind === 'word' && !scaled) return false;
  if (next?.text === '%' || next?.text === '％') return false;
  // "EGP 58.40": a price in cents is written with two decimals.
  const digits = tokens[i]?.text ?? '';
  return scaled || SEPARATED.test(digits) || /^\d+\.\d\d$/u.test(digits);
}

/** Words that put a price on a share: "target price", "price target", "fair value", "TP", "share price". */
const SHARE_PRICE_PAIRS = new Set(['target price', 'price target', 'fair value', 'share price']);

/**
 * "cut our target price to CZK 412 from CZK 455": after words that price a share, an ISO code before a bare amount
 * is money however the amount is written ("COP 29" elsewhere is a conference).
 */
function pricedAShare(tokens: Token[], code: number): boolean {
  for (let k = code - 1; k >= Math.max(0, code - 14); k--) {
    const t = tokens[k]!;
    if (t.text === 'TP' || SHARE_PRICE_PAIRS.has(`${tokens[k - 1]?.lower} ${t.lower}`)) return true;
    if (t.text === ';' || t.text === '.') return false;
  }
  return false;
}

/** The dollar a sentence wrote last before token `i` ("A$1.84 billion; … 38 cents" → AUD), if any. */
function dollarWrittenBefore(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k > 0; k--) {
    if (tokens[k]!.text === '$' && !tokens[k]!.spaced && tokens[k - 1]!.kind === 'word') return dollarPrefix(tokens[k - 1]!.text);
  }
  return null;
}

const CJK_TEXT = /[\u3400-\u9fff]/u;

const GLUED_BEFORE_SYMBOL = new Map([['E£', 'EGP'], ['GH₵', 'GHS']]);

/** Quantities that can be per something: money per tonne, tonnes or GWh per year. */
const RATE_DIMENSIONS = new Set<Dimension>(['currency', 'mass', 'length', 'volume', 'energy', 'power']);
const MINUS = new Set(['-', '−', '–']);

const isWord = (t: Token | undefined, ...words: string[]) => t?.kind === 'word' && words.includes(t.lower);

/** Money spoken of before the number: "$", "US$", "us $", "c $", "RMB", "USD", "MAUD". */
function currencyBefore(tokens: Token[], i: number, context: TextCues, floor: number): { code: string; factor: number; first: number } | null {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < floor) return null;
  // "S/1,640 million", "S/. 310 millones": the Peruvian sol.
  if (prev.text === '/' || prev.text === '.') {
    const sol = prev.text === '.' ? i - 3 : i - 2;
    if (tokens[sol]?.text === 'S' && sol >= floor && tokens.slice(sol + 1, i).every((t) => !t.spaced || t === tokens[i])
      && (prev.text === '/' || tokens[sol + 1]?.text === '/') && writtenAsMoney(tokens, i)) return { code: 'PEN', factor: 1, first: sol };
  }
  if (prev.kind === 'sym') {
    const def = lookupCurrencySymbol(prev.text, context);
    if (!def) return null;
    const letters = tokens[i - 2];
    // "US$", "HK$" glued; spaced only as "us $", "u.s $", "c $" (a lone "a" or "s" is an article or a possessive)
    if (prev.text === '$' && letters?.kind === 'word' && i - 2 >= floor && (!prev.spaced || (letters.text.length <= 3 && !['a', 's'].includes(letters.lower)))) {
      const code = dollarPrefix(letters.text.replace(/\.$/u, ''));
      if (code) return { code, factor: 1, first: i - 2 };
    }
    // "E£3.4 billion" (the Egyptian pound), "GH₵812 million": letters glued before a symbol are part of it.
    const glued = !prev.spaced && i - 2 >= floor ? GLUED_BEFORE_SYMBOL.get(`${letters?.text}${prev.text}`) : undefined;
    if (glued) return { code: glued, factor: 1, first: i - 2 };
    return { ...def, first: i - 1 };
  }
  if (prev.kind !== 'word') return null;
  // "R24,850", "R142" in a text about the rand (tokens.ts split the letter off only there, or where it reads as money).
  if (prev.text === 'R' && (!tokens[i]!.spaced || context.rand)) return { code: 'ZAR', factor: 1, first: i - 1 };
  // "N1.42 trillion" in a text about Nigeria (split off by tokens.ts only there).
  if (prev.text === 'N' && !tokens[i]!.spaced && context.naira) return { code: 'NGN', factor: 1, first: i - 1 };
  // "DH 312.6 billion", "5.64 DH" in a text about Morocco: the Moroccan dirham.
  if ((prev.text === 'DH' || prev.text === 'Dh' || prev.text === 'Dhs') && context.morocco) return { code: 'MAD', factor: 1, first: i - 1 };
  // "MOP 18.6bn" in a text about Macau: the pataca (elsewhere MOP is muriate of potash).
  if (prev.text === 'MOP' && context.macau && speaksOfMacau(tokens)) return { code: 'MOP', factor: 1, first: i - 1 };
  // "c.EUR 21m": circa, glued to the code.
  const circa = prev.text.startsWith('c') ? /^(?:c|ca)\.([A-Za-z]{3})$/u.exec(prev.text) : null;
  if (circa && PREFIX_CODES.has(circa[1]!.toLowerCase())) {
    const def = lookupCurrencyName(circa[1]!.toLowerCase());
    return def ? { ...def, first: i - 1 } : null;
  }
  const million = millionCode(prev.text);
  if (million) return { ...million, first: i - 1 };
  // "KES 48.2 billion", "NGN 1,240 million": any ISO code in capitals, before an amount written as money ("IRR 24%",
  // "NIO 250 kWh", "COP 29" are not).
  const iso = PREFIX_CODES.has(prev.lower) ? null : isoCurrency(prev.text);
  if (iso && (writtenAsMoney(tokens, i) || pricedAShare(tokens, i - 1))) return { ...iso, first: i - 1 };
  if (!PREFIX_CODES.has(prev.lower)) return null;
  if (prev.lower === prev.text && prev.lower.length === 3 && !['usd', 'eur', 'gbp', 'rmb', 'cny', 'jpy', 'chf', 'inr', 'btc'].includes(prev.lower)) return null;
  // "RM 1.2 billion", "Rp 4.5 trillion", "Dh 2.2 billion": local symbols written in letters, capitalised.
  if (/^(?:rm|rp|dhs?)$/u.test(prev.text)) return null;
  const def = lookupCurrencyName(prev.lower);
  return def ? { ...def, first: i - 1 } : null;
}

/** Currencies named in Chinese after an amount (元 alone is CNY, read as a symbol). */
const CJK_CURRENCIES = new Map([
  ['美元', 'USD'], ['港元', 'HKD'], ['港币', 'HKD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'], ['澳元', 'AUD'],
  ['加元', 'CAD'], ['韩元', 'KRW'], ['新加坡元', 'SGD'], ['人民币', 'CNY'], ['人民币元', 'CNY'], ['新台币', 'TWD'],
]);

/** Money after the number: "yuan", "US dollars", "€", "元", "MEUR", "92c", "18p". Longest match wins. */
function currencyAfter(tokens: Token[], i: number, context: TextCues): UnitMatch | null {
  const t = tokens[i];
  if (!t) return null;
  // "EPS of 92c", "a dividend of 18p": cents and pence glued to the number, where the text is about money.
  if ((t.text === 'c' || t.text === 'p') && !t.spaced && context.money && tokens[i - 1]?.kind === 'num'
    && !(isWord(tokens[i + 1]) && !tokens[i + 1]!.spaced)) {
    return { unit: t.text === 'p' ? 'GBP' : context.cents, factor: 0.01, dimension: 'currency', next: i + 1, text: t.text };
  }
  // Soft commodities and grain quoted in cents a pound or a bushel: "15.82 c/lb", "428c/bu".
  if (t.text === 'c' && tokens[i - 1]?.kind === 'num' && tokens[i + 1]?.text === '/' && !tokens[i + 1]!.spaced
    && isWord(tokens[i + 2], 'lb', 'lbs', 'bu', 'gal')) {
    return { unit: context.cents, factor: 0.01, dimension: 'currency', next: i + 1, text: t.text };
  }
  // "52.6¢", "18 US¢": cents written with their sign, of the dollar the letters before it name (else the text's).
  const dollar = t.text === '¢' ? context.cents : tokens[i + 1]?.text === '¢' && !tokens[i + 1]!.spaced ? centsDollar(t.text) : null;
  if (dollar) {
    const letters = t.text === '¢' ? '' : t.text;
    return { unit: dollar, factor: 0.01, dimension: 'currency', next: i + (letters ? 2 : 1), text: `${letters}¢` };
  }
  if (t.kind === 'sym') {
    const def = lookupCurrencySymbol(t.text, context);
    const next = tokens[i + 1];
    if (next && !next.spaced && next.kind === 'num') return null; // "1 $10": the symbol belongs to the next amount
    return def ? { unit: def.code, factor: def.factor, dimension: 'currency', next: i + 1, text: t.text } : null;
  }
  if (t.kind !== 'word') return null;
  if (isCjk(t)) {
    // 美元, 港元, 欧元: Chinese currency names, written as two or three unspaced characters.
    for (let n = 3; n >= 2; n--) {
      const chars = tokens.slice(i, i + n);
      if (chars.length < n || chars.slice(1).some((c) => c.spaced || !isCjk(c))) continue;
      const code = CJK_CURRENCIES.get(chars.map((c) => c.text).join(''));
      if (code) return { unit: code, factor: 1, dimension: 'currency', next: i + n, text: chars.map((c) => c.text).join('') };
    }
  }
  const million = millionCode(t.text);
  if (million) return { unit: million.code, factor: million.factor, dimension: 'currency', next: i + 1, text: t.text };
  // "412 GBp", "412 GBX": pence, as exchanges quote London shares.
  const minor = exchangeMinorCode(t.text);
  if (minor) return { unit: minor, factor: 0.01, dimension: 'currency', next: i + 1, text: t.text };
  // Names of up to three words, longest first, among the words that follow one another from `i`.
  let run = 1;
  while (run < 3 && tokens[i + run]?.kind === 'word') run++;
  for (let n = run; n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    const form = n === 1 ? t.lower : words.map((w) => w.lower).join(' ');
    // "3.1 billion NGN": an ISO code after an amount only after its scale or a number written with separators.
    const iso = n === 1 && (isMoneyScale(tokens, i - 1) || SEPARATED.test(tokens[i - 1]?.text ?? '')) ? isoCurrency(t.text) : null;
    const def = lookupCurrencyName(form) ?? iso;
    if (!def) continue;
    if (form === 'pound' || form === 'pounds') continue; // decided with the physical units
    if (n === 1 && /^[A-Z][a-z][A-Z]$/u.test(t.text)) continue; // "6.97 MnT" is million tonnes, no tugrik
    // "5.64 Mds DH" in a text about Morocco: the Moroccan dirham, as before the amount.
    if (def.code === 'AED' && context.morocco && /^(?:dh|dhs|dirhams?)$/u.test(form)) {
      return { unit: 'MAD', factor: 1, dimension: 'currency', next: i + n, text: words.map((w) => w.text).join(' ') };
    }
    // "a final dividend of 95 cents per share" in a report in rand, "lifted to 38 cents" beside A$1.84 billion: the cents
    // of the text's money.
    if (def.code === 'USD' && def.factor === 0.01 && /^cents?$/u.test(form)) {
      return { unit: context.randCents ? 'ZAR' : dollarWrittenBefore(tokens, i) ?? 'USD', factor: 0.01, dimension: 'currency', next: i + n, text: t.text };
    }
    return { unit: def.code, factor: def.factor, dimension: 'currency', next: i + n, text: words.map((w) => w.text).join(' ') };
  }
  return null;
}

/** "5,64 milliards de dirhams", "310 millions d'euros": French puts "de" between the scale and the currency. */
function frenchMoney(tokens: Token[], i: number, scale: { text: string } | null, context: TextCues): UnitMatch | null {
  if (!scale || !/^(?:milliards?|millions|Mds|Mrds)$/u.test(scale.text)) return null;
  const de = tokens[i];
  const elided = de ? /^d['’](\p{L}+)$/u.exec(de.text) : null;
  if (elided) {
    const def = lookupCurrencyName(elided[1]!.toLowerCase());
    return def ? { unit: def.code, factor: def.factor, dimension: 'currency', next: i + 1, text: de!.text } : null;
  }
  if (de?.lower !== 'de') return null;
  const money = currencyAfter(tokens, i + 1, context);
  return money?.dimension === 'currency' ? { ...money, text: `${de.text} ${money.text}` } : null;
}

/** Whether the straight quote at `i` closes a quotation: the last one before it opens one ("on July 8"), not an inch mark. */
function closesQuotation(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j]!.text !== '"') continue;
    const next = tokens[j + 1];
    return next !== undefined && !next.spaced && next.kind === 'word';
  }
  return false;
}

/** A physical unit or percentage after the number, longest written form first. */
function unitAfter(tokens: Token[], i: number, money: boolean, numberValue: number, temperature = false, precious?: TextCues): UnitMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.text === '%' || t.text === '％') return { unit: '%', factor: 1, dimension: 'percent', next: i + 1, text: t.text };
  // 10" is ten inches; 600 "serve the people" campaigns opens a quotation, and ("on July 8") closes one.
  if ((t.text === '"' || t.text === '″') && !(tokens[i + 1] && !tokens[i + 1]!.spaced && tokens[i + 1]!.kind === 'word')
    && !(t.text === '"' && closesQuotation(tokens, i))) return { unit: 'm', factor: 0.0254, dimension: 'length', next: i + 1, text: t.text };
  if (t.text === '°') {
    const scale = tokens[i + 1];
    if (scale && !scale.spaced && (scale.text === 'C' || scale.text === 'F')) return { unit: `°${scale.text}`, factor: 1, dimension: 'temperature', next: i + 2, text: `°${scale.text}` };
    if (isWord(scale, 'celsius', 'fahrenheit')) return { unit: scale!.lower === 'celsius' ? '°C' : '°F', factor: 1, dimension: 'temperature', next: i + 2, text: `° ${scale!.text}` };
    return { unit: 'deg', factor: 1, dimension: 'angle', next: i + 1, text: '°' };
  }
  if (t.kind !== 'word') return null;
  if (isCjk(t)) {
    const cjk = cjkUnitAt(tokens, i);
    // "沪深300股指期货", "持有50股票": 股 opening a word (股指, 股票, 股东, 股份) is no count of shares.
    if (cjk?.def.unit === 'count' && t.text === '股' && /^[指票东份权价本息利]/u.test(tokens[i + 1]?.text ?? '')) return null;
    return cjk ? { ...cjk.def, next: i + cjk.length, text: tokens.slice(i, i + cjk.length).map((x) => x.text).join('') } : null;
  }
  if ((t.lower === 'pm' || t.lower === 'am') && numberValue <= 12) return null;
  // "utilisation hours were 572 hours", "wind farms logged 1,105 hours": hours a plant ran are a measure of its own.
  if ((t.lower === 'hours' || t.lower === 'hrs') && speaksOfRunningHours(tokens, i)) {
    return { unit: 'h', factor: 1, dimension: 'duration', next: i + 1, text: t.text };
  }
  // "5.30 million b/d": barrels a day; a "b" alone is billions, so only before "/d".
  if ((t.text === 'b' || t.text === 'bbl') && tokens[i + 1]?.text === '/' && !tokens[i + 1]!.spaced && /^(?:d|day)$/u.test(tokens[i + 2]?.text ?? '')) {
    return { unit: 'bbl', factor: 1, dimension: 'volume', next: i + 1, text: t.text };
  }
  const hyphened = pointsHyphened(tokens, i);
  if (hyphened) return hyphened;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || words.some((w) => w.kind !== 'word') || words.slice(1).some((w) => !w.spaced)) continue;
    const form = words.map((w) => w.text).join(' ');
    const def = lookupUnit(form);
    if (!def) continue;
    if ((form.toLowerCase() === 'pound' || form.toLowerCase() === 'pounds') && money && !speaksOfMetal(tokens) && !producedBefore(tokens, i)) {
      return { unit: 'GBP', factor: 1, dimension: 'currency', next: i + n, text: form };
    }
    if (/^(?:oz|ounces?)$/iu.test(form) && troyOunces(tokens, precious)) return { ...TROY_OUNCE, next: i + n, text: form };
    // "price/mix contributed 5 points": points of growth are percentage points, not an index's.
    if (/^points?$/iu.test(form) && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => CONTRIBUTED.test(t.lower))) {
      return { unit: 'pp', factor: 1, dimension: 'points', next: i + n, text: form };
    }
    if (form === 'mb' && speaksOfOil(tokens, i)) return { unit: 'bbl', factor: 1e6, dimension: 'volume', next: i + n, text: form };
    // "13.8 Mb/d" of crude (as the agencies write a country's output) but "1,425 Mb/d" (the EIA's thousands, as in Mbbl):
    // never megabits before "/d".
    const perDay = tokens[i + 1]?.text === '/' && /^(?:d|day)$/u.test(tokens[i + 2]?.text ?? '');
    // Millions where written with decimals or below 200 (world demand of 105 Mb/d), else thousands (850 Mb/d, 1,425 Mb/d).
    const mbd = !perDay ? null : !Number.isInteger(numberValue) || numberValue < 200 ? 1e6 : 1e3;
    if (form === 'Mb' && mbd) return { unit: 'bbl', factor: mbd, dimension: 'volume', next: i + n, text: form };
    if (def.dimension === 'angle' && /^degrees?$/iu.test(form) && temperature) return { unit: '°C', factor: 1, dimension: 'temperature', next: i + n, text: form };
    return { ...def, next: i + n, text: form };
  }
  return null;
}

/** "a 90 basis-point improvement", "a 1.2 percentage-point gain": points written as one hyphened word. */
function pointsHyphened(tokens: Token[], i: number): UnitMatch | null {
  const [a, dash, b] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (dash?.text !== '-' || dash.spaced || b?.kind !== 'word' || b.spaced || !/^points?$/u.test(b.lower)) return null;
  const def = lookupUnit(`${a.text} ${b.text}`);
  return def?.dimension === 'points' ? { ...def, next: i + 3, text: `${a.text}-${b.text}` } : null;
}

const CONTRIBUTED = /^(?:contributed|contributes|contributing|contribution|subtracted|deducted|shaved)$/u;

/** A sentence about Macau's casinos and none about potash: "MOP" there is the pataca. */
function speaksOfMacau(tokens: Token[]): boolean {
  return tokens.some((t) => /^(?:Macau|Macao|Cotai|GGR|DICJ|patacas?)$/u.test(t.text))
    && !tokens.some((t) => /^(?:potash|KCl|muriate|fertili[sz]ers?|CFR|FOB)$/iu.test(t.text));
}

/** Gold, silver and the platinum group are weighed in troy ounces ("US$1,385/oz", "412,000 ounces of gold"). */
const TROY_OUNCE = { unit: 't', factor: 0.0000311034768, dimension: 'mass' as const };
function speaksOfPreciousMetal(tokens: Token[], passage?: TextCues): boolean {
  // Miners report ounces only of precious metals: a mine's ounces are troy ounces too. `passage`: the cues of a passage
  // that speaks of them ("AISC at A$2,350 an ounce. Half one came in at 139,400 ounces"), asked only once ounces are met.
  return tokens.some((t) => t.kind === 'word'
    && /^(?:gold|silver|platinum|palladium|rhodium|pgms?|bullion|aisc|au|ag|mine|mines|miner|miners|mining|koz|moz)$/u.test(t.lower))
    || Boolean(passage?.preciousMetal);
}

/**
 * Ounces weighed: troy ounces where precious metals are spoken of, and where a mill's words are ("milled 1.2Mt of ore for
 * 95,000oz", "poured 41,000 ounces"); not "produced" or "hedged" alone (dried flower, coffee, chocolate are weighed too).
 */
function troyOunces(tokens: Token[], passage?: TextCues): boolean {
  return speaksOfPreciousMetal(tokens, passage)
    || tokens.some((t) => t.kind === 'word' && /^(?:ore|milled|poured|doré|dore)$/u.test(t.lower));
}

/** "5.4 mb/d", "stocks of 420 mb of crude": in oil, mb is a million barrels, not a megabit. */
/** A sentence about how long plants ran (utilisation hours), where "N hours" is a figure rather than a span of time. */
function speaksOfRunningHours(tokens: Token[], at: number): boolean {
  // Only the words just before this figure count: "the outage lasted 36 hours, …; wind farms logged 1,105 hours".
  const utilisation = (t: Token) => isWord(t, 'utilisation', 'utilization');
  const near = tokens.slice(Math.max(0, at - 14), at);
  return near.some((t, k) => utilisation(t) && isWord(near[k + 1], 'hours', 'hour'))
    // "average berth waiting time fell to 9.5 hours", "turnaround of 31 hours": the time a ship or truck waits.
    || near.slice(-8).some((t) => isWord(t, 'waiting', 'turnaround', 'dwell', 'queuing', 'queueing'))
    || isWord(tokens[at - 2], 'logged', 'averaged', 'ran') || isWord(tokens[at - 3], 'logged', 'averaged', 'ran')
    // "its coal-fired units ran an average of 4,380 hours"
    || (isWord(tokens[at - 2], 'of') && isWord(tokens[at - 3], 'average') && isWord(tokens[at - 5], 'ran', 'run', 'operated'))
    // "64 hours fewer than", "down 58 hours": a change in the hours a plant ran.
    || ((isWord(tokens[at + 1], 'fewer', 'more', 'less', 'lower', 'higher') || isWord(tokens[at - 2], 'down', 'up', 'by'))
      && tokens.some(utilisation));
}

function speaksOfOil(tokens: Token[], at: number): boolean {
  if (tokens[at + 1]?.text === '/' && /^(?:d|day)$/iu.test(tokens[at + 2]?.text ?? '')) return true;
  return tokens.some((t) => t.kind === 'word' && /^(?:oil|crude|barrels?|opec|refiners?|refinery|refineries|brent|wti|condensate|inventories|stocks)$/u.test(t.lower));
}

/** Metals are weighed in pounds ("135.4 million pounds of payable copper"): there, pounds are mass, not sterling. */
const WEIGHED_IN_POUNDS = /^(?:lb|lbs|copper|uranium|u3o8|nickel|zinc|lead|cobalt|molybdenum|moly|aluminium|aluminum|tin|payable|concentrate|cathode)$/u;
function speaksOfMetal(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && WEIGHED_IN_POUNDS.test(t.lower)) && !tokens.some((t) => t.text === '£' || /^(?:gbp|sterling|pence)$/u.test(t.lower));
}

/** "expects to produce 18 million pounds", "output of 3.2 million pounds": what a mine makes is weighed, not paid. */
const PRODUCED = /^(?:produce|produces|produced|producing|production|output|mined|milled|packaged|packed)$/u;
function producedBefore(tokens: Token[], unitAt: number): boolean {
  const before = tokens.slice(Math.max(0, unitAt - 6), unitAt);
  return before.some((t) => t.kind === 'word' && PRODUCED.test(t.lower)) && !before.some((t) => isWord(t, 'for', 'worth', 'at'));
}

/** What a price per unit may do between its unit and the amount: "每吨分别上调125元和120元", "每吨下调50元". */
const PER_UNIT_MOVED = /^(?:分别|均)?(?:上调|下调|调涨|调降|上涨|下跌|提涨|提价|降价|上浮|下浮|涨|降|跌)(?:了)?(?:约)?$/u;

/** "每吨", "每千瓦时" right before token `at`, or before a verb of its move right before it: the unit a price is per. */
function perUnitBefore(tokens: Token[], at: number): { unit: string; factor: number } | null {
  for (let k = at - 2; k >= Math.max(0, at - 9); k--) {
    if (tokens[k]!.text !== '每') continue;
    const unit = cjkUnitAt(tokens, k + 1);
    if (!unit) return null;
    const end = k + 1 + unit.length;
    const moved = end < at && PER_UNIT_MOVED.test(tokens.slice(end, at).map((t) => t.text).join(''));
    return end === at || moved ? unit.def : null;
  }
  return null;
}

/** The Chinese unit written from token `i` on, its characters unspaced ("千瓦时"). */
function cjkUnitAt(tokens: Token[], i: number): { def: ReturnType<typeof lookupUnit> & object; length: number } | null {
  let chars = '';
  for (let k = i; k < i + 4 && isCjk(tokens[k]) && (k === i || !tokens[k]!.spaced); k++) chars += tokens[k]!.text;
  return chars ? lookupCjkUnit(chars) : null;
}

/** "R24,850/6E oz", "US$1,520 per 4E ounce": an ounce of a basket of platinum-group metals is a troy ounce. */
function pgmBasketOunce(tokens: Token[], i: number): { unit: string; factor: number; next: number; text: string } | null {
  const [joiner, count, e] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!joiner || !(joiner.text === '/' || isWord(joiner, 'per')) || !count || !/^[2-8]$/u.test(count.text)) return null;
  if (e?.text !== 'E' || e.spaced) return null;
  let k = i + 3;
  if (isWord(tokens[k], 'pgm', 'pgms')) k++;
  if (!isWord(tokens[k], 'oz', 'ounce', 'ounces')) return null;
  return { unit: TROY_OUNCE.unit, factor: TROY_OUNCE.factor, next: k + 1, text: `${joiner.text}${joiner.text === '/' ? '' : ' '}${count.text}E ${tokens[k]!.text}` };
}

const PER_SYMBOL = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP']]);

/**
 * "GH₵3,625 per 64kg bag", "KSh 168.40 per 2kg packet", "₹385 a 50-kg bag": a price per bag of a stated weight is a
 * price per tonne of what is in it.
 */
function baggedMass(tokens: Token[], i: number): { unit: string; factor: number; next: number; text: string } | null {
  const joiner = tokens[i];
  if (!joiner || tokens[i + 1]?.kind !== 'num' || !(joiner.text === '/' || isWord(joiner, 'per', 'a', 'an'))) return null;
  const weight = parseNumeral(tokens, i + 1);
  if (!weight?.digits) return null;
  const k = tokens[weight.next]?.text === '-' && !tokens[weight.next]!.spaced ? weight.next + 1 : weight.next;
  const mass = tokens[k] ? lookupUnit(tokens[k]!.text) : null;
  if (!mass || mass.dimension !== 'mass' || !isWord(tokens[k + 1], 'bag', 'bags', 'sack', 'sacks', 'packet', 'packets', 'pack')) return null;
  const text = tokens.slice(i, k + 2).map((t, n) => (n > 0 && t.spaced ? ' ' : '') + t.text).join('');
  return { unit: 't', factor: weight.value * mass.factor, next: k + 2, text };
}

/** "$1,852 per 40ft container", "US$900 per 20-foot box": a box's length names it a FEU or a TEU. */
function containerBox(tokens: Token[], i: number): { unit: string; factor: number; next: number; text: string } | null {
  const joiner = tokens[i];
  const size = tokens[i + 1];
  if (!joiner || !size || size.kind !== 'num' || !(joiner.text === '/' || isWord(joiner, 'per', 'a'))) return null;
  if (size.text !== '40' && size.text !== '20') return null;
  const k = tokens[i + 2]?.text === '-' && !tokens[i + 2]!.spaced ? i + 3 : i + 2;
  if (!isWord(tokens[k], 'ft', 'foot', 'feet') || !isWord(tokens[k + 1], 'container', 'containers', 'box', 'boxes')) return null;
  const text = tokens.slice(i, k + 2).map((t, n) => (n > 0 && t.spaced ? ' ' : '') + t.text).join('');
  return { unit: size.text === '40' ? 'FEU' : 'TEU', factor: 1, next: k + 2, text };
}

/** "/year", "per tonne", "a day", "an hour", "/吨", "/年": the denominator of a rate. */
function denominator(tokens: Token[], i: number, precious?: TextCues): { unit: string; factor: number; next: number; text: string } | null {
  const joiner = tokens[i];
  const what = tokens[i + 1];
  const basket = pgmBasketOunce(tokens, i);
  if (basket) return basket;
  const bag = baggedMass(tokens, i);
  if (bag) return bag;
  const box = containerBox(tokens, i);
  if (box) return box;
  // "N1,452.75/$", "₹88.6/$": local money per dollar, an exchange rate (not "$5/$100 of revenue").
  const perSymbol = joiner?.text === '/' && what && PER_SYMBOL.get(what.text);
  if (perSymbol && tokens[i + 2]?.kind !== 'num') return { unit: perSymbol, factor: 1, next: i + 2, text: `/${what.text}` };
  if (!joiner || !what || what.kind !== 'word') return null;
  const slash = joiner.text === '/' || isWord(joiner, 'per');
  const article = isWord(joiner, 'a', 'an');
  if (!slash && !article) return null;
  const time = lookupTime(what.text);
  const earlier = isWord(tokens[i + 2], 'earlier', 'ago', 'before', 'later', 'prior', 'previously');
  if (time && !earlier && (slash || ['year', 'month', 'week', 'day', 'hour'].includes(what.lower))) {
    return { unit: time, factor: 1, next: i + 2, text: `${joiner.text}${joiner.text === '/' ? '' : ' '}${what.text}` };
  }
  // "$15,200 a tonne", "$68 a barrel": an article before a unit of goods makes a price per unit.
  if (article && /^(?:tonne|ton|metric ton|barrel|pound|ounce|kilogram|kilo|megawatt-hour|bushel|hectolitre)$/iu.test(what.text)) {
    const troy = what.lower === 'ounce' ? troyOunces(tokens, precious) : what.lower === 'pound' && speaksOfPreciousMetal(tokens, precious);
    const unit = troy ? TROY_OUNCE : lookupUnit(what.text)!;
    return { unit: unit.unit, factor: unit.factor, next: i + 2, text: `${joiner.text} ${what.text}` };
  }
  // "186.0 bushels an acre", "8.5 tonnes a hectare": a yield said with an article is per that area.
  if (article && /^(?:acre|hectare)$/iu.test(what.text)) {
    const area = PER_AREA.get(what.lower)!;
    return { unit: area.unit, factor: area.factor, next: i + 2, text: `${joiner.text} ${what.text}` };
  }
  if (!slash) return null;
  // "per net ton", "/short ton", "US$690/st": a US short ton.
  if (joiner.text === '/' && /^(?:st|sht)$/iu.test(what.text)) return { unit: 't', factor: 0.90718474, next: i + 2, text: `/${what.text}` };
  if (/^(?:net|short)$/iu.test(what.text) && isWord(tokens[i + 2], 'ton', 'tons')) {
    return { unit: 't', factor: 0.90718474, next: i + 3, text: `${joiner.text} ${what.text} ${tokens[i + 2]!.text}` };
  }
  // "42.80元/股": a price per share stays an amount of money (labelled-sets.md).
  const cjk = isCjk(what) && what.text !== '股' ? cjkUnitAt(tokens, i + 1) : null;
  const troy = /^(?:oz|ounces?)$/iu.test(what.text) && troyOunces(tokens, precious);
  const phrase = cjk ? null : unitPhraseAt(tokens, i + 1); // "per wet metric tonne"
  const unit = cjk?.def ?? phrase?.def ?? (troy ? TROY_OUNCE : PER_AREA.get(what.lower) ?? lookupUnit(what.text));
  const length = cjk?.length ?? phrase?.length ?? 1;
  // "the rand firmed to R17.21 per dollar": an exchange rate, local currency per unit of the other.
  // Not "95 cents per dollar of revenue": money for each unit of something else.
  const money = !unit && /^(?:dollar|euro|yuan|yen|pound)$/u.test(what.lower) && !isWord(tokens[i + 2], 'of')
    ? lookupCurrencyName(what.lower === 'pound' ? 'gbp' : what.lower) : null;
  if (money) return { unit: money.code, factor: 1, next: i + 2, text: `${joiner.text}${joiner.text === '/' ? '' : ' '}${what.text}` };
  // "US$0.071/GB", "US$1.62/Gb": memory is priced per gigabyte or gigabit, kept in the unit the trade quotes.
  if (/^(?:GB|Gb|TB)$/u.test(what.text)) return { unit: what.text, factor: 1, next: i + 2, text: `${joiner.text}${joiner.text === '/' ? '' : ' '}${what.text}` };
  if (!unit || !['mass', 'length', 'area', 'volume', 'energy', 'power', 'count'].includes(unit.dimension)) return null;
  const written = tokens.slice(i + 1, i + 1 + length).map((x) => x.text).join('');
  return { unit: unit.unit, factor: unit.factor, next: i + 1 + length, text: `${joiner.text}${joiner.text === '/' ? '' : ' '}${written}` };
}

const DOLLARS_EACH = new Set(['EUR', 'GBP', 'AUD', 'NZD']);

/** Currency words too ambiguous to name the money of an exchange rate ("the pound" may be Egypt's, "RM" a metric). */
const NOT_A_RATE_CURRENCY = /^(?:dollars?|pounds?|cents?|pence|rp|rm|rs|try|r|c|p)$/iu;

/**
 * "the yen weakened 0.6% to 155.40 per dollar", "the won at 1,398.5 to the dollar": the money named last in the dozen
 * words before the number, quoted in US dollars; null without one.
 */
function exchangeRateAt(tokens: Token[], i: number, j: number): { unit: string; text: string; next: number } | null {
  // "per dollar" (not "per dollar of exposure"), or "against the dollar" / "to the dollar", as the market quotes it.
  const per = isWord(tokens[j], 'per') && isWord(tokens[j + 1], 'dollar') && !isWord(tokens[j + 2], 'of', 'invested', 'spent') ? 2
    : isWord(tokens[j], 'to', 'against') && isWord(tokens[j + 1], 'the') && isWord(tokens[j + 2], 'dollar') ? 3 : 0;
  if (!per) return null;
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || NOT_A_RATE_CURRENCY.test(t.text)) continue;
    const code = lookupCurrencyName(t.lower)?.code;
    if (!code || code === 'USD') continue;
    // The euro, sterling and the Antipodean dollars are quoted in dollars each ("the euro rose to 1.1620 against the dollar").
    // "0.86 per dollar" is euros per dollar whatever the currency; "against the dollar" is as the market quotes it.
    const unit = DOLLARS_EACH.has(code) && per === 3 ? `USD/${code}` : `${code}/USD`;
    return { unit, text: tokens.slice(j, j + per).map((w) => w.text).join(' '), next: j + per };
  }
  return null;
}

/** The money Chinese-language press quotes against others, whichever it names first. */
const LOCAL_MONEY = new Set(['CNY', 'TWD', 'HKD']);

/** "人民币兑美元中间价报", "欧元兑美元收于": a pair of currencies quoted just before a number. */
const CJK_PAIR_QUOTED = /(人民币|美元|欧元|日元|港元|英镑|澳元|韩元|新台币)[兑对](人民币|美元|欧元|日元|港元|英镑|澳元|韩元|新台币)(?:汇率)?(?:中间价|即期汇率|即期|汇率)?(?:\d{1,2}月\d{1,2}日)?(?:收盘)?(?:收报|报收|收于|收在|报|为|至)$/u;

/**
 * The unit of a Chinese exchange-rate quote: A兑B is B per A ("欧元兑美元1.16", "美元兑日元155.4"), except that the
 * press writes its own money first either way ("人民币兑美元中间价报7.0825" is 7.0825 yuan per dollar, and
 * "新台币兑美元收盘为30.52元" Taiwan dollars per dollar).
 */
function cjkExchangeRate(before: string, next: number): { unit: string; text: string; next: number } | null {
  // Tried for every bare number: most have no 兑 or 对 before them, and skip the long pattern.
  const pair = before.includes('兑') || before.includes('对') ? CJK_PAIR_QUOTED.exec(before) : null;
  if (!pair) return null;
  const [a, b] = [CJK_CURRENCIES.get(pair[1]!)!, CJK_CURRENCIES.get(pair[2]!)!];
  if (a === b) return null;
  // Against a major currency only: "港元兑人民币0.9123" is yuan per Hong Kong dollar, B per A.
  const local = LOCAL_MONEY.has(a) && !LOCAL_MONEY.has(b) ? a : LOCAL_MONEY.has(b) && !LOCAL_MONEY.has(a) ? b : null;
  const unit = local ? `${local}/${local === a ? b : a}` : `${b}/${a}`;
  return { unit, text: '', next };
}

/** The units of time a rate can be per. */
const TIME_UNITS = new Set(['d', 'h', 'yr', 'mo', 'wk']);

/** Yields are per acre or per hectare as written ("186.7 bushels per acre", "8.5 t/ha"), not per square metre. */
const PER_AREA = new Map([['acre', { unit: 'acre', factor: 1, dimension: 'count' as const }],
  ['ha', { unit: 'ha', factor: 1, dimension: 'count' as const }], ['hectare', { unit: 'ha', factor: 1, dimension: 'count' as const }],
  // UK gas is priced in pence per therm ("NBP was 78 pence per therm"), kept in the unit the trade quotes.
  ['therm', { unit: 'therm', factor: 1, dimension: 'count' as const }]]);

/** A unit written in two or three words ("wet metric tonne", "metric ton"), with how many tokens it takes. */
function unitPhraseAt(tokens: Token[], i: number): { def: NonNullable<ReturnType<typeof lookupUnit>>; length: number } | null {
  // Only as many words as follow one another from `i`: a unit phrase is tried for every number's next token.
  let run = 0;
  while (run < 3 && tokens[i + run]?.kind === 'word') run++;
  for (const length of [3, 2]) {
    if (run < length) continue;
    const words = tokens.slice(i, i + length);
    const def = lookupUnit(words.map((w) => w.text).join(' '));
    if (def) return { def, length };
  }
  return null;
}

/** Letters glued to a number that are not a unit or scale make it an identifier ("24703L202"). */
const isCjk = (t: Token | undefined) => Boolean(t && isIdeograph(t.text));

function gluedToIdentifier(tokens: Token[], numberToken: number, unitNext: number | null, currencyGlued: boolean): boolean {
  const before = tokens[numberToken - 1];
  if (isCjk(before) || isCjk(tokens[numberToken + 1])) return false; // Chinese is written without spaces
  if (unitNext !== null && tokens[unitNext]?.text === '-' && !tokens[unitNext]!.spaced && tokens[unitNext + 1]?.kind === 'num' && !tokens[unitNext + 1]!.spaced) return true;
  // "R5.87 billion": the letters before the number are its currency, not part of a name.
  if (!currencyGlued && before && !tokens[numberToken]!.spaced && (before.kind === 'word' || before.kind === 'num')) return true;
  const after = tokens[numberToken + 1];
  if (after && !after.spaced && after.kind === 'word' && (unitNext === null || unitNext <= numberToken + 1)) return true;
  if (after && !after.spaced && (after.text === '-' || after.text === '.') && tokens[numberToken + 2]?.kind === 'num' && !tokens[numberToken + 2]!.spaced
    && tokens[numberToken + 3]?.text === after.text) return true; // 1111-2222-3333, 1.2.3
  return false;
}

/** "scp-173", "A-380": letters joined to the number by a hyphen make a code, not a figure. */
function isCodeFragment(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const letters = tokens[i - 2];
  return hyphen?.text === '-' && !hyphen.spaced && !tokens[i]!.spaced && letters?.kind === 'word' && /\d|^\p{L}{1,4}$/u.test(letters.text)
    && !isNumberWordToken(letters) && !isCjk(letters) // "为-2.6亿元" is a negative amount
    && !(/^[A-Z]{3}$/u.test(letters.text) && PREFIX_CODES.has(letters.lower)); // and so is "RMB-1.08 billion"
}

const isNumberWordToken = (t: Token) => /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/u.test(t.lower);

function isDatePart(tokens: Token[], i: number, numeral: Numeral): boolean {
  const before = tokens[i - 1];
  const after = tokens[numeral.next];
  if (numeral.value > 31 || !Number.isInteger(numeral.value)) return false;
  return (before?.kind === 'word' && MONTHS.test(before.lower.replace(/\.$/u, ''))) || (after?.kind === 'word' && MONTHS.test(after.lower.replace(/\.$/u, '')));
}

function isTime(tokens: Token[], i: number, numeral: Numeral): boolean {
  const after = tokens[numeral.next];
  return after?.text === ':' && !after.spaced && tokens[numeral.next + 1]?.kind === 'num' && !tokens[numeral.next + 1]!.spaced;
}

function isMarker(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.text === '#' || before.text === '§' || before.text === '№') return true;
  if (isWord(before, 'no', 'no.', 'nos', 'number', 'section', 'article', 'item', 'note', 'page', 'chapter', 'exhibit', 'table', 'figure', 'fig', 'fig.', 'appendix', 'annex', 'rule', 'version', 'v', 'phase', 'step', 'level', 'grade', 'class', 'scope', 'tier', 'stage', 'unit', 'train', 'line', 'berth', 'pillar', 'footnote')) return true;
  // "IEC 62619", "Boeing 737-8", "iPhone 17 Pro", "Switch 2 hardware": a standard's or a product's number names it.
  if (before.kind === 'word' && MODEL_LINE.test(before.text)) return true;
  // "Scope 1 and 2 emissions", "Phase 2 and 3": the second of two markers.
  if (isWord(before, 'and', 'or') && tokens[i - 2]?.kind === 'num' && isMarker(tokens, i - 2)) return true;
  return before.text === '.' && isWord(tokens[i - 2], 'no');
}

/** Standards bodies and product lines whose names go on with a number ("737 MAX 8 jets"), and the Lower 48 (US states). */
const MODEL_LINE = /^(?:IEC|ISO|ASTM|IEEE|DIN|JIS|Boeing|Airbus|iPhone|iPad|Galaxy|Pixel|Switch|Xiaomi|Redmi|Mate|PlayStation|Xbox|Model|MAX|Lower)$/u;

/**
 * Ships an acronym may qualify when counted ("19 LNG carriers", "6 LPG tankers"); other nouns after an acronym
 * counted figures that are none.
 */
const ACRONYM_OPENS = /^(?:carriers|tankers)$/u;

/** A plural noun phrase right after a number: the things counted ("investor questions"). */
function countedNoun(tokens: Token[], i: number): { first: number; last: number } | null {
  let j = i;
  let last = -1;
  for (; j < tokens.length && j < i + 6; j++) {
    const t = tokens[j]!;
    if (t.text === '-' && !t.spaced && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.spaced && j > i) continue; // "party-building activities"
    // "1.2 million 5G subscribers", "38.6 lakh 4G/5G subscribers": a network generation before the things counted.
    if (t.kind === 'num' && /^[2-6]$/u.test(t.text) && tokens[j + 1]?.text === 'G' && !tokens[j + 1]!.spaced) { j++; continue; }
    // "3.36 million 12-inch equivalents": a size joined to the noun by a hyphen.
    if (t.kind === 'num' && j > i && tokens[j + 1]?.text === '-' && !tokens[j + 1]!.spaced && tokens[j + 2]?.kind === 'word' && !tokens[j + 2]!.spaced) { j += 2; continue; }
    if (t.text === '/' && !t.spaced && tokens[j - 1]?.text === 'G') continue;
    if (t.kind !== 'word' || COUNT_STOP.has(t.lower)) break;
    // "19 LNG carriers": an acronym may open what is counted, never end it.
    if (/^\p{Lu}{2,}$/u.test(t.text) && !/s$/u.test(t.text) && !ACRONYM_OPENS.test(tokens[j + 1]?.text ?? '')) break;
    if (/(?:[^s']s|people|staff|children|personnel|employees|aircraft|cattle|livestock)$/u.test(t.lower) && !NOT_COUNTED.has(t.lower)) { last = j; break; }
    if (/(?:ly|ed)$/u.test(t.lower) && j > i && last === -1 && !/(?:ied|red|eed)$/u.test(t.lower)) break;
  }
  return last === -1 ? null : { first: i, last };
}

/** People and accounts counted, named before a number in millions ("subscribers reached 12.3 million"). */
const COUNTED_BEFORE = /\b(?:shares outstanding|customers?|customer numbers|(?:subscriber|customer|postpaid|prepaid|user|mobile|broadband|total) base|subscribers?|users?|accounts?|members?|passengers?|visitors?|households?|employees?|cardholders?|policyholders?|connections?|subscriptions?|buyers?|shoppers?|shipments|deliveries|downloads|installs|registrations|DAUs?|MAUs?|SAAR|payrolls|jobs|headcount|workforce)\b(?:(?:\s+[\p{L}-]+){0,4}\s+(?:from\s+)?|(?:\s+[\p{L}\d.,%-]+){1,8}\s+(?:from|to)\s+)$/iu;
const PAID_BEFORE = /\b(?:paid|pays|pay|spent|spend|spends|earned|worth|costs?|fares?|fees?|revenues?|proceeds|income|value)\b(?:\s+(?:a|an|the|total|average|in|of|about|around|some|nearly|almost|roughly|approximately|were|was|totall?ed|reached|came|to|rose|fell))*\s*$/iu;
/** "Capacity (ASK) rose 6.4% to 92.3 billion": a number in millions reached by a change counts what the clause names. */
const SCALED_AFTER_CHANGE = /\b(?:rose|fell|grew|climbed|increased|decreased|declined|jumped|dropped|gained|slipped|up|down)\s+(?:by\s+)?\d[\d.,]*\s*%\s+(?:[\p{L}-]+\s+){0,4}to\s+$/iu;

/** "a payback period of 7.8 years", "14.2 times Calder's 2024 EBITDA": years and multiples a measure is said in. */
function measuredSpan(text: string, tokens: Token[], i: number, at: number, offset: number): UnitMatch | null {
  const t = tokens[at];
  if (!t || t.kind !== 'word' || !/^(?:years?|times|days?|hours?|天|年)$/u.test(t.lower)) return null;
  const said = text.slice(Math.max(0, tokens[i]!.start - offset - 50), tokens[i]!.start - offset);
  // "投资回收期6.2年", "服务年限12年": how long a project pays back or a mine lasts.
  if (t.text === '年') return CJK_YEARS_MEASURE.test(said) ? { unit: 'yr', factor: 1, dimension: 'duration', next: at + 1, text: t.text } : null;
  // "库存可用天数降至21.5天", "平均等待时间为3.2天": days of stocks or of a wait.
  if (t.text === '天') {
    return CJK_DAYS_MEASURE.test(said) ? { unit: 'd', factor: 1, dimension: 'duration', next: at + 1, text: t.text } : null;
  }
  // "vessel waiting time fell to 1.8 days from 3.2 days", "DSO of 61 days": a wait or a working-capital measure in days.
  if (/^(?:days?|hours?)$/u.test(t.lower)) {
    if (!WAITS.test(said) && !ANOTHER_WAIT.test(said)) return null;
    return { unit: t.lower.startsWith('h') ? 'h' : 'd', factor: 1, dimension: 'duration', next: at + 1, text: t.text };
  }
  // Not "maturity dates over one year and less than five years": a band of terms, no figure.
  if (/^years?$/iu.test(t.text) && LASTS.test(said) && !/\b(?:less than|more than|over|within|up to)\s+$/iu.test(said)) {
    return { unit: 'yr', factor: 1, dimension: 'duration', next: at + 1, text: t.text };
  }
  const after = tokens.slice(at + 1, at + 5).map((x) => x.text).join(' ');
  if (t.lower === 'times' && /\b(?:EBITDA|EBIT|earnings|sales|revenue|book|cash flow|P\/?E|NAV|profit)\b/iu.test(after)) {
    return { unit: 'x', factor: 1, dimension: 'multiple', next: at + 1, text: t.text };
  }
  return null;
}
/** Measures a number of days or hours is: a wait, a turnaround, days of sales outstanding. */
const WAITS = new RegExp(String.raw`(?:\b(?:waiting|turnaround|lead|dwell|queue|queuing|transit|processing|berthing|idle|delivery)\s+times?`
  + String.raw`|\b(?:days\s+(?:sales|payables?|inventory)\s+outstanding|DSO|DPO|DIO|(?:inventory|receivables?|payables?|debtor|creditor)\s+days)`
  + String.raw`|\bport\s+stays?|\bwait(?:ed|s)?)\b[^.;\d]{0,30}$`, 'iu');
const CJK_DAYS_MEASURE = /(?:可用天数|库存天数|天数|周期|等待时间|等待|停留时间|滞港|在港时间|账期)[^，。；,;\d]{0,6}$/u;
/** "… 1.8 days from 3.2 days": the duration compared with the one just said. */
const ANOTHER_WAIT = /\b(?:days?|hours?)\s+(?:from|against|versus|vs\.?|compared with)\s+(?:about\s+|around\s+)?$/iu;
const LASTS = /\b(?:payback(?: period)?|(?:average )?age|life|lifespan|tenor|maturity|duration|term|horizon|lease expiry|WALE)\b[^.;\d]{0,45}$/iu;
const CJK_YEARS_MEASURE = /(?:回收期|服务年限|开采年限|使用年限|寿命)(?:约|为|约为|预计)?$/u;

/** What makes a figure a guidance's tolerance: "plus or minus $50 million", "± 1 percentage point". */
const TOLERANCE_BEFORE = /(?:\bplus or minus|±)\s*$/iu;
/** A grade a price is quoted for, in brackets: "（REO=50%）". */
const GRADE_EQUALS = /[（(]\s*(?:T?REO|Fe|Li2O|Ni|Cu|Co|Mn|Zn|Pb|TFe|SiO2|Al2O3)\s*[=≥≤>]\s*$/u;

/** German scales, "Mio." and "Mrd." (French writes thousands with spaces: "1.250 Mds" is left as written). */
const GERMAN_SCALE = /^(?:Mio|Mrd)$/u;

/** Words of German prose, or its comparatives: the text then groups thousands with dots. */
const GERMAN = /^(?:der|die|das|und|im|auf|bei|von|mit|zum|zur|gegenüber|Vorjahr|Vj|Umsatz|Umsatzerlöse|Gewinn|Ergebnis)$/u;

/**
 * "Umsatz: 2.345 Mio. EUR (Vj. 2.101 Mio. EUR)": in German text a dot and three digits before "Mio." or "Mrd." group
 * thousands, as German writers never write a decimal point ("4,5 Mio." is four and a half million).
 * Not in English text ("EUR 2.950 Mrd." there is 2.95 billion), nor "0.750".
 */
function germanGrouped(tokens: Token[], i: number, numeral: Numeral, text: string, context: TextCues): Numeral {
  const t = tokens[i]!;
  if (t.kind !== 'num' || !/^[1-9]\d{0,2}(?:\.\d{3})+$/u.test(t.text) || !GERMAN_SCALE.test(tokens[numeral.next]?.text ?? '')) return numeral;
  if (!context.decimalComma && !tokens.some((w) => w.kind === 'word' && GERMAN.test(w.text))) return numeral;
  return { ...numeral, value: Number(t.text.replaceAll('.', '')) };
}

/** Currencies Chinese names before an amount whose unit is then written 元 (Taiwan's and Hong Kong's dollars, as filed). */
const CURRENCY_NAMED_BEFORE = /(新台币|台币|港币|澳门币|美金)(?:约|约为|为)?$/u;
/** Names only written before an amount; 新台币 and 港币 are CJK_CURRENCIES' too. */
const NAMED_ONLY_BEFORE = new Map([['台币', 'TWD'], ['澳门币', 'MOP'], ['美金', 'USD']]);

/**
 * The currency a Chinese name right before the amount gives its 元 ("新台币", "港币"); null when it is the yuan. Only
 * there: a sentence naming 港元 for H shares may quote A shares and futures in yuan ("A股收于10.2元").
 */
function currencyNamedBefore(before: string): string | null {
  const named = CURRENCY_NAMED_BEFORE.exec(before.slice(-8));
  return named ? CJK_CURRENCIES.get(named[1]!) ?? NAMED_ONLY_BEFORE.get(named[1]!)! : null;
}

/**
 * What may follow people counted in a glued m ("passengers were 1.5m in October", "reached 2.3m at period end", "1.5m,"):
 * a preposition, a conjunction or the clause's end; a noun after it ("1,200m depth", "500m radius") makes it metres.
 */
const COUNT_ENDS = /^(?:|in|at|by|on|for|as|and|or|but|versus|vs|compared|from|to|up|down|,|\.|;|\)|a|an|the|year|last|this)$/u;

/** The high end of a range that stood before, and the word that says so: " $7.9 billion previously". */
const PREVIOUS_RANGE_END = /^ ?(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d.,]*(?: ?(?:billion|million|bn|mn|m|%))? previously\b/iu;

/** Words before a count of firms that make it a survey's sample: 据对全国125家, 样本, 监测的. */
const SAMPLE_BEFORE = /(?:对|样本|监测|调研|调查|选取|统计)(?:的)?(?:全国|国内|重点)?(?:[约近超逾])?$/u;

/** An index named just before its level: "the S&P GSCI closed at", "the BDI rose 3% to", "PMI fell to". */
const RATIO_LEVEL_BEFORE = /\b(?:ratio|cover|coverage|book-to-bill|book to bill)\s+(?:was|is|stood at|of|at|rose to|fell to|improved to|eased to|reached|came in at)\s+(?:about\s+|around\s+)?$/iu;
const INSURER_RATIO = /\b(?:combined|loss|expense|claims|cost[- ]income|cost[- ]to[- ]income|solvency)\s+ratio\b/iu;
/** Indices a market wrap names before their level ("the Nasdaq Composite rose 1.2% to 19,210.4"). */
export const INDEX_NAMES = String.raw`GSCI|BDI|BCI|BPI|BSI|BHSI|SCFI|CCFI|WCI|PMI|Nikkei 225|DAX(?: 40)?|FTSE 100|FTSE 250|FTSE MIB|`
  + String.raw`S&P 500|TOPIX|Hang Seng|CSI 300|Nasdaq(?: Composite| 100)?|Dow(?: Jones(?: Industrial Average)?)?|`
  + String.raw`(?:Euro )?Stoxx(?: Europe)? (?:600|50)|`
  + String.raw`KOSPI|Kosdaq|Nifty(?: 50)?|Sensex|Russell 2000|(?:S&P/)?ASX 200|CAC 40|IBEX 35|Taiex|Straits Times|Bovespa|`
  + String.raw`Shanghai Composite|Shenzhen Component|ChiNext`;
const INDEX_LEVEL_BEFORE = new RegExp(String.raw`\b(?:index|subindex|${INDEX_NAMES})\b(?:\s+\(\w+\))?\s+(?:(?:closed|ended|finished|stood|settled|was|rose|fell|`
  + String.raw`climbed|slipped|dropped|gained|added|lost|shed|eased|edged (?:up|down)|jumped)\s+(?:(?:by\s+)?\d[\d.,]*(?:\s?(?:%|points|pts))?`
  + String.raw`(?:,?\s+or\s+\d[\d.,]*\s?(?:%|points|pts),?)?\s+)?(?:at|to)\s+|at\s+|(?:came in|printed|registered) at\s+|(?:was|stood)\s+)$`, 'iu');

/** Things a bare number may count when they were named just before it. */
// "Nonfarm payrolls increased by 119,000", "jobless claims fell by 8,000 to 220,000": a macro release's counts too.
const THINGS = '(?:cargoes|stores|branches|outlets|restaurants|deliveries|registrations|vehicles|subscribers|customers|users|employees|headcount|workforce|rigs|vessels|ships|aircraft|jets|planes|turbines|wells|payrolls|claims|openings)';
/** A word some count pattern below needs, anywhere in what was said before a bare number. */
const COUNT_WORD_NEAR = new RegExp(`\\b(?:${THINGS}|headcount|workforce|employees|staff|employee numbers|staff numbers|count|number of)\\b`, 'iu');
/** "612 stores at end-2025, 46 more than at end-September": the things a bare "N more than" counts. */
const THINGS_NAMED = new RegExp(`\\b${THINGS}\\b[^.;:]{0,50}$`, 'iu');
const COUNTED_EARLIER = new RegExp(`\\b${THINGS}\\b[^.;:\\d]{0,50}\\b(?:from|versus|vs\\.?|against|compared with|to)\\s+(?:about\\s+|around\\s+)?$`, 'iu');

/** "Employees at year-end: 33,412 (previous year: 32,980)": a count headed by what it counts, and its comparative. */
const COUNT_HEADED = new RegExp(`\\b(?:${THINGS}|employees|headcount|staff|workforce)\\b[^.;\\d]{0,30}[:：]\\s*`
  + `(?:\\d[\\d,]*\\s*[(（](?:previous year|prior year|(?:19|20)\\d{2})\\s*[:：]\\s*)?$`, 'iu');

/** What a bare count may follow: people, things counted, and tallies ("the oil rig count", "our SKU count"). */
const COUNT_SUBJECT = `(?:headcount|workforce|employees|staff|employee numbers|staff numbers|[\\p{L}-]+ count|number of [\\p{L}-]+(?: [\\p{L}-]+){0,4}|${THINGS})`;
/**
 * Between a tally and its verb, who keeps it or when it stands: "the frac spread count compiled by Lindqvist Energy
 * Data slipped", "headcount at year-end was".
 */
const COMPILED_BY = String.raw`(?:\s+(?:compiled|published|tracked|kept|reported) by(?:\s+[A-Z][\p{L}&'-]*){1,5}`
  + String.raw`|\s+at (?:year-end|end-\p{L}+|the end of (?:the )?\p{L}+))?`;
const COUNT_MOVES = '(?:rose|fell|grew|slipped|climbed|dropped|increased|decreased|declined|eased|edged (?:up|down)|added|gained|jumped)';
/**
 * "Its headcount was 14,300", "the rig count fell by 6 to 432", "gas rigs rose by 2 to 109", "slipped to 171 from 176":
 * a count said right after what it counts.
 */
const COUNT_IS = new RegExp(`\\b${COUNT_SUBJECT}${COMPILED_BY}\\s+(?:was|were|stood at|totalled|totaled|numbered|reached|${COUNT_MOVES}(?:\\s+by\\s+\\d[\\d,]*)?\\s+to`
  + `|${COUNT_MOVES}\\s+to\\s+\\d[\\d,]*\\s+from)\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+|over\\s+)?$`, 'iu');
const COUNT_BY = new RegExp(`\\b${COUNT_SUBJECT}${COMPILED_BY}\\s+${COUNT_MOVES}\\s+by\\s+$`, 'iu');

/** "1,284 stores, up from 1,197", "bringing ytd deliveries to 498,200", "46 more than": a count of the things named before. */
function countsThingsNamed(text: string, said: string, end: number, numeral: { digits: boolean; value: number }): boolean {
  if (numeral.digits && numeral.value >= 2 && countComparedEarlier(text, said, end)) return true;
  // "97,400 vehicles (+38% y/y), of which 61,200 were BEVs": a part of the count just said.
  if (numeral.digits && said.endsWith(' ') && OF_WHICH_PART.test(said.slice(-160)) && /^\s+(?:were|was|are|is)\s+\p{L}/u.test(text.slice(end, end + 12))) {
    return true;
  }
  // Every pattern below needs a word for what is counted: most bare numbers have none near them, and are done at once.
  if (!numeral.digits || !COUNT_WORD_NEAR.test(said)) return false;
  // "the rig count fell by 6 to 432": the change in a count, however small.
  // "Nonfarm payrolls increased by 119,000 in September": a change in a count said alone, when it is not small.
  if ((/^\s+to\s+\d/u.test(text.slice(end, end + 8)) || numeral.value >= 100) && COUNT_BY.test(said.slice(-100))) return true;
  if (numeral.value < 10) return false;
  if (COUNTED_EARLIER.test(said) || COUNT_HEADED.test(said) || COUNT_IS.test(said.slice(-100))) return true;
  return /^\s*(?:more|fewer|less)\s+than\b/iu.test(text.slice(end, end + 16)) && THINGS_NAMED.test(said);
}

/**
 * "41 Capesize fixtures …, against 33 a week earlier", "14 vessels in the week to 13 February (11 a week earlier)",
 * "19 LNG carriers …, against 41 in the whole of 2025": the same count at an earlier time, said bare.
 */
function countComparedEarlier(text: string, said: string, end: number): boolean {
  if (!COMPARED_AT.test(text.slice(end, end + 40)) || !COMPARED_OPENING.test(said)) return false;
  return COUNTED_BEFORE_COMPARISON.test(said.slice(-140));
}
const OF_WHICH_PART = /(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:\s(?:million|thousand|billion|mn|m|k))?\s(?:[\p{L}\d-]+\s){0,2}\p{Ll}[\p{L}-]*s\b[^.;:]{0,60}\bof which\s(?:about\s|around\s|some\s|nearly\s|over\s)?$/u;
const COMPARED_AT = /^\s+(?:(?:a|one)\s+(?:week|month|year|quarter)\s+(?:earlier|ago|before)|(?:last|the previous|the prior)\s+(?:week|month|year|quarter)|in\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?(?:19|20)\d{2})\b/u;
const COMPARED_OPENING = /(?:\b(?:against|versus|vs\.?|compared with)\s+|[(（]\s*)$/u;
const COUNTED_BEFORE_COMPARISON = /(?<![\d.,])\d{1,3}(?:,\d{3})*\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}\p{Ll}[\p{L}-]*s\b(?:[^.;:]|\.(?=\d)){0,90}$/u;

/** "inventory days at 30 June fell to 74", not "the inventory cycle was 18 months": days said before a bare number. */
function workingCapitalDays(text: string, tokens: Token[], i: number, next: number, offset: number): boolean {
  if (isWord(tokens[next], 'months', 'quarters', 'years', 'weeks', 'month', 'quarter', 'year', 'week')) return false;
  const said = text.slice(Math.max(0, tokens[i]!.start - offset - 80), tokens[i]!.start - offset);
  return (said.includes('days') || said.includes('cycle')) && WORKING_CAPITAL_DAYS.test(said);
}

const WORKING_CAPITAL_DAYS = new RegExp(String.raw`\b(?:(?:inventory|inventories|receivables?|payables?|debtors?|creditors?) days`
  + String.raw`|cash conversion (?:days|cycle))(?: at [\p{L}\d ]{1,20}?)?\s+(?:was|were|stood at|of|(?:fell|rose|dropped|increased|decreased|improved|`
  + String.raw`lengthened|shortened)(?: by \d+)? to(?: \d+ from)?)\s+$`, 'iu');

/** "rates firmed US$0.65 to US$10.85/t": a verb of change before "X to Y" makes it a move and a level, not a range. */
const CHANGE_VERB_BEFORE = /\b(?:rose|rise|rises|fell|fall|falls|slipped|slid|climbed|jumped|gained|lost|dropped|declined|increased|decreased|grew|eased|added|shed|surged|soared|plunged|tumbled|edged|up|down|lower|higher|reduced|cut|lowered|raised|trimmed|lifted|boosted|widened|narrowed|shrank|expanded|increase|decrease|reduce|raise|lift|trim|firmed|softened|strengthened|weakened|rallied|rebounded|recovered|advanced|improved|retreated|dipped|sank|slumped|plummeted)(?:\s+by)?\s*$/iu;

/** "expect shipments to rise", "should grow": a move still to come, stated as a range ("rose 0.2% to 1.4%" is a move and a level). */
const FORECAST_MOVE = /\b(?:to|will|would|could|should|may|might)\s+(?:\w+\s+)?(?:rise|grow|fall|increase|decrease|decline|climb|drop|expand|improve)\s+(?:by\s+)?$/iu;
const BASIS_AFTER = /^\s*(?:year[- ]on[- ]year|quarter[- ]on[- ]quarter|month[- ]on[- ]month|yoy|qoq|mom|y\/y|q\/q|m\/m)\b/iu;

/** The high end of "38.2% to 58.7%" (or "between 14% and 16%") read from the first "%" at `j`: its value and the token of its own "%". */
function percentHigh(tokens: Token[], j: number, between: boolean): { value: number; next: number } | null {
  const joiner = tokens[j + 1];
  if (!joiner || !(RANGE_DASH.has(joiner.text) || isWord(joiner, 'to') || (between && isWord(joiner, 'and')))) return null;
  const second = parseNumeral(tokens, j + 2);
  return second?.digits && tokens[second.next]?.text === '%' ? { value: second.value, next: second.next } : null;
}

/** How many tokens at `at` repeat the currency written at `first`..`end` (0 when they do not). */
function repeatedPrefix(tokens: Token[], first: number, end: number, at: number): number {
  const length = end - first;
  for (let k = 0; k < length; k++) if (tokens[at + k]?.text !== tokens[first + k]!.text) return 0;
  return length;
}

/** Where "WS" is the Worldscale: a sentence about tankers and their routes, not "the WS 500 series". */
const TANKER_TEXT = /\b(?:Worldscale|TD\d{1,2}C?|TC\d{1,2}|VLCCs?|Suezmax(?:es)?|Aframax(?:es)?|tankers?|LR[12]|MR)\b/u;

/** "assessed at WS 71.5", "rose to WS 68 from WS 61.25": a tanker rate on the Worldscale, in its own points. */
function worldscale(text: string, tokens: Token[], i: number, next: number, value: number, offset: number): Quantity {
  return {
    first: i - 1, last: next - 1, numberToken: i, value, high: null, unit: 'WS', dimension: 'index',
    display: { value: text.slice(tokens[i]!.start - offset, tokens[next - 1]!.end - offset), scale: null, unit: 'WS' },
    counted: null, scaleFactor: 1, unitFactor: 1,
  };
}

/** Tries to read a quantity whose number starts at token `i`. */
function readAt(text: string, tokens: Token[], i: number, context: TextCues, offset: number, floor: number): Quantity | null {
  if (i >= tokens.length) return null; // the sentence ends where a figure was due ("rose from 4 to")
  const glued = gluedCode(tokens, i);
  if (glued) return glued;
  const read = parseNumeral(tokens, i);
  if (!read) return null;
  const numeral = germanGrouped(tokens, i, read, text, context);
  // "1兆2000億円": the part after 兆 (a trillion) is no amount of its own, and Assay does not add the two.
  if (tokens[i - 1]?.text === '兆' && tokens[i - 2]?.kind === 'num') return null;
  if (tokens[i - 1]?.text === 'WS' && i - 1 >= floor && numeral.digits && !numeral.yearLike && TANKER_TEXT.test(text)) {
    return worldscale(text, tokens, i, numeral.next, numeral.value, offset);
  }
  const minus = isWord(tokens[i - 1], 'minus', 'negative') && i - 1 >= floor;
  if (!numeral.digits && (tokens[i]!.lower === 'a' || tokens[i]!.lower === 'an') && numeral.next === i + 1) return null;
  // Accounting negatives: "$(1,234) million"
  const accounting = tokens[i - 1]?.text === '(' && tokens[numeral.next]?.text === ')' && !tokens[numeral.next]!.spaced;
  // "RMB -215,604,318.77": a minus sign between the currency and the amount.
  // "RMB -1.08 billion", and glued as translated filings write it: "RMB-1.08 billion", "US$-5 million".
  const innerMinus = !accounting && !minus && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '−') && !tokens[i]!.spaced
    && i - 1 > floor ? currencyBefore(tokens, i - 1, context, floor) : null;
  const prefix = accounting ? currencyBefore(tokens, i - 1, context, floor) : innerMinus ?? currencyBefore(tokens, i, context, floor);
  // "Operating margin was (2.4)%": an accounting negative of a percentage, the sign glued after the bracket.
  const percentAfter = accounting && tokens[numeral.next + 1]?.text === '%' && !tokens[numeral.next + 1]!.spaced;
  if (accounting && !prefix && !percentAfter) return null;
  let j = accounting ? numeral.next + 1 : numeral.next;
  const moneyContext = prefix !== null || context.money;
  // "international passengers were 1.5m in October": a glued m after people counted is millions of them, not metres.
  // Not "Employees at the mine advanced 850m of decline", "dug 3m deep trenches": metres of work or of size.
  const peopleCounted = tokens[j]?.text === 'm' && !tokens[j]!.spaced && COUNT_ENDS.test(tokens[j + 1]?.lower ?? '')
    && COUNTED_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - offset - 60), tokens[i]!.start - offset));
  let scale = parseScale(tokens, j, prefix !== null || peopleCounted || currencyAfter(tokens, j + 1, context) !== null);
  if (scale) j += scale.length;
  // "RMB 1.2/1.5/1.9bn": the scale after the last of a list slashed after a currency is every number's.
  if (!scale && prefix && !accounting) scale = slashListScale(tokens, j);
  let high: number | null = null;
  let highScale = 1;
  let valueEnd = numeral.next;
  const fromBefore = tokens.slice(Math.max(0, (prefix?.first ?? i) - 3), prefix?.first ?? i).some((t) => t.lower === 'from');
  // "slipped US$1.35 to US$99.80", "rose 2% to 5%": after a verb of change, "to" leads to a level, not to a range's high end.
  const rangeStart = tokens[prefix?.first ?? i]!.start - offset;
  const changedBy = CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, rangeStart - 24), rangeStart));
  // A range of percentages with the sign written twice: "38.2% to 58.7%", "5%-6%"; not "from 10% to 12%".
  const percentPair = !scale && !prefix && !fromBefore && tokens[j]?.text === '%' ? percentHigh(tokens, j, isWord(tokens[i - 1], 'between')) : null;
  // "to rise 8% to 10% quarter on quarter": with a basis after both, a change's range rather than a change and a level.
  const forecast = changedBy && FORECAST_MOVE.test(text.slice(Math.max(0, rangeStart - 40), rangeStart));
  const percentRange = percentPair && (!changedBy || (forecast && BASIS_AFTER.test(text.slice(tokens[percentPair.next]!.end - offset))))
    ? percentPair : null;
  if (percentRange) {
    high = percentRange.value;
    valueEnd = percentRange.next;
    j = percentRange.next;
  }
  // A range: "5,000–6,000 mt", "eight to 10 feet"; not "from 398,000 to 444,500".
  const joiner = percentRange ? undefined : tokens[j];
  const between = isWord(tokens[(prefix?.first ?? i) - 1], 'between') && isWord(joiner, 'and');
  // "taking 2025 to 41.6mn TEU": a year-like number is a range's low end only before another ("2000-2100元/吨").
  const yearThenOther = numeral.yearLike && !parseNumeral(tokens, j + 1)?.yearLike;
  // "raised its list price by US$20 to US$580/t": a change by an amount, then a level many times it, is no range
  // ("grow by 2 to 3 Mt" is one).
  const byBefore = isWord(tokens[(prefix?.first ?? i) - 1], 'by') && isWord(joiner, 'to');
  const ledTo = byBefore ? parseNumeral(tokens, j + 1 + (prefix ? repeatedPrefix(tokens, prefix.first, i, j + 1) : 0)) : null;
  // Compared at their scales when both state one: "by US$150 million to US$3.35–3.55 billion".
  const ledHigh = ledTo && RANGE_DASH.has(tokens[ledTo.next]?.text ?? '') ? parseNumeral(tokens, ledTo.next + 1) : null;
  const ledScale = ledTo ? parseScale(tokens, (ledHigh ?? ledTo).next, prefix !== null)?.factor : undefined;
  const lowFactor = scale && ledScale ? scale.factor : 1;
  // "Job openings rose by 431,000 to 7.67 million": a whole number of thousands changed by, then a larger level in
  // millions (not "grow by 2 to 3 million tonnes", a range).
  // (Only where the level has a scale word of its own: "rise by 200,000 to 300,000 bpd" is a range.)
  const wholeLow = !scale && numeral.value >= 1000 && ledScale !== undefined && ledScale >= 1e3;
  const changeThenLevel = ledTo !== null && (ledTo.value * (scale && ledScale ? ledScale : 1) > 5 * numeral.value * lowFactor
    || (wholeLow && ledTo.value * ledScale! > numeral.value));
  // "to $7.9–8.1 billion, from $7.7 billion to $7.9 billion previously": the range that stood before.
  const previously = fromBefore && isWord(joiner, 'to')
    && PREVIOUS_RANGE_END.test(text.slice(tokens[j]!.end - offset, tokens[j]!.end - offset + 40));
  if (joiner && !yearThenOther && (RANGE_DASH.has(joiner.text) || (isWord(joiner, 'to') && (!fromBefore || previously) && !changeThenLevel) || between
    || cjkRangeTo(text, tokens, j, rangeStart))) {
    // "RMB 1.35 billion to RMB 1.55 billion": the currency written again before the high end.
    const again = prefix && !accounting && !changedBy ? repeatedPrefix(tokens, prefix.first, i, j + 1) : 0;
    const second = parseNumeral(tokens, j + 1 + again);
    const after = tokens[j + 1 + again]; // none when the sentence ends at the dash ("prices hit 5 -")
    const lopsided = RANGE_DASH.has(joiner.text) && joiner.spaced !== tokens[j + 1]?.spaced;
    if (second && second.digits === numeral.digits && !lopsided && !(RANGE_DASH.has(joiner.text) && after?.kind === 'word')) {
      const secondScale = parseScale(tokens, second.next, prefix !== null);
      high = second.value;
      highScale = secondScale?.factor ?? scale?.factor ?? 1;
      if (!scale && secondScale) scale = secondScale;
      valueEnd = second.next;
      j = second.next + (secondScale?.length ?? 0);
    }
  }
  const factor = scale?.factor ?? 1;

  // Unit: money, a physical unit, or a percentage; a hyphen may glue it ("3-inch"), brackets may hold it.
  let unitMatch: UnitMatch | null = null;
  let unitStart = j;
  if (tokens[j]?.text === '-' && !tokens[j]!.spaced) unitStart = j + 1;
  const bracket = tokens[unitStart] ? CLOSE_BRACKET.get(tokens[unitStart]!.text) : undefined;
  if (!prefix) {
    if (bracket) {
      const inside = unitAfter(tokens, unitStart + 1, moneyContext, numeral.value, false, context);
      if (inside && tokens[inside.next]?.text === bracket) unitMatch = { ...inside, next: inside.next + 1 };
    }
    unitMatch ??= currencyAfter(tokens, unitStart, context) ?? frenchMoney(tokens, unitStart, scale, context)
      ?? unitAfter(tokens, unitStart, moneyContext || scale !== null, numeral.value, context.temperature, context);
    unitMatch ??= measuredSpan(text, tokens, i, unitStart, offset);
    // "毛利率21.7%，同比-1.3pct": a Chinese broker's "pct" is percentage points.
    if (unitMatch && /^pcts?$/iu.test(unitMatch.text) && CJK_TEXT.test(text)) unitMatch = { ...unitMatch, unit: 'pp', dimension: 'points' };
  } else if (tokens[j]?.kind === 'word' && lookupCurrencyName(tokens[j]!.lower)?.code === prefix.code && lookupCurrencyName(tokens[j]!.lower)?.factor === 1) {
    j++; // "$ 10 dollars": the name repeats the symbol
  }
  // Word-only numerals ("one", "a dozen") need a unit or a counted noun to be a quantity at all.
  let unit = prefix ? prefix.code : unitMatch?.unit ?? null;
  let unitFactor = prefix ? prefix.factor : unitMatch?.factor ?? 1;
  let dimension: Dimension | null = prefix ? 'currency' : unitMatch?.dimension ?? null;
  // "RMB (842) million": the bracket of an accounting negative is no part of the currency as written.
  const prefixEnd = accounting || innerMinus ? i - 1 : i;
  // "c.EUR 21m": the circa glued to the code is no part of the unit as written.
  let unitText = prefix ? tokens.slice(prefix.first, prefixEnd).map((t) => t.text).join(prefix.first < prefixEnd - 1 ? ' ' : '').replace(/^(?:c|ca)\./u, '')
    : unitMatch?.text ?? null;
  // "2011 Percentage Method Tables": a year before a title's "Percentage" is a year, not a percentage.
  if (unitText === 'Percentage' && !scale && /^(?:19|20)\d{2}$/u.test(tokens[i]!.text)) return null;
  if (unitMatch) j = unitMatch.next;
  // "the 3 Mile Hill target", "Ten Mile Creek": a unit in capitals before another capitalised word is a name's.
  if (unitMatch?.dimension === 'length' && /^Miles?$/u.test(unitMatch.text) && /^(?:Hill|Creek|Island|Point|Lake|River|Road|Well|Bore|Camp|Ridge|Reef|Beach)$/u.test(tokens[j]?.text ?? '')) return null;
  // "新台币3,672.6亿元", "每股港币0.42元": 元 after a currency named before the amount is that currency's unit.
  if (unit === 'CNY' && unitText === '元') unit = currencyNamedBefore(text.slice(0, tokens[i]!.start - offset)) ?? unit;
  // "3.6-3.8 mt", "stocks of 2.21 mt": a few tonnes with decimals is million tonnes, the way analysts abbreviate it.
  if (unitText === 'mt' && !scale && numeral.value < 1000 && !Number.isInteger(numeral.value)) unitFactor = 1e6;
  // "据对全国125家重点企业的调查": the size of a survey's sample, not a count of anything reported.
  // "247家钢厂的开工率": firms counted before a noun are a sample described, not a figure ("经销商数量为7,628家，" is).
  // "沪深300成分股", "欧盟27成员国": 成 opening a word is no tenth ("超5成" is); "154亿票房" is box office, not tickets,
  // and "以9票同意、0票反对" a board's vote.
  if (unitText === '成' && numeral.digits && !isTenths(text.slice(tokens[j - 1]!.end - offset, tokens[j - 1]!.end - offset + 1))) return null;
  if (unitText === '票' && /^[房价据面同反弃赞]/u.test(text.slice(tokens[j - 1]!.end - offset, tokens[j - 1]!.end - offset + 1))) return null;
  // "3个月", "5个交易日", "10个省份": 个 counts things only after 万 or 亿 ("470.5万个"), and never months or days.
  if (unitText === '个' && (!scale || /^[月季交工小星]/u.test(text.slice(tokens[j - 1]!.end - offset, tokens[j - 1]!.end - offset + 1)))) return null;
  if (unitText === '家' && (SAMPLE_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - offset - 8), tokens[i]!.start - offset))
    || /^\p{Script=Han}(?<!左|以)/u.test(text.slice(tokens[j - 1]!.end - offset, tokens[j - 1]!.end - offset + 1)))) return null;
  // "the yen weakened 0.6% to 155.40 per dollar": a bare number per dollar after a currency named is its exchange rate.
  // "新台币兑美元收盘为30.52元": a pair's rate may be written in 元 too.
  const yuanWritten = unit === 'CNY' && unitText === '元' && !prefix;
  const rate = (!unit || yuanWritten) && !scale && numeral.digits
    ? (yuanWritten ? null : exchangeRateAt(tokens, i, j))
      ?? cjkExchangeRate(text.slice(Math.max(0, tokens[i]!.start - offset - 24), tokens[i]!.start - offset), j)
    : null;
  if (rate) {
    unit = rate.unit;
    dimension = 'currency';
    unitText = rate.text;
    j = rate.next;
  }
  let lateScale = 1;
  let perFactor: number | undefined;
  if (dimension === 'currency' && !scale && high === null) {
    const after = parseScale(tokens, j, true);
    if (after && after.factor >= 1e3) { lateScale = after.factor; scale = after; j += after.length; }
  }
  if (unit && !unit.includes('/') && RATE_DIMENSIONS.has(dimension!)) {
    // "2,000 tonnes of ore per day": what is counted may come between the unit and the time it is counted in.
    const ofWhat = isWord(tokens[j], 'of') && tokens[j + 1]?.kind === 'word' ? denominator(tokens, j + 2, context) : null;
    if (ofWhat && TIME_UNITS.has(ofWhat.unit)) unit = `${unit}/${ofWhat.unit}`;
    const den = unit.includes('/') ? null : denominator(tokens, j, context);
    if (den && dimension === 'mass' && /^(?:g|kg|kgce)$/iu.test(unitText ?? '') && den.unit === 't' && den.factor === 1) {
      // "ore grading 1.8 g/t": a grade, grams per tonne, kept as written; "548.6 kgce/t": coal used per tonne made;
      // "an ATR of 139.8 kg/t": sugar recovered per tonne of cane (not 0.14 t).
      unit = `${unitText!.toLowerCase()}/t`;
      unitFactor = 1;
      unitText = `${unitText}${den.text}`;
      j = den.next;
    } else if (den && den.unit !== unit && (lookupUnit(tokens[j + 1]!.text)?.dimension ?? null) !== dimension) {
      unit = `${unit}/${den.unit}`;
      unitFactor /= den.factor;
      perFactor = den.factor;
      unitText = `${unitText} ${den.text}`.replace(/ \//u, '/');
      j = den.next;
    }
  }
  let counted: Quantity['counted'] = null;
  // "归母净利润分别为13.2/16.8亿元", "EPS of 1.23/1.45 yuan", "营收分别为131.5、152.8、171.2亿元": numbers listed with slashes
  // (or the Chinese list comma) share the last one's unit.
  const listedBy = tokens[j]?.text;
  // "同比分别-0.3/-0.2/+0.4/-0.1pct": each number of the list may carry its own sign.
  const signGap = listedBy === '/' && /^[+\-−]$/u.test(tokens[j + 1]?.text ?? '') && !tokens[j + 1]!.spaced ? 1 : 0;
  const slashed = !unit && (listedBy === '/' || listedBy === '、') && !tokens[j]!.spaced && tokens[j + 1 + signGap]?.kind === 'num'
    && !tokens[j + 1 + signGap]!.spaced && shortList(tokens, j, listedBy);
  if (!unit && !yearThenOther && ((fromBefore && isWord(tokens[j], 'to')) || slashed)) {
    // "from 398,000 to 444,500 yuan/mt": the first figure is in the second's unit
    const second = readAt(text, tokens, j + 1 + (slashed ? signGap : 0), context, offset, j + 1 + (slashed ? signGap : 0));
    if (second && second.dimension !== 'count') {
      const factor = (scale ? scale.factor : second.scaleFactor) * second.unitFactor;
      return {
        first: i, last: numeral.next - 1, numberToken: i, value: tidy(numeral.value * factor), high: null, unit: second.unit, dimension: second.dimension,
        display: { value: text.slice(tokens[i]!.start - offset, tokens[numeral.next - 1]!.end - offset), scale: scale?.text ?? null, unit: null },
        counted: null, scaleFactor: scale?.factor ?? second.scaleFactor, unitFactor: second.unitFactor,
      };
    }
  }
  // Every reading of INDEX_LEVEL_BEFORE ends in "at", "to", "was" or "stood": most bare numbers follow none, and skip it.
  const indexSaid = !unit && !scale && numeral.digits ? text.slice(Math.max(0, tokens[i]!.start - offset - 70), tokens[i]!.start - offset) : '';
  // Not "Nasdaq (NDAQ) rose 2% to 88.50", "Shares of Dow closed at 23.10": the companies named so.
  const indexed = /(?:\bat|\bto|\bwas|\bstood)\s+$/iu.test(indexSaid) && INDEX_LEVEL_BEFORE.test(indexSaid)
    && !/\b(?:Nasdaq|Dow)\s+\(\p{Lu}{2,5}\)|\bshares of (?:the )?(?:Nasdaq|Dow)\b/iu.test(indexSaid);
  if (indexed) {
    // "the S&P GSCI closed at 548.2", "the BDI rose 3% to 1,612": an index's level is in points, said or not.
    unit = 'points';
    dimension = 'index';
    unitText = null;
  }
  // "the sector's average debt-to-equity ratio at 0.62": a ratio said as a bare decimal is a multiple.
  const ratioSaid = () => text.slice(Math.max(0, tokens[i]!.start - offset - 40), tokens[i]!.start - offset);
  const ratio = !unit && !scale && !indexed && numeral.digits && tokens[i]!.text.includes('.') && RATIO_LEVEL_BEFORE.test(ratioSaid());
  if (ratio) {
    // "the October combined ratio was 87.4": an insurer's ratios are percentages of premiums, said without the sign.
    // "a solvency ratio of 2.1" is a multiple (an expense ratio of 8.5 is still a percentage).
    const percent = INSURER_RATIO.test(ratioSaid()) && !(numeral.value < 10 && /\bsolvency\s+ratio\b/iu.test(ratioSaid()));
    unit = percent ? '%' : 'x';
    dimension = percent ? 'percent' : 'multiple';
    unitText = null;
  }
  // "inventory days at 30 June fell to 74 from 89": days of working capital, said as a bare number.
  if (!unit && !scale && numeral.digits && !numeral.yearLike && workingCapitalDays(text, tokens, i, numeral.next, offset)) {
    unit = 'd';
    dimension = 'duration';
    unitText = null;
  }
  if (!unit) {
    if (numeral.yearLike || !Number.isInteger(numeral.value * factor)) return null;
    counted = countedNoun(tokens, j);
    // "customer numbers rose to 3.42 million": millions of what the words before it count.
    const start = tokens[i]!.start - offset;
    const said = text.slice(Math.max(0, start - 100), start);
    // "Buyers paid 12.5 million for the stake": money paid, spent or earned, in no currency said, counts nothing.
    const paid = PAID_BEFORE.test(said.slice(-40));
    if (!counted && !(scale && !paid && (COUNTED_BEFORE.test(said) || SCALED_AFTER_CHANGE.test(said))) && !countsThingsNamed(text, said, tokens[numeral.next - 1]!.end - offset, numeral)) return null;
    if (!numeral.digits && numeral.value < 10) return null; // "the two major groups" is not a count metric
    unit = 'count';
    dimension = 'count';
    unitText = null;
  }
  if (numeral.yearLike && !scale && dimension !== 'currency' && dimension !== 'percent' && !unitMatch) return null;
  if (isDatePart(tokens, i, numeral) && dimension === 'count') return null;
  // "Grade 2", "section 4.2": a marker is a bare number; "head grade 0.71%", "level of 85%" carry a unit.
  if (isTime(tokens, i, numeral) || (isMarker(tokens, i) && !unitMatch && !prefix && !(scale && MODEL_LINE.test(tokens[i - 1]!.text)))
    || isCodeFragment(tokens, i)) return null;
  // "(95% CI 0.61-0.85)": the confidence of an interval is no figure.
  if (unit === '%' && (tokens[j]?.text === 'CI' || isWord(tokens[j], 'confidence'))) return null;
  const justBefore = text.slice(Math.max(0, tokens[prefix?.first ?? i]!.start - offset - 16), tokens[prefix?.first ?? i]!.start - offset);
  // "$2.1 billion plus or minus $50 million", "44% ± 1 percentage point": a guidance's tolerance is no figure of its own.
  if (TOLERANCE_BEFORE.test(justBefore)) return null;
  // "（REO=50%）", "现货价格指数（62%品位）": the grade a price is quoted for is a specification, not a figure.
  // "（62%品位）", "62%品位PB粉": before a product or in brackets, not "精矿品位提升至65%".
  const gradeAfter = text.slice(tokens[j - 1]!.end - offset, tokens[j - 1]!.end - offset + 3);
  const bracketGrade = (/[（(]$/u.test(justBefore) && /^品位[）)]/u.test(gradeAfter)) || /^品位[A-Z粉矿块精]/u.test(gradeAfter);
  if (unit === '%' && (GRADE_EQUALS.test(justBefore) || bracketGrade)) return null;
  if (numeral.digits && gluedToIdentifier(tokens, i, unitMatch ? unitMatch.next : scale ? j : null, prefix?.first === i - 1)) {
    const after = tokens[i + 1];
    const glueIsUnitOrScale = after && !after.spaced && (scale !== null || (unitMatch !== null && unitStart === i + 1));
    const before = tokens[i - 1];
    const gluedBefore = before && !tokens[i]!.spaced && (before.kind === 'word' || before.kind === 'num') && !(prefix && prefix.first === i - 1) && !isCjk(before);
    if (!glueIsUnitOrScale || gluedBefore) return null;
  }
  // "40.1 ct/kWh", "90 ct per share": ct is a cent in most prose; carats only where the text is about diamonds.
  if ((unit === 'ct' || unit?.endsWith('/ct')) && !/diamond|carat|\bgems?\b/iu.test(text)) return null;
  // Money written with a minor part: "3 dollars 50 cents", "thirteen dollars and forty-five cents".
  let value = numeral.value * factor * lateScale * (minus || accounting || innerMinus ? -1 : 1);
  if (dimension === 'currency' && unitFactor === 1 && !scale && high === null) {
    const minor = minorPart(tokens, j, prefix === null && Number.isInteger(numeral.value));
    if (minor) {
      value += minor.value / 100;
      j = minor.next;
    }
  }
  if (dimension === 'length' && unitMatch && /^(?:ft|foot|feet)$/iu.test(unitMatch.text)) {
    const inches = inchesPart(tokens, j);
    if (inches) {
      value += inches.value / 12;
      j = inches.next;
    }
  }
  // "-$8.6 million", "为-3.85亿元": a minus sign written before the amount (not a dash between two figures).
  const opening = prefix?.first ?? (minus || (accounting && percentAfter) ? i - 1 : i);
  const sign = tokens[opening - 1];
  const signed = !minus && !accounting && !innerMinus && sign && MINUS.has(sign.text) && !tokens[opening]!.spaced && opening - 1 >= floor
    && (opening - 1 === 0 || sign.spaced || isCjk(tokens[opening - 2]) || /^[(:：,，]$/u.test(tokens[opening - 2]!.text))
    && (dimension === 'currency' || dimension === 'mass' || dimension === 'count' || dimension === 'energy' || dimension === 'percent');
  // "slid to minus US$42.50 a tonne": the word before the currency signs the amount, as it does before a bare number.
  const minusWord = !minus && !accounting && !innerMinus && prefix !== null && opening - 1 >= floor && isWord(sign, 'minus', 'negative');
  if (signed || minusWord) value = -value;
  const first = signed || minusWord ? opening - 1 : opening;
  // "每吨612元": a price per unit written before the amount.
  const per = dimension === 'currency' && !unit!.includes('/') ? perUnitBefore(tokens, opening) : null;
  if (per) {
    unit = `${unit}/${per.unit}`;
    unitFactor /= per.factor;
  }
  // "选矿处理能力为每日5000吨": an amount a day, the time written before it.
  const perTime = !unit!.includes('/') && RATE_DIMENSIONS.has(dimension!) && dimension !== 'currency'
    ? /(?:每日|每天)$/u.exec(text.slice(Math.max(0, tokens[opening]!.start - offset - 2), tokens[opening]!.start - offset)) : null;
  if (perTime) unit = `${unit}/d`;
  const last = counted ? counted.last : Math.max(j - 1, i);
  return {
    first, last, numberToken: i,
    value: tidy(value * unitFactor),
    high: high === null ? null : tidy(high * highScale * unitFactor),
    unit: unit!, dimension: dimension!,
    display: { value: text.slice(tokens[i]!.start - offset, tokens[valueEnd - 1]!.end - offset), scale: scale?.text ?? null, unit: unitText },
    counted,
    scaleFactor: factor * lateScale,
    unitFactor,
    ...(perFactor === undefined ? {} : { perFactor }),
  };
}

/** 35.8 × 1e8 is 3579999999.9999995 in binary floating point: twelve significant digits are all any figure states. */
export function tidy(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

/** Cents after the main amount; without the word "cents" only after a written-out currency. */
function minorPart(tokens: Token[], j: number, bare: boolean): { value: number; next: number } | null {
  if (tokens[j]?.text === ',') return null;
  let k = j;
  if (isWord(tokens[k], 'and')) k++;
  const minor = parseNumeral(tokens, k);
  if (!minor || !Number.isInteger(minor.value) || minor.value >= 100 || minor.value < 1) return null;
  const after = tokens[minor.next];
  if (isWord(after, 'cent', 'cents', 'pence', 'mao')) return { value: minor.value, next: minor.next + 1 };
  if (!bare || (after && !after.spaced && after.kind === 'word')) return null;
  if (!after || /^[.,;!?)]$/u.test(after.text)) return { value: minor.value, next: minor.next };
  if (after.kind === 'sym' || lookupCurrencyName(after.lower) || lookupUnit(after.text) || parseScale(tokens, minor.next, true)) return null;
  if (after.kind === 'word' && countedNoun(tokens, minor.next)) return null;
  return { value: minor.value, next: minor.next };
}

function inchesPart(tokens: Token[], j: number): { value: number; next: number } | null {
  let k = j;
  if (isWord(tokens[k], 'and')) k++;
  const n = parseNumeral(tokens, k);
  if (!n || !isWord(tokens[n.next], 'in', 'inch', 'inches')) return null;
  return { value: n.value, next: n.next + 1 };
}

/** "percent of 10", "per cent of twenty-two": the percentage written before its number. */
function percentOf(tokens: Token[], i: number): Quantity | null {
  const t = tokens[i]!;
  const words = isWord(t, 'per') && isWord(tokens[i + 1], 'cent') ? 2 : isWord(t, 'percent', 'percents') ? 1 : 0;
  if (!words || !isWord(tokens[i + words], 'of') || tokens[i - 1]?.kind === 'num') return null;
  const numeral = parseNumeral(tokens, i + words + 1);
  if (!numeral || tokens[numeral.next]?.kind === 'word' && !/^(?:and|or)$/iu.test(tokens[numeral.next]!.text)) return null;
  return {
    first: i, last: numeral.next - 1, numberToken: i + words + 1, value: numeral.value, high: null, unit: '%', dimension: 'percent',
    display: { value: tokens.slice(i + words + 1, numeral.next).map((x) => x.text).join(''), scale: null, unit: '%' }, counted: null,
    scaleFactor: 1, unitFactor: 1,
  };
}

/** "USD115", "USD115.5": a currency code glued to its amount in one token. */
function gluedCode(tokens: Token[], i: number): Quantity | null {
  const t = tokens[i]!;
  // "RMB48.6bn", "HK$" aside: a code glued to its amount, and perhaps to a scale too.
  const m = t.kind === 'word' ? CODE_GLUED.exec(t.text) : null;
  const def = m ? lookupCurrencyName(m[1]!) : null;
  // Codes are capitals; "Rmb" is how the financial press writes the renminbi.
  if (!m || !def || (m[1]!.toUpperCase() !== m[1] && m[1] !== 'Rmb')) return null;
  // "RMB6,412.8 million": the word ends at the comma, so the rest of the number and its scale follow it.
  let digits = m[2]!;
  let next = i + 1;
  const comma = tokens[next];
  const rest = tokens[next + 1];
  if (comma?.text === ',' && !comma.spaced && rest?.kind === 'num' && !rest.spaced && /^\d{3}(?:[.,]\d+)*$/u.test(rest.text)) {
    digits += `,${rest.text}`;
    next += 2;
  }
  const value = parseDigits(digits);
  if (value === null) return null;
  const gluedScale = m[3] ? { factor: GLUED_SCALES.get(m[3])!, text: m[3], length: 0 } : null;
  const scale = gluedScale ?? parseScale(tokens, next, true);
  if (scale) next += scale.length;
  // "RMB0.69/W", "RMB41 per tonne": a price per unit, as for a currency written apart.
  const per = denominator(tokens, next);
  if (per) next = per.next;
  const unitFactor = def.factor / (per?.factor ?? 1);
  return {
    first: i, last: next - 1, numberToken: i, value: tidy(value * (scale?.factor ?? 1) * unitFactor), high: null,
    unit: per ? `${def.code}/${per.unit}` : def.code, dimension: 'currency',
    display: { value: digits, scale: scale?.text ?? null, unit: per ? `${m[1]!}${per.text}` : m[1]! },
    counted: null, scaleFactor: scale?.factor ?? 1, unitFactor,
  };
}

const GLUED_SCALES = new Map([['k', 1e3], ['m', 1e6], ['mn', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12]]);
/** A currency code, its amount and perhaps a scale in one word: "RMB6,412.8", "RMB48.6bn". */
const CODE_GLUED = new RegExp(`^([A-Za-z]{3})(\\d[\\d,]*(?:\\.\\d+)?)(${[...GLUED_SCALES.keys()].sort((a, b) => b.length - a.length).join('|')})?$`, 'u');

/** A list of a few numbers joined by slashes ("13.2/16.8/20.1亿元") or 、; a long run of them is a table, read one by one. */
function shortList(tokens: Token[], j: number, joiner: string): boolean {
  let k = j;
  for (let n = 0; n < 8; n++, k += 2) {
    if (tokens[k]?.text !== joiner) return true;
    if (/^[+\-−]$/u.test(tokens[k + 1]?.text ?? '')) k++; // a signed item: "-0.3/+0.4pct"
    if (tokens[k + 1]?.kind !== 'num') return true;
  }
  return false;
}

/** Three capitals and a digit opening a word, as /^[A-Z]{3}\d/u tests (by code: every word token is tested). */
function codeThenDigit(text: string): boolean {
  if (text.length < 4) return false;
  for (let k = 0; k < 3; k++) {
    const code = text.charCodeAt(k);
    if (code < 65 || code > 90) return false;
  }
  const digit = text.charCodeAt(3);
  return digit >= 48 && digit <= 57;
}

/** Every quantity in the tokens, left to right, none overlapping. */
/** Tokens a quantity can start at: digits, fraction glyphs, number words, codes with amounts. */
function canStart(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return '½¼¾⅓⅔⅛'.includes(t.text);
  const lastCode = t.text.charCodeAt(t.text.length - 1);
  if (isNumberWord(t.lower) || (lastCode >= 48 && lastCode <= 57) || isCjkNumeral(t.text)) return true;
  if (codeThenDigit(t.text) && CODE_GLUED.exec(t.text)?.[3]) return true; // "RMB48.6bn"
  if ((t.lower === 'a' || t.lower === 'an') && isNumberWord(tokens[i + 1]?.lower ?? '')) return true;
  return t.lower === 'percent' || t.lower === 'percents' || t.lower === 'per';
}

/**
 * "€'000", "RMB’000" at token `i`: the units line of a table in thousands, whose 000 is no figure, and before which a
 * number is no amount ("2024 €’000" heads a year's column; it is not €2,024).
 */
function thousandsMark(tokens: Token[], i: number): boolean {
  const [mark, zeros] = /^['’]$/u.test(tokens[i]?.text ?? '') ? [tokens[i], tokens[i + 1]] : [tokens[i - 1], tokens[i]];
  return Boolean(mark && zeros && /^['’]$/u.test(mark.text) && zeros.text === '000' && !zeros.spaced);
}

/**
 * "1 250 000 tonnes", "EUR 3 450 million" with ordinary spaces: thousands grouped by a space, or two figures? Either
 * reading may be wrong, so neither is taken; the analyst sees the passage without a figure rather than 0 t or EUR 3.
 * (A no-break or thin space groups for certain: tokens.ts reads those as one number.)
 */
function spacedGroup(text: string, tokens: Token[], i: number, offset: number): boolean {
  const [before, group] = [tokens[i - 1], tokens[i]];
  if (!before || !group || group.kind !== 'num' || before.kind !== 'num' || !/^\d{3}$/u.test(group.text) || !/^\d{1,3}$/u.test(before.text)) return false;
  return group.start - before.end === 1 && text[before.end - offset] === ' ';
}

/** "our 2026/27 sugar exports", "FY2024-25": the next year's two digits after a year are no count of anything. */
function splitYearTail(tokens: Token[], i: number): boolean {
  const [year, mark, tail] = [tokens[i - 2], tokens[i - 1], tokens[i]!];
  if (!year || !mark || tail.spaced || mark.spaced || !/^[/-]$/u.test(mark.text) || !/^\d{2}$/u.test(tail.text)) return false;
  return /^(?:19|20)\d{2}$/u.test(year.text) && (Number(year.text) + 1) % 100 === Number(tail.text);
}

export function findQuantities(text: string, tokens: Token[], context: TextCues, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  const excluded = linkSpans(text, offset);
  let floor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!canStart(tokens, i) || thousandsMark(tokens, i) || spacedGroup(text, tokens, i, offset) || splitYearTail(tokens, i)) continue;
    if (excluded.some(([s, e]) => t.start >= s && t.start < e)) continue;
    const q = percentOf(tokens, i) ?? readAt(text, tokens, i, context, offset, floor) ?? bareChange(text, tokens, i, found.at(-1), offset)
      ?? slashedAfter(text, tokens, i, found.at(-1), offset) ?? comparedInBracket(text, tokens, i, found.at(-1), offset)
      ?? commaListedAfter(text, tokens, i, found.at(-1), offset);
    if (!q || thousandsMark(tokens, q.last + 1) || spacedGroup(text, tokens, q.numberToken + 1, offset)) continue;
    found.push(q);
    i = Math.max(i, q.last);
    floor = q.last + 1;
  }
  return perUnitListed(joinedRanges(found, tokens), tokens);
}

/** A list of forecasts for years or a "respectively": its numbers after the first share the first's money. */
const LISTED_FOR_YEARS = /\brespectively\b|\b(?:19|20)\d{2}E?\s?[-–]\s?(?:19|20)?\d{2}E\b|\b(?:19|20)\d{2}E(?:,\s|\s+and\s)(?:19|20)\d{2}E\b/u;

/**
 * "EPS of RMB 1.10, 1.45 and 1.80 for 2025E, 2026E and 2027E, respectively", "net profit of RMB 3.2bn, 4.5bn and 5.8bn
 * for 2025-27E": numbers listed after an amount of money, written alike (the same decimals, the same scale), are in its
 * money, where the sentence lists years or says "respectively".
 */
function commaListedAfter(text: string, tokens: Token[], i: number, prev: Quantity | undefined, offset: number): Quantity | null {
  if (!prev || prev.dimension !== 'currency' || prev.unit.includes('/') || prev.high !== null) return null;
  // "1.20bn, 1.35bn, and 1.50bn": an Oxford comma before "and".
  const oxford = tokens[i - 1]?.text === 'and' && tokens[i - 2]?.text === ',' && prev.last === i - 3;
  if (!oxford && (prev.last !== i - 2 || !/^(?:,|and|、)$/u.test(tokens[i - 1]!.text))) return null;
  if (tokens[i]!.kind !== 'num' || !LISTED_FOR_YEARS.test(text)) return null;
  const numeral = parseNumeral(tokens, i);
  if (!numeral || !numeral.digits || numeral.yearLike || numeral.next !== i + 1) return null;
  const decimals = (s: string) => s.split('.')[1]?.length ?? 0;
  if (decimals(tokens[i]!.text) !== decimals(tokens[prev.numberToken]!.text)) return null;
  // Each number with its own scale, alike ("RMB 1.2, 1.5 and 1.9 bn" puts the scale on the last alone: not read here).
  const ownScale = parseScale(tokens, i + 1, true);
  if ((ownScale?.factor ?? 1) !== prev.scaleFactor) return null;
  const after = tokens[i + 1 + (ownScale?.length ?? 0)];
  if (after && !after.spaced && after.kind !== 'sym') return null;
  // "$30, 15 times 2026E EPS", "20 days after listing": a multiple or a span of time, not money.
  if (after?.kind === 'word' && (lookupUnit(after.text) || lookupTime(after.text) || /^(?:times|x|days?|weeks?|months?|years?)$/iu.test(after.text))) return null;
  // "$52, 18 and 20 times 2026E EPS": a list ending in multiples; "RMB 1.2, 1.5 and 1.9 bn": a scale on the last alone.
  // "sold 1,200 units at $25, and 3,400 and 5,600 units": a list ending in a unit of its own is not in the money.
  if (tokens.slice(i + 1, i + 5).some((w) => /^(?:times|x|units?)$/iu.test(w.text) || (w.kind === 'word' && lookupUnit(w.text)))) return null;
  if (!ownScale && [1, 2, 3, 4].some((k) => tokens[i + k] && parseScale(tokens, i + k, true))) return null;
  return inUnitOf(prev, { text, tokens, offset, first: i, numberEnd: i + 1, last: i + (ownScale?.length ?? 0) }, numeral.value, ownScale !== null);
}

/**
 * "Q3 deliveries: 46,210 (Q2: 41,870; Q3 2024: 38,950)": bare numbers a bracket compares with a count, each after the
 * period it is of, are counts too. Only where the count has no scale and the number no unit of its own.
 */
function comparedInBracket(text: string, tokens: Token[], i: number, prev: Quantity | undefined, offset: number): Quantity | null {
  if (!prev || prev.dimension !== 'count' || prev.scaleFactor !== 1 || i - prev.last > 16 || tokens[i - 1]?.text !== ':') return null;
  const between = text.slice(tokens[prev.last]!.end - offset, tokens[i]!.start - offset);
  // "; Q3 2024: 38,950": the next comparative of the same bracket, after one read so.
  const next = tokens[prev.first - 1]?.text === ':' && prev.counted === null && /^\s*[;；]\s*[\p{L}\d' ]{1,16}:\s*$/u.test(between);
  if (!next && !BRACKET_COMPARATIVES.test(between)) return null;
  const numeral = parseNumeral(tokens, i);
  if (!numeral?.digits || numeral.yearLike || !/^[;；)）]$/u.test(tokens[numeral.next]?.text ?? '')) return null;
  return inUnitOf(prev, { text, tokens, offset, first: i, numberEnd: numeral.next, last: numeral.next - 1 }, numeral.value);
}

/** From a figure to a number inside its bracket of comparatives: "(Q2: ", "(Q2: 41,870; Q3 2024: ". */
const BRACKET_COMPARATIVES = /^\s*[(（](?:\s*[\p{L}\d' ]{1,16}:\s*[\d,.]+\s*[;；])*\s*[\p{L}\d' ]{1,16}:\s*$/u;

/** The scale after the last number of a short list slashed right after `j` ("/1.5/1.9bn"), as no tokens of its own. */
function slashListScale(tokens: Token[], j: number): ReturnType<typeof parseScale> {
  let k = j;
  for (let n = 0; n < 4 && tokens[k]?.text === '/' && !tokens[k]!.spaced && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.spaced; n++) k += 2;
  if (k === j || tokens[k]?.text === '/') return null;
  const scale = parseScale(tokens, k, true);
  return scale ? { ...scale, length: 0 } : null;
}

/**
 * "EPS of Rs 48.2/56.7/64.1 for FY26/27/28E": bare numbers slashed after money whose currency came first are amounts in
 * that currency. Only a short list, each number glued to its slash, with no scale or unit of its own.
 */
function slashedAfter(text: string, tokens: Token[], i: number, prev: Quantity | undefined, offset: number): Quantity | null {
  if (!prev || prev.dimension !== 'currency' || prev.unit.includes('/') || prev.last !== i - 2) return null;
  const slash = tokens[i - 1]!;
  if (slash.text !== '/' || slash.spaced || tokens[i]!.spaced) return null;
  // The currency is said before the first number ("Rs 48.2"), or the number before was itself such an item.
  const currencyFirst = prev.numberToken > prev.first || (tokens[prev.first - 1]?.text === '/' && !tokens[prev.first]!.spaced);
  if (!currencyFirst || prev.last !== prev.numberToken) return null;
  const numeral = parseNumeral(tokens, i);
  if (!numeral || !numeral.digits || numeral.next !== i + 1) return null;
  // The last number may carry the list's scale ("RMB 1.2/1.5/1.9bn"), which the first took too; no other word of its own.
  const ownScale = parseScale(tokens, i + 1, true);
  const listScale = ownScale !== null && prev.scaleFactor === ownScale.factor ? ownScale.length : 0;
  const after = tokens[i + 1 + listScale];
  if (!listScale && after && !after.spaced && after.kind !== 'sym') return null; // "48.2/56.7kt": a unit of its own
  if (after?.kind === 'word' && (parseScale(tokens, i + 1 + listScale, true) || lookupUnit(after.text))) return null;
  return inUnitOf(prev, { text, tokens, offset, first: i, numberEnd: i + 1, last: i + listScale }, numeral.value, true);
}

/**
 * "SHFE cu2601 settled at 86,420 yuan/t, up 510": a change written as a bare number right after a level is in the
 * level's unit. Only after "up", "down", "+" or "-", and only where the level came just before in the sentence.
 */
function bareChange(text: string, tokens: Token[], i: number, level: Quantity | undefined, offset: number): Quantity | null {
  const cue = tokens[i - 1];
  // "the combined ratio rose to 98.2 from 94.3": a percentage said without its sign compares with one said so too.
  const barePercent = level?.dimension === 'percent' && level.display.unit === null && isWord(cue, 'from');
  if (!level || (level.dimension === 'percent' && !barePercent) || level.last < i - 12) return null;
  if (level.last < i - 6 && !isWord(cue, 'from')) return null;
  // A minus only as a sign: after a space and glued to the number ("USD 4,418/t, -37 d/d"), not a range's dash
  // ("RMB0.66-0.70/W", "FY2023-24") nor a dash between spaced numbers ("4 - 5").
  const minus = /^[-−–]$/u.test(cue?.text ?? '') && cue!.spaced && !tokens[i]!.spaced;
  // "a debt-to-equity ratio at 0.62, from 0.71 a year earlier": the level compared with, in a ratio's or an index's own unit.
  // "to 186.0 bushels an acre from 183.1 in August": the level compared with, right after the level, in its unit.
  const compared = isWord(cue, 'from') && (level.dimension === 'multiple' || level.dimension === 'index' || barePercent
    || (level.last === i - 2 && level.dimension !== 'currency'));
  if (!cue || !(isWord(cue, 'up', 'down', 'rose', 'fell', 'gained', 'lost', 'added', 'shed') || /^[+＋]$/u.test(cue.text) || minus || compared)) return null;
  const numeral = parseNumeral(tokens, i);
  if (!numeral || numeral.yearLike || !numeral.digits) return null;
  const next = tokens[numeral.next];
  // "up 510;", "up 510 from Monday", "+147 wow": nothing but a basis may follow ("up 2 days in a row" counts days).
  const basis = Boolean(next) && (/^(?:from|on|yoy|wow|dod|mom|qoq|w\/w|d\/d|y\/y)$/iu.test(next!.text) || slashBasis(tokens, numeral.next));
  if (!compared && next && next.kind === 'word' && !basis && !/^(?:and|or|while|but)$/iu.test(next.text)) return null;
  // A count's bare change only with its basis: "287, down 38 from a year ago".
  if (level.dimension === 'count' && !basis) return null;
  return inUnitOf(level, { text, tokens, offset, first: i, numberEnd: numeral.next, last: numeral.next - 1 }, numeral.value);
}

/** Where a bare number stands: tokens `first`..`last`, the number itself ending before `numberEnd`. */
interface BareSpan { text: string; tokens: Token[]; offset: number; first: number; numberEnd: number; last: number }

/**
 * A bare number read in the unit of the figure before it (bareChange, comparedInBracket, slashedAfter); with `scaled`,
 * in that figure's scale too ("RMB 1.2/1.5bn").
 */
function inUnitOf(level: Quantity, at: BareSpan, value: number, scaled = false): Quantity {
  const scaleFactor = scaled ? level.scaleFactor : 1;
  const shown = at.text.slice(at.tokens[at.first]!.start - at.offset, at.tokens[at.numberEnd - 1]!.end - at.offset);
  return {
    first: at.first, last: at.last, numberToken: at.first, value: tidy(value * scaleFactor * level.unitFactor), high: null, unit: level.unit,
    dimension: level.dimension, display: { value: shown, scale: scaled ? level.display.scale : null, unit: null },
    counted: null, scaleFactor, unitFactor: level.unitFactor,
  };
}

/** "d/d", "w/w", "y/y" written as three tokens at `k`: a trader's basis after a bare change ("-37 d/d"). */
function slashBasis(tokens: Token[], k: number): boolean {
  const [a, slash, b] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return Boolean(a && slash && b) && /^[dwmqy]$/iu.test(a!.text) && slash!.text === '/' && !slash!.spaced && b!.lower === a!.lower;
}

/**
 * "45亿至48亿元", "12.5至14.5亿元": 至 between two amounts glued to it is a range's "to"; not after 由, 从, 较 or a verb
 * of change ("由31.4亿元增至33亿元" moves from one level to the next).
 */
function cjkRangeTo(text: string, tokens: Token[], j: number, start: number): boolean {
  if (tokens[j]?.text !== '至' || tokens[j + 1]?.kind !== 'num' || tokens[j + 1]!.spaced) return false;
  const before = text.slice(Math.max(0, start - 6), start).replace(/(?<![约近超逾了])[约近超逾了]{1,2}$/u, '');
  return !/[由从较比自]$/u.test(before) && !CJK_CHANGE_VERB_BEFORE.test(before);
}

const CJK_CHANGE_VERB_BEFORE = /(?:增加|减少|增长|下降|上涨|下跌|提升|提高|降低|上升|回落|扩大|缩小|收窄|上调|下调|去库|累库|[增减涨跌降升])$/u;

/** A Chinese verb of change right before token `first`, read past a qualifier ("增加约2万吨"). */
function changeVerbBefore(tokens: Token[], first: number): boolean {
  const before = tokens.slice(Math.max(0, first - 3), first).map((t) => t.text).join('').replace(/(?:约|近|超|逾)$/u, '');
  return CJK_CHANGE_VERB_BEFORE.test(before);
}

/**
 * "每吨分别上调125元和120元": an amount listed after a price per unit, joined by 和 or 、 and in the same currency, is
 * per that unit too.
 */
function perUnitListed(found: Quantity[], tokens: Token[]): Quantity[] {
  return found.map((q, k) => {
    const prev = found[k - 1];
    if (!prev?.unit.includes('/') || !isCjk(tokens[q.last]) || q.unitFactor !== 1) return q;
    const [money, per] = prev.unit.split('/');
    if (q.unit !== money || q.first !== prev.last + 2 || !/^(?:和|、|及)$/u.test(tokens[q.first - 1]!.text)) return q;
    return { ...q, unit: `${money}/${per}`, unitFactor: prev.unitFactor, value: tidy(q.value * prev.unitFactor) };
  });
}

/** "4.80亿元至5.40亿元", "50.9%至69.8%": two amounts in one unit joined by 至 are one range, its low end the value. */
function joinedRanges(found: Quantity[], tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    const prev = out[out.length - 1];
    const joiner = prev && q.first === prev.last + 2 ? tokens[prev.last + 1]! : null;
    // "从30%到45%" is a rise, not a range: only 至 and a tilde join one.
    // "持仓量增加1.8万手至32.5万手": a change, then the level it reached (far above it); "将增加1.62亿元至2.22亿元" is a range.
    const changed = prev && q.unit !== '%' && q.value > 3 * Math.abs(prev.value) && changeVerbBefore(tokens, prev.first);
    // "将增加3.1亿元到5.1亿元，同比增长34.8%到57.3%" (业绩预告): 到 after a change verb joins a range too, where the
    // second amount is not far above the first ("增长5%到30%" is a rise of 5% to 30%).
    const moved = prev ? changeVerbBefore(tokens, prev.first) : false;
    const rangeTo = joiner?.text === '到' && moved && q.value <= 3 * Math.abs(prev!.value);
    if (prev && (boundedRange(prev, q, tokens) || dashedRange(prev, q, tokens))) {
      out[out.length - 1] = { ...prev, last: q.last, high: Math.abs(q.value) };
      continue;
    }
    if (!prev || !joiner || changed || tokens[prev.first - 1]?.text === '从' || !(/^(?:至|～|~)$/u.test(joiner.text) || rangeTo)
      || prev.unit !== q.unit || prev.high !== null || q.high !== null) {
      out.push(q);
      continue;
    }
    out[out.length - 1] = { ...prev, last: q.last, high: q.value };
  }
  return out;
}

/**
 * "2,600万元–3,400万元", "2,600万元-3,400万元" (业绩预告): a dash glued between two amounts in one unit, the second the
 * larger, is a range's "to", not a minus on the second.
 */
function dashedRange(low: Quantity, high: Quantity, tokens: Token[]): boolean {
  const dash = tokens[high.first]!;
  return high.first === low.last + 1 && high.numberToken === high.first + 1 && RANGE_DASH.has(dash.text) && !dash.spaced
    && !tokens[high.numberToken]!.spaced && low.value > 0 && high.value < 0 && -high.value >= low.value
    && low.unit === high.unit && low.high === null && high.high === null;
}

const CJK_CEILING = /^(?:[(（]含[)）])?[且、，,]?(?:最高)?(?:不超过|不高于|不多于)(?:人民币)?$/u;

/** "不低于2亿元（含）且不超过4亿元（含）" (a buyback's budget): a floor and a ceiling in one unit are one range. */
function boundedRange(low: Quantity, high: Quantity, tokens: Token[]): boolean {
  if (low.unit !== high.unit || low.high !== null || high.high !== null || high.value < low.value) return false;
  const between = tokens.slice(low.last + 1, high.first).map((t) => t.text).join('');
  const before = tokens.slice(Math.max(0, low.first - 8), low.first).map((t) => t.text).join('');
  return /(?:不低于|不少于)(?:人民币)?$/u.test(before) && CJK_CEILING.test(between);
}

/** URLs and e-mail addresses: their digits are never figures. */
function linkSpans(text: string, offset: number): Array<[number, number]> {
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.')) return [];
  return [...text.matchAll(/\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/giu)].map((m) => [offset + m.index!, offset + m.index! + m[0].length]);
}
