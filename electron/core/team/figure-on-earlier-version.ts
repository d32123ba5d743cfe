import type { Database } from 'better-sqlite3';
import { metricPlacer, notePlacer } from '../anchor/reanchor.ts';
import { trashedSpan } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { MetricStore } from '../db/metrics.ts';
import { extractDocument, type PassageMetric } from '../extract/extract-document.ts';
import type { PassageDraft } from '../ingest/types.ts';

/** A stored version that is not its document's current one, with what reading it again needs. */
interface Earlier { id: number; documentId: number; current: number; published: string | null; text: string; currentText: string }

/**
 * Brings back a figure of an earlier version of a document that a teammate's change names,
 * where this workspace replaced that version before the change arrived: the untouched figure
 * went with the import here, while in the teammate's workspace it was worked on when the new
 * version came, so that import kept it, placing it by its quote, fuzzily onto changed words
 * ('3,950 mt' that became '3,980 mt'), or kept it orphaned on the earlier version. The figure
 * is read again from the earlier version's text, as its import read it, and placed on the
 * current version the same way (metricPlacer), so both workspaces hold it alike; for a deletion or a return from
 * the trash (`place` false) it stays on the earlier version, as a figure in the trash stays where it was when a new
 * version changes its words (carry-trash.ts moves it only onto the same words, which the key finds). Returns
 * whether it was brought back; false when the key's version is not here or is current, or
 * its reading has no figure there. Call inside the pull's transaction, where nothing holds the key.
 */
export function figureOnEarlierVersion(db: Database): (key: string, now: string, place: boolean) => boolean {
  const version = db.prepare(`SELECT v.id, v.document_id AS documentId, d.current_version_id AS current, d.published, v.text, c.text AS currentText
    FROM document_versions v JOIN documents d ON d.id = v.document_id JOIN document_versions c ON c.id = d.current_version_id
    WHERE v.content_hash = ? AND v.id != d.current_version_id ORDER BY v.id LIMIT 1`);
  const passages = db.prepare(`SELECT id, kind, depth, char_start AS start, char_end AS "end", debris, page FROM passages WHERE version_id = ? ORDER BY ordinal`);
  const t = trashedSpan();
  const onSpan = db.prepare(`SELECT (SELECT count(*) FROM metrics WHERE version_id = @v AND char_start = @start AND char_end = @end)
    + (SELECT count(*) FROM trash t WHERE t.target_kind = 'metric' AND ${t.version} = @v AND ${t.start} = @start AND ${t.end} = @end)`).pluck();
  const metrics = new MetricStore(db);
  // Each earlier version read once per pull.
  const readings = new Map<number, { figures: PassageMetric[]; passageIds: number[] }>();
  return (key, now, place) => {
    const [, hash, startText, endText, rankText] = key.split(':');
    const earlier = version.get(hash) as Earlier | undefined;
    if (!earlier) return false;
    if (!readings.has(earlier.id)) {
      const rows = passages.all(earlier.id) as Array<Omit<PassageDraft, 'debris' | 'questionIndex'> & { id: number; debris: number }>;
      const drafts: PassageDraft[] = rows.map(({ id: _id, ...r }) => ({ ...r, debris: r.debris === 1, questionIndex: null }));
      readings.set(earlier.id, { figures: extractDocument({ text: earlier.text, passages: drafts, meta: { published: earlier.published } }), passageIds: rows.map((r) => r.id) });
    }
    const { figures, passageIds } = readings.get(earlier.id)!;
    const [start, end, rank] = [Number(startText), Number(endText), Number(rankText)];
    // The figures on the span in reading order; those still here (kept, or in the trash) take the first ranks.
    const figure = figures.filter((m) => m.span[0] === start && m.span[1] === end)[rank - (onSpan.get({ v: earlier.id, start, end }) as number)];
    if (!figure) return false;
    metrics.addExtracted(earlier.documentId, earlier.id, passageIds, [figure], now);
    const id = db.prepare('SELECT last_insert_rowid()').pluck().get() as number;
    if (place) placeOnCurrent(db, id, key);
    return true;
  };
}

/**
 * Places a metric just made on an earlier version of its document (a teammate's figure read again, or marked
 * from a selection there) on the current version, as the import of that version would have placed it. Placed
 * fuzzily, it keeps `key`, the key the teammate's change named it by there (migration 39): the rank that key
 * gives counts figures on the span in his workspace that the import let go here.
 */
export function placeOnCurrent(db: Database, metricId: number, key: string): void {
  const row = db.prepare(`SELECT d.id AS documentId, d.current_version_id AS current, v.text, c.text AS currentText FROM metrics m
    JOIN documents d ON d.id = m.document_id JOIN document_versions v ON v.id = m.version_id JOIN document_versions c ON c.id = d.current_version_id
    WHERE m.id = ? AND m.version_id != d.current_version_id`).get(metricId) as { documentId: number; current: number; text: string; currentText: string } | undefined;
  if (row) metricPlacer(db, row.documentId, row.current, row.text, row.currentText, [], true, new Map([[metricId, key]]))(metricId);
}

/**
 * Places a range note just made, or placed by hand, on an earlier version of its document (a teammate's, made before
 * he had the current version) on the current version, as the import of that version placed it in his workspace.
 */
export function placeNoteOnCurrent(db: Database, annotationId: number, now: string): void {
  const row = db.prepare(`SELECT d.current_version_id AS current, c.text AS currentText FROM annotations a
    JOIN documents d ON d.id = a.document_id JOIN document_versions c ON c.id = d.current_version_id
    WHERE a.id = ? AND a.target_kind = 'range' AND a.version_id != d.current_version_id`).get(annotationId) as { current: number; currentText: string } | undefined;
  if (row) notePlacer(db, row.current, row.currentText, now)(annotationId);
}
