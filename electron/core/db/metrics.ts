import type { Database, Statement } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { z } from 'zod';
import type { MetricDetail, MetricPatch, MetricQuery as MetricQuerySchema, MetricRow, MetricSortColumn } from '../../../shared/metrics.ts';
import type { PassageMetric } from '../extract/extract-document.ts';
import { ActionStore } from './actions.ts';
import { TagStore } from './tags.ts';
import { metricFilter } from './metric-filter.ts';
import { CONFLICT_COUNT_SQL, conflictsOf } from '../checks/conflicts.ts';
import { checkChanges } from '../checks/change-check.ts';
import type { ChangeCheck } from '../../../shared/checks.ts';
import type { CorrectionValues } from '../../../shared/corrections.ts';
import { EXTRACTOR_VERSION } from '../extract/extract.ts';
import { seriesKey } from '../../../shared/series-key.ts';
import { idAboveTrash } from './id-above-trash.ts';
import { writeTransaction } from './write.ts';
import { REPORTED_METRIC_IDS_SQL } from './report-refs.ts';

/** The grid's columns as SQL. Notes are annotations on the metric (the latest live one). */
const ROW_COLUMNS = `m.id, m.document_id AS documentId, d.title AS documentTitle, m.passage_id AS passageId, m.char_start AS start,
  m.char_end AS "end", m.label, m.entity, m.value, m.unit, m.display_value AS displayValue, m.display_scale AS displayScale,
  m.display_unit AS displayUnit, m.change_value AS changeValue, m.change_unit AS changeUnit, m.change_basis AS changeBasis,
  m.change_since AS changeSince, m.change_direction AS changeDirection, m.period_label AS periodLabel, m.period_start AS periodStart,
  m.period_end AS periodEnd, m.qualifier, m.kind, m.status, m.origin, m.edited, m.original,
  (SELECT a.body FROM annotations a WHERE a.metric_id = m.id AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1) AS note,
  (SELECT group_concat(t.name, ', ') FROM taggings g JOIN tags t ON t.id = g.tag_id WHERE g.target_kind = 'metric' AND g.target_id = m.id) AS tags,
  ${CONFLICT_COUNT_SQL} AS conflicts,
  CASE WHEN m.version_id IS NOT NULL AND m.version_id IS NOT d.current_version_id THEN 'orphaned' ELSE m.anchor_state END AS anchorState`;

const SORT_SQL: Record<MetricSortColumn, string> = {
  position: 'm.document_id, m.char_start', label: 'm.label', value: 'm.unit, m.value', unit: 'm.unit', periodStart: 'm.period_start', entity: 'm.entity',
  documentTitle: 'd.title', status: 'm.status', kind: 'm.kind', changeValue: 'm.change_value', id: 'm.id',
};

/** Extracted fields an analyst may change; their first values are kept in `original`. */
const EDITABLE = {
  label: 'label', value: 'value', unit: 'unit', entity: 'entity', periodLabel: 'period_label', periodStart: 'period_start', periodEnd: 'period_end',
} as const;
type EditableField = keyof typeof EDITABLE;
const EDITABLE_FIELDS = Object.keys(EDITABLE) as EditableField[];

type RawRow = Omit<MetricRow, 'edited' | 'changeMismatch' | 'original'> & { edited: number; original: string | null };
const toRow = (r: RawRow, check: ChangeCheck | null): MetricRow => ({
  ...r, edited: r.edited === 1, original: r.original ? JSON.parse(r.original) as Record<string, unknown> : null, changeMismatch: check ? !check.ok : null,
});

/** The fields a patch changes, with their values before and after (a missing note is ''), for the undo stack. */
export function patchDiff(current: MetricDetail, patch: MetricPatch): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    const old = field === 'note' ? current.note ?? '' : current[field as keyof MetricDetail];
    if (old !== value) { before[field] = old; after[field] = value; }
  }
  return { before, after };
}

/**
 * "Untouched": extracted, never edited, never reviewed, no note, no tag, in no report, and in a
 * team no shared work has ever reached it (team_work, migration 38: every workspace of the team
 * then decides alike whether a new version keeps it, even where that work was undone). Anything
 * else is the analyst's: a figure a report holds (as a row or as its chart's metric) is kept
 * through new versions and re-extraction like one they reviewed, so the report never loses it.
 */
export const UNTOUCHED_SQL = `(metrics.origin = 'extracted' AND metrics.edited = 0 AND metrics.status = 'unreviewed' AND metrics.team_work = 0
  AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.metric_id = metrics.id AND a.deleted_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM taggings g WHERE g.target_kind = 'metric' AND g.target_id = metrics.id)
  AND metrics.id NOT IN (${REPORTED_METRIC_IDS_SQL}))`;

/**
 * Marks metrics the team's work has reached (migration 38), for good: a new version keeps them as it keeps worked-on
 * ones. The history and report triggers mark edits, reviews, notes and report items; this marks the rest: tags logged
 * here or pulled, and the work offered at the join. Prepared once (a pull applies thousands of changes).
 */
export function teamWorkMarker(db: Database): (metricId: number) => void {
  const mark = db.prepare('UPDATE metrics SET team_work = 1 WHERE id = ? AND team_work = 0');
  return (metricId) => { mark.run(metricId); };
}

/** Marks the metrics the reports hold as reached by the team's work: at the join, which offers the reports. */
export function markReportedTeamWork(db: Database): void {
  db.prepare(`UPDATE metrics SET team_work = 1 WHERE team_work = 0 AND id IN (${REPORTED_METRIC_IDS_SQL})`).run();
}

/** What a run read of a figure, char_start to kind, in the insert's (and the carry's) column order. */
function reading(m: PassageMetric): unknown[] {
  return [
    m.span[0], m.span[1], m.text, m.sentenceSpan[0], m.sentenceSpan[1],
    m.label, m.labelSpan?.[0] ?? null, m.labelSpan?.[1] ?? null, m.entity, m.value, m.valueHigh, m.unit, m.display.value,
    m.display.scale, m.display.unit, m.change?.value ?? null, m.change?.unit ?? null, m.change?.basis ?? null,
    m.change?.since ?? null, m.change?.direction ?? null, m.period?.label ?? null, m.period?.start ?? null, m.period?.end ?? null,
    m.qualifier, m.kind,
  ];
}

/** more_changes and series_key, which follow the reading. */
function derived(m: PassageMetric): unknown[] {
  return [m.moreChanges.length ? JSON.stringify(m.moreChanges) : null, seriesKey(m.label, m.entity)];
}

/** SQL for the metrics table. */
export class MetricStore {
  private readonly db: Database;
  private readonly insert: Statement;
  private readonly clearExtracted: Statement;
  private readonly topExtracted: Statement;
  private readonly carry: Statement;

  constructor(db: Database) {
    this.db = db;
    // Positional parameters: an import inserts thousands of rows, and names cost a lookup each.
    this.insert = db.prepare(`INSERT INTO metrics (id, document_id, passage_id, version_id, char_start, char_end, surface, sentence_start,
        sentence_end, label, label_start, label_end, entity, value, value_high, unit, display_value, display_scale, display_unit,
        change_value, change_unit, change_basis, change_since, change_direction, period_label, period_start, period_end, qualifier,
        kind, origin, extractor_version, created_at, updated_at, more_changes, series_key)
      VALUES (${Array(35).fill('?').join(', ')})`);
    const replaced = `document_id = ? AND ${UNTOUCHED_SQL} AND id NOT IN (SELECT value FROM json_each(?))`;
    this.clearExtracted = db.prepare(`DELETE FROM metrics WHERE ${replaced}`);
    this.topExtracted = db.prepare(`SELECT max(id) FROM metrics WHERE ${replaced}`).pluck();
    this.carry = db.prepare(`UPDATE metrics SET passage_id = ?, version_id = ?, char_start = ?, char_end = ?, surface = ?, sentence_start = ?,
        sentence_end = ?, label = ?, label_start = ?, label_end = ?, entity = ?, value = ?, value_high = ?, unit = ?, display_value = ?, display_scale = ?,
        display_unit = ?, change_value = ?, change_unit = ?, change_basis = ?, change_since = ?, change_direction = ?, period_label = ?, period_start = ?,
        period_end = ?, qualifier = ?, kind = ?, extractor_version = ?, updated_at = ?, more_changes = ?, series_key = ?, sentence = NULL, anchor_state = 'anchored'
      WHERE id = ? AND document_id = ?`);
  }

  /**
   * Replaces a document's untouched extracted metrics with a new run's. Metrics an analyst
   * created, edited, reviewed or annotated, and those a report holds, are kept (and
   * re-anchored by the import). `carried[i]`, when given, is the id of the untouched metric
   * the new run's `metrics[i]` reads again (the same words, see carry-ids.ts): that row takes
   * the new reading under its id, so links and undo steps naming it still find it. No new
   * metric takes the id of one removed here. Call inside the import's transaction.
   */
  replaceExtracted(documentId: number, versionId: number, passageIds: number[], metrics: PassageMetric[], now: string, carried: ReadonlyArray<number | null> = []): number {
    const kept = JSON.stringify(carried.filter((id): id is number => id !== null));
    const topRemoved = this.topExtracted.get(documentId, kept) as number | null;
    this.clearExtracted.run(documentId, kept);
    metrics.forEach((m, i) => {
      const id = carried[i];
      if (id === undefined || id === null) return;
      // The row's id, document, origin and created_at stay; everything read from the text is the new run's.
      this.carry.run(passageIds[m.passageIndex] ?? null, versionId, ...reading(m), EXTRACTOR_VERSION, now, ...derived(m), id, documentId);
    });
    this.insertExtracted(documentId, versionId, passageIds, metrics, now, this.firstNewId(topRemoved), carried);
    return metrics.length;
  }

  /**
   * A new document's extracted metrics: it has none to replace or carry, so the two queries
   * that look for them (a scan of its rows each, per file imported) are left out.
   */
  addExtracted(documentId: number, versionId: number, passageIds: number[], metrics: PassageMetric[], now: string): number {
    this.insertExtracted(documentId, versionId, passageIds, metrics, now, this.firstNewId(null), []);
    return metrics.length;
  }

  /** Inserts the metrics not carried; only the first may need an id above the trash's and the removed rows', SQLite numbers the rest after it. */
  private insertExtracted(documentId: number, versionId: number, passageIds: number[], metrics: PassageMetric[], now: string, firstId: number | null, carried: ReadonlyArray<number | null>): void {
    let id = firstId;
    metrics.forEach((m, i) => {
      if (carried[i] !== undefined && carried[i] !== null) return;
      this.insertMetric(id, documentId, passageIds[m.passageIndex] ?? null, versionId, m, 'extracted', now);
      id = null;
    });
  }

  /**
   * The id the first new metric must take: above every id in the trash and every id just
   * removed, or null when SQLite's own choice (one above the highest id) already is. A link
   * exported for a removed figure then never opens another one.
   */
  private firstNewId(topRemoved: number | null): number | null {
    const above = idAboveTrash(this.db, 'metric');
    if (topRemoved === null) return above;
    const top = this.db.prepare('SELECT max(id) FROM metrics').pluck().get() as number | null;
    const floor = Math.max(above ?? 0, topRemoved + 1);
    return top !== null && top >= floor ? null : floor;
  }

  private insertMetric(id: number | null, documentId: number, passageId: number | null, versionId: number, m: PassageMetric, origin: 'extracted' | 'analyst', now: string): void {
    this.insert.run(id, documentId, passageId, versionId, ...reading(m), origin, EXTRACTOR_VERSION, now, now, ...derived(m));
  }

  /** A window of metrics, filtered and sorted in SQL, with the total the filter matches. */
  page(q: z.output<typeof MetricQuerySchema>): { rows: MetricRow[]; total: number } {
    const { ids, total } = this.ids(q);
    const byId = new Map((ids.length ? this.db.prepare(`SELECT ${ROW_COLUMNS} FROM metrics m JOIN documents d ON d.id = m.document_id
      WHERE m.id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as RawRow[] : []).map((r) => [r.id, r]));
    const rows = ids.map((id) => byId.get(id)!).filter(Boolean);
    return { rows: this.toRows(rows), total };
  }

  /** The ids of a window of metrics, filtered and sorted in SQL, with the total the filter matches: a page without its columns. */
  ids(q: Omit<z.output<typeof MetricQuerySchema>, 'startRow' | 'endRow'> & { startRow?: number; endRow?: number }): { ids: number[]; total: number } {
    const { where, params, needsDocuments } = metricFilter(this.db, q);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // Under a words filter, walking the unit-and-value index in order can read most of a million rows
    // before a unit with matches comes up (1.7 s); "+m.unit" keeps SQLite to one scan and a sort (~0.4 s).
    const words = where.some((w) => w.includes(' LIKE '));
    const order = [...q.sort.map((s) => SORT_SQL[s.column].split(', ').map((c) => `${words && c === 'm.unit' ? '+' : ''}${c} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`).join(', ')), 'm.id ASC'].join(', ');
    // Documents are joined only when the filter or the sort reads them, so the id page can walk an index.
    const join = needsDocuments || /\bd\./u.test(order) ? 'JOIN documents d ON d.id = m.document_id' : '';
    const offset = q.startRow ?? 0;
    const ids = (this.db.prepare(`SELECT m.id FROM metrics m ${join} ${filter} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: (q.endRow ?? Number.MAX_SAFE_INTEGER) - offset, offset }) as Array<{ id: number }>).map((r) => r.id);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM metrics m ${join} ${filter}`).get(params) as { n: number }).n;
    return { ids, total };
  }

  /**
   * A metric an analyst marked in the text: the figure in the selection, read by the
   * extractor, stored as the analyst's own, so no re-extraction ever replaces it.
   */
  createFromSelection(documentId: number, versionId: number, passageId: number | null, m: PassageMetric, now: string): number {
    this.insertMetric(idAboveTrash(this.db, 'metric'), documentId, passageId, versionId, m, 'analyst', now);
    return Number((this.db.prepare('SELECT last_insert_rowid() AS id').get() as { id: number }).id);
  }

  /** The metrics of a document's current version starting in [from, to), as spans for the reader to mark. */
  spans(documentId: number, from = 0, to = Number.MAX_SAFE_INTEGER): Array<{ id: number; start: number; end: number; status: string }> {
    return this.db.prepare(`SELECT m.id, m.char_start AS start, m.char_end AS "end", m.status FROM metrics m JOIN documents d ON d.id = m.document_id
      WHERE m.document_id = ? AND m.version_id = d.current_version_id AND m.char_start >= ? AND m.char_start < ? ORDER BY m.char_start`).all(documentId, from, to) as Array<{ id: number; start: number; end: number; status: string }>;
  }

  get(id: number): MetricDetail {
    const row = this.db.prepare(`SELECT ${ROW_COLUMNS}, m.surface, m.extractor_version AS extractorVersion, m.more_changes AS moreChanges, p.ordinal AS passageOrdinal, p.page AS passagePage,
        COALESCE(m.sentence, substr(v.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)) AS sentence,
        CASE WHEN m.sentence IS NULL THEN m.char_start - m.sentence_start END AS surfaceOffset,
        v.version, (SELECT c.version FROM document_versions c WHERE c.id = d.current_version_id) AS currentVersion,
        CASE WHEN m.anchor_state = 'fuzzy' THEN substr(v.text, m.char_start + 1, m.char_end - m.char_start) END AS placedOn
      FROM metrics m JOIN documents d ON d.id = m.document_id LEFT JOIN passages p ON p.id = m.passage_id
      LEFT JOIN document_versions v ON v.id = m.version_id WHERE m.id = ?`).get(id) as (RawRow & { surface: string | null; extractorVersion: string | null; moreChanges: string | null; passageOrdinal: number | null; passagePage: number | null; sentence: string | null; surfaceOffset: number | null; version: number | null; currentVersion: number | null; placedOn: string | null }) | undefined;
    if (!row) throw new AssayError('NO_SUCH_METRIC', `There is no metric ${id} in this workspace: it was deleted (look in the trash), or it was an extracted figure whose words a new version of its document no longer states.`);
    const history = this.db.prepare(`SELECT field, old_value AS oldValue, new_value AS newValue, changed_at AS changedAt, author FROM history
      WHERE target_kind = 'metric' AND target_id = ? ORDER BY id DESC LIMIT 200`).all(id) as MetricDetail['history'];
    const changeCheck = checkChanges(this.db, [row]).get(id) ?? null;
    return { ...toRow(row, changeCheck), surface: row.surface, sentence: row.sentence, surfaceOffset: row.surfaceOffset, passageOrdinal: row.passageOrdinal, passagePage: row.passagePage, extractorVersion: row.extractorVersion,
      version: row.version, currentVersion: row.currentVersion, placedOn: row.placedOn !== null && row.placedOn !== row.surface ? row.placedOn : null, moreChanges: row.moreChanges ? JSON.parse(row.moreChanges) as MetricDetail['moreChanges'] : [], history, tagRefs: new TagStore(this.db).of('metric', id),
      conflictingSources: conflictsOf(this.db, id), changeCheck };
  }

  /**
   * Applies an analyst's change in one transaction. The first edit of an extracted field
   * keeps the extracted values in `original`; a note is an annotation on the metric.
   */
  update(id: number, patch: MetricPatch, now: string, undoable = true): MetricDetail {
    const record = this.db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', ?, ?, ?, ?, ?)`);
    const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
    // Read, undo entry and writes in one transaction: a metric deleted by another process is
    // NO_SUCH_METRIC here, and a failed write leaves no undo step behind.
    return writeTransaction(this.db, () => {
      const current = this.get(id);
      if (undoable) {
        const { before, after } = patchDiff(current, patch);
        if (Object.keys(after).length) new ActionStore(this.db).record('metric', id, before, after, now);
      }
      for (const [field, value] of Object.entries(patch)) {
        const before = field === 'note' ? current.note ?? '' : current[field as keyof MetricDetail];
        if (text(before) !== text(value)) record.run(id, field, text(before), text(value), now);
      }
      const fields = EDITABLE_FIELDS.filter((f) => patch[f] !== undefined);
      if (fields.length) {
        const original = current.original ?? Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, current[f]]));
        this.db.prepare(`UPDATE metrics SET ${fields.map((f) => `${EDITABLE[f]} = @${f}`).join(', ')}, original = @original, edited = 1, updated_at = @now WHERE id = @id`)
          .run({ ...Object.fromEntries(fields.map((f) => [f, patch[f]])), original: JSON.stringify(original), now, id });
      }
      if (patch.label !== undefined || patch.entity !== undefined) {
        this.db.prepare('UPDATE metrics SET series_key = ? WHERE id = ?').run(seriesKey(patch.label ?? current.label, patch.entity !== undefined ? patch.entity : current.entity), id);
      }
      if (patch.status !== undefined) this.db.prepare('UPDATE metrics SET status = ?, updated_at = ? WHERE id = ?').run(patch.status, now, id);
      if (patch.note !== undefined) this.setNote(current, patch.note, now);
      return this.get(id);
    });
  }

  private setNote(metric: MetricDetail, body: string, now: string): void {
    const existing = this.db.prepare(`SELECT id FROM annotations WHERE metric_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1`).get(metric.id) as { id: number } | undefined;
    if (!body.trim()) {
      if (existing) this.db.prepare('UPDATE annotations SET deleted_at = ?, modified_at = ? WHERE id = ?').run(now, now, existing.id);
      return;
    }
    if (existing) {
      this.db.prepare('UPDATE annotations SET body = ?, modified_at = ? WHERE id = ?').run(body, now, existing.id);
      return;
    }
    this.db.prepare(`INSERT INTO annotations (id, document_id, target_kind, metric_id, passage_id, body, motivation, created_at, modified_at)
      VALUES (?, ?, 'metric', ?, ?, ?, 'commenting', ?, ?)`).run(idAboveTrash(this.db, 'annotation'), metric.documentId, metric.id, metric.passageId, body, now, now);
  }

  /**
   * Sets many metrics' status in one statement, with a history line each; metrics already
   * at that status are left alone. Returns the changed ones' previous status by id.
   */
  setStatuses(ids: number[], status: MetricRow['status'], now: string): Map<number, string> {
    const json = JSON.stringify(ids);
    return writeTransaction(this.db, () => {
      const before = new Map((this.db.prepare(`SELECT id, status FROM metrics WHERE id IN (SELECT value FROM json_each(?)) AND status != ?`)
        .all(json, status) as Array<{ id: number; status: string }>).map((r) => [r.id, r.status]));
      if (!before.size) return before;
      const changed = JSON.stringify([...before.keys()]);
      this.db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at)
        SELECT 'metric', id, 'status', status, ?, ? FROM metrics WHERE id IN (SELECT value FROM json_each(?))`).run(status, now, changed);
      this.db.prepare('UPDATE metrics SET status = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(status, now, changed);
      return before;
    });
  }

  /** The fields an edited XLSX export may correct, of the metrics that still exist, by id. */
  correctionValues(ids: number[]): Map<number, CorrectionValues> {
    const rows = this.db.prepare(`SELECT m.id, m.label, m.entity, m.value, m.unit, m.period_start AS periodStart, m.period_end AS periodEnd, m.status,
        COALESCE((SELECT a.body FROM annotations a WHERE a.metric_id = m.id AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1), '') AS note
      FROM metrics m WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Array<CorrectionValues & { id: number }>;
    return new Map(rows.map(({ id, ...values }) => [id, values]));
  }

  /** Rows with their change checks, found in one query for the whole page. */
  private toRows(rows: RawRow[]): MetricRow[] {
    const checks = checkChanges(this.db, rows);
    return rows.map((r) => toRow(r, checks.get(r.id) ?? null));
  }

  countForDocument(documentId: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM metrics WHERE document_id = ?').get(documentId) as { n: number }).n;
  }

  /**
   * How many untouched figures an extractor other than `version` read (those re-extraction
   * would read again), counted up to `cap`: past it, `cap + 1`. Through the index of untouched
   * figures by extractor (migration 30), one range each side of `version`, so a current
   * workspace answers without a scan, and one just upgraded stops counting at the cap.
   */
  staleCount(version: string, cap: number): number {
    const read = (by: string) => `SELECT 1 FROM metrics WHERE extractor_version ${by} AND ${UNTOUCHED_SQL}`;
    return (this.db.prepare(`SELECT count(*) AS n FROM (${read('IS NULL')} UNION ALL ${read('< :version')} UNION ALL ${read('> :version')}
      LIMIT :limit)`).get({ version, limit: cap + 1 }) as { n: number }).n;
  }
}

/**
 * An analyst's period must not end before it starts, whichever end the patch moves. Checked where an analyst edits
 * (the service), not in `update`: a teammate's period arrives one field at a time, its start before its end.
 */
export function refuseBackwardPeriod(current: MetricDetail, patch: MetricPatch): void {
  const start = patch.periodStart !== undefined ? patch.periodStart : current.periodStart;
  const end = patch.periodEnd !== undefined ? patch.periodEnd : current.periodEnd;
  if (!start || !end || start <= end) return;
  throw new AssayError('BAD_INPUT', `The period would end on ${end}, before it starts on ${start}. `
    + 'Set a start on or before the end; the metric was not changed.');
}
