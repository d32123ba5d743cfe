import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { SHEET_MAX_PERIODS, type SheetPage, type SheetPeriod, type SheetQuery, type SheetSortColumn } from '../../../shared/sheet.ts';
import { sheetPeriodLabel } from '../../../shared/period-label.ts';
import { shiftPeriod } from '../../../shared/period-shift.ts';
import { seriesLabel } from '../../../shared/series-key.ts';
import { metricFilter } from './metric-filter.ts';
import { groupStatements, periodKey, sheetRows, shownMetrics, type SeriesRef, type SheetCandidate, type SheetDetail } from '../sheet-rows.ts';

/*
 * SQL for the period sheet: the grid's query seen as series by periods. A series is a
 * series key (shared/series-key.ts) with a unit; only metrics with a value and a period
 * take part. The columns are the periods of the whole filtered set, so they stay put
 * while the rows page.
 *
 * At a million metrics, reading every row to find a few thousand series and a few dozen
 * periods is too slow, so the query takes one of three shapes (migration 0019's indexes):
 * - no filter but status or unit: the series and periods are found by skipping through
 *   the indexes, one seek per distinct series or period;
 * - a label filter: the distinct labels matching it are found the same way, and only the
 *   index ranges of their series are read;
 * - any other filter (a document, a tag, words, an entity, a period): SQLite's own plan,
 *   which for a document or a tag reads few rows.
 */

type Query = z.output<typeof SheetQuery>;
type Rows = { from: string; params: Record<string, unknown> };

/** The partial indexes' own condition, repeated so SQLite may use them. */
const SHEET_METRIC = 'm.value IS NOT NULL AND m.period_start IS NOT NULL AND m.period_end IS NOT NULL';
/** The entity part of a series key (after the unit separator), for sorting by entity. */
const ENTITY_SQL = 'substr(series_key, instr(series_key, char(31)) + 1)';
/** A label filter keeping this share of the metrics finds its periods by seeking (see page). */
const DENSE = 0.01;
/** Filters only rows can answer: with any of these the sheet takes SQLite's plan. */
const ROW_FILTERS = ['documentId', 'tagId', 'quick', 'entity', 'document', 'period'] as const;

/** Sort terms over (series_key, unit, sources). */
function orderBy(q: Query): string {
  const terms = (q.sort.length ? q.sort : [{ column: 'label', direction: 'asc' } as const]).map((s) => orderTerm(s.column, s.direction === 'desc'));
  // Ties fall to the series key and unit, so pages never overlap.
  return [...terms, 'series_key ASC', 'unit ASC'].join(', ');
}

function orderTerm(column: SheetSortColumn, desc: boolean): string {
  const dir = desc ? 'DESC' : 'ASC';
  if (column === 'label') return `series_key ${dir}`;
  // Series without an entity go last whichever way entities sort.
  if (column === 'entity') return `(${ENTITY_SQL} = '') ASC, ${ENTITY_SQL} ${dir}`;
  return column === 'unit' ? `unit ${dir}` : `sources ${dir}`;
}

/** The first metric `where` admits in `order`, by id: one index seek when an index has that order. */
const first = (where: string, order: string) => `(SELECT m.id FROM metrics m WHERE ${where} ORDER BY ${order} LIMIT 1)`;

/**
 * Every distinct pair of columns `where` admits, in the pair's order (descending: newest
 * periods first), found by seeking from one pair to the next rather than reading the rows
 * between: the next `second` under the same `first`, else the next `first`. Ascending, a
 * NULL `second` (a metric without a unit) comes first and is stepped over to the others.
 */
function skipDistinct(where: string, [a, b]: [string, string], desc = false): string {
  const dir = desc ? 'DESC' : 'ASC';
  const after = desc ? '<' : '>';
  const next = (cond: string, order: string) => first(`${where} AND ${cond}`, order);
  const afterNull = desc ? 'NULL' : next(`s.${b} IS NULL AND m.${a} = s.${a} AND m.${b} >= ''`, `m.${b}`);
  return `WITH RECURSIVE s(${a}, ${b}) AS (
      SELECT m.${a}, m.${b} FROM metrics m WHERE m.id = ${first(where, `m.${a} ${dir}, m.${b} ${dir}`)}
      UNION ALL
      SELECT m.${a}, m.${b} FROM s JOIN metrics m ON m.id = coalesce(
        ${next(`m.${a} = s.${a} AND m.${b} ${after} s.${b}`, `m.${b} ${dir}`)}, ${afterNull},
        ${next(`m.${a} ${after} s.${a}`, `m.${a} ${dir}, m.${b} ${dir}`)}))`;
}

/** How the filter is answered: by skipping through the indexes, by a label's series, or by SQLite's plan. */
function shapeOf(q: Query): 'skip' | 'label' | 'rows' {
  if (ROW_FILTERS.some((k) => q[k] !== undefined && q[k] !== '')) return 'rows';
  return q.label ? 'label' : 'skip';
}

const toPeriods = (found: unknown[]): SheetPeriod[] => (found as Array<{ start: string; end: string }>)
  .map((p) => ({ key: periodKey(p.start, p.end), label: sheetPeriodLabel(p.start, p.end), start: p.start, end: p.end }));

/** The period sheet over the metrics table. */
export class SheetStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** A window of series (rows) with their cells in the filter's most recent periods (columns). */
  page(q: Query): SheetPage {
    const f = metricFilter(this.db, q);
    const where = [...f.where, SHEET_METRIC];
    if (!q.status?.includes('rejected')) where.push(`m.status != 'rejected'`);
    const join = f.needsDocuments ? 'JOIN documents d ON d.id = m.document_id' : '';
    const rows: Rows = { from: `FROM metrics m ${join} WHERE ${where.join(' AND ')}`, params: f.params };
    const shape = shapeOf(q);
    const read = shape === 'label' ? this.byLabel(rows) : rows;
    const bySources = q.sort.some((s) => s.column === 'sources');
    const skip = shape === 'skip' && !bySources;
    const { series, total, matched } = this.series(q, skip ? this.skipSeries(where, q) : this.grouped(read, bySources), read.params);
    // Seeking period to period tests rows until one passes: cheap unless the filter keeps few rows (then grouping them is).
    const seek = shape === 'skip' || (shape === 'label' && matched >= DENSE * this.size());
    const newest = seek ? this.skipPeriods(where, rows.params) : this.periods(read);
    const periods = newest.slice(0, SHEET_MAX_PERIODS).reverse();
    return { periods, hiddenPeriods: newest.length - periods.length, rows: this.rows(rows, series, periods), total };
  }

  /** Every period of the filtered metrics, newest first (of one end, the shorter first). */
  private periods(read: Rows): SheetPeriod[] {
    return toPeriods(this.db.prepare(`SELECT m.period_start AS start, m.period_end AS "end" ${read.from}
      GROUP BY m.period_end, m.period_start ORDER BY m.period_end DESC, m.period_start DESC`).all(read.params));
  }

  /** The same, for a filter on status and unit alone: one index seek per period. */
  private skipPeriods(where: string[], params: Record<string, unknown>): SheetPeriod[] {
    const sql = `${skipDistinct(where.join(' AND '), ['period_end', 'period_start'], true)} SELECT period_start AS start, period_end AS "end" FROM s`;
    return toPeriods(this.db.prepare(sql).all(params));
  }

  /** The series as SQL: grouped from the rows, with how many metrics and (to sort by) documents state each. */
  private grouped(read: Rows, withSources: boolean): string {
    // Counting distinct documents costs a table per series: only when the sort needs it.
    return `SELECT m.series_key AS series_key, m.unit AS unit, ${withSources ? 'count(DISTINCT m.document_id)' : 'NULL'} AS sources, count(*) AS n
      ${read.from} GROUP BY m.series_key, m.unit`;
  }

  /** The same, for a filter on status and unit alone: one index seek per series, the unit tested after. */
  private skipSeries(where: string[], q: Query): string {
    return `${skipDistinct(where.filter((w) => w !== 'm.unit = @unit').join(' AND '), ['series_key', 'unit'])}
      SELECT series_key, unit, NULL AS n FROM s ${q.unit ? 'WHERE unit = @unit' : ''}`;
  }

  /**
   * The page of `grouped` series in the query's order, how many series there are and how many
   * metrics they hold (when grouped from rows), counted in the same pass.
   */
  private series(q: Query, grouped: string, params: Record<string, unknown>): { series: SeriesRef[]; total: number; matched: number } {
    const page = this.db.prepare(`SELECT series_key, unit, count(*) OVER () AS total, sum(n) OVER () AS matched FROM (${grouped})
      ORDER BY ${orderBy(q)} LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.endRow - q.startRow, offset: q.startRow }) as
      Array<{ series_key: string; unit: string | null; total: number; matched: number | null }>;
    // Past the last page no row carries the counts, so they are counted on their own.
    const counts = page[0] ?? this.db.prepare(`SELECT count(*) AS total, sum(n) AS matched FROM (${grouped})`).get(params) as { total: number; matched: number | null };
    return { series: page.map((r) => ({ seriesKey: r.series_key, unit: r.unit })), total: counts.total, matched: counts.matched ?? 0 };
  }

  /** About how many metrics the workspace holds (ids are assigned in order), without counting them. */
  private size(): number {
    return (this.db.prepare('SELECT max(id) AS n FROM metrics').get() as { n: number | null }).n ?? 0;
  }

  /**
   * The filtered rows, read for a label filter through the index ranges of the series its
   * matching labels name (a series key starts with its label), not through every row.
   */
  private byLabel(rows: Rows): Rows {
    const labels = this.db.prepare(`WITH RECURSIVE l(label) AS (SELECT min(label) FROM metrics
        UNION ALL SELECT (SELECT min(label) FROM metrics WHERE label > l.label) FROM l WHERE l.label IS NOT NULL)
      SELECT label FROM l WHERE label LIKE @label ESCAPE '\\'`).pluck().all(rows.params) as string[];
    const ranges = [...new Set(labels.map((l) => seriesLabel(l)))].map((l) => [`${l}\u001f`, `${l}\u0020`]);
    return {
      from: `FROM json_each(@ranges) AS r CROSS JOIN ${rows.from.slice('FROM '.length)}
        AND m.series_key >= (r.value ->> '$[0]') AND m.series_key < (r.value ->> '$[1]')`,
      params: { ...rows.params, ranges: JSON.stringify(ranges) },
    };
  }

  /**
   * The page's rows: the series' filtered metrics in the shown periods (and far enough back
   * for Y/Y) as the sheet index holds them, then in full only for the metrics shown. (The
   * `+` keeps SQLite off the series-and-period index, which would read every row for the
   * columns the sheet index already holds.)
   */
  private rows(rows: Rows, series: SeriesRef[], periods: SheetPeriod[]) {
    if (!series.length) return [];
    const earliest = periods.length ? shiftPeriod(periods[0]!.start, periods[0]!.end, 12)?.end ?? periods[0]!.end : null;
    const found = earliest === null ? [] : this.db.prepare(`SELECT m.id, m.series_key AS seriesKey, m.unit, m.value, m.document_id AS documentId,
        m.status, m.edited, m.period_start AS periodStart, m.period_end AS periodEnd
      ${rows.from} AND m.series_key IN (SELECT value FROM json_each(@keys)) AND +m.period_end >= @earliest`)
      .all({ ...rows.params, keys: JSON.stringify([...new Set(series.map((s) => s.seriesKey))]), earliest }) as Array<Omit<SheetCandidate, 'published'>>;
    const published = this.published(found.map((c) => c.documentId));
    const statements = groupStatements(found.map((c) => ({ ...c, published: published.get(c.documentId) ?? null })));
    return sheetRows(series, statements, periods, this.details(shownMetrics(statements, periods)), (s) => this.name(s));
  }

  /** What the shown metrics' cells show besides their values, by id. */
  private details(ids: number[]): Map<number, SheetDetail> {
    const rows = this.db.prepare(`SELECT id, label, entity, display_value AS displayValue, display_scale AS displayScale, passage_id AS passageId,
        char_start AS start, char_end AS "end" FROM metrics WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Array<SheetDetail & { id: number }>;
    return new Map(rows.map(({ id, ...d }) => [id, d]));
  }

  /** Documents' publication dates (a cell's tie goes to the latest), read once per document rather than per metric. */
  private published(documentIds: number[]): Map<number, string | null> {
    const rows = this.db.prepare('SELECT id, published FROM documents WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...new Set(documentIds)])) as Array<{ id: number; published: string | null }>;
    return new Map(rows.map((r) => [r.id, r.published]));
  }

  /** Label and entity of a series none of whose metrics is in the shown periods: its latest metric's. */
  private name(s: SeriesRef): { label: string; entity: string | null } {
    const row = this.db.prepare(`SELECT label, entity FROM metrics WHERE series_key = ? AND unit IS ? ORDER BY period_end DESC, id DESC LIMIT 1`)
      .get(s.seriesKey, s.unit) as { label: string; entity: string | null } | undefined;
    return { label: row?.label ?? s.seriesKey.split('\u001f')[0]!, entity: row?.entity ?? null };
  }
}
