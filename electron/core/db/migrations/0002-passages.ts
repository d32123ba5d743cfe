import type { Migration } from './types.ts';

/**
 * Passages of each document version, and the FTS5 index over the passages of current
 * versions. Offsets are JavaScript string indices (UTF-16 code units) into the version's text.
 */
export const passages: Migration = {
  version: 2,
  name: 'passages',
  up(db) {
    db.exec(`
      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
          ('heading', 'paragraph', 'question', 'answer', 'list_item', 'table', 'quote')),
        depth INTEGER NOT NULL DEFAULT 0,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        -- Web-page furniture ("Leave a Reply", share prompts): shown, never indexed or extracted.
        debris INTEGER NOT NULL DEFAULT 0,
        -- An answer points at its question.
        question_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
        page INTEGER,
        UNIQUE (version_id, ordinal),
        CHECK (char_end >= char_start)
      );
      CREATE INDEX passages_document ON passages(document_id);
      CREATE INDEX passages_question ON passages(question_id) WHERE question_id IS NOT NULL;

      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text,
        content = 'passages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
