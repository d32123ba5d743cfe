import type { Database } from 'better-sqlite3';
import { UNTOUCHED_SQL } from '../db/metrics.ts';
import { trashedSpan } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { PassageStore } from '../db/passages.ts';
import { splitSentences } from '../extract/sentences.ts';
import { placerBetween, type Placer } from './carry-ids.ts';

/**
 * A figure in the trash stays deleted in a new version that states its words again: its
 * trash entry moves to the place those words moved to (found exactly, as an untouched figure
 * is carried), and the fresh reading of that figure is not added beside it. That holds for a
 * figure deleted on any earlier version, not only the one replaced: a teammate's version that
 * follows version 1 may state again words the version it replaces here had changed. Restoring it
 * brings it back there. A deleted figure came back as a fresh, unreviewed one, and a team
 * parted: a teammate who had the new version before the deletion arrived deleted the figure
 * there (the deletion follows the words, key-on-current-version.ts), the analyst who deleted it
 * kept the fresh copy. Where the words are gone the entry stays where it was. Call in the
 * import's transaction, after the new version's metrics are stored; `carried` are the ids the
 * new reading kept (never dropped).
 */
export function carryTrash(db: Database, documentId: number, to: number, newText: string, carried: ReadonlyArray<number | null>): void {
  const t = trashedSpan();
  const entries = db.prepare(`SELECT t.id, ${t.version} AS version, ${t.start} AS start, ${t.end} AS "end" FROM trash t
    WHERE t.target_kind = 'metric' AND t.document_id = ? AND ${t.version} != ? AND ${t.start} IS NOT NULL ORDER BY t.target_id`)
    .all(documentId, to) as Array<{ id: number; version: number; start: number; end: number }>;
  if (!entries.length) return;
  const passages = new PassageStore(db);
  const move = db.prepare(`UPDATE trash SET payload = json_set(payload, '$.metrics[0].version_id', @to, '$.metrics[0].char_start', @start,
    '$.metrics[0].char_end', @end, '$.metrics[0].passage_id', @passage, '$.metrics[0].sentence_start', @sentenceStart,
    '$.metrics[0].sentence_end', @sentenceEnd, '$.metrics[0].sentence', NULL, '$.metrics[0].anchor_state', 'anchored') WHERE id = @id`);
  // The first fresh reading on the span, as carriedIds gives an id to the first metric on a span.
  const fresh = db.prepare(`SELECT id FROM metrics WHERE document_id = ? AND version_id = ? AND char_start = ? AND char_end = ? AND ${UNTOUCHED_SQL}
    AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1`).pluck();
  const drop = db.prepare('DELETE FROM metrics WHERE id = ?');
  const kept = JSON.stringify(carried.filter((id) => id !== null));
  const text = db.prepare('SELECT text FROM document_versions WHERE id = ?').pluck();
  const placers = new Map<number, Placer>();
  for (const entry of entries) {
    if (!placers.has(entry.version)) placers.set(entry.version, placerBetween(text.get(entry.version) as string, newText));
    const placed = placers.get(entry.version)!(entry);
    if (!placed) continue;
    const passage = passages.at(to, placed.start);
    const sentence = passage ? splitSentences(newText.slice(passage.start, passage.end), passage.start).find((s) => s.start <= placed.start && placed.start < s.end) : undefined;
    move.run({ id: entry.id, to, ...placed, passage: passage?.id ?? null, sentenceStart: sentence?.start ?? null, sentenceEnd: sentence?.end ?? null });
    const duplicate = fresh.get(documentId, to, placed.start, placed.end, kept) as number | undefined;
    if (duplicate !== undefined) drop.run(duplicate);
  }
}
