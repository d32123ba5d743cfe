import { cjkGrams } from '../cjk-grams.ts';
import type { Migration } from './types.ts';

interface Row { id: number; text: string }

/**
 * Finds a Chinese or Japanese word inside a run of characters (cjk-grams.ts): each passage
 * keeps its runs' pairs of characters in `grams`, and the passage index gets a second
 * column for them. The index is made again from the passages it held, as 0023 did: those of
 * current versions that are not page debris. Passages without such text keep `grams` null,
 * so a workspace in other languages only has its index made again.
 */
export const passagesCjkGrams: Migration = {
  version: 33,
  name: 'passages-cjk-grams',
  up(db) {
    db.exec('ALTER TABLE passages ADD COLUMN grams TEXT');
    const fill = db.prepare('UPDATE passages SET grams = ? WHERE id = ?');
    // A batch at a time: a statement cannot write while another still reads, and a million passages need not sit in memory.
    const batch = db.prepare(`SELECT id, text FROM passages WHERE id > ? AND text GLOB '*[぀-ヿ㐀-鿿豈-﫿]*' ORDER BY id LIMIT 2000`);
    for (let after = 0, rows = batch.all(after) as Row[]; rows.length; after = rows.at(-1)!.id, rows = batch.all(after) as Row[]) {
      for (const row of rows) fill.run(cjkGrams(row.text), row.id);
    }
    db.exec(`
      DROP TABLE passages_fts;
      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text,
        grams,
        content = 'passages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO passages_fts (rowid, text, grams)
        SELECT p.id, p.text, p.grams FROM passages p JOIN documents d ON d.current_version_id = p.version_id
        WHERE p.debris = 0 ORDER BY p.id;
    `);
  },
};
