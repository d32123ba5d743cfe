import type { Database } from 'better-sqlite3';
import type { ImportOutcome } from '../../../shared/imports.ts';
import type * as ImportFile from '../import/import-file.ts';
import type { ReadFile } from '../import/import-file.ts';
import type { Change } from './change.ts';

/** Whether this workspace already holds a version with these bytes. */
export function hasVersion(db: Database, hash: string): boolean {
  return db.prepare('SELECT 1 FROM document_versions WHERE content_hash = ?').get(hash) !== undefined;
}

/** The importer, loaded at the first pulled document rather than with the core. */
type Importer = typeof ImportFile;

/**
 * A document version pulled from the hub, read and ready to store (read null when the hub no
 * longer holds its bytes). Its metrics were derived by this build's extractor from the same
 * bytes (document-reads.ts); `otherExtractor` says the sender ran another version, whose spans
 * (and so the keys of edits to them) may differ.
 */
export interface PulledDocument { read: ReadFile | null; otherExtractor: boolean; importer: Importer | null }

/**
 * The document here a pulled version joins, by the team-wide identity its change carries (its
 * base: the key of the version it follows, its own key for a new document): the document
 * holding that version, or null for a document of its own (a new one, one whose earlier
 * version never reached here, or a change from a hub before format 6, which named none).
 * Never by file name: two analysts' different files of one name are two documents.
 */
export function documentOf(db: Database, change: Pick<Change, 'key' | 'base'>): number | null {
  if (change.base === null || change.base === change.key || !change.base.startsWith('d:')) return null;
  const row = db.prepare('SELECT document_id AS id FROM document_versions WHERE content_hash = ? ORDER BY id LIMIT 1').get(change.base.slice(2)) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * Stores a pulled version, in the document its change names, as an import would, and says how
 * it went (null when there was nothing to store). Call inside the pull's transaction with the
 * recorder off.
 */
export function storeDocument(db: Database, pulled: PulledDocument, change: Pick<Change, 'key' | 'base' | 'hlc'>): ImportOutcome | null {
  if (!pulled.read || !pulled.importer) return null;
  const documentId = documentOf(db, change);
  const behind = documentId !== null && supersededHere(db, documentId, change);
  return pulled.importer.storeRead(pulled.importer.importStores(db), pulled.read, { documentId, behind });
}

/**
 * Whether a pulled version was made at the same time as the document's current one here (it follows another
 * version) and stamped earlier: then the current one stays current, in every workspace alike, whichever arrives last.
 */
function supersededHere(db: Database, documentId: number, change: Pick<Change, 'base' | 'hlc'>): boolean {
  const current = db.prepare(`SELECT 'd:' || v.content_hash AS key, (SELECT max(c.hlc) FROM team_changes c WHERE c.kind = 'document'
      AND c.field = 'version' AND c.key = 'd:' || v.content_hash) AS hlc FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?`)
    .get(documentId) as { key: string; hlc: string | null } | undefined;
  if (!current || current.key === change.base) return false;
  return current.hlc !== null && current.hlc > change.hlc;
}
