import type { ColumnState, GridApi } from 'ag-grid-community';
import { METRIC_STATUSES } from '../../shared/metric-statuses.ts';
import type { ViewState } from '../../shared/views.ts';

type Status = (typeof METRIC_STATUSES)[number];

/** The status filter's choices: single statuses and the sets analysts review by. */
export const STATUS_FILTERS: Array<{ id: string; name: string; statuses: Status[] }> = [
  { id: '', name: 'Any status', statuses: [] },
  { id: 'not-rejected', name: 'Not rejected', statuses: ['unreviewed', 'verified', 'disputed'] },
  { id: 'to-review', name: 'To review', statuses: ['unreviewed', 'disputed'] },
  ...METRIC_STATUSES.map((s) => ({ id: s, name: s[0]!.toUpperCase() + s.slice(1), statuses: [s] })),
];

/** The choice a set of statuses is (order does not matter), or null for a set no choice names. */
export function statusFilterOf(statuses: Status[]): string | null {
  const key = [...statuses].sort().join();
  return STATUS_FILTERS.find((f) => [...f.statuses].sort().join() === key)?.id ?? null;
}

/** Columns whose filter is "equals" rather than "contains". */
const EQUALS = new Set(['unit']);

/** ag-grid's filter model as the text each column filter holds. */
export function filtersOf(model: Record<string, { filter?: unknown }>): Record<string, string> {
  return Object.fromEntries(Object.entries(model).filter(([, f]) => f.filter).map(([colId, f]) => [colId, String(f.filter)]));
}

/** The grid's column and filter state, for a saved view. */
export function gridStateOf(api: GridApi): Pick<ViewState, 'columns' | 'filters'> {
  const columns = api.getColumnState().map((c) => ({ colId: c.colId, hide: c.hide ?? null, width: c.width ?? undefined, sort: c.sort ?? null, sortIndex: c.sortIndex ?? null }));
  return { columns, filters: filtersOf(api.getFilterModel() as Record<string, { filter?: unknown }>) };
}

/** Restores a saved view's columns (order, widths, sort) and column filters. */
export function applyGridState(api: GridApi, view: Pick<ViewState, 'columns' | 'filters'>): void {
  if (view.columns.length) api.applyColumnState({ state: view.columns as ColumnState[], applyOrder: true });
  const model = Object.fromEntries(Object.entries(view.filters).map(([colId, filter]) => [colId, { filterType: 'text', type: EQUALS.has(colId) ? 'equals' : 'contains', filter }]));
  api.setFilterModel(Object.keys(model).length ? model : null);
}

/**
 * Whether the grid stands as a saved view left it: the same filters, statuses, tag, list or
 * sheet, document scope, and columns (order, shown or hidden, sort). Widths are left out: the
 * label and entity columns take the window's width, so they change with it.
 */
export function sameView(saved: ViewState, now: ViewState): boolean {
  const sorted = (s: ViewState['status']) => [...s].sort().join();
  const filters = (f: ViewState['filters']) => JSON.stringify(Object.entries(f).filter(([, text]) => text).sort());
  if (saved.view !== now.view || saved.quick.trim() !== now.quick.trim() || sorted(saved.status) !== sorted(now.status) || saved.tagId !== now.tagId
    || saved.followReader !== now.followReader || filters(saved.filters) !== filters(now.filters)) return false;
  // Columns the view names, in its order and with its sort (columns added to Assay since are not the view's to judge).
  const current = new Map(now.columns.map((c, i) => [c.colId, { ...c, at: i }]));
  const kept = saved.columns.filter((c) => current.has(c.colId));
  const order = kept.map((c) => current.get(c.colId)!.at);
  if (order.some((at, i) => i > 0 && at < order[i - 1]!)) return false;
  return kept.every((c) => {
    const n = current.get(c.colId)!;
    return Boolean(c.hide) === Boolean(n.hide) && (c.sort ?? null) === (n.sort ?? null) && (c.sort ? (c.sortIndex ?? 0) === (n.sortIndex ?? 0) : true);
  });
}

/** Whether nothing narrows the grid: no quick filter, status, tag or column filter. */
export function unfiltered(state: ViewState): boolean {
  return !state.quick.trim() && !state.status.length && state.tagId === null && !Object.values(state.filters).some(Boolean);
}
