import type { Database } from 'better-sqlite3';
import { placerBetween } from '../import/carry-ids.ts';

/** A metric key's span moved onto its document's current version, with that version's hash. */
export interface MovedKey { hash: string; start: number; end: number }

/**
 * Where a metric key made on an older version of a document stands on the document's current
 * version: a teammate's edit to "Acme revenue" on version 1 reaches a workspace that has
 * imported version 2 since, whose metric on those words moved there (untouched figures keep
 * their ids and move with their words). Null when the key's version is not here, is the
 * current one, or its words are not in the current text (the figure changed, so the edit has
 * nothing to land on).
 */
export function keyOnCurrentVersion(db: Database): (hash: string, start: number, end: number) => MovedKey | null {
  const versionOf = db.prepare(`SELECT v.text AS text, c.content_hash AS currentHash, c.text AS currentText
    FROM document_versions v JOIN documents d ON d.id = v.document_id JOIN document_versions c ON c.id = d.current_version_id
    WHERE v.content_hash = ? AND c.id != v.id`);
  // One placer per old version read in a pull: a batch of edits to one document reads its texts once.
  const placers = new Map<string, { place: ReturnType<typeof placerBetween>; currentHash: string } | null>();
  return (hash, start, end) => {
    if (!placers.has(hash)) {
      const row = versionOf.get(hash) as { text: string; currentHash: string; currentText: string } | undefined;
      placers.set(hash, row ? { place: placerBetween(row.text, row.currentText), currentHash: row.currentHash } : null);
    }
    const placer = placers.get(hash);
    const placed = placer?.place({ start, end }) ?? null;
    return placer && placed ? { hash: placer.currentHash, start: placed.start, end: placed.end } : null;
  };
}
