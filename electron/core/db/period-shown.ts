/*
 * A metric's period as the grid's Period column shows it ("1Q25", "FY2023", "Jan–May 2025",
 * "31 Mar 25"; shared/format.ts `gridPeriod`), in SQL, so the quick filter and the Period
 * column's filter match what the analyst reads: periods are stored as dates and the source's
 * words, and "1Q25" is in neither. Worked out by SQLite with string functions rather than a
 * JavaScript function per row; still, the whole form costs about 2 µs a row (2 s over a
 * million metrics in a test), so a filter word asks for it only where the word could be in
 * it: a word that is no piece of any period's form ("revenue") adds nothing, digits alone
 * are looked for in the dates themselves, and each form a word could be in is first narrowed
 * by the dates ("1Q" only on quarters, and then only "nQyy" is written; "Ma" only where March
 * or May begins or ends the period). Over a million mixed periods that adds 0.3–0.5 s to a
 * quick-filter word such as "1Q25", "FY2023" or "Mar". A unit test holds all of this to
 * `gridPeriod` and to a plain substring test over random periods and words.
 */

const NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MM = NAMES.map((_, i) => `'${String(i + 1).padStart(2, '0')}'`);

/** The SQL for month `mm` ('01'–'12') as the grid abbreviates it. */
const month = (mm: string) => `substr('JanFebMarAprMayJunJulAugSepOctNovDec', CAST(${mm} AS INTEGER) * 3 - 2, 3)`;

/**
 * The SQL expression for the shown period of the row whose ISO dates are the columns `start`
 * and `end`: null when the period has no dates or they are not ISO days (the grid then shows
 * the source's words, which the filters match in period_label).
 */
export function periodShownSql(start: string, end: string): string {
  const [sy, sm, sd] = [`substr(${start}, 1, 4)`, `substr(${start}, 6, 2)`, `substr(${start}, 9, 2)`];
  const [ey, em, ed] = [`substr(${end}, 1, 4)`, `substr(${end}, 6, 2)`, `substr(${end}, 9, 2)`];
  const yy = `substr(${end}, 3, 2)`;
  const year = (y: string) => `CAST(${y} AS INTEGER)`;
  // Dates are stored as ISO days or not at all (every way in checks them); the shape is checked, not each digit, for speed.
  return `(CASE
    WHEN NOT (${start} LIKE '____-__-__' AND ${end} LIKE '____-__-__') THEN NULL
    WHEN ${start} = ${end} THEN CAST(${ed} AS INTEGER) || ' ' || ${month(em)} || ' ' || ${yy}
    WHEN ${sd} != '01' OR NOT ${monthEnd(end)} THEN ${start} || ' – ' || ${end}
    WHEN ${sy} = ${ey} THEN (CASE ${sm} || ${em}
      WHEN '0112' THEN 'FY' || ${year(ey)}
      WHEN '0103' THEN '1Q' || ${yy} WHEN '0406' THEN '2Q' || ${yy} WHEN '0709' THEN '3Q' || ${yy} WHEN '1012' THEN '4Q' || ${yy}
      WHEN '0106' THEN '1H' || ${yy} WHEN '0712' THEN '2H' || ${yy}
      WHEN '0109' THEN '9M' || ${yy}
      ELSE (CASE WHEN ${sm} = ${em} THEN ${month(em)} || ' ' || ${year(ey)} ELSE ${month(sm)} || '–' || ${month(em)} || ' ' || ${year(ey)} END) END)
    WHEN ${year(ey)} = ${year(sy)} + 1 AND CAST(${em} AS INTEGER) = CAST(${sm} AS INTEGER) - 1 THEN 'FY' || ${year(ey)}
    ELSE ${month(sm)} || ' ' || ${year(sy)} || '–' || ${month(em)} || ' ' || ${year(ey)}
  END)`;
}

/** The SQL test that ISO day `end` is the last day of its month. */
function monthEnd(end: string): string {
  const y = `CAST(substr(${end}, 1, 4) AS INTEGER)`;
  return `(substr(${end}, 6, 5) IN ('01-31', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31')
    OR substr(${end}, 6, 5) = (CASE WHEN ${y} % 4 = 0 AND (${y} % 100 != 0 OR ${y} % 400 = 0) THEN '02-29' ELSE '02-28' END))`;
}

/** A kind of shown period, by the pieces of it that hold a letter or a dash. */
interface Form {
  /** Those pieces (split at spaces, as the quick filter splits its words), every digit written 0. */
  shapes: string[];
  /** SQL narrowing the rows to the periods that could show `word`: exactly this form's when `shown` is given, else more. */
  narrow(word: string): string;
  /** The SQL of this form's shown period, where `narrow` holds; else the whole form is worked out. */
  shown?: string;
}

/** The kinds of shown period, for the rows whose ISO dates are the columns `start` and `end`. */
function forms(start: string, end: string): Form[] {
  const [sy, sm, ey, em] = [`substr(${start}, 1, 4)`, `substr(${start}, 6, 2)`, `substr(${end}, 1, 4)`, `substr(${end}, 6, 2)`];
  const yy = `substr(${end}, 3, 2)`;
  const spans = (pairs: string[]) => `substr(${start}, 6, 5) || substr(${end}, 6, 5) IN (${pairs.map((p) => `'${p}'`).join(', ')}) AND ${sy} = ${ey}`;
  const QUARTERS = ['01-0103-31', '04-0106-30', '07-0109-30', '10-0112-31'];
  const HALVES = ['01-0106-30', '07-0112-31'];
  const year = (y: string) => `CAST(${y} AS INTEGER)`;
  return [
    // A quarter, a half and the first nine months: "1Q25", "2H25", "9M25".
    { shapes: ['0q00'], narrow: () => spans(QUARTERS), shown: `((CAST(${sm} AS INTEGER) + 2) / 3) || 'Q' || ${yy}` },
    { shapes: ['0h00'], narrow: () => spans(HALVES), shown: `(CASE ${sm} WHEN '01' THEN '1H' ELSE '2H' END) || ${yy}` },
    { shapes: ['0m00'], narrow: () => spans(['01-0109-30']), shown: `'9M' || ${yy}` },
    // A year, the calendar's or a fiscal one: "FY2024".
    {
      shapes: ['fy0000'],
      narrow: () => `substr(${start}, 9, 2) = '01' AND (${sm} || ${em} = '0112' AND ${sy} = ${ey}
        OR ${year(ey)} = ${year(sy)} + 1 AND CAST(${em} AS INTEGER) = CAST(${sm} AS INTEGER) - 1) AND ${monthEnd(end)}`,
      shown: `'FY' || ${year(ey)}`,
    },
    // A day, a month, a run of months, months across a year end: "31 Mar 25", "Mar 2025", "Jan–May 2025", "Nov 2024–Feb 2025":
    // periods beginning or ending in a month the word names, other than the quarters, halves, nine months and years above.
    {
      shapes: [...NAMES, ...NAMES.flatMap((a) => NAMES.map((b) => `${a}–${b}`)), ...NAMES.map((b) => `0000–${b}`)],
      narrow: (word) => {
        const mm = monthsOf(word).join(', ');
        return `(${sm} IN (${mm}) OR ${em} IN (${mm})) AND NOT (${spans([...QUARTERS, ...HALVES, '01-0109-30', '01-0112-31'])})`;
      },
    },
    // Two days that are no whole months: "2025-01-15 – 2025-02-14" (the dash is a piece of its own).
    { shapes: ['–'], narrow: () => `${start} != ${end}` },
  ];
}

/**
 * Months ('01'–'12', quoted) whose name holds one of the word's runs of letters (every month
 * when it has none): a shown period holding the word begins or ends in one of them.
 */
function monthsOf(word: string): string[] {
  const runs = word.match(/\p{L}+/gu) ?? [];
  return runs.length ? MM.filter((_, i) => runs.some((run) => NAMES[i]!.includes(run))) : MM;
}

/**
 * The SQL condition that the period of the row (ISO dates in the columns `start` and `end`) as
 * the grid shows it holds `text`, case aside (a hyphen between letters stands for the grid's
 * dash: "Jan-May"); `like(text)` gives the LIKE test for a text. Null when no shown period can
 * hold the text, or when it is digits alone, which the caller looks for in the dates themselves.
 */
export function shownPeriodMatch(start: string, end: string, text: string, like: (text: string) => string): string | null {
  const wanted = text.toLowerCase().replace(/(?<=\p{L})-(?=\p{L})/gu, '–').trim();
  if (!/[\p{L}–]/u.test(wanted)) return null;
  const all = forms(start, end);
  const fitting = (piece: string) => { const shape = piece.replace(/\p{Nd}/gu, '0'); return all.filter((f) => f.shapes.some((s) => s.includes(shape))); };
  const pieces = wanted.split(/\s+/u);
  if (pieces.length === 1) {
    // One word (as the quick filter sends them): each form it could be in, narrowed first, then its period's form.
    const fits = fitting(wanted).map((f) => `(${f.narrow(wanted)} AND ${f.shown ?? periodShownSql(start, end)} ${like(wanted)})`);
    return fits.length ? `(${fits.join(' OR ')})` : null;
  }
  // Words with spaces (a column filter): each piece narrows the rows to the periods that could show it.
  const narrowing: string[] = [];
  for (const piece of pieces.filter((p) => /[\p{L}–]/u.test(p))) {
    const fits = fitting(piece).map((f) => `(${f.narrow(piece)})`);
    if (!fits.length) return null;
    narrowing.push(`(${fits.join(' OR ')})`);
  }
  return `(${narrowing.join(' AND ')} AND ${periodShownSql(start, end)} ${like(wanted)})`;
}
