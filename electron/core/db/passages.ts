import type { Database, Statement } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { Passage } from '../../../shared/documents.ts';
import type { PassageDraft } from '../ingest/types.ts';
import { cjkGrams } from './cjk-grams.ts';

/** A write to the search index held back until the import's group of files commits (see `deferIndex`). */
type IndexWrite = { rowid: number; text: string; grams: string | null } | { unindexVersion: number };

/**
 * SQL for the passages table and its FTS5 index. Only passages of current versions that
 * are not page debris are indexed; the index is kept by hand (not triggers) so that old
 * versions stay out of search.
 */
export class PassageStore {
  private readonly db: Database;
  private readonly insert: Statement;
  private readonly index: Statement;
  private readonly linkQuestion: Statement;
  /** Index writes waiting for `flushIndex`, in order; null when each is made at once. */
  private readonly heldBack: IndexWrite[] | null;
  /** Characters of passage text held back, so the import can flush before they add up. */
  private heldBackText = 0;

  /**
   * `deferIndex`: hold index writes back until `flushIndex`. FTS5 writes out what it has
   * gathered at every savepoint, and an import opens one per file, so indexing file by file
   * wrote a segment per file and merged them again and again (about a sixth of the import's
   * writer). The import flushes once per group, just before it commits.
   */
  constructor(db: Database, { deferIndex = false } = {}) {
    this.db = db;
    this.heldBack = deferIndex ? [] : null;
    this.insert = db.prepare(`INSERT INTO passages (document_id, version_id, ordinal, kind, depth, char_start, char_end, text, debris, page, grams, question_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.index = db.prepare('INSERT INTO passages_fts (rowid, text, grams) VALUES (?, ?, ?)');
    this.linkQuestion = db.prepare('UPDATE passages SET question_id = ? WHERE id = ?');
  }

  /** Stores a version's passages and indexes them. Call inside the import's transaction. */
  addAll(documentId: number, versionId: number, text: string, drafts: PassageDraft[]): number[] {
    const ids: number[] = [];
    drafts.forEach((d, ordinal) => {
      const body = text.slice(d.start, d.end);
      const grams = cjkGrams(body);
      // An answer's question comes before it, so its id is known here: one statement per answer, not an UPDATE after.
      const question = d.questionIndex !== null && d.questionIndex < ordinal ? ids[d.questionIndex]! : null;
      const id = Number(this.insert.run(documentId, versionId, ordinal, d.kind, d.depth, d.start, d.end, body, d.debris ? 1 : 0, d.page ?? null, grams, question).lastInsertRowid);
      ids.push(id);
      if (!d.debris) this.indexPassage(id, body, grams);
    });
    // A question after its answer (no reader writes one; kept for any that might) is linked once both exist.
    drafts.forEach((d, i) => {
      if (d.questionIndex !== null && d.questionIndex >= i) this.linkQuestion.run(ids[d.questionIndex], ids[i]);
    });
    return ids;
  }

  /** Takes a superseded version's passages out of the search index; the rows stay. */
  unindexVersion(versionId: number): void {
    if (this.heldBack) this.heldBack.push({ unindexVersion: versionId });
    else this.unindexNow(versionId);
  }

  /**
   * Makes the index writes held back so far, in the order they were asked for: a version
   * added and superseded in the same group is indexed, then taken out, as it would have been
   * at once. Call inside the transaction that wrote their passages.
   */
  flushIndex(): void {
    if (!this.heldBack) return;
    for (const write of this.heldBack) {
      if ('unindexVersion' in write) this.unindexNow(write.unindexVersion);
      else this.index.run(write.rowid, write.text, write.grams);
    }
    this.heldBack.length = 0;
    this.heldBackText = 0;
  }

  /** Characters of passage text held back for the index. */
  heldBackChars(): number {
    return this.heldBackText;
  }

  /** How many index writes are held back: a mark to `dropIndexWrites` back to. */
  heldBackCount(): number {
    return this.heldBack?.length ?? 0;
  }

  /** Forgets the index writes held back after `mark`: their passages were rolled back. */
  dropIndexWrites(mark: number): void {
    if (!this.heldBack) return;
    for (const write of this.heldBack.splice(mark)) if ('text' in write) this.heldBackText -= write.text.length;
  }

  private indexPassage(rowid: number, text: string, grams: string | null): void {
    if (this.heldBack) {
      this.heldBack.push({ rowid, text, grams });
      this.heldBackText += text.length;
    } else this.index.run(rowid, text, grams);
  }

  private unindexNow(versionId: number): void {
    this.db.prepare(`INSERT INTO passages_fts (passages_fts, rowid, text, grams)
      SELECT 'delete', id, text, grams FROM passages WHERE version_id = ? AND debris = 0`).run(versionId);
  }

  /**
   * How many passages search can find: those of current versions that are not debris.
   * FTS5 keeps that number as the first varint of its averages record (rowid 1 of its data
   * table, kept by every write), so this reads one row: counting the docsize table's million
   * rows took 65 ms at launch and left 9 MB of it in the page cache (#19). Counted when the
   * record is missing (an index never written to).
   */
  indexedCount(): number {
    const averages = this.db.prepare('SELECT block FROM passages_fts_data WHERE id = 1').pluck().get() as Buffer | undefined;
    if (averages?.length) return firstVarint(averages);
    return (this.db.prepare('SELECT count(*) AS n FROM passages_fts_docsize').get() as { n: number }).n;
  }

  /** The passage of a version that contains `offset`, if any. */
  at(versionId: number, offset: number): { id: number; start: number; end: number } | undefined {
    return this.db.prepare(`SELECT id, char_start AS start, char_end AS "end" FROM passages WHERE version_id = ? AND char_start <= ? AND char_end >= ? ORDER BY char_start DESC LIMIT 1`)
      .get(versionId, offset, offset) as { id: number; start: number; end: number } | undefined;
  }

  /** A passage's place: its document and version. */
  get(passageId: number): { id: number; documentId: number; versionId: number } {
    const row = this.db.prepare('SELECT id, document_id AS documentId, version_id AS versionId FROM passages WHERE id = ?').get(passageId) as { id: number; documentId: number; versionId: number } | undefined;
    if (!row) throw new AssayError('NO_SUCH_PASSAGE', `There is no passage ${passageId}; the document may have been re-imported. Open it again.`);
    return row;
  }

  /** Where a passage of this version sits in reading order; undefined when it belongs to another. */
  ordinal(versionId: number, passageId: number): number | undefined {
    return (this.db.prepare('SELECT ordinal FROM passages WHERE id = ? AND version_id = ?').get(passageId, versionId) as { ordinal: number } | undefined)?.ordinal;
  }

  /** Passages of a version in reading order, optionally a window of them. */
  list(versionId: number, options: { offset?: number; limit?: number } = {}): Passage[] {
    const rows = this.db.prepare(`SELECT id, ordinal, kind, depth, char_start AS start, char_end AS "end", text, debris,
        question_id AS questionId, page
      FROM passages WHERE version_id = ? ORDER BY ordinal LIMIT ? OFFSET ?`)
      .all(versionId, options.limit ?? -1, options.offset ?? 0) as Array<Omit<Passage, 'debris'> & { debris: number }>;
    return rows.map((r) => ({ ...r, debris: r.debris === 1 }));
  }
}

/** SQLite's big-endian varint at the start of a buffer: seven bits a byte while the high bit is set, all eight of a ninth. */
function firstVarint(bytes: Buffer): number {
  let value = 0;
  for (let i = 0; i < 9 && i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (i === 8) return value * 256 + byte;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return value;
  }
  return value;
}
