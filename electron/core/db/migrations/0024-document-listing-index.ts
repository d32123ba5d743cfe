import type { Migration } from './types.ts';

/**
 * The library lists each document's current version number and import time. Those sit in
 * document_versions after the original bytes and the text, so reading them walked every
 * version's overflow pages (a quarter of a second at 10,000 documents); this index holds
 * them apart, and the library reads only the index (#19).
 */
export const documentListingIndex: Migration = {
  version: 24,
  name: 'document-listing-index',
  up(db) {
    db.exec('CREATE INDEX document_versions_listing ON document_versions(id, version, imported_at)');
  },
};
