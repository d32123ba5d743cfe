import type { Migration } from './types.ts';

/**
 * Annotations after the W3C Web Annotation model: a target (document, passage, text range
 * or metric), a quote and position selector for ranges, a Markdown body, tags and a color.
 */
export const annotations: Migration = {
  version: 4,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('document', 'passage', 'range', 'metric')),
        passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
        metric_id INTEGER REFERENCES metrics(id) ON DELETE CASCADE,
        version_id INTEGER REFERENCES document_versions(id) ON DELETE SET NULL,
        quote_exact TEXT,
        quote_prefix TEXT,
        quote_suffix TEXT,
        pos_start INTEGER,
        pos_end INTEGER,
        body TEXT NOT NULL DEFAULT '',
        color TEXT,
        motivation TEXT NOT NULL DEFAULT 'commenting'
          CHECK (motivation IN ('commenting', 'highlighting', 'tagging', 'assessing')),
        anchor_state TEXT NOT NULL DEFAULT 'anchored'
          CHECK (anchor_state IN ('anchored', 'fuzzy', 'orphaned')),
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX annotations_document ON annotations(document_id);
      CREATE INDEX annotations_metric ON annotations(metric_id) WHERE metric_id IS NOT NULL;

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
        color TEXT,
        UNIQUE (parent_id, name)
      );

      CREATE TABLE taggings (
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('metric', 'passage', 'annotation', 'document')),
        target_id INTEGER NOT NULL,
        PRIMARY KEY (tag_id, target_kind, target_id)
      );
      CREATE INDEX taggings_target ON taggings(target_kind, target_id);
    `);
  },
};
