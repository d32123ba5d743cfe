import { z } from 'zod';
import { METRIC_STATUSES } from './metrics.ts';
import { GridSelection } from './exports.ts';

/*
 * The period sheet: the grid's query seen as series (label, entity, unit) down the side and
 * periods across the top, each cell one metric with its source one click away.
 */

/** What the sheet's rows may be sorted by; `sources` is how many documents state the series. */
export const SHEET_SORT_COLUMNS = ['label', 'entity', 'unit', 'sources'] as const;
export type SheetSortColumn = (typeof SHEET_SORT_COLUMNS)[number];

/** The most periods the sheet shows as columns: the most recent ones. */
export const SHEET_MAX_PERIODS = 36;

/** The grid's filters (GridSelection), so the sheet is a view of the same query, with its own paging and sort. */
export const SheetQuery = GridSelection.omit({ sort: true }).extend({
  startRow: z.number().int().min(0).default(0),
  endRow: z.number().int().default(100),
  sort: z.array(z.object({ column: z.enum(SHEET_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })).max(3).default([]),
}).strict().refine((q) => q.endRow > q.startRow && q.endRow - q.startRow <= 500, 'Ask for 1 to 500 series at a time');
export type SheetQuery = z.input<typeof SheetQuery>;

/** A column of the sheet. */
export const SheetPeriod = z.object({
  /** `${start}/${end}`: the key of the cells in this column. */
  key: z.string(),
  /** Compact: "1Q25", "FY2024", "Mar 2025", "9M25", "31 Mar 25". */
  label: z.string(),
  start: z.string(),
  end: z.string(),
});
export type SheetPeriod = z.infer<typeof SheetPeriod>;

/** One series in one period: the metric shown, and what the other sources say about it. */
export const SheetCell = z.object({
  /** Verified first, then analyst-edited, unreviewed, disputed (rejected only when asked for); ties go to the latest document. */
  metricId: z.number().int(),
  value: z.number(),
  displayValue: z.string().nullable(),
  displayScale: z.string().nullable(),
  documentId: z.number().int(),
  passageId: z.number().int().nullable(),
  /** The figure's span in its document, so the reader can jump to it. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** Distinct documents stating this series and period, among the filtered metrics. */
  sources: z.number().int(),
  /** Those documents disagree beyond the cross-source checks' tolerance. */
  conflict: z.boolean(),
  edited: z.boolean(),
  status: z.enum(METRIC_STATUSES),
});
export type SheetCell = z.infer<typeof SheetCell>;

export const SheetDerived = z.object({ qoq: z.number().nullable(), yoy: z.number().nullable() });
export type SheetDerived = z.infer<typeof SheetDerived>;

/** A series: one row of the sheet. */
export const SheetRow = z.object({
  key: z.string(),
  label: z.string(),
  entity: z.string().nullable(),
  unit: z.string().nullable(),
  /** By SheetPeriod.key. */
  cells: z.record(z.string(), SheetCell),
  /**
   * Derived changes by period key, only where both periods exist: qoq vs the same-length period ending
   * three months earlier (for quarters), yoy vs the same-length period ending 12 months earlier. Percent
   * change for levels; percentage-point difference when unit is '%'.
   */
  derived: z.record(z.string(), SheetDerived),
});
export type SheetRow = z.infer<typeof SheetRow>;

export const SheetPage = z.object({
  /** The periods of the whole filtered set, newest last, at most SHEET_MAX_PERIODS. */
  periods: z.array(SheetPeriod),
  /** Older periods left out by the cap. */
  hiddenPeriods: z.number().int(),
  rows: z.array(SheetRow),
  /** Series the filter matches. */
  total: z.number().int(),
});
export type SheetPage = z.infer<typeof SheetPage>;
