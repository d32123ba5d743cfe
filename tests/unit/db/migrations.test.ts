import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { MetricStore } from '../../../electron/core/db/metrics.ts';
import { TrashStore } from '../../../electron/core/db/trash.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/** A database migrated to `version`, as an older Assay would have left it. */
function databaseAt(version: number): { db: Database; file: string } {
  const file = tempWorkspacePath();
  const db = new BetterSqlite3(file);
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  expect(schemaVersion(db)).toBe(version);
  return { db, file };
}

const columns = (db: Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
const now = '2025-07-01T00:00:00.000Z';

function seedVersion1(db: Database): void {
  db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at, current_version_id) VALUES (1, 'T', 'a.txt', 'txt', ?, ?, 1)`).run(now, now);
  db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at)
    VALUES (1, 1, 1, 'h', x'41', 'Alpha beta gamma.', 'utf-8', ?)`).run(now);
}

function seedVersion2(db: Database): void {
  db.prepare(`INSERT INTO passages (id, document_id, version_id, ordinal, kind, char_start, char_end, text) VALUES (1, 1, 1, 0, 'paragraph', 0, 17, 'Alpha beta gamma.')`).run();
  db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (1, ?)').run('Alpha beta gamma.');
}

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('0001-documents creates documents and versions on an empty file', () => {
    const { db } = databaseAt(0);
    migrate(db, 1);
    expect(columns(db, 'documents')).toEqual(expect.arrayContaining(['title', 'source', 'publisher', 'url', 'published', 'current_version_id']));
    expect(columns(db, 'document_versions')).toEqual(expect.arrayContaining(['content_hash', 'original', 'text', 'repairs', 'version']));
  });

  it('0002-passages upgrades a version-1 file, keeping its documents', () => {
    const { db } = databaseAt(1);
    seedVersion1(db);
    migrate(db, 2);
    expect(db.prepare('SELECT title FROM documents').get()).toEqual({ title: 'T' });
    seedVersion2(db);
    expect(db.prepare(`SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'beta'`).all()).toEqual([{ rowid: 1 }]);
  });

  it('0003-metrics upgrades a version-2 file, keeping documents and passages', () => {
    const { db } = databaseAt(2);
    seedVersion1(db);
    seedVersion2(db);
    migrate(db, 3);
    expect(db.prepare('SELECT text FROM passages').get()).toEqual({ text: 'Alpha beta gamma.' });
    db.prepare(`INSERT INTO metrics (document_id, passage_id, label, value, unit, created_at, updated_at) VALUES (1, 1, 'revenue', 5, 'CNY', ?, ?)`).run(now, now);
    expect(db.prepare('SELECT status, origin FROM metrics').get()).toEqual({ status: 'unreviewed', origin: 'extracted' });
  });

  it('0004-annotations upgrades a version-3 file, keeping everything', () => {
    const { db } = databaseAt(3);
    seedVersion1(db);
    seedVersion2(db);
    db.prepare(`INSERT INTO metrics (document_id, passage_id, label, created_at, updated_at) VALUES (1, 1, 'revenue', ?, ?)`).run(now, now);
    migrate(db, 4);
    expect(db.prepare('SELECT count(*) AS n FROM metrics').get()).toEqual({ n: 1 });
    db.prepare(`INSERT INTO annotations (document_id, target_kind, passage_id, body, created_at, modified_at) VALUES (1, 'passage', 1, 'note', ?, ?)`).run(now, now);
    expect(db.prepare('SELECT anchor_state, motivation FROM annotations').get()).toEqual({ anchor_state: 'anchored', motivation: 'commenting' });
  });

  it('0005-metric-details upgrades a version-4 file, keeping its metrics', () => {
    const { db } = databaseAt(4);
    seedVersion1(db);
    seedVersion2(db);
    db.prepare(`INSERT INTO metrics (document_id, passage_id, label, value, unit, created_at, updated_at) VALUES (1, 1, 'revenue', 9.3, 'CNY', ?, ?)`).run(now, now);
    migrate(db, 5);
    expect(db.prepare('SELECT label, value, value_high, change_since, version_id FROM metrics').get()).toEqual({ label: 'revenue', value: 9.3, value_high: null, change_since: null, version_id: null });
    expect(columns(db, 'metrics')).toEqual(expect.arrayContaining(['label_start', 'label_end']));
  });

  it('0006-metric-sentence-range upgrades a version-5 file, keeping copied sentences', () => {
    const { db } = databaseAt(5);
    seedVersion1(db);
    seedVersion2(db);
    db.prepare(`INSERT INTO metrics (document_id, passage_id, label, sentence, created_at, updated_at) VALUES (1, 1, 'revenue', 'Alpha beta gamma.', ?, ?)`).run(now, now);
    migrate(db, 6);
    expect(db.prepare('SELECT sentence, sentence_start, sentence_end FROM metrics').get()).toEqual({ sentence: 'Alpha beta gamma.', sentence_start: null, sentence_end: null });
  });

  it('0007-trim-metric-indexes drops the low-cardinality indexes and keeps the rows', () => {
    const { db } = databaseAt(6);
    seedVersion1(db);
    db.prepare(`INSERT INTO metrics (document_id, label, status, created_at, updated_at) VALUES (1, 'revenue', 'verified', ?, ?)`).run(now, now);
    migrate(db, 7);
    const indexes = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'metrics'`).all() as Array<{ name: string }>).map((i) => i.name);
    expect(indexes).not.toContain('metrics_status');
    expect(indexes).toEqual(expect.arrayContaining(['metrics_label', 'metrics_value', 'metrics_period']));
    expect(db.prepare('SELECT status FROM metrics').get()).toEqual({ status: 'verified' });
  });

  it('0008-settings upgrades a version-7 file, keeping documents', () => {
    const { db } = databaseAt(7);
    seedVersion1(db);
    migrate(db, 8);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('samplesOffered', 'true')`).run();
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
  });

  it('0009-metric-position-index replaces the document index with document order', () => {
    const { db } = databaseAt(8);
    seedVersion1(db);
    db.prepare(`INSERT INTO metrics (document_id, char_start, label, created_at, updated_at) VALUES (1, 5, 'revenue', ?, ?)`).run(now, now);
    migrate(db, 9);
    const indexes = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'metrics'`).all() as Array<{ name: string }>).map((i) => i.name);
    expect(indexes).toContain('metrics_position');
    expect(indexes).not.toContain('metrics_document');
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM metrics ORDER BY document_id, char_start LIMIT 10`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('metrics_position');
  });

  it('0010-anchor-state upgrades a version-9 file, metrics anchored by default', () => {
    const { db } = databaseAt(9);
    seedVersion1(db);
    db.prepare(`INSERT INTO metrics (document_id, label, created_at, updated_at) VALUES (1, 'revenue', ?, ?)`).run(now, now);
    migrate(db, 10);
    expect(db.prepare('SELECT anchor_state FROM metrics').get()).toEqual({ anchor_state: 'anchored' });
  });

  it('0011-history upgrades a version-10 file with an empty history', () => {
    const { db } = databaseAt(10);
    seedVersion1(db);
    migrate(db, 11);
    expect(db.prepare('SELECT count(*) AS n FROM history').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
  });

  it('0012-actions upgrades a version-11 file with an empty undo stack', () => {
    const { db } = databaseAt(11);
    seedVersion1(db);
    migrate(db, 12);
    expect(db.prepare('SELECT count(*) AS n FROM actions').get()).toEqual({ n: 0 });
  });

  it('0013-trash upgrades a version-12 file, keeping its undo stack and adding an empty trash', () => {
    const { db } = databaseAt(12);
    seedVersion1(db);
    db.prepare(`INSERT INTO actions (target_kind, target_id, before, after, created_at) VALUES ('metric', 1, '{}', '{}', ?)`).run(now);
    migrate(db, 13);
    expect(db.prepare('SELECT target_kind, done FROM actions').all()).toEqual([{ target_kind: 'metric', done: 1 }]);
    expect(db.prepare('SELECT count(*) AS n FROM trash').get()).toEqual({ n: 0 });
    db.prepare(`INSERT INTO actions (target_kind, target_id, before, after, created_at) VALUES ('passage', 1, '{}', '{}', ?)`).run(now);
  });

  it('0014-metric-label-period-index replaces the label index with one the checks can walk', () => {
    const { db } = databaseAt(13);
    seedVersion1(db);
    migrate(db, 14);
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'metrics'`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(indexes).toContain('metrics_label_period');
    expect(indexes).not.toContain('metrics_label');
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM metrics WHERE label = 'x' AND period_end = '2025-03-31'`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('metrics_label_period');
  });

  it('0015-reports upgrades a version-14 file with no reports, names unique whatever their case', () => {
    const { db } = databaseAt(14);
    seedVersion1(db);
    migrate(db, 15);
    db.prepare(`INSERT INTO reports (name, content, created_at, updated_at) VALUES ('Weekly', '{}', ?, ?)`).run(now, now);
    expect(() => db.prepare(`INSERT INTO reports (name, content, created_at, updated_at) VALUES ('weekly', '{}', ?, ?)`).run(now, now)).toThrow(/UNIQUE/u);
  });

  it('0016-metric-more-changes upgrades a version-15 file, its metrics stating no further changes', () => {
    const { db } = databaseAt(15);
    seedVersion1(db);
    const before = db.prepare('SELECT count(*) AS n FROM metrics').get() as { n: number };
    migrate(db, 16);
    expect(db.prepare('SELECT count(*) AS n FROM metrics WHERE more_changes IS NULL').get()).toEqual(before);
    db.prepare(`UPDATE metrics SET more_changes = '[]'`).run();
  });

  it('0017-action-batches upgrades a version-16 file, each action already there a step of its own', () => {
    const { db } = databaseAt(16);
    seedVersion1(db);
    const add = db.prepare(`INSERT INTO actions (target_kind, target_id, before, after, created_at) VALUES ('metric', ?, '{}', '{}', ?)`);
    add.run(1, now);
    add.run(2, now);
    migrate(db, 17);
    expect(db.prepare('SELECT id, batch FROM actions ORDER BY id').all()).toEqual([{ id: 1, batch: 1 }, { id: 2, batch: 2 }]);
  });

  it('0018-saved-views upgrades a version-17 file with no views, names unique whatever their case', () => {
    const { db } = databaseAt(17);
    seedVersion1(db);
    migrate(db, 18);
    db.prepare(`INSERT INTO views (name, state, created_at, updated_at) VALUES ('To review', '{}', ?, ?)`).run(now, now);
    expect(() => db.prepare(`INSERT INTO views (name, state, created_at, updated_at) VALUES ('to review', '{}', ?, ?)`).run(now, now)).toThrow(/UNIQUE/u);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
  });

  it('0019-sheet-indexes upgrades a version-18 file with indexes the period sheet reads instead of rows', () => {
    const { db } = databaseAt(18);
    seedVersion1(db);
    const insert = db.prepare(`INSERT INTO metrics (document_id, version_id, char_start, char_end, label, value, unit, kind, period_start, period_end,
      series_key, created_at, updated_at) VALUES (1, 1, 0, 5, 'revenue', ?, 'CNY', 'level', ?, ?, ?, ?, ?)`);
    insert.run(410, '2025-01-01', '2025-03-31', 'revenue\u001f', now, now);
    insert.run(null, '2025-01-01', '2025-03-31', 'revenue\u001f', now, now);
    migrate(db, 19);
    const indexed = (name: string) => (db.prepare(`SELECT count(*) AS n FROM metrics INDEXED BY ${name}
      WHERE value IS NOT NULL AND period_start IS NOT NULL AND period_end IS NOT NULL`).get() as { n: number }).n;
    expect([indexed('metrics_sheet_series'), indexed('metrics_sheet_periods')]).toEqual([1, 1]);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT series_key, unit, document_id FROM metrics
      WHERE value IS NOT NULL AND period_start IS NOT NULL AND period_end IS NOT NULL AND series_key > ? ORDER BY series_key LIMIT 1`).all('a') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX metrics_sheet_series');
  });

  it('0020-metric-unit-value-index replaces the value index with one that sorts values within their unit', () => {
    const { db } = databaseAt(19);
    seedVersion1(db);
    migrate(db, 20);
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'metrics'`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(indexes).toContain('metrics_unit_value');
    expect(indexes).not.toContain('metrics_value');
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM metrics ORDER BY unit DESC, value DESC LIMIT 100').all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('metrics_unit_value');
  });

  it('0021-team-changes upgrades a version-20 file: history gains an author, nothing is recorded until the workspace joins a hub', () => {
    const { db } = databaseAt(20);
    seedVersion1(db);
    db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', 1, 'status', 'unreviewed', 'verified', ?)`).run(now);
    migrate(db, 21);
    expect(columns(db, 'history')).toContain('author');
    expect(db.prepare('SELECT hub_url, recording, pulled_seq FROM team_state').get()).toEqual({ hub_url: null, recording: 0, pulled_seq: 0 });
    db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, created_at, updated_at) VALUES (1, 1, 1, 0, 5, 'revenue', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', 1, 'label', 'revenue', 'sales', ?)`).run(now);
    expect(db.prepare('SELECT count(*) AS n FROM team_changes').get()).toEqual({ n: 0 });
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1`).run();
    db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', 1, 'label', 'sales', 'turnover', ?)`).run(now);
    expect(db.prepare('SELECT id, author, key, field, value, base FROM team_changes').get()).toEqual({ id: 'ab:1', author: 'Ann', key: 'm:h:0:5:0', field: 'label', value: 'turnover', base: null });
    expect(db.prepare('SELECT author FROM history ORDER BY id DESC').get()).toEqual({ author: 'Ann' });
  });

  it('0022-team-documents upgrades a version-21 file: a version imported after joining is a change keyed by its content hash', () => {
    const { db } = databaseAt(21);
    seedVersion1(db);
    migrate(db, 22);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1`).run();
    db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at)
      VALUES (2, 1, 2, 'h2', x'42', 'Beta.', 'utf-8', ?)`).run(now);
    expect(db.prepare('SELECT id, kind, key, field, value FROM team_changes').all()).toEqual([{ id: 'ab:1', kind: 'document', key: 'd:h2', field: 'version', value: 'a.txt' }]);
  });

  it('0029-metric-keys-count-trash upgrades a version-28 file: a metric\'s team key counts the metrics in the trash on its span', () => {
    const { db } = databaseAt(28);
    seedVersion1(db);
    const metric = db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, created_at, updated_at) VALUES (?, 1, 1, 0, 5, ?, ?, ?)`);
    metric.run(2, 'sales', now, now);
    // Metric 1 on the same span went to the trash before metric 2 was made.
    db.prepare(`INSERT INTO trash (target_kind, target_id, document_id, description, payload, deleted_at) VALUES ('metric', 1, 1, 'revenue', ?, ?)`)
      .run(JSON.stringify({ metrics: [{ id: 1, version_id: 1, char_start: 0, char_end: 5 }], annotations: [], taggings: [] }), now);
    migrate(db, 29);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1`).run();
    db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', 2, 'label', 'sales', 'turnover', ?)`).run(now);
    expect(db.prepare('SELECT key, field, value FROM team_changes').all()).toEqual([{ key: 'm:h:0:5:1', field: 'label', value: 'turnover' }]);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM trash t WHERE t.target_kind = 'metric'
      AND json_extract(t.payload, '$.metrics[0].version_id') = 1 AND json_extract(t.payload, '$.metrics[0].char_start') = 0
      AND json_extract(t.payload, '$.metrics[0].char_end') = 5`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('trash_metric_span');
  });

  it('0030-stale-metric-index upgrades a version-29 file: figures an older extractor read are counted through an index', () => {
    const { db } = databaseAt(29);
    seedVersion1(db);
    const metric = db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, status, extractor_version, created_at, updated_at)
      VALUES (?, 1, 1, 0, 5, 'revenue', ?, ?, ?, ?)`);
    [[1, 'unreviewed', null], [2, 'unreviewed', '1.1.0'], [3, 'unreviewed', '9.0.0'], [4, 'unreviewed', '2.0.0'], [5, 'verified', '1.1.0']]
      .forEach(([id, status, version]) => metric.run(id, status, version, now, now));
    migrate(db, 30);
    // Today's store reads columns later migrations added.
    migrate(db);
    const metrics = new MetricStore(db);
    // Read by no recorded extractor, an older one and a newer one: stale. The current one's, and a reviewed figure: not.
    expect(metrics.staleCount('2.0.0', 10)).toBe(3);
    expect(metrics.staleCount('2.0.0', 2)).toBe(3); // past the cap: one more than it
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM metrics WHERE extractor_version < '2.0.0'
      AND origin = 'extracted' AND edited = 0 AND status = 'unreviewed'`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('metrics_extractor');
  });

  it('0031-trash-purged upgrades a version-30 file: an emptied team trash keeps hidden markers of its metrics, so later metrics keep their keys', () => {
    const { db } = databaseAt(30);
    seedVersion1(db);
    db.prepare(`INSERT INTO metrics (id, document_id, version_id, char_start, char_end, label, created_at, updated_at) VALUES (2, 1, 1, 0, 5, 'sales', ?, ?)`).run(now, now);
    const entry = db.prepare(`INSERT INTO trash (target_kind, target_id, document_id, description, payload, deleted_at) VALUES (?, ?, 1, 'x', ?, ?)`);
    entry.run('metric', 1, JSON.stringify({ metrics: [{ id: 1, version_id: 1, char_start: 0, char_end: 5, origin: 'extracted', label: 'revenue' }], annotations: [], taggings: [] }), now);
    entry.run('annotation', 7, JSON.stringify({ metrics: [], annotations: [{ id: 7, uid: 'n7' }], taggings: [] }), now);
    migrate(db, 31);
    expect(columns(db, 'trash')).toContain('purged_at');
    // Today's trash keeps a column later migrations added (39: the words key) in its markers too.
    migrate(db);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1`).run();
    const trash = new TrashStore(db);
    expect(trash.empty(now)).toBe(2);
    expect(trash.list()).toEqual([]);
    expect(db.prepare('SELECT target_kind, purged_at, payload FROM trash').all()).toEqual([{ target_kind: 'metric', purged_at: now,
      payload: JSON.stringify({ metrics: [{ id: 1, version_id: 1, char_start: 0, char_end: 5, origin: 'extracted', words_key: null }], annotations: [], taggings: [] }) }]);
    // Metric 2 keeps rank 1 on its span, the emptied one still counted.
    db.prepare(`INSERT INTO history (target_kind, target_id, field, old_value, new_value, changed_at) VALUES ('metric', 2, 'label', 'sales', 'turnover', ?)`).run(now);
    expect(db.prepare('SELECT key FROM team_changes').pluck().all()).toEqual(['m:h:0:5:1']);
  });

  it('0032-earlier-work-offered upgrades a version-31 file: a joined workspace is marked to offer its earlier metric work once', () => {
    const { db } = databaseAt(31);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://h/db', recording = 1`).run();
    migrate(db, 32);
    expect(db.prepare('SELECT earlier_work_offered FROM team_state').pluck().get()).toBe(0);
  });

  it('0034-hub-url-without-password upgrades a version-33 file: a password joined as a URL parameter is taken out', () => {
    const { db } = databaseAt(33);
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Bob', hub_url = 'postgresql://bob@127.0.0.1:5432/research?password=PW&sslmode=disable', recording = 1`).run();
    migrate(db, 34);
    expect(db.prepare('SELECT hub_url FROM team_state').pluck().get()).toBe('postgresql://bob@127.0.0.1:5432/research?sslmode=disable');
  });

  it('a failing migration leaves the file at its previous version', () => {
    const { db, file } = databaseAt(1);
    db.exec('CREATE TABLE passages (x)'); // a clash 0002 cannot get past
    expect(() => migrate(db, 2)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(fs.existsSync(file)).toBe(true);
  });
});
