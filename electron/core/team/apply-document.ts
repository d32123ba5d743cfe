import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { EXTRACTOR_VERSION } from '../extract/extract.ts';
import type * as ImportFile from '../import/import-file.ts';
import type { ReadFile } from '../import/import-file.ts';
import type { Change } from './change.ts';

/** Whether this workspace already holds a version with these bytes. */
export function hasVersion(db: Database, hash: string): boolean {
  return db.prepare('SELECT 1 FROM document_versions WHERE content_hash = ?').get(hash) !== undefined;
}

/** The importer, loaded at the first pulled document rather than with the core. */
type Importer = typeof ImportFile;

/** A document version pulled from the hub, read (parsed and extracted here) and ready to store. */
export interface PulledDocument { read: ReadFile | null; otherExtractor: boolean; importer: Importer | null }

/**
 * Fetches a version's bytes from the hub and reads them here, outside any transaction (a
 * PDF takes a while). The extracted metrics are derived here by this build's extractor from
 * the same bytes; `otherExtractor` says the sender ran another version, whose spans (and so
 * the keys of edits to them) may differ.
 */
export async function fetchDocument(client: pg.Client, hash: string, fileName: string): Promise<PulledDocument> {
  const row = await client.query('SELECT bytes, extractor_version FROM assay.blobs WHERE content_hash = $1', [hash]);
  if (!row.rowCount) return { read: null, otherExtractor: false, importer: null };
  const { bytes, extractor_version: version } = row.rows[0] as { bytes: Buffer; extractor_version: string };
  const importer = await import('../import/import-file.ts');
  return { read: await importer.readBytesAsync(new Uint8Array(bytes), fileName, null), otherExtractor: version !== EXTRACTOR_VERSION, importer };
}

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

/** Stores a pulled version, in the document its change names, as an import would. Call inside the pull's transaction with the recorder off. */
export function storeDocument(db: Database, pulled: PulledDocument, change: Pick<Change, 'key' | 'base'>): boolean {
  if (!pulled.read || !pulled.importer) return false;
  const outcome = pulled.importer.storeRead(pulled.importer.importStores(db), pulled.read, { documentId: documentOf(db, change) });
  return outcome.status === 'imported' || outcome.status === 'new-version';
}
