import type { Database, Statement } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { DocumentDetail, DocumentSort, DocumentSummary, MetadataPatch } from '../../../shared/documents.ts';
import type { Repair } from '../../../shared/repairs.ts';
import type { DocumentMeta } from '../ingest/types.ts';
import { recordDocumentChange } from '../team/record.ts';
import { containsPattern } from './like-pattern.ts';
import { writeTransaction } from './write.ts';

/** SQL for the documents and document_versions tables. */

/** How the library lists documents: newest import first, newest publication date first (undated last), by title, by source. */
const DOCUMENT_ORDER: Record<DocumentSort, string> = {
  imported: 'v.imported_at DESC, d.id DESC',
  date: 'd.published IS NULL, d.published DESC, d.id DESC',
  title: 'd.title COLLATE NOCASE, d.id',
  source: 'COALESCE(d.source, d.publisher) IS NULL, COALESCE(d.source, d.publisher) COLLATE NOCASE, d.title COLLATE NOCASE, d.id',
};

const SUMMARY_COLUMNS = `
  d.id, d.title, d.file_name AS fileName, d.format, d.source, d.publisher, d.url, d.published,
  v.version, v.imported_at AS importedAt,
  (SELECT count(*) FROM document_versions x WHERE x.document_id = d.id) AS versionCount,
  (SELECT count(*) FROM passages p WHERE p.version_id = d.current_version_id AND p.debris = 0) AS passageCount,
  (SELECT count(*) FROM metrics m WHERE m.document_id = d.id) AS metricCount,
  (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.deleted_at IS NULL) AS noteCount`;

/** Versions as the library reads them: through the listing index (migration 24), never the rows holding bytes and text. */
const LISTING = 'document_versions v INDEXED BY document_versions_listing';

export interface NewVersion {
  documentId: number;
  version: number;
  contentHash: string;
  original: Uint8Array;
  text: string;
  encoding: string;
  repairs: Repair[];
  sourcePath: string | null;
  importedAt: string;
}

const META_FIELDS = ['title', 'source', 'publisher', 'url', 'published'] as const;

export class DocumentStore {
  private readonly db: Database;
  private readonly byHash: Statement<[string], { id: number; documentId: number; version: number }>;
  private readonly byIdentity: Statement<[string, string | null], { id: number }>;
  private readonly insertDoc: Statement;
  private readonly insertVersion: Statement;
  private readonly setCurrent: Statement;
  private readonly latestVersion: Statement<[number], { version: number | null }>;

  constructor(db: Database) {
    this.db = db;
    this.byHash = db.prepare('SELECT id, document_id AS documentId, version FROM document_versions WHERE content_hash = ?');
    this.byIdentity = db.prepare('SELECT id FROM documents WHERE file_name = ? AND source IS ? ORDER BY id LIMIT 1');
    this.insertDoc = db.prepare(`INSERT INTO documents (title, file_name, format, source, publisher, url, published, created_at, updated_at)
      VALUES (@title, @fileName, @format, @source, @publisher, @url, @published, @now, @now)`);
    this.insertVersion = db.prepare(`INSERT INTO document_versions
      (document_id, version, content_hash, original, text, encoding, repairs, source_path, imported_at)
      VALUES (@documentId, @version, @contentHash, @original, @text, @encoding, @repairs, @sourcePath, @importedAt)`);
    this.setCurrent = db.prepare('UPDATE documents SET current_version_id = ?, updated_at = ? WHERE id = ?');
    this.latestVersion = db.prepare('SELECT max(version) AS version FROM document_versions WHERE document_id = ?');
  }

  /** The stored version with exactly these bytes, if any. */
  findByHash(hash: string): { id: number; documentId: number; version: number } | undefined {
    return this.byHash.get(hash);
  }

  /** Documents whose `url` metadata is one of `urls` (an annotation's page, written a few ways). */
  withUrl(urls: string[]): number[] {
    return (this.db.prepare('SELECT id FROM documents WHERE url IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify(urls)) as Array<{ id: number }>).map((r) => r.id);
  }

  /** Documents imported from a file of this name, in any case. */
  withFileName(name: string): number[] {
    return (this.db.prepare('SELECT id FROM documents WHERE file_name = ? COLLATE NOCASE ORDER BY id').all(name) as Array<{ id: number }>).map((r) => r.id);
  }

  /** Up to `limit` documents whose current text holds `quote` word for word. */
  containing(quote: string, limit: number): number[] {
    return (this.db.prepare(`SELECT d.id FROM documents d JOIN document_versions v ON v.id = d.current_version_id
      WHERE instr(v.text, ?) > 0 ORDER BY d.id LIMIT ?`).all(quote, limit) as Array<{ id: number }>).map((r) => r.id);
  }

  /** A document is the same document when its file name and stated source match. */
  findByIdentity(fileName: string, source: string | null): number | undefined {
    return this.byIdentity.get(fileName, source)?.id;
  }

  create(fileName: string, format: string, meta: DocumentMeta & { title: string }, now: string): number {
    return Number(this.insertDoc.run({ ...meta, fileName, format, now }).lastInsertRowid);
  }

  nextVersion(documentId: number): number {
    return (this.latestVersion.get(documentId)?.version ?? 0) + 1;
  }

  /** Stores a version, made the document's current one unless `current` is false (a teammate's, superseded). */
  addVersion(v: NewVersion, current = true): number {
    const id = Number(this.insertVersion.run({ ...v, original: Buffer.from(v.original), repairs: JSON.stringify(v.repairs) }).lastInsertRowid);
    if (current) this.setCurrent.run(id, v.importedAt, v.documentId);
    return id;
  }

  title(documentId: number): string {
    return (this.db.prepare('SELECT title FROM documents WHERE id = ?').get(documentId) as { title: string }).title;
  }

  currentVersionId(documentId: number): number | null {
    const row = this.db.prepare('SELECT current_version_id AS id FROM documents WHERE id = ?').get(documentId) as { id: number | null } | undefined;
    return row?.id ?? null;
  }

  /** Applies what a new version states, except fields the analyst has set by hand. */
  refreshMeta(documentId: number, meta: DocumentMeta, now: string): void {
    const edited = new Set(this.editedFields(documentId));
    const sets = META_FIELDS.filter((f) => !edited.has(f) && !(f === 'title' && !meta.title));
    if (!sets.length) return;
    this.db.prepare(`UPDATE documents SET ${sets.map((f) => `${f} = @${f}`).join(', ')}, updated_at = @now WHERE id = @id`)
      .run({ ...meta, id: documentId, now });
  }

  /**
   * Applies an analyst's corrections and remembers those fields as theirs; a team workspace
   * logs each field as a change, in the same transaction.
   */
  updateMeta(documentId: number, patch: MetadataPatch, now: string): void {
    const fields = META_FIELDS.filter((f) => patch[f] !== undefined);
    if (!fields.length) return;
    this.requireExists(documentId);
    writeTransaction(this.db, () => {
      const edited = [...new Set([...this.editedFields(documentId), ...fields])];
      this.db.prepare(`UPDATE documents SET ${fields.map((f) => `${f} = @${f}`).join(', ')}, edited_fields = @edited, updated_at = @now WHERE id = @id`)
        .run({ ...patch, edited: JSON.stringify(edited), now, id: documentId });
      for (const field of fields) recordDocumentChange(this.db, documentId, field, patch[field] ?? null);
    });
  }

  /** The details an analyst set by hand, with their values now (offered to a team at joining). */
  editedDetails(documentId: number): Array<{ field: (typeof META_FIELDS)[number]; value: string | null }> {
    const edited = new Set(this.editedFields(documentId));
    const row = this.db.prepare(`SELECT ${META_FIELDS.join(', ')} FROM documents WHERE id = ?`).get(documentId) as Record<string, string | null> | undefined;
    return row ? META_FIELDS.filter((f) => edited.has(f)).map((field) => ({ field, value: row[field] ?? null })) : [];
  }

  private editedFields(documentId: number): string[] {
    const row = this.db.prepare('SELECT edited_fields AS f FROM documents WHERE id = ?').get(documentId) as { f: string } | undefined;
    return row ? (JSON.parse(row.f) as string[]) : [];
  }

  private requireExists(documentId: number): void {
    if (!this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
      throw new AssayError('NO_SUCH_DOCUMENT', `There is no document ${documentId} in this workspace. Run "assay docs" to list documents.`);
    }
  }

  /**
   * Documents, newest first, optionally filtered by words in the title, file name or source,
   * and by a tag (given as the tag and the tags below it) on any of their metrics, passages or annotations.
   * Versions are read through their listing index (never the rows holding bytes and text),
   * and the counts are computed for the page only, so a page is fast at any library size.
   */
  list(options: { filter?: string; tagIds?: number[]; limit?: number; offset?: number; sort?: DocumentSort } = {}): DocumentSummary[] {
    const filter = options.filter?.trim() ? containsPattern(options.filter.trim()) : null;
    const order = DOCUMENT_ORDER[options.sort ?? 'imported'];
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}
      FROM (SELECT d.id FROM documents d JOIN ${LISTING} ON v.id = d.current_version_id
        WHERE (@filter IS NULL OR d.title LIKE @filter ESCAPE '\\' OR d.file_name LIKE @filter ESCAPE '\\' OR d.source LIKE @filter ESCAPE '\\')
          AND (@tags IS NULL OR d.id IN (
            SELECT m.document_id FROM taggings g JOIN metrics m ON m.id = g.target_id WHERE g.target_kind = 'metric' AND g.tag_id IN (SELECT value FROM json_each(@tags))
            UNION SELECT p.document_id FROM taggings g JOIN passages p ON p.id = g.target_id WHERE g.target_kind = 'passage' AND g.tag_id IN (SELECT value FROM json_each(@tags))
            UNION SELECT a.document_id FROM taggings g JOIN annotations a ON a.id = g.target_id WHERE g.target_kind = 'annotation' AND g.tag_id IN (SELECT value FROM json_each(@tags))))
        ORDER BY ${order} LIMIT @limit OFFSET @offset) page
      JOIN documents d ON d.id = page.id JOIN ${LISTING} ON v.id = d.current_version_id
      ORDER BY ${order}`)
      .all({ filter, tags: options.tagIds ? JSON.stringify(options.tagIds) : null, limit: options.limit ?? 1000, offset: options.offset ?? 0 }) as DocumentSummary[];
    return rows;
  }

  get(documentId: number): DocumentDetail {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, v.id AS versionId, v.encoding, v.content_hash AS contentHash,
        v.repairs, d.edited_fields AS editedFields
      FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?`).get(documentId) as
      (Omit<DocumentDetail, 'repairs' | 'editedFields' | 'versions'> & { repairs: string; editedFields: string }) | undefined;
    if (!row) this.requireExists(documentId);
    const versions = this.db.prepare(`SELECT id, version, imported_at AS importedAt, content_hash AS contentHash
      FROM document_versions WHERE document_id = ? ORDER BY version`).all(documentId) as DocumentDetail['versions'];
    return { ...row!, repairs: JSON.parse(row!.repairs) as Repair[], editedFields: JSON.parse(row!.editedFields) as string[], versions };
  }

  /** The repaired text of a version. */
  /** The bytes of a version exactly as imported. */
  original(versionId: number): Buffer {
    const row = this.db.prepare('SELECT original FROM document_versions WHERE id = ?').get(versionId) as { original: Buffer } | undefined;
    if (!row) throw new AssayError('NO_SUCH_VERSION', `There is no document version ${versionId} in this workspace.`);
    return row.original;
  }

  text(versionId: number): string {
    const row = this.db.prepare('SELECT text FROM document_versions WHERE id = ?').get(versionId) as { text: string } | undefined;
    if (!row) throw new AssayError('NO_SUCH_VERSION', `There is no document version ${versionId} in this workspace.`);
    return row.text;
  }

  /**
   * Finds a document from what a person types: its id, its exact file name, or words of
   * its title. Ambiguous words are an error that lists the candidates.
   */
  resolve(ref: string): number {
    const trimmed = ref.trim();
    if (/^\d+$/u.test(trimmed) && this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(Number(trimmed))) return Number(trimmed);
    const byName = this.db.prepare('SELECT id FROM documents WHERE file_name = ?').all(trimmed) as Array<{ id: number }>;
    if (byName.length === 1) return byName[0]!.id;
    const like = containsPattern(trimmed);
    const matches = this.db.prepare(`SELECT id, title FROM documents WHERE title LIKE ? ESCAPE '\\' OR file_name LIKE ? ESCAPE '\\' LIMIT 6`)
      .all(like, like) as Array<{ id: number; title: string }>;
    if (matches.length === 1) return matches[0]!.id;
    if (matches.length === 0) {
      throw new AssayError('NO_SUCH_DOCUMENT', `No document matches "${ref}". Run "assay docs" to list documents and use an id.`);
    }
    const list = matches.slice(0, 5).map((m) => `${m.id} (${m.title})`).join(', ');
    throw new AssayError('AMBIGUOUS_DOCUMENT', `"${ref}" matches several documents: ${list}. Use an id.`);
  }
}
