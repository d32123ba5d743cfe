import type { Migration } from './types.ts';

/**
 * Metrics: one figure stated in a passage, tied to its exact span. Extracted rows can be
 * replaced by a new extractor run; rows an analyst created or edited never are.
 */
export const metrics: Migration = {
  version: 3,
  name: 'metrics',
  up(db) {
    db.exec(`
      CREATE TABLE metrics (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
        char_start INTEGER,
        char_end INTEGER,
        surface TEXT,
        sentence TEXT,
        label TEXT NOT NULL,
        entity TEXT,
        value REAL,
        unit TEXT,
        display_value TEXT,
        display_scale TEXT,
        display_unit TEXT,
        change_value REAL,
        change_unit TEXT,
        change_basis TEXT,
        change_direction TEXT CHECK (change_direction IN ('up', 'down', 'flat')),
        period_label TEXT,
        period_start TEXT,
        period_end TEXT,
        qualifier TEXT,
        kind TEXT CHECK (kind IN ('level', 'change', 'share', 'capacity', 'price', 'count')),
        status TEXT NOT NULL DEFAULT 'unreviewed'
          CHECK (status IN ('unreviewed', 'verified', 'disputed', 'rejected')),
        origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'analyst')),
        extractor_version TEXT,
        -- JSON of the extracted fields as first stored, kept when an analyst edits the row.
        original TEXT,
        edited INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX metrics_document ON metrics(document_id);
      CREATE INDEX metrics_passage ON metrics(passage_id);
      CREATE INDEX metrics_label ON metrics(label);
      CREATE INDEX metrics_status ON metrics(status);
      CREATE INDEX metrics_value ON metrics(value);
      CREATE INDEX metrics_period ON metrics(period_start);
    `);
  },
};
