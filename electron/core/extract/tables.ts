import type { ExtractedMetric, Period } from '../../../shared/metrics.ts';
import { centsDollar, dollarPrefix, exchangeMinorCode, lookupCurrencyName, lookupCurrencySymbol, textCues, type TextCues } from './currencies.ts';
import { parseDigits } from './numerals.ts';
import { directionOf, findBasis, type Basis } from './changes.ts';
import { findPeriods } from './periods.ts';
import { findQuantities, tidy } from './quantities.ts';
import { pointDecimal, tokenize } from './tokens.ts';
import { lookupUnit } from './units.ts';

/** What a table's units line says every figure is in: a unit or currency, and a scale. */
export interface TableUnit {
  unit: string; factor: number; scale: string | null; written: string;
  /** The unit as the figures are shown, where it is not `unit` itself ("yuan/mt" for CNY/t, "US$/oz"). */
  shown?: string | null;
}

const SCALES = new Map<string, [number, string]>(Object.entries({
  thousand: [1e3, 'thousand'], thousands: [1e3, 'thousand'], "'000": [1e3, 'thousand'], '’000': [1e3, 'thousand'], '000': [1e3, 'thousand'], k: [1e3, 'thousand'],
  million: [1e6, 'million'], millions: [1e6, 'million'], mn: [1e6, 'million'], m: [1e6, 'million'], mm: [1e6, 'million'],
  billion: [1e9, 'billion'], billions: [1e9, 'billion'], bn: [1e9, 'billion'], b: [1e9, 'billion'],
}));

/** Whose dollars a units line names by the word before them ("Canadian dollars in millions"). */
const DOLLAR_OWNERS = new Map(Object.entries({ 'u.s.': 'USD', us: 'USD', canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD',
  singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD' }));

const GERMAN_SCALES = new Map<string, [number, string]>([['Tsd', [1e3, 'thousand']], ['Mio', [1e6, 'million']], ['Mrd', [1e9, 'billion']]]);

function currencyOf(word: string): string | null {
  const w = word.trim();
  const dollar = /^([A-Za-z.]{1,4})\$$/u.exec(w);
  if (dollar) return dollarPrefix(dollar[1]!);
  return lookupCurrencySymbol(w, textCues('')) ?.code ?? lookupCurrencyName(w)?.code ?? null;
}

/**
 * The unit a table's figures are in, from its units line: "(in millions of yuan)",
 * "RMB'000", "US$ million", "Unit: 10,000 tonnes" is not read (ambiguous); "in tonnes".
 */
export function readUnitsLine(text: string): TableUnit | null {
  const t = text.replace(/\s+/gu, ' ');
  // "(Dollars in thousands, except per share data)", as US filings head their statements.
  // "Canadian dollars in millions": whose dollars, from the word before; a word not known leaves the unit unread.
  const filing = /(?:\b([A-Za-z.]+(?: [A-Za-z]+)?) )?\b(dollars|euros|pounds|yen|yuan) in (thousands|millions|billions)\b/iu.exec(t);
  if (filing) {
    const [factor, scale] = SCALES.get(filing[3]!.toLowerCase())!;
    const whose = filing[1]?.toLowerCase().replace(/^(?:in|of|the|amounts|figures)$/u, '') || null;
    const named = whose ? lookupCurrencyName(`${whose} ${filing[2]!.toLowerCase()}`)?.code ?? DOLLAR_OWNERS.get(whose)
      ?? DOLLAR_OWNERS.get(whose.split(' ').at(-1)!) : undefined;
    const unit = whose ? (filing[2]!.toLowerCase() === 'dollars' ? named : null) : currencyOf(filing[2]!.toLowerCase()) ?? currencyOf(filing[2]!.toLowerCase().replace(/s$/u, ''));
    if (unit) return { unit, factor, scale, written: filing[0] };
  }
  // "($ in millions, except per share)", "(US$ in thousands)", "(€ in millions)".
  const symbolIn = /(?<![\p{L}])((?:US|A|C|HK|NZ|S)?\$|€|£|RMB|USD|EUR|GBP|CHF)\s+in\s+(thousands|millions|billions)\b/iu.exec(t);
  const symbolUnit = symbolIn ? currencyOf(symbolIn[1]!.toUpperCase() === 'RMB' ? 'rmb' : symbolIn[1]!) : null;
  if (symbolIn && symbolUnit) {
    const [factor, scale] = SCALES.get(symbolIn[2]!.toLowerCase())!;
    return { unit: symbolUnit, factor, scale, written: symbolIn[0] };
  }
  const ofForm = /\bin (thousands|millions|billions) of ([A-Za-z.$€£¥]+(?: [a-z]+)?)/iu.exec(t);
  if (ofForm) {
    const unit = currencyOf(ofForm[2]!) ?? lookupUnit(ofForm[2]!)?.unit;
    const [factor, scale] = SCALES.get(ofForm[1]!.toLowerCase())!;
    if (unit) return { unit, factor, scale, written: ofForm[0] };
  }
  // "in Mio. €", "Tsd. EUR", "Mrd. CHF": a German report's units line.
  const german = /\b(Tsd|Mio|Mrd)\.?\s*(€|EUR|Euro|CHF|USD|US\$|\$|£|GBP)(?![\p{L}])/u.exec(t);
  const germanUnit = german ? currencyOf(german[2] === 'Euro' ? '€' : german[2]!) : null;
  if (german && germanUnit) {
    const [factor, scale] = GERMAN_SCALES.get(german[1]!)!;
    return { unit: germanUnit, factor, scale, written: german[0] };
  }
  const codeForm = /(RMB|CNY|USD|HKD|EUR|GBP|JPY|US\$|HK\$|A\$|C\$|\$|€|£|¥|yuan|dollars?|euros?)\s*(['’]?000|thousands?|millions?|mn|m|billions?|bn)\b/iu.exec(t)
    ?? /(['’]000|millions?|mn|billions?|bn|thousands?)\s+(?:of\s+)?(RMB|CNY|USD|yuan|dollars?|euros?|US\$|HK\$)/iu.exec(t);
  if (codeForm) {
    const [a, b] = [codeForm[1]!, codeForm[2]!];
    const scaleWord = SCALES.has(a.toLowerCase().replace(/^['’]/u, "'")) ? a : b;
    const currencyWord = scaleWord === a ? b : a;
    const scaleKey = scaleWord.toLowerCase().replace(/^['’]/u, "'");
    const unit = currencyOf(currencyWord === 'RMB' ? 'rmb' : currencyWord);
    const found = SCALES.get(scaleKey) ?? SCALES.get(scaleKey.replace(/^'/u, ''));
    if (unit && found) return { unit, factor: found[0], scale: found[1], written: codeForm[0] };
  }
  // A scale word before a unit: "(thousand TEU)", "million tonnes", "'000 t".
  const scaled = /(?:^|[\s(])(thousands?|millions?|billions?|['’]000|mn|bn)\s+([A-Za-z]+(?: tons?)?)\)?$/iu.exec(t.trim());
  const scaledUnit = scaled ? lookupUnit(scaled[2]!) : null;
  const scaleOf = scaled ? SCALES.get(scaled[1]!.toLowerCase().replace(/^['’]/u, "'")) : undefined;
  if (scaled && scaledUnit && scaleOf) return { unit: scaledUnit.unit, factor: scaleOf[0] * scaledUnit.factor, scale: scaleOf[1], written: scaled[0].trim() };
  const inUnit = /\bin (tonnes|tons|metric tons|mt|barrels|ounces|kwh|mwh|gwh)\b/iu.exec(t);
  const def = inUnit ? lookupUnit(inUnit[1]!.toLowerCase()) : null;
  if (def && inUnit) return { unit: def.unit, factor: def.factor, scale: null, written: inUnit[0] };
  // "Unit: yuan/t", "单位：万吨": a units line that says so.
  const said = /(?:^|[\s(（])(?:units?|单位)[:：]\s*([^()（）:：\s][^()（）:：]{0,15})[)）]?$/iu.exec(t.trim());
  const saidUnit = said ? unitPhrase(said[1]!.trim(), '', false) : null;
  if (said && saidUnit) return { ...saidUnit, written: said[0].trim() };
  // A caption ending in its unit: "Output by mine (kt)", "Prices (US$)", "Pr-Nd oxide (yuan/mt)".
  const trailing = /[(（]([^()（）]*)[)）]$/u.exec(t.trim());
  const word = trailing?.[1]!.trim();
  if (!trailing || !word || word.length > 16) return null;
  // "Shares outstanding (m)", "Customers ('000)": a scale after things counted is a count in it, not metres.
  const counted = COUNTED.test(t.slice(0, trailing.index)) ? SCALES.get(word.toLowerCase().replace(/^['’]/u, "'")) : undefined;
  if (counted) return { unit: 'count', factor: counted[0], scale: counted[1], written: trailing[0] };
  const minor = minorMoney(word, t.slice(0, trailing.index));
  if (minor) return { ...minor, scale: null, written: trailing[0] };
  const named = lookupUnit(word);
  if (named) return { unit: named.unit, factor: named.factor, scale: null, written: trailing[0] };
  const money = currencyOf(word);
  if (money) return { unit: money, factor: 1, scale: null, written: trailing[0] };
  // "产量（吨）", "营业收入（亿元）": a Chinese unit in brackets is one whatever it measures, as 单位：吨 is.
  const rate = unitPhrase(word, t.trim().slice(0, trailing.index), !/^[\u4e00-\u9fff/]+$/u.test(word));
  return rate ? { ...rate, written: trailing[0] } : null;
}

/**
 * "EPS (US¢)", "(US cents)", "DPS (p)": a heading in cents or pence, each a hundredth of its currency. Pence only
 * after a measure per share or a price ("2025 (p)" is provisional).
 */
function minorMoney(word: string, before: string): { unit: string; factor: number } | null {
  const quoted = exchangeMinorCode(word);
  if (quoted) return { unit: quoted, factor: 0.01 };
  const cents = /^(\p{Lu}{0,2})\s?¢$/u.exec(word);
  const dollar = cents ? (cents[1] ? centsDollar(cents[1]) : 'USD') : null;
  if (dollar) return { unit: dollar, factor: 0.01 };
  if (/^(?:p|pence)$/u.test(word)) return /\b(?:EPS|DPS|dividends?|per share|NAV|price)\b/iu.test(before) ? { unit: 'GBP', factor: 0.01 } : null;
  const named = lookupCurrencyName(word.toLowerCase().replace(/^hk\b/u, 'hong kong'));
  return named && named.factor !== 1 ? { unit: named.code, factor: named.factor } : null;
}

/**
 * A unit as a figure of 1 in it would be read in prose: "yuan/mt" (CNY/t), "US$/oz" (per troy ounce when the caption
 * names a precious metal), "元/吨", "亿元". `context` is the caption before it; `rateOnly` takes only prices per unit.
 * Null unless the whole phrase is the unit.
 */
function unitPhrase(word: string, context: string, rateOnly: boolean): Omit<TableUnit, 'written'> | null {
  const w = word.trim();
  if (rateOnly && !/\/|\bper\b/iu.test(w)) return null;
  const symbol = /^(?:[A-Za-z]{0,3}\$|[€£¥])/u.exec(w)?.[0];
  const sample = symbol ? `${symbol}1 ${w.slice(symbol.length).trim()}`.replace(/ \//u, '/') : /^\p{Script=Han}/u.test(w) ? `1${w}` : `1 ${w}`;
  const text = `${context} ${sample}`;
  const tokens = tokenize(text);
  const found = findQuantities(text, tokens, textCues(text)).at(-1);
  if (!found || found.display.value !== '1' || tokens[found.last]!.end !== text.length) return null;
  if (rateOnly && !found.unit.includes('/')) return null;
  return { unit: found.unit, factor: found.value, scale: found.display.scale, shown: found.unit.includes('/') ? w : found.display.unit };
}

/** Things counted, whose scale in brackets ("(m)", "('000)") is millions or thousands of them. */
const COUNTED = /\b(?:shares|units|customers|subscribers|users|passengers|vehicles|employees|headcount|households|accounts|visitors|members|stores|outlets)\b/iu;

/**
 * Measures never in the table's units line, whatever it says: times, ratios, margins, yields, rates and counts of
 * shares or staff ("Inventory days" under "US$ million", "P/E", "Dividend yield"). A margin may be an amount ("Gross
 * margin" in € million) and keeps the table's units. Without a unit of their own they
 * stay counts, for the analyst to see, rather than take a currency they are not in.
 */
const OWN_MEASURE = /\b(?:days|(?:weeks|months) of|times|ratio|multiples?|yield|growth|rate|headcount|employees|staff|shares|per share|eps|dps|mitarbeiter|beschäftigte|anzahl|utili[sz]ation|p\/e|ev\/ebitda|per ?cent|pct|bps|basis points|market share)\b|\(x\)/iu;

/** A column header as a period: "2024", "FY2024", "Q1 2025", "1Q25", "H1 2024", or any phrase findPeriods reads. */
export function headerPeriod(cell: string, date: string | null): Period | null {
  const text = cell.trim();
  // "2024 (restated)", "2026年（经审计）", "FY25 (est.)": a period with a note in brackets after it.
  const noted = /^(.*\S)\s*[(（][^()（）]{1,20}[)）]$/u.exec(text);
  const plain = noted ? headerPeriod(noted[1]!, date) : null;
  if (plain) return { ...plain, label: text };
  const year = /^(?:FY|fiscal (?:year )?)?\s*(\d{4})[AE]?$/iu.exec(text);
  if (year) return { label: text, start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  // "2024H1", "2024 Q3", "2024-Q3": the year first, as Chinese and some European reports head their columns.
  const yearFirst = /^(\d{4})(?:\s*[-/])?\s*([HQ][1-4])$/iu.exec(text);
  if (yearFirst) {
    const found = headerPeriod(`${yearFirst[2]} ${yearFirst[1]}`, date);
    return found ? { ...found, label: text } : null;
  }
  const quarter = /^(?:Q([1-4])\s*['’]?(\d{2}|\d{4})|([1-4])Q\s*['’]?(\d{2}|\d{4}))$/iu.exec(text);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[3]);
    const y = (quarter[2] ?? quarter[4])!;
    const full = y.length === 2 ? `20${y}` : y;
    const endMonth = q * 3;
    const last = new Date(Date.UTC(Number(full), endMonth, 0)).getUTCDate();
    return { label: text, start: `${full}-${String(endMonth - 2).padStart(2, '0')}-01`, end: `${full}-${String(endMonth).padStart(2, '0')}-${last}` };
  }
  const half = /^(?:H([12])|([12])H)\s*['’]?(\d{2}|\d{4})$/iu.exec(text);
  if (half) {
    const h = Number(half[1] ?? half[2]);
    const full = half[3]!.length === 2 ? `20${half[3]}` : half[3]!;
    return { label: text, start: `${full}-${h === 1 ? '01-01' : '07-01'}`, end: `${full}-${h === 1 ? '06-30' : '12-31'}` };
  }
  const ended = endedPeriod(text, date);
  if (ended) return ended;
  const found = findPeriods(text, date)[0];
  return found && found.length >= text.length * 0.6 ? { label: found.label, start: found.start, end: found.end } : null;
}

const MONTHS_IN = new Map(Object.entries({ year: 12, twelve: 12, '12': 12, nine: 9, '9': 9, six: 6, '6': 6, half: 6, three: 3, '3': 3, quarter: 3 }));

/**
 * "Year ended 31 December 2024", "Six months ended 30 June 2025", "Three months ended March 31,
 * 2025 (restated)": the stretch of months that ends on the date, as statements head their columns.
 */
function endedPeriod(text: string, date: string | null): Period | null {
  const m = /^(?:the\s+)?(year|twelve months|12 months|nine months|9 months|six months|6 months|half[- ]year|three months|3 months|quarter)\s+ended\s+(\S.*)$/iu.exec(text);
  if (!m) return null;
  const ended = m[2]!.replace(/\((?:restated|audited|unaudited)\)$/iu, '').trimEnd() || m[2]!;
  const end = findPeriods(ended, date)[0];
  if (!end || end.start !== end.end || end.length < ended.length * 0.8) return null;
  const months = MONTHS_IN.get(m[1]!.toLowerCase().split(/[\s-]/u)[0]!)!;
  const [y, mo, d] = end.end.split('-').map(Number) as [number, number, number];
  // Ending on a month's last day, it starts on the first of a month (year ended 31 Dec 2024: 1 Jan 2024);
  // otherwise on the day after the same date `months` earlier.
  const lastOfMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate() === d;
  const from = lastOfMonth ? new Date(Date.UTC(y, mo - months, 1)) : new Date(Date.UTC(y, mo - 1 - months, d + 1));
  return { label: text, start: from.toISOString().slice(0, 10), end: end.end };
}

function withoutUnits(heading: string, units = readUnitsLine(heading)): string {
  return units ? heading.replace(units.written, ' ').replace(/[()]/gu, ' ').replace(/\s+/gu, ' ').trim() : heading;
}

interface CellFigure { value: number; percent: boolean; currency: string | null; stated?: StatedChange }

/**
 * A change written after the figure in its cell ("9,287 +61%", "21.4% +3.1pp"): where the figure ends (`at`) and the
 * change starts (`from`), its value and unit.
 */
interface StatedChange { at: number; from: number; value: number; unit: string }

/**
 * A cell's figure: "9,287", "(431)" (negative), "12.5%", "$392.45", "–12,8" (an en dash as minus); null for dashes,
 * words, dates and codes. With `decimalComma`, "8.412" is eight thousand and "1.234,5" 1,234.5.
 */
function cellValue(cell: string, decimalComma = false): CellFigure | null {
  // "9,287 +61%": a signed change after the figure, in per cent or percentage points, is the figure's change.
  const stated = / {1,3}([+−–-])(\d[\d.,]*)\s?(%|pp|ppt|p\.p\.)$/u.exec(cell);
  if (stated) {
    const figure = cellValue(cell.slice(0, stated.index), decimalComma);
    const size = parseDigits(decimalComma ? pointDecimal(stated[2]!) : stated[2]!);
    if (!figure || size === null || figure.stated) return null;
    const value = stated[1] === '+' ? size : -size;
    const from = stated.index + stated[0].length - stated[0].trimStart().length;
    return { ...figure, stated: { at: stated.index, from, value, unit: stated[3] === '%' ? '%' : 'pp' } };
  }
  // "(7.3%)" and "(7.3)%" are both −7.3%.
  const m = /^([(−–-])?\s*([$€£¥]\s?)?(\d(?:[\d,.]*\d)?)\s*(?:(%)\s*)?(?:(\))\s*)?(%)?$/u.exec(cell.trim());
  if (!m || (m[4] && m[6])) return null;
  const value = parseDigits(decimalComma ? pointDecimal(m[3]!) : m[3]!);
  if (value === null) return null;
  const negative = Boolean(m[1]) && (m[1] !== '(' || Boolean(m[5]));
  const currency = m[2] ? currencyOf(m[2].trim()) : null;
  return { value: negative ? -value : value, percent: Boolean(m[4] || m[6]), currency };
}

/** A cell holding one number grouped in thousands by spaces: "98 452", "1 250 000", "3 450,5". */
const SPACE_GROUPED = /^\(?[−–-]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?\)?%?$/u;
/** Two numbers a space apart that no grouping explains ("12 34", "2024 2025"): cells run together. */
const RUN_TOGETHER = /\d[ \u00a0\u202f\u2009](?!\d{3}(?!\d))\d|\d{4}[ \u00a0\u202f\u2009]\d/u;
const COMMA_GROUPED = /^\(?[−–-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?$/u;

/**
 * Columns whose space-grouped cells are one number each: "California | 98 452 | 41 181" under cells written "18,870" in
 * other rows, or a column grouped by spaces throughout. Where a column also holds numbers run together ("12 34"), its
 * cells may be two columns' figures in one, and a space stays a gap between figures (no figure is read from it).
 */
function spaceGroupedColumns(body: TableRow[]): Set<number> {
  const columns = new Set<number>();
  const width = Math.max(0, ...body.map((r) => r.cells.length));
  for (let i = 0; i < width; i++) {
    const cells = body.map((r) => r.cells[i]?.text ?? '');
    const spaced = cells.filter((c) => SPACE_GROUPED.test(c)).length;
    if (!spaced || cells.some((c) => RUN_TOGETHER.test(c) && !SPACE_GROUPED.test(c))) continue;
    if (cells.some((c) => COMMA_GROUPED.test(c)) || spaced >= 2) columns.add(i);
  }
  return columns;
}

/** A space-grouped cell's text without its spaces, to read its value by; the metric's span and text stay the cell's. */
function ungrouped(cell: string): string {
  return SPACE_GROUPED.test(cell) ? cell.replace(/(?<=\d)[ \u00a0\u202f\u2009](?=\d{3})/gu, '') : cell;
}

/** Whether a cell holds a figure, as the table's shape sees it: a space-grouped number too, read or not. */
function figureLike(cell: string): boolean {
  return cellValue(cell) !== null || SPACE_GROUPED.test(cell);
}

interface TableCell { text: string; start: number; end: number }
interface TableRow { start: number; end: number; cells: TableCell[] }

/** A table passage's rows and cells, each with its span in the document's text. */
function rowsOf(text: string, start: number, end: number): TableRow[] {
  const rows: TableRow[] = [];
  let at = start;
  for (const row of text.slice(start, end).split('\n')) {
    const cells: TableCell[] = [];
    let c = at;
    for (const cell of row.split('\t')) {
      const lead = cell.length - cell.trimStart().length;
      cells.push({ text: cell.trim(), start: c + lead, end: c + lead + cell.trim().length });
      c += cell.length + 1;
    }
    rows.push({ start: at, end: at + row.length, cells });
    at += row.length + 1;
  }
  return rows;
}

/** A date in a cell: "06/22/2015", "2025-03-31", "31.03.2025". */
const DATE_CELL = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/u;

/** Columns of identifiers, dates and notes, whose numbers are not figures: "Zip", "ID", "Note", "Year", "No.". */
const NOT_FIGURES = /\b(?:zip|postal|post ?code|id|isin|cusip|ticker|phone|tel|fax|dates?|rank(?:ing)?|page|notes?|ref(?:erence)?|code|serial)\b|^(?:no\.?|#|year|fy)$/iu;

/**
 * The heading rows at the top of a table: rows with no figure past the first cell, or whose
 * figures are all periods ("2024", "Q1 2025"). A row of only a first cell is a caption.
 */
function headingRowCount(rows: TableRow[], date: string | null): number {
  let n = 0;
  while (n < rows.length - 1) {
    const rest = rows[n]!.cells.slice(1).filter((c) => c.text);
    if (rest.some((c) => figureLike(c.text) && !headerPeriod(c.text, date))) break;
    n++;
  }
  return n;
}

/**
 * Each column's heading, its heading rows read top to bottom. A merged heading stands in the
 * first of its columns only: how far it reaches is not in the text, and a guess could put a
 * figure under the wrong heading. (PDF tables without rules repeat a group's heading over
 * each of its columns.)
 */
function columnHeadings(rows: TableRow[], count: number): string[][] {
  const width = widthOf(rows);
  const headings: string[][] = Array.from({ length: width }, () => []);
  const heads = rows.slice(0, count).filter((row) => row.cells.slice(1).some((c) => c.text)); // not caption lines
  const lowest = heads.at(-1);
  for (const row of heads) {
    const reach = row === lowest ? null : groupReach(row, lowest!, width);
    for (let i = 1; i < width; i++) {
      const from = reach?.[i];
      if (row.cells[i]?.text) headings[i]!.push(row.cells[i]!.text);
      else if (from !== undefined) headings[i]!.push(row.cells[from]!.text);
    }
  }
  return headings;
}

/**
 * Over a row of headings under every column ("Revenue | EBITDA | Revenue | EBITDA"), a heading followed by empty
 * cells heads them too, up to the next heading: it is a group's ("FY2024 | | FY2025E |"), its cell spanning them.
 * The last heading of the row reaches as far as the one before it did, and a row's only heading no further: where
 * a table ends is no sign of where a merged cell does. Returns, for each column a heading reaches, its column.
 */
function groupReach(row: TableRow, lowest: TableRow, width: number): Array<number | undefined> {
  const starts = [...Array(width).keys()].filter((i) => i > 0 && row.cells[i]?.text);
  const reach: Array<number | undefined> = [];
  starts.forEach((at, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : k > 0 ? Math.min(width, at + (at - starts[k - 1]!)) : at + 1;
    for (let i = at + 1; i < end && lowest.cells[i]?.text; i++) reach[i] = at;
  });
  return reach;
}

/** A column's heading read: its period, its measure, its units and whether those are the table's (`inherited`). */
interface Heading { period: Period | null; measure: string | null; units: TableUnit | null; inherited: boolean }

/**
 * What a column is headed, from its heading rows top to bottom: the period it covers, or a measure (with its own
 * unit, "Capacity (kt)"), or both where a measure heads a group of period columns ("Revenue (RMB m)" over "2024").
 * Each row is read on its own as well, so a unit in one row ("Margin (%)") is not lost to the period in the next.
 */
function readHeading(rows: string[], units: TableUnit | null, date: string | null): Heading {
  const parts = rows.flatMap((row) => periodApart(row, date));
  const own = readUnitsLine(parts.join(' ')) ?? parts.map((p) => readUnitsLine(p)).find(Boolean) ?? null;
  const rest = parts.map((p) => (own && p.includes(own.written) ? withoutUnits(p, own) : p)).filter(Boolean);
  const period = rest.length ? headerPeriod(rest.join(' '), date) : null;
  const periods = rest.length > 1 ? rest.map((p) => headerPeriod(p, date)) : [];
  const at = periods.findIndex(Boolean);
  // "2026年1-9月" over "产量": a part that is the whole heading's period alone leaves the rest a measure; "Year ended"
  // over "31 December 2024" makes a period neither part is.
  const alone = at >= 0 && periods.filter(Boolean).length === 1 && periods[at]!.start === period?.start && periods[at]!.end === period.end;
  if (period && !alone) return { period, measure: null, units: own ?? units, inherited: !own };
  const measure = rest.filter((_, k) => k !== at).join(' ');
  return { period: periods[at] ?? null, measure: measure || null, units: own ?? units, inherited: !own };
}

/**
 * "Revenue (RMB m) 2024" as "Revenue (RMB m)" and "2024", "Q3 2026 output (t)" as "Q3 2026" and "output (t)": a
 * heading's last or first words read as a period, when they do.
 */
function periodApart(heading: string, date: string | null): string[] {
  const words = heading.split(' ');
  const cjk = /[\u4e00-\u9fff]/u.test(heading) ? cjkPeriodApart(heading, date) : [heading];
  if (cjk.length > 1 || words.length < 2 || headerPeriod(heading, date)) return cjk;
  for (let k = Math.min(6, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (headerPeriod(tail, date)) return [words.slice(0, -k).join(' '), tail];
  }
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    if (headerPeriod(head, date)) return [head, words.slice(k).join(' ')];
  }
  return [heading];
}

/**
 * "2026年1-9月产量（吨）" as "2026年1-9月" and "产量（吨）": Chinese sets no space between a period and its measure. A
 * heading that is a period with a note ("2025年（经审计）") or with words on both sides stays whole.
 */
function cjkPeriodApart(heading: string, date: string | null): string[] {
  const found = findPeriods(heading, date).find((p) => !p.event);
  if (!found) return [heading];
  const [before, after] = [heading.slice(0, found.index).trim(), heading.slice(found.index + found.length).trim()];
  const words = (part: string) => /[\u4e00-\u9fff]/u.test(part.replace(/[(（][^()（）]*[)）]/gu, ''));
  if (words(before) === words(after)) return [heading];
  return words(before) ? [before, heading.slice(found.index)] : [heading.slice(0, found.index + found.length), after];
}

/**
 * The table's column of row names: the first that holds words in every row of figures. A column of group names,
 * set beside the first row of each group only ("Per share" beside "EPS (€)"), is passed over for the names beside
 * it. -1 when no column does (a subtotal row without a name): each row is then named by its first cell of words.
 */
function labelColumn(body: TableRow[]): number {
  const figured = body.filter((r) => r.cells.some((c) => figureLike(c.text)));
  const words = (c: TableCell | undefined) => Boolean(c?.text) && !figureLike(c!.text) && !DATE_CELL.test(c!.text);
  for (let i = 0; figured.length && i < widthOf(figured); i++) {
    if (figured.every((r) => words(r.cells[i]))) return i;
    if (figured.some((r) => figureLike(r.cells[i]?.text ?? ''))) return -1;
  }
  return -1;
}

/** A column heading that says the column holds each row's unit: "Unit", "Units", "UoM", "单位". */
const UNITS_HEADING = /^(?:units?(?: of measure(?:ment)?)?|uom|measure|单位)$/iu;

/**
 * The table's column of units ("t", "US$/t", "US$ m" beside each row's name), or -1: a column headed "Unit", or an
 * unheaded one past the names whose every filled cell reads as a unit. Its cells give each row's figures their unit.
 */
function unitsColumn(body: TableRow[], headings: Heading[], namesAt: number): number {
  const unitOf = (cell: TableCell | undefined) => Boolean(cell?.text) && !figureLike(cell!.text) && Boolean(rowUnitsCell(cell!.text, ''));
  for (let i = namesAt + 1; namesAt >= 0 && i < headings.length; i++) {
    const heading = headings[i]!;
    const filled = body.filter((r) => r.cells[i]?.text);
    if (!filled.length || filled.some((r) => figureLike(r.cells[i]!.text))) continue;
    if (heading.measure && UNITS_HEADING.test(heading.measure.trim())) return i;
    if (!heading.measure && !heading.period && filled.every((r) => unitOf(r.cells[i]))) return i;
  }
  return -1;
}

/** A units cell read as the row's unit, its row's name as the context ("Gold by-product" makes "oz" troy). */
function rowUnitsCell(cell: string, rowLabel: string): TableUnit | null {
  const word = cell.replace(/[()]/gu, ' ').trim();
  const line = readUnitsLine(`${rowLabel} (${word})`);
  // An amount of money ("US$ m") as a units line shows it; a measure as prose reads it, so "oz" of gold is troy.
  if (line && /^[A-Z]{3}$/u.test(line.unit)) return line;
  const phrase = unitPhrase(word, rowLabel, false);
  return phrase ? { ...phrase, written: cell } : line;
}

/** The units a column's heading gives a row's figure: the table's only where neither names a measure of its own. */
function columnUnits(heading: Heading, rowLabel: string): TableUnit | null {
  // "Earnings per share" in a table "in thousands, except per share data": the currency, never its scale.
  // Not "Shares used in computing earnings per share": a count.
  const perShare = /\bper share\b|\b(?:eps|dps)\b/iu.test(rowLabel) && !/\bshares\b/iu.test(rowLabel);
  if (heading.inherited && perShare && heading.units && /^[A-Z]{3}$/u.test(heading.units.unit)) {
    return { unit: heading.units.unit, factor: 1, scale: null, written: '' };
  }
  if (heading.inherited && (OWN_MEASURE.test(rowLabel) || OWN_MEASURE.test(heading.measure ?? ''))) return null;
  return heading.units;
}

/** A column of changes beside the levels: "Change", "YoY", "% chg", "y/y (%)", "同比", "增减". */
const CHANGE_HEADING = /^(?:%\s*)?(?:change|chg\.?|veränderung|veränd\.|änderung|yoy|y\/y|y-o-y|qoq|q\/q|mom|m\/m|同比|环比|增减|变动|同比增减|同比变动)(?:\s*[(（]?%[)）]?)?$/iu;

/**
 * The period columns a column of changes may compare: those just before it, back to the one before them that is not
 * a period ("2024 | 2023 | Change"; "Q4 2024 | Q3 2024 | QoQ | Q4 2023 | YoY" compares Q4 2024 with Q4 2023 in its
 * second change column). `pairs` are the latest of them with each earlier one of its length, nearest first; `plain`
 * when there are just two, so the change is theirs even where the levels cannot bear it out. With three or more
 * ("FY2022 | FY2023 | FY2024 | Change") the levels must tell which two.
 */
function comparedColumns(headings: Heading[], at: number, changeAt: Set<number>): { pairs: Array<{ later: number; earlier: number }>; plain: boolean } {
  // A period column, alone or with the measure the columns before the changes share ("Q3 2026 output | Q3 2025 output").
  const shared = headings[at - 1]?.measure ?? null;
  const periodColumn = (i: number) => Boolean(headings[i]?.period) && (!headings[i]!.measure || headings[i]!.measure === shared);
  const periods: number[] = [];
  for (let i = at - 1; i >= 0 && periodColumn(i); i--) periods.push(i);
  // "Q4 2024 | Q3 2024 | QoQ | Q4 2023 | YoY": past a column of changes, the latest period before it is compared too.
  if (periods.length === 1 && changeAt.has(periods[0]! - 1)) {
    const before = [...Array(periods[0]! - 1).keys()].filter(periodColumn);
    const latest = before.filter((i) => months(headings[i]!.period!) === months(headings[periods[0]!]!.period!))
      .sort((x, y) => headings[y]!.period!.end.localeCompare(headings[x]!.period!.end))[0];
    if (latest !== undefined) periods.push(latest);
  }
  const byEnd = [...periods].sort((x, y) => headings[y]!.period!.end.localeCompare(headings[x]!.period!.end));
  const later = byEnd[0];
  if (later === undefined) return { pairs: [], plain: false };
  const earlier = byEnd.slice(1).filter((i) => months(headings[i]!.period!) === months(headings[later]!.period!) && headings[i]!.period!.end !== headings[later]!.period!.end);
  return { pairs: earlier.map((e) => ({ later, earlier: e })), plain: periods.length === 2 && earlier.length === 1 };
}

/** How many months a period spans, less one (0 for a month, 2 for a quarter). */
function months(p: Period): number {
  return monthIndex(p.end) - monthIndex(p.start);
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
}

/** The basis of a column of changes: the heading's own ("YoY", "同比"), else what lies between the periods it compares. */
function changeBasis(heading: string, later: Period, earlier: Period): Basis {
  const said = saidBasis(heading);
  if (said) return said;
  const apart = monthIndex(later.end) - monthIndex(earlier.end);
  return apart === 12 ? 'yoy' : apart === 3 && months(later) === 2 ? 'qoq' : apart === 1 && months(later) === 0 ? 'mom' : 'unspecified';
}

/** The basis a change column's heading says: "YoY", "q/q", "同比"; null where it says none ("Change"). */
function saidBasis(heading: string): Basis | null {
  return findBasis(heading)?.basis ?? (/\b(?:q\/q|qoq)\b/iu.test(heading) ? 'qoq' : /\b(?:m\/m|mom)\b/iu.test(heading) ? 'mom' : null);
}

/**
 * A row's figure in a column of changes, joined to the later of two levels it compares as that level's stated change
 * ("Net debt | 3,420.0 | 3,055.9 | 11.9%"): a change is never a level. It is joined only where the two levels bear it
 * out within rounding, which also tells which two of three periods it compares, and per cent from percentage points
 * on a percentage ("Margin (%) | 18.2 | 17.5 | 0.7" is 0.7 points). Otherwise it stays a figure of its own, of kind
 * change, for the analyst to look at. Returns whether it was joined.
 */
function joinChange(levels: Map<number, ExtractedMetric>, change: ExtractedMetric, headings: Heading[],
  compared: ReturnType<typeof comparedColumns>, at: number, shown: string): boolean {
  const direction = directionOf(change.value);
  const heading = headings[at]!.measure!;
  const basisOf = (pair: { later: number; earlier: number }) => changeBasis(heading, headings[pair.later]!.period!, headings[pair.earlier]!.period!);
  for (const pair of compared.pairs) {
    const [later, earlier] = [levels.get(pair.later), levels.get(pair.earlier)];
    const unit = borneOut(later, earlier, change.value, change.unit === '%' && !/%/u.test(shown), change.unit, roundingOf(shown));
    if (!later || !unit) continue;
    const stated = { value: change.value, unit, basis: basisOf(pair), since: null, direction } as const;
    // A level with two stated changes keeps both, the year-on-year one first, as prose's "up 9.1% YoY and 2.3% QoQ".
    if (!later.change) [later.change, later.changeSpan] = [stated, change.span];
    else if (stated.basis === 'yoy' && later.change.basis !== 'yoy') {
      later.moreChanges.push(later.change);
      [later.change, later.changeSpan] = [stated, change.span];
    } else later.moreChanges.push(stated);
    return true;
  }
  // Kept apart: the change of the later of two plain periods, else of no period its column says plainly.
  const plain = compared.plain ? compared.pairs[0]! : null;
  const basis = plain ? basisOf(plain) : saidBasis(heading) ?? 'unspecified';
  const period = change.period ?? (plain ? headings[plain.later]!.period : null);
  Object.assign(change, { kind: 'change', period, change: { value: change.value, unit: change.unit, basis, since: null, direction } });
  return false;
}

/** Half the last written place of a cell's number: "(8)%" may stand for anything from 7.5 to 8.5. */
function roundingOf(shown: string): number {
  const decimals = /\d(?:\.(\d+))?\D*$/u.exec(shown)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * '%' or 'pp' where the two levels move by `value` so, give or take its rounding; null where they do not, or cannot be
 * compared.
 */
function borneOut(later: ExtractedMetric | undefined, earlier: ExtractedMetric | undefined, value: number, bare: boolean, unit: string,
  rounding: number): string | null {
  if (!later || !earlier || later.unit !== earlier.unit || earlier.value === 0) return null;
  const near = (x: number) => Math.abs(x - value) <= Math.max(0.15, Math.abs(value) * 0.05, rounding + 0.01);
  if (later.unit === '%' && near(later.value - earlier.value)) return 'pp';
  // "Revenue | 1,200 | 1,100 | 100": a change in the levels' own unit.
  if (unit === later.unit && later.unit !== '%') return near(later.value - earlier.value) ? unit : null;
  if (!bare && near((later.value / earlier.value - 1) * 100 * Math.sign(earlier.value))) return '%';
  return null;
}

/**
 * The unit a row's name gives its figures: at its end ("Output (kt)") or in brackets after the measure, before words
 * that qualify it ("Installed capacity at year end (MW), including joint ventures").
 */
function labelUnits(label: string): TableUnit | null {
  const whole = readUnitsLine(label);
  if (whole) return whole;
  // "Employees (number)", "Mitarbeiter (Anzahl)": a count, whatever currency the table is in.
  const counted = /[(（](?:number|no\.|#|count|units|anzahl|nombre|人|个|家)[)）]$/iu.exec(label.trim());
  if (counted) return { unit: 'count', factor: 1, scale: null, written: counted[0] };
  for (const m of label.matchAll(/[(（][^()（）]{1,16}[)）](?=\s*[,;，；])/gu)) {
    const found = readUnitsLine(label.slice(0, m.index + m[0].length));
    if (found) return found;
  }
  return null;
}

/** A table figure's kind: a percentage is a share, a price or an amount per unit a price, a capacity a capacity, else a level. */
function kindOf(rowLabel: string, unit: string): ExtractedMetric['kind'] {
  if (unit === '%') return 'share';
  if (/capacity|产能/iu.test(rowLabel) || unit.endsWith('/yr')) return 'capacity';
  // A cost per unit is a price, not "Cost of sales" in € million.
  return /^[A-Z]{3}\//u.test(unit) || (/\bprices?\b|价格|均价/iu.test(rowLabel) && /^[A-Z]{3}$/u.test(unit)) ? 'price' : 'level';
}

/** A table's heading rows, kept so that the same table continued on the next page is read under them. */
export interface TableHead { rows: TableRow[]; width: number }

/** How a table is read: the date relative periods resolve against, the document's subject, its caption, the table it continues. */
export interface TableOptions {
  date: string | null; subject: string | null; caption?: string; carried?: TableHead | null;
  /** What the document's text says of how to read it: with `decimalComma`, "8.412" is eight thousand. */
  cues?: TextCues;
}

/** A table passage's heading rows; null when it opens straight onto figures (the rest of a table from the page before). */
export function tableHead(text: string, start: number, end: number, date: string | null): TableHead | null {
  const rows = rowsOf(text, start, end);
  const own = headingRowCount(rows, date);
  return own > 0 ? { rows: rows.slice(0, own), width: widthOf(rows) } : null;
}

function widthOf(rows: TableRow[]): number {
  return Math.max(...rows.map((r) => r.cells.length));
}

/**
 * The figures of a table passage as metrics, one per numeric cell: the row's first cell is
 * the label; a column headed by a period gives the period, any other heading is added to the
 * label ("Alabama — Handgun") with the period the caption states, if any. The units line
 * (`units`, read from the caption or the text around the table) or the column's own heading
 * gives the unit and scale. Dashes, empty cells, words, dates and columns of codes give
 * nothing. Each metric's span is its cell.
 */
export function extractTable(text: string, start: number, end: number, units: TableUnit | null, options: TableOptions): ExtractedMetric[] {
  const rows = rowsOf(text, start, end);
  const own = headingRowCount(rows, options.date);
  // No headings of its own (its first row holds figures) and as many columns as the table before it: the rest of
  // that table, as a ruled table runs on over the pages after the first.
  const carried = own === 0 && options.carried?.width === widthOf(rows) ? options.carried : null;
  if (rows.length < 2 && !carried) return [];
  // "Share price (GBp) | 412", "Free float (%) | 71.5": a key-data box has no headings (a caption at most: "Key data"),
  // each row names its one figure.
  const keyData = !carried && widthOf(rows) === 2 && rows.slice(0, own).every((r) => r.cells.slice(1).every((c) => !c.text));
  const head = carried ? carried.rows : rows.slice(0, own);
  const body = carried ? rows : rows.slice(keyData ? own : Math.max(1, own));
  const captions = head.filter((r) => r.cells.slice(1).every((c) => !c.text)).map((r) => r.cells[0]!.text);
  const captionPeriod = [...captions, options.caption ?? ''].map((c) => findPeriods(c, options.date).find((p) => !p.event)).find(Boolean);
  const headings = (keyData ? [[], []] : columnHeadings(head, head.length)).map((h) => readHeading(h, units, options.date));
  const out: ExtractedMetric[] = [];
  const namesAt = labelColumn(body);
  const unitsAt = unitsColumn(body, headings, namesAt);
  const changeAt = new Set(headings.flatMap((h, i) => (h.measure && !h.period && CHANGE_HEADING.test(h.measure.trim()) ? [i] : [])));
  const compared = new Map([...changeAt].map((i) => [i, comparedColumns(headings, i, changeAt)] as const));
  const grouped = spaceGroupedColumns(body);
  // The basis of changes written in the figures' cells, where the caption says it ("change year on year").
  const cellBasis = findBasis([...captions, options.caption ?? ''].join(' '))?.basis ?? 'unspecified';
  for (const row of body) {
    // The row's name: in the table's column of names, else its first cell of words (a register's first columns may
    // be dates).
    const labelAt = namesAt >= 0 ? namesAt : row.cells.findIndex((c) => c.text && !figureLike(c.text) && !DATE_CELL.test(c.text));
    const label = row.cells[labelAt];
    if (!label?.text || (namesAt < 0 && labelAt > 0 && row.cells.slice(0, labelAt).some((c) => c.text && !DATE_CELL.test(c.text)))) continue;
    // "Revenue (CNY bn)", "Output (kt)": a row that names its own unit is in it, whatever the columns say.
    const ownUnits = labelUnits(label.text);
    const rowLabel = ownUnits ? withoutUnits(label.text, ownUnits).replace(/ ([,;])/gu, '$1') || label.text : label.text;
    // "Realised copper price | US$/t | 9,412": a units column names the row's unit as the label would.
    const unitsCell = unitsAt >= 0 ? row.cells[unitsAt]?.text : '';
    const rowUnits = ownUnits ?? (unitsCell ? rowUnitsCell(unitsCell, rowLabel) : null);
    // "31 Jan 2019", "Sep-23": a row named by a date is that period's figures, each named by its column.
    const rowPeriod = rowUnits ? null : headerPeriod(rowLabel, options.date);
    const levels = new Map<number, ExtractedMetric>();
    const changes = new Map<number, ExtractedMetric>();
    row.cells.forEach((cell, i) => {
      const figure = i > labelAt ? cellValue(grouped.has(i) ? ungrouped(cell.text) : cell.text, options.cues?.decimalComma) : null;
      const heading = headings[i];
      if (!figure || !heading || (heading.measure && NOT_FIGURES.test(heading.measure))) return;
      if (!heading.period && !heading.measure && !captionPeriod && !keyData) return;
      const dated = rowPeriod && heading.measure && !heading.period ? rowPeriod : null;
      const period = heading.period ?? dated ?? (captionPeriod ? { label: captionPeriod.label, start: captionPeriod.start, end: captionPeriod.end } : null);
      // "EBIT margin | 12.5% | 11.0% | 1.5" under "(€ in millions)": a bare change of a row of percentages is in points.
      const pointsOfRow = changeAt.has(i) && !figure.percent && !figure.currency && [...levels.values()].some((m) => m.unit === '%');
      const unit = figure.percent ? { unit: '%', factor: 1, scale: null, written: '%' }
        : pointsOfRow ? { unit: 'pp', factor: 1, scale: null, written: '' }
          : rowUnits ?? columnUnits(heading, rowLabel) ?? (figure.currency ? { unit: figure.currency, factor: 1, scale: null, written: '' } : null);
      const shown = figure.stated ? cell.text.slice(0, figure.stated.at) : cell.text;
      const stated = figure.stated;
      const change = stated && { value: stated.value, unit: stated.unit, basis: cellBasis, since: null, direction: directionOf(stated.value) };
      (changeAt.has(i) ? changes : levels).set(i, {
        span: [cell.start, cell.start + shown.length], text: shown, sentence: text.slice(row.start, row.end).replace(/\t/gu, ' '), sentenceSpan: [row.start, row.end],
        label: dated ? heading.measure! : heading.measure && !(changeAt.has(i) && compared.get(i)?.plain) ? `${rowLabel} — ${heading.measure}` : rowLabel,
        labelSpan: [label.start, label.end],
        entity: options.subject, value: tidy(figure.value * (unit?.factor ?? 1)), valueHigh: null,
        unit: unit?.unit ?? 'count', display: { value: shown.replace(/%(\)?)$/u, '$1'), scale: unit?.scale ?? null, unit: unit?.shown ?? unit?.unit ?? null },
        change: change ?? null, changeSpan: stated ? [cell.start + stated.from, cell.end] : null, moreChanges: [], period, qualifier: null, kind: kindOf(rowLabel, unit?.unit ?? 'count'),
      });
    });
    out.push(...levels.values());
    for (const [i, change] of changes) if (!joinChange(levels, change, headings, compared.get(i)!, i, row.cells[i]!.text)) out.push(change);
  }
  return out;
}
