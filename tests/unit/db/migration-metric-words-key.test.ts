import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { metricWordsKey } from '../../../electron/core/db/migrations/0039-metric-words-key.ts';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2025-07-01T00:00:00.000Z';
const VERSION = metricWordsKey.version;

describe(`00${VERSION}-metric-words-key`, () => {
  it('adds a words key, unknown (null) for the figures already placed, and finds figures by it, live or in the trash, through indexes', () => {
    const db = new BetterSqlite3(tempWorkspacePath());
    migrate(db, VERSION - 1);
    db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at) VALUES (1, 'T', 'a.txt', 'txt', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (1, 1, 1, 'h', x'41', 'Revenue 5', 'utf-8', ?)`).run(now);
    db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, anchor_state, created_at, updated_at) VALUES (1, 1, 1, 8, 9, 'revenue', 'fuzzy', ?, ?)`).run(now, now);
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    expect(db.prepare('SELECT words_key FROM metrics').pluck().get()).toBeNull();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(plan(`SELECT id FROM metrics WHERE words_key = 'm:h:8:9:0'`)).toContain('metrics_words_key');
    expect(plan(`SELECT id FROM trash WHERE target_kind = 'metric' AND json_extract(payload, '$.metrics[0].words_key') = 'm:h:8:9:0'`)).toContain('trash_metric_words_key');
  });
});
