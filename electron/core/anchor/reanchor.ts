import type { Database } from 'better-sqlite3';
import { UNTOUCHED_SQL } from '../db/metrics.ts';
import { METRIC_KEY_SQL } from '../db/migrations/0029-metric-keys-count-trash.ts';
import { PassageStore } from '../db/passages.ts';
import { splitSentences } from '../extract/sentences.ts';
import { anchor, type Anchor } from './anchor.ts';
import { quoteAround } from './quote.ts';

/*
 * When a document gets a new version, everything the analyst made or touched on the old
 * one moves to the new text: range annotations, and metrics they created, edited, reviewed,
 * tagged, wrote a note on or put in a report. Each is placed by its quote (see anchor.ts); what cannot be placed is
 * marked orphaned and kept on the old version, never dropped. A touched metric that lands
 * on a figure the new extraction found again replaces that fresh duplicate.
 */


export interface Reanchored {
  anchored: number;
  fuzzy: number;
  orphaned: number;
}

/**
 * Places touched metrics of a document's old version on its new one, by their quotes, each
 * replacing a fresh untouched duplicate on the span it lands on (not one of `carried`), or
 * marks it orphaned where it stays. Returns how each was placed. `later`: the new version was
 * stored before (a team's pull placing a figure as that import would have, figure-on-earlier-version.ts),
 * so which figures on the span it carried is not known: only a fuzzy placement replaces the fresh reading
 * of the changed words there. A figure placed fuzzily keeps the team key it had on the last words it stood on
 * (`words_key`, migration 39): `keys` gives it, read before any figure of the version moved (ranks count those on the
 * span), else it is read as it is placed.
 */
export function metricPlacer(db: Database, documentId: number, toVersion: number, oldText: string, newText: string,
  carried: ReadonlyArray<number | null> = [], later = false, keys?: ReadonlyMap<number, string | null>): (metricId: number) => Anchor {
  const passages = new PassageStore(db);
  const read = db.prepare(`SELECT char_start AS start, char_end AS "end", surface FROM metrics WHERE id = ?`);
  const keyOf = db.prepare(`SELECT ${METRIC_KEY_SQL('?')}`).pluck();
  const moveMetric = db.prepare(`UPDATE metrics SET char_start = ?, char_end = ?, version_id = ?, passage_id = ?, sentence_start = ?, sentence_end = ?, sentence = NULL, anchor_state = ?,
    words_key = CASE WHEN ? = 'fuzzy' THEN coalesce(words_key, ?) ELSE words_key END WHERE id = ?`);
  const orphanMetric = db.prepare(`UPDATE metrics SET anchor_state = 'orphaned' WHERE id = ?`);
  const keep = JSON.stringify(carried.filter((id) => id !== null));
  const dropDuplicate = db.prepare(`DELETE FROM metrics WHERE document_id = ? AND version_id = ? AND char_start = ? AND char_end = ? AND ${UNTOUCHED_SQL}
    AND id != ? AND id NOT IN (SELECT value FROM json_each(?))`);
  return (id) => {
    const m = read.get(id) as { start: number; end: number; surface: string | null };
    const old = quoteAround(oldText, m.start, m.end);
    const placed = anchor(newText, { ...old, exact: old.exact || m.surface || '', start: m.start });
    if (placed.state === 'orphaned') {
      orphanMetric.run(id);
      return placed;
    }
    const passage = passages.at(toVersion, placed.start);
    const sentence = passage ? splitSentences(newText.slice(passage.start, passage.end), passage.start).find((s) => s.start <= placed.start && placed.start < s.end) : undefined;
    const key = placed.state === 'fuzzy' ? (keys?.get(id) ?? keyOf.get(id) as string | null) : null;
    moveMetric.run(placed.start, placed.end, toVersion, passage?.id ?? null, sentence?.start ?? null, sentence?.end ?? null, placed.state, placed.state, key, id);
    if (!later || placed.state === 'fuzzy') dropDuplicate.run(documentId, toVersion, placed.start, placed.end, id, keep);
    return placed;
  };
}

/**
 * The team key (METRIC_KEY_SQL) of each figure on a version a new version's import will place (the touched ones), by
 * id: read before the import replaces or moves any figure, since a key's rank counts every figure on its span.
 */
export function keysOnVersion(db: Database, versionId: number): Map<number, string | null> {
  const rows = db.prepare(`SELECT x.id, ${METRIC_KEY_SQL('x.id')} AS key FROM metrics x WHERE x.version_id = ? AND x.char_start IS NOT NULL
    AND NOT ${UNTOUCHED_SQL.replaceAll('metrics.', 'x.')}`).all(versionId) as Array<{ id: number; key: string | null }>;
  return new Map(rows.map((r) => [r.id, r.key]));
}

/**
 * `carried`: ids of untouched figures the new extraction read again under their own ids
 * (carry-ids.ts); they are no fresh duplicates, and stay beside a touched metric placed on
 * their span. A metric a report holds counts as touched (UNTOUCHED_SQL), so it is placed, or
 * kept as orphaned, never dropped as a duplicate. `keys`: the figures' keys on the old version
 * before the import changed it (keysOnVersion), kept by those placed fuzzily.
 */
export function reanchorDocument(db: Database, documentId: number, fromVersion: number, toVersion: number, oldText: string, newText: string, now: string,
  carried: ReadonlyArray<number | null> = [], keys: ReadonlyMap<number, string | null> = keysOnVersion(db, fromVersion)): Reanchored {
  const counts: Reanchored = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const count = (a: Anchor) => { counts[a.state]++; };

  const metrics = db.prepare(`SELECT id FROM metrics WHERE document_id = ? AND version_id = ? AND char_start IS NOT NULL`).pluck().all(documentId, fromVersion) as number[];
  const place = metricPlacer(db, documentId, toVersion, oldText, newText, carried, false, keys);
  for (const id of metrics) count(place(id));

  const notes = db.prepare(`SELECT id FROM annotations WHERE document_id = ? AND version_id = ? AND target_kind = 'range' AND deleted_at IS NULL`)
    .pluck().all(documentId, fromVersion) as number[];
  const placeNote = notePlacer(db, toVersion, newText, now);
  for (const id of notes) count(placeNote(id));
  return counts;
}

/** Places range notes of a document's old version on its new one by their quotes, or marks them orphaned where they stay. */
export function notePlacer(db: Database, toVersion: number, newText: string, now: string): (annotationId: number) => Anchor {
  const passages = new PassageStore(db);
  const read = db.prepare(`SELECT pos_start AS start, quote_exact AS exact, quote_prefix AS prefix, quote_suffix AS suffix FROM annotations WHERE id = ?`);
  // The quote follows the words it now sits on, so the selectors agree; a changed quote is kept in the history.
  const moveNote = db.prepare(`UPDATE annotations SET pos_start = ?, pos_end = ?, version_id = ?, passage_id = ?, anchor_state = ?, quote_exact = ?, quote_prefix = ?, quote_suffix = ? WHERE id = ?`);
  const recordQuote = db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('annotation', ?, 'quote', ?, ?, ?)`);
  const orphanNote = db.prepare(`UPDATE annotations SET anchor_state = 'orphaned' WHERE id = ?`);
  return (id) => {
    const n = read.get(id) as { start: number | null; exact: string; prefix: string | null; suffix: string | null };
    const placed = anchor(newText, { exact: n.exact, prefix: n.prefix ?? '', suffix: n.suffix ?? '', start: n.start });
    if (placed.state === 'orphaned') {
      orphanNote.run(id);
      return placed;
    }
    const quote = quoteAround(newText, placed.start, placed.end);
    moveNote.run(placed.start, placed.end, toVersion, passages.at(toVersion, placed.start)?.id ?? null, placed.state === 'fuzzy' ? 'fuzzy' : 'anchored',
      quote.exact, quote.prefix, quote.suffix, id);
    if (quote.exact !== n.exact) recordQuote.run(id, n.exact, quote.exact, now);
    return placed;
  };
}
