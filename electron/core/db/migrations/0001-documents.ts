import type { Migration } from './types.ts';

/**
 * Documents and their versions. A document is the logical source an analyst cites;
 * each import of changed bytes under the same identity adds a version and keeps the old one.
 */
export const documents: Migration = {
  version: 1,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'pdf', 'docx')),
        source TEXT,
        publisher TEXT,
        url TEXT,
        published TEXT,
        -- Not a foreign key: the version row is written after the document row.
        current_version_id INTEGER,
        -- Metadata fields the analyst set by hand; a new version never overwrites them.
        edited_fields TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_identity ON documents(file_name, source);

      CREATE TABLE document_versions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        original BLOB NOT NULL,
        text TEXT NOT NULL,
        encoding TEXT NOT NULL,
        repairs TEXT NOT NULL DEFAULT '[]',
        source_path TEXT,
        imported_at TEXT NOT NULL,
        UNIQUE (document_id, version)
      );
    `);
  },
};
