import type { Database } from 'better-sqlite3';

/**
 * Adds one document holding `count` metrics (40 measures of 500 companies over 12 months,
 * one passage each) straight through SQL, for tests that need a workspace large enough for a
 * call to take a while. Returns the document's id.
 */
export function addManyMetrics(db: Database, count: number): number {
  return db.transaction(() => {
    const doc = Number(db.prepare(`INSERT INTO documents (title, file_name, format, published, created_at, updated_at)
      VALUES ('Many metrics', 'many.txt', 'txt', '2025-06-30', 'now', 'now')`).run().lastInsertRowid);
    const version = Number(db.prepare(`INSERT INTO document_versions (document_id, version, content_hash, original, text, encoding, imported_at)
      VALUES (?, 1, 'many-metrics', x'00', 'Many metrics.', 'utf-8', 'now')`).run(doc).lastInsertRowid);
    db.prepare('UPDATE documents SET current_version_id = ? WHERE id = ?').run(version, doc);
    const passage = Number(db.prepare(`INSERT INTO passages (document_id, version_id, ordinal, kind, char_start, char_end, text)
      VALUES (?, ?, 0, 'paragraph', 0, 13, 'Many metrics.')`).run(doc, version).lastInsertRowid);
    db.prepare(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
      INSERT INTO metrics (document_id, passage_id, version_id, char_start, char_end, surface, label, entity, value, unit, display_value,
        kind, status, edited, period_start, period_end, period_label, series_key, created_at, updated_at)
      SELECT ?, ?, ?, 0, 4, 'Many', 'measure ' || (i % 40), 'Company ' || (i / 40 % 500), 1000 + i % 977, 't', '1000', 'level',
        'unreviewed', 0, printf('2025-%02d-01', i / 20000 % 12 + 1), printf('2025-%02d-28', i / 20000 % 12 + 1),
        'month', 'measure ' || (i % 40) || '|company ' || (i / 40 % 500), 'now', 'now' FROM n`).run(count, doc, passage, version);
    return doc;
  })();
}
