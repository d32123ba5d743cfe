import type { Database } from 'better-sqlite3';
import { anchor } from '../anchor/anchor.ts';
import { quoteAround } from '../anchor/quote.ts';
import { placerBetween } from '../import/carry-ids.ts';

/**
 * A metric key's span moved onto its document's current version, with that version's hash;
 * `fuzzy` when its words changed there and it was placed by an approximate match.
 */
export interface MovedKey { hash: string; start: number; end: number; fuzzy: boolean }

/**
 * Where a metric key made on an older version of a document stands on the document's current
 * version: a teammate's edit to "Acme revenue" on version 1 reaches a workspace that has
 * imported version 2 since, whose metric on those words moved there (untouched figures keep
 * their ids and move with their words). Where the words changed ('5,700 t' became '5,750 t'),
 * the place a new version's import gives a worked-on figure (reanchor.ts), marked `fuzzy`: the
 * figure there is the one only if it was placed fuzzily too (the fresh reading of the changed
 * words is another figure). Null when the key's version is not here, is the current one, or its
 * words cannot be placed in the current text (the import keeps such a figure orphaned on the
 * older version).
 */
export function keyOnCurrentVersion(db: Database): (hash: string, start: number, end: number) => MovedKey | null {
  const versionOf = db.prepare(`SELECT v.text AS text, c.content_hash AS currentHash, c.text AS currentText
    FROM document_versions v JOIN documents d ON d.id = v.document_id JOIN document_versions c ON c.id = d.current_version_id
    WHERE v.content_hash = ? AND c.id != v.id`);
  type Place = ReturnType<typeof placerBetween>;
  // One placer per old version read in a pull: a batch of edits to one document reads its texts once.
  const placers = new Map<string, { place: Place; text: string; currentText: string; currentHash: string } | null>();
  return (hash, start, end) => {
    if (!placers.has(hash)) {
      const row = versionOf.get(hash) as { text: string; currentHash: string; currentText: string } | undefined;
      placers.set(hash, row ? { place: placerBetween(row.text, row.currentText), ...row } : null);
    }
    const placer = placers.get(hash);
    if (!placer) return null;
    const placed = placer.place({ start, end });
    if (placed) return { hash: placer.currentHash, start: placed.start, end: placed.end, fuzzy: false };
    // As reanchor.ts's metricPlacer places a worked-on figure.
    const near = anchor(placer.currentText, { ...quoteAround(placer.text, start, end), start });
    return near.state === 'orphaned' ? null : { hash: placer.currentHash, start: near.start, end: near.end, fuzzy: near.state === 'fuzzy' };
  };
}
