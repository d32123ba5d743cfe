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

/** A series on the page. */
export interface SeriesRef { seriesKey: string; unit: string | null }

/** The row key the UI keeps: series key and unit, unambiguous whatever either holds. */
export const sheetRowKey = (seriesKey: string, unit: string | null) => JSON.stringify([seriesKey, unit]);
export const periodKey = (start: string, end: string) => `${start}/${end}`;
/** The same, cheaper, for grouping thousands of metrics (a series key holds no U+001E). */
const groupKey = (seriesKey: string, unit: string | null) => (unit === null ? `${seriesKey}\u001e` : `${seriesKey}\u001e=${unit}`);

/** A cell's statements and the one it shows. */
interface Statements { list: SheetCandidate[]; best: SheetCandidate }
/** Statements by series (groupKey), then by period key. */
export type SheetStatements = Map<string, Map<string, Statements>>;

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

function cellOf({ list, best: c }: Statements, detail: SheetDetail): SheetCell {
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

/** For each period, the keys of the periods its Q/Q (quarters only) and Y/Y compare it with. */
function earlierKeys(periods: SheetPeriod[]): Map<string, { qoq: string | null; yoy: string | null }> {
  const key = (p: SheetPeriod, months: number) => {
    const earlier = shiftPeriod(p.start, p.end, months);
    return earlier ? periodKey(earlier.start, earlier.end) : null;
  };
  return new Map(periods.map((p) => [p.key, { qoq: wholeMonths(p.start, p.end) === 3 ? key(p, 3) : null, yoy: key(p, 12) }]));
}

/** Q/Q and Y/Y for each shown period whose earlier period the series also states. */
function derivedOf(periods: SheetPeriod[], earlier: ReturnType<typeof earlierKeys>, cells: Map<string, Statements>, unit: string | null) {
  const against = (p: SheetPeriod, before: string | null) => {
    const from = before === null ? undefined : cells.get(before);
    return from ? change(cells.get(p.key)!.best.value, from.best.value, unit) : null;
  };
  const derived = periods.map((p) => [p.key, { qoq: against(p, earlier.get(p.key)!.qoq), yoy: against(p, earlier.get(p.key)!.yoy) }] as const);
  return Object.fromEntries(derived.filter(([, d]) => d.qoq !== null || d.yoy !== null)) as Record<string, SheetDerived>;
}

/** Each series' statements by period, with the one each cell shows. */
export function groupStatements(candidates: SheetCandidate[]): SheetStatements {
  const bySeries = groupBy(candidates, (c) => groupKey(c.seriesKey, c.unit));
  return new Map([...bySeries].map(([key, list]) => [key, new Map([...groupBy(list, (c) => periodKey(c.periodStart, c.periodEnd))]
    .map(([k, cell]) => [k, { list: cell, best: cell.reduce(better) }]))]));
}

/** The metrics the shown periods' cells show, whose details are then read. */
export function shownMetrics(statements: SheetStatements, periods: SheetPeriod[]): number[] {
  return [...statements.values()].flatMap((cells) => periods.flatMap((p) => cells.get(p.key)?.best.id ?? []));
}

/**
 * One row per series, in the page's order: a cell for each shown period the series states,
 * named by its statement in the latest period (else by `nameOf`). Statements may reach
 * back past the shown periods: those only serve as the earlier side of a change.
 */
export function sheetRows(series: SeriesRef[], statements: SheetStatements, periods: SheetPeriod[], details: Map<number, SheetDetail>,
  nameOf: (s: SeriesRef) => { label: string; entity: string | null }): SheetRow[] {
  const earlier = earlierKeys(periods);
  return series.map((s) => {
    const byPeriod = statements.get(groupKey(s.seriesKey, s.unit)) ?? new Map<string, Statements>();
    const shown = periods.filter((p) => byPeriod.has(p.key));
    const cells = shown.map((p) => [p.key, cellOf(byPeriod.get(p.key)!, details.get(byPeriod.get(p.key)!.best.id)!)] as const);
    const face = cells.length ? details.get(cells[cells.length - 1]![1].metricId)! : nameOf(s);
    return {
      key: sheetRowKey(s.seriesKey, s.unit), label: face.label, entity: face.entity, unit: s.unit,
      cells: Object.fromEntries(cells), derived: derivedOf(shown, earlier, byPeriod, s.unit),
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
