import type { Rulings } from './rulings.ts';

/** A run of text pdf.js placed on a page: its left edge, baseline (from the bottom), width and font height. */
export interface TextItem { text: string; x: number; y: number; width: number; height: number }
export interface PageText {
  number: number; width: number; height: number; items: TextItem[];
  /** The rules the page draws (table borders), when they were read. */
  rulings?: Rulings;
}

/** Text on one line with no wide gap inside: a stretch of prose, or one table cell. */
export interface Cell { x: number; right: number; text: string }
export interface Line { x: number; right: number; y: number; height: number; text: string; cells: Cell[]; items: TextItem[] }

/** Note markers set small and raised: "¹", "*", "†", "12". */
const MARKER = /^[\d*†‡§,]{1,3}$/u;

/** Whether `small` is a note marker raised above the baseline of text set in `height`. */
function isMarker(small: TextItem, baseline: number, height: number): boolean {
  return small.height <= height * 0.8 && small.y - baseline >= height * 0.15 && small.y - baseline <= height * 0.7 && MARKER.test(small.text.trim());
}

/**
 * Items split at wide gaps (more than 1.2 em) into cells; narrower gaps are spaces between
 * words. A dropped note marker (an item with no text) still takes its room, so "yuan¹, up"
 * reads "yuan, up".
 */
function cellsOf(items: TextItem[], height: number): Cell[] {
  const cells: Cell[] = [];
  for (const item of items) {
    const last = cells[cells.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    if (last && !item.text) last.right = Math.max(last.right, item.x + item.width);
    else if (last && gap < height * 1.2) {
      last.text += gap > height * 0.15 && !last.text.endsWith(' ') && !item.text.startsWith(' ') ? ` ${item.text}` : item.text;
      last.right = Math.max(last.right, item.x + item.width);
    } else {
      cells.push({ x: item.x, right: item.x + item.width, text: item.text });
    }
  }
  return cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text);
}

/**
 * A line's runs joined into stretches of text where `joins` says so, given the gap between
 * them in ems, the stretch so far and the next run.
 */
export function stretchesOf(line: Line, joins: (gapEm: number, last: Cell, item: TextItem) => boolean): Cell[] {
  const out: Cell[] = [];
  for (const item of line.items.filter((i) => i.text.trim())) {
    const last = out[out.length - 1];
    if (last && joins((item.x - last.right) / line.height, last, item)) {
      last.text += item.x - last.right > line.height * 0.15 && !last.text.endsWith(' ') && !item.text.startsWith(' ') ? ` ${item.text}` : item.text;
      last.right = Math.max(last.right, item.x + item.width);
    } else out.push({ x: item.x, right: item.x + item.width, text: item.text });
  }
  return out.map((c) => ({ ...c, text: c.text.trim() }));
}

/**
 * Words that open a compound written with a hyphen ("full-year", "year-on-year", "non-core", "one-off"): broken
 * at that hyphen at a line's end (browsers and word processors break lines there and hyphenate nothing else), the
 * hyphen is the compound's own and stays. Only words a typesetter's hyphenation does not leave at a line's end
 * ("pre-", "ex-", "re-" and "in-" begin "previous", "expected", "revenue", "increased" too).
 */
const COMPOUND_HEAD = new RegExp(String.raw`(?:^|[\s(“"'‘-])(?:full|half|year|on|quarter|month|week|day|non|co|multi|long|short|`
  + String.raw`high|low|self|cross|first|second|third|fourth|one|two|three|four|five|six|seven|eight|nine|ten|twelve|like|well|`
  + String.raw`record|near|price|cost|tier|semi|anti)-$`, 'iu');

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const CJK_OR_DIGIT_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\d]/u;
const DIGIT_END = /\d$/u;

/**
 * Joins a paragraph's (or a cell's) lines: a word broken with a hyphen at a line's end is made whole, and a
 * hyphenated name broken at its hyphen ("Pr-" / "Nd oxide", "Anglo-" / "American") or a compound broken at its
 * own hyphen ("full-" / "year", "year-" / "on-year") keeps its hyphen and no space.
 */
export function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    // "FAA-" / "approved", "LME-" / "registered": no typesetter hyphenates an acronym.
    if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) && (COMPOUND_HEAD.test(text.slice(-16)) || /(?:^|[^\p{L}])\p{Lu}{2,}-$/u.test(text))) return text + line;
    if (/\p{L}[-\u00ad]$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
    if (/\p{L}-$/u.test(text) && /^[\p{Lu}\p{N}]/u.test(line)) return text + line;
    // "82,000–" / "86,000 tonnes": a range broken after its dash.
    if (/\d[–—-]$/u.test(text) && /^\d/u.test(line)) return text + line;
    // "…上线交易以" / "来，…": Chinese sets no space between characters, nor where a line wraps between them.
    if (CJK_END.test(text) && CJK_OR_DIGIT_START.test(line) || DIGIT_END.test(text) && CJK_START.test(line)) return text + line;
    return `${text} ${line}`;
  }, '');
}

/** A line made of the given items (sorted left to right), at the baseline of its tallest item. */
export function lineOf(items: TextItem[]): Line {
  const sorted = [...items].sort((a, b) => a.x - b.x || (a.text ? -1 : 1));
  const tallest = sorted.reduce((t, i) => (i.height > t.height ? i : t), sorted[0]!);
  const cells = cellsOf(sorted, tallest.height);
  return { x: cells[0]!.x, right: Math.max(...cells.map((c) => c.right)), y: tallest.y, height: tallest.height, text: cells.map((c) => c.text).join(' '), cells, items: sorted };
}

/**
 * The stretches of `text` that `pattern` (global) matches, each placed along [x, x + width]
 * in proportion to its characters: pdf.js gives one position for a whole run of text.
 */
export function partsOf(text: string, x: number, width: number, pattern: RegExp): Array<{ text: string; x: number; width: number }> {
  const perChar = width / text.length;
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], x: x + m.index * perChar, width: m[0].length * perChar }));
}

/**
 * An item holding several cells set apart with runs of spaces (a monospaced filing, or a
 * program that writes each table row as one string), as one item per cell.
 */
function splitAtSpaces(item: TextItem): TextItem[] {
  if (!/\S\s{2,}\S/u.test(item.text)) return [item];
  return partsOf(item.text, item.x, item.width, /\S+(?: \S+)*/gu).map((part) => ({ ...item, ...part }));
}

/**
 * Items without the copies printed over them: bold faked by printing a run twice, a point or
 * so apart, would otherwise read every figure twice.
 */
function withoutOverprints(items: TextItem[]): TextItem[] {
  // Kept items by text and 2-point square, so a page of many equal runs ("0") stays linear.
  const seen = new Map<string, TextItem[]>();
  const key = (text: string, x: number, y: number) => `${text}\u0000${x}\u0000${y}`;
  return items.filter((item) => {
    const [bx, by] = [Math.round(item.x / 2), Math.round(item.y / 2)];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const near = seen.get(key(item.text, bx + dx, by + dy)) ?? [];
        if (near.some((o) => Math.abs(o.x - item.x) <= 1.5 && Math.abs(o.y - item.y) <= 1)) return false;
      }
    }
    const own = key(item.text, bx, by);
    seen.set(own, [...(seen.get(own) ?? []), item]);
    return true;
  });
}

/** Whether `item` is the numerator of a fraction set small and raised ("¹⁄₄"): a fraction slash follows it. */
function isNumerator(item: TextItem, items: TextItem[]): boolean {
  const right = item.x + item.width;
  return items.some((o) => o !== item && /^[⁄/]/u.test(o.text.trimStart()) && o.x >= right - 1 && o.x - right <= item.height * 0.5)
    || /[⁄/]$/u.test(item.text.trim());
}

/** A raised numerator set on the line's baseline, apart from a whole number just before it ("3 1/4", not "31/4"). */
function numerator(item: TextItem, line: TextItem[], y: number): TextItem {
  const before = line.filter((o) => o.x + o.width <= item.x + 1 && o.text.trim()).sort((a, b) => b.x + b.width - (a.x + a.width))[0];
  return { ...item, y, text: before && /\d$/u.test(before.text) ? ` ${item.text.trim()}` : item.text };
}

/**
 * A page's items grouped into lines, top to bottom. Items whose baselines are within 40% of
 * the smaller font's height share a line. Note markers (small raised digits or daggers) are
 * dropped, so "9,287¹" cannot be read as 9,2871 and a marker never makes a line of its own.
 * A small raised numerator before a fraction slash stays, and a run printed twice over itself
 * is read once.
 */
export function linesOf(items: TextItem[]): Line[] {
  const sorted = withoutOverprints(items.filter((i) => i.text.trim())).flatMap(splitAtSpaces).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Array<{ y: number; height: number; items: TextItem[] }> = [];
  for (const item of sorted) {
    // Items arrive top to bottom, so an item's line is one of the last few begun (more than one when columns sit side by side).
    let group: (typeof groups)[number] | undefined;
    for (let k = groups.length - 1; k >= Math.max(0, groups.length - 4) && !group; k--) {
      const g = groups[k]!;
      if (Math.abs(g.y - item.y) <= Math.max(2, Math.min(g.height, item.height) * 0.4)) group = g;
    }
    if (group) { group.items.push(item); group.height = Math.max(group.height, item.height); } else groups.push({ y: item.y, height: item.height, items: [item] });
  }
  const lines: Line[] = [];
  groups.forEach((group, k) => {
    const below = groups[k + 1];
    const markersOnly = below && group.items.every((i) => isMarker(i, below.y, below.height) && i.x >= Math.min(...below.items.map((b) => b.x)) - 2);
    if (markersOnly) { below.items.push(...group.items.map((i) => (isNumerator(i, below.items) ? numerator(i, below.items, below.y) : { ...i, text: '' }))); return; }
    const baseline = group.items.reduce((t, i) => (i.height > t.height ? i : t), group.items[0]!);
    const kept = group.items.map((i) => {
      if (!isMarker(i, baseline.y, baseline.height)) return i;
      return isNumerator(i, group.items) ? numerator(i, group.items, i.y) : { ...i, text: '' };
    });
    if (kept.some((i) => i.text)) lines.push(lineOf(kept));
  });
  return lines;
}
