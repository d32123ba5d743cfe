import type { SheetCell, SheetDerived, SheetPeriod, SheetRow } from '../../shared/sheet.ts';
import { shiftPeriod, wholeMonths } from '../../shared/period-shift.ts';
import { valuesDisagree } from './checks/conflicts.ts';

/*
 * The period sheet's rows from the metrics SQL found for them: which metric each cell
 * shows, how many documents state it and whether they agree, and the changes between
 * periods. Pure, so the rules read (and are tested) apart from the queries.
 */

/** A filtered metric of a series on the page, with what choosing it for a cell needs. */
export interface SheetCandidate {
  id: number;
  seriesKey: string;
  unit: string | null;
  value: number;
  documentId: number;
  status: SheetCell['status'];
  edited: number;
  periodStart: string;
  periodEnd: string;
  published: string | null;
}

/** What a cell shows of its metric besides the value, read only for the metrics shown. */
export interface SheetDetail {
  label: string;
  entity: string | null;
  displayValue: string | null;
  displayScale: string | null;
  passageId: number | null;
  start: number | null;
  end: number | null;
}

/** A series on the page; label and entity name it when none of its metrics falls in the shown periods. */
export interface SeriesRef { seriesKey: string; unit: string | null; label: string; entity: string | null }

/** The row key the UI keeps: series key and unit, unambiguous whatever either holds. */
export const sheetRowKey = (seriesKey: string, unit: string | null) => JSON.stringify([seriesKey, unit]);
export const periodKey = (start: string, end: string) => `${start}/${end}`;

/** Verified first, then edited by an analyst, unreviewed, disputed, and rejected (shown only when asked for). */
function rank(c: SheetCandidate): number {
  if (c.status === 'verified') return 0;
  if (c.status === 'unreviewed') return c.edited ? 1 : 2;
  return c.status === 'disputed' ? 3 : 4;
}

/** The better of two statements of a cell: by rank, then the later published document, then the later metric. */
function better(a: SheetCandidate, b: SheetCandidate): SheetCandidate {
  if (rank(a) !== rank(b)) return rank(a) < rank(b) ? a : b;
  if ((a.published ?? '') !== (b.published ?? '')) return (a.published ?? '') > (b.published ?? '') ? a : b;
  return a.id > b.id ? a : b;
}

/** True when two documents' statements differ beyond the cross-source checks' tolerance. */
function documentsDisagree(list: SheetCandidate[]): boolean {
  const byDocument = new Map<number, { low: number; high: number }>();
  for (const c of list) {
    const range = byDocument.get(c.documentId);
    byDocument.set(c.documentId, range ? { low: Math.min(range.low, c.value), high: Math.max(range.high, c.value) } : { low: c.value, high: c.value });
  }
  const ranges = [...byDocument.values()];
  return ranges.some((a, i) => ranges.some((b, j) => i !== j && (valuesDisagree(a.low, b.high) || valuesDisagree(a.high, b.low))));
}

function cellOf(list: SheetCandidate[], detail: SheetDetail): SheetCell {
  const c = list.reduce(better);
  return {
    metricId: c.id, value: c.value, displayValue: detail.displayValue, displayScale: detail.displayScale, documentId: c.documentId,
    passageId: detail.passageId, start: detail.start, end: detail.end, sources: new Set(list.map((x) => x.documentId)).size,
    conflict: documentsDisagree(list), edited: c.edited === 1, status: c.status,
  };
}

/** Percent change, or the difference in points for figures that are themselves percentages. */
function change(value: number, before: number, unit: string | null): number | null {
  if (unit === '%' || unit === 'pp') return value - before;
  return before === 0 ? null : ((value - before) / Math.abs(before)) * 100;
}

/** Q/Q (quarters only) and Y/Y for each shown period whose earlier period the series also states. */
function derivedOf(periods: SheetPeriod[], values: Map<string, number>, unit: string | null): Record<string, SheetDerived> {
  const against = (p: SheetPeriod, months: number) => {
    const earlier = shiftPeriod(p.start, p.end, months);
    const before = earlier ? values.get(periodKey(earlier.start, earlier.end)) : undefined;
    const value = values.get(p.key);
    return value === undefined || before === undefined ? null : change(value, before, unit);
  };
  const derived = periods.map((p) => [p.key, { qoq: wholeMonths(p.start, p.end) === 3 ? against(p, 3) : null, yoy: against(p, 12) }] as const);
  return Object.fromEntries(derived.filter(([, d]) => d.qoq !== null || d.yoy !== null));
}

/** Each series' statements by period key. */
function byCell(candidates: SheetCandidate[]): Map<string, Map<string, SheetCandidate[]>> {
  const bySeries = groupBy(candidates, (c) => sheetRowKey(c.seriesKey, c.unit));
  return new Map([...bySeries].map(([key, list]) => [key, groupBy(list, (c) => periodKey(c.periodStart, c.periodEnd))]));
}

/** The metrics the shown periods' cells show, whose details are then read. */
export function shownMetrics(candidates: SheetCandidate[], periods: SheetPeriod[]): number[] {
  const shown = new Set(periods.map((p) => p.key));
  return [...byCell(candidates).values()].flatMap((cells) => [...cells].filter(([k]) => shown.has(k)).map(([, list]) => list.reduce(better).id));
}

/**
 * One row per series, in the page's order: a cell for each shown period the series states,
 * named by its statement in the latest period (else by the series' own name). Candidates
 * may reach back past the shown periods: those only serve as the earlier side of a change.
 */
export function sheetRows(series: SeriesRef[], candidates: SheetCandidate[], periods: SheetPeriod[], details: Map<number, SheetDetail>): SheetRow[] {
  const all = byCell(candidates);
  return series.map((s) => {
    const key = sheetRowKey(s.seriesKey, s.unit);
    const byPeriod = all.get(key) ?? new Map<string, SheetCandidate[]>();
    const shown = periods.filter((p) => byPeriod.has(p.key));
    const cells = new Map(shown.map((p) => [p.key, cellOf(byPeriod.get(p.key)!, details.get(byPeriod.get(p.key)!.reduce(better).id)!)]));
    const values = new Map([...byPeriod].map(([k, list]) => [k, list.reduce(better).value]));
    const face = shown.length ? details.get(cells.get(shown[shown.length - 1]!.key)!.metricId)! : s;
    return {
      key, label: face.label, entity: face.entity, unit: s.unit,
      cells: Object.fromEntries(cells), derived: derivedOf(shown, values, s.unit),
    };
  });
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
