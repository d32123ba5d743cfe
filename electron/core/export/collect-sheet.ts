import type { Database } from 'better-sqlite3';
import type { GridSelection } from '../../../shared/exports.ts';
import { SheetQuery, type SheetPeriod, type SheetRow } from '../../../shared/sheet.ts';
import type { ConflictingSource } from '../../../shared/checks.ts';
import { SheetStore } from '../db/sheet.ts';
import { conflictsOf } from '../checks/conflicts.ts';
import { collectGrid, type ExportMetric } from './collect.ts';
import type { LinkBack } from '../../../shared/open-link.ts';

/** The period sheet as an export holds it: every series of the filter, and the metrics its cells cite. */
export interface SheetExportData {
  title: string;
  generatedAt: string;
  /** The grid's filter in words. */
  scope: string;
  periods: SheetPeriod[];
  /** Older periods the sheet leaves out (it shows the most recent ones). */
  hiddenPeriods: number;
  rows: SheetRow[];
  /** Each cell's metric, with its citation, by id. */
  cited: Map<number, ExportMetric>;
  /** Where the export's "Open in Assay" links point, when it has them. */
  links?: LinkBack;
  /** For cells whose sources disagree: the other documents' statements, by the shown metric's id. */
  disagreeing: Map<number, ConflictingSource[]>;
}

const PAGE = 500;
/** MetricQuery takes at most this many ids at once. */
const IDS_PER_QUERY = 20_000;

/** The grid's sort, where the sheet can sort the same way; else the sheet's own order (by label). */
function sheetSort(sort: GridSelection['sort']): Array<{ column: 'label' | 'entity' | 'unit'; direction: 'asc' | 'desc' }> {
  const columns = new Set(['label', 'entity', 'unit']);
  return (sort ?? []).filter((s) => columns.has(s.column)) as Array<{ column: 'label' | 'entity' | 'unit'; direction: 'asc' | 'desc' }>;
}

/** Every series the grid's filter matches, paged through the sheet store, with its cells' citations. */
export function collectSheet(db: Database, selection: GridSelection, scope: string): SheetExportData {
  const { sort, ...filters } = selection;
  const store = new SheetStore(db);
  const first = store.page(SheetQuery.parse({ ...filters, sort: sheetSort(sort), startRow: 0, endRow: PAGE }));
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const page = store.page(SheetQuery.parse({ ...filters, sort: sheetSort(sort), startRow: rows.length, endRow: rows.length + PAGE }));
    if (!page.rows.length) break;
    rows.push(...page.rows);
  }
  const cells = rows.flatMap((r) => Object.values(r.cells));
  const disagreeing = new Map(cells.filter((c) => c.conflict).map((c) => [c.metricId, conflictsOf(db, c.metricId)]));
  const ids = [...new Set([...cells.map((c) => c.metricId), ...[...disagreeing.values()].flat().map((o) => o.id)])];
  const cited = new Map<number, ExportMetric>();
  for (let at = 0; at < ids.length; at += IDS_PER_QUERY) {
    const chunk = ids.slice(at, at + IDS_PER_QUERY);
    for (const m of collectGrid(db, { ids: chunk, sort: [{ column: 'id', direction: 'asc' }] }, scope).metrics) cited.set(m.id, m);
  }
  return { title: 'Assay period sheet', generatedAt: new Date().toISOString(), scope, periods: first.periods, hiddenPeriods: first.hiddenPeriods, rows, cited, disagreeing };
}
