import type { Database } from 'better-sqlite3';

/** How much text either side of a quote is kept, to find it again in a changed document. */
const CONTEXT = 32;

/** SQL for annotations on text ranges (the W3C model's TextQuote and TextPosition selectors). */
export class AnnotationStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** A note on a range of a version's text, with the quote and its surroundings kept. */
  createRange(input: { documentId: number; versionId: number; passageId: number | null; text: string; start: number; end: number; body: string }, now: string): number {
    const { text, start, end } = input;
    const result = this.db.prepare(`INSERT INTO annotations (document_id, target_kind, passage_id, version_id, quote_exact, quote_prefix, quote_suffix,
        pos_start, pos_end, body, motivation, created_at, modified_at)
      VALUES (?, 'range', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      input.documentId, input.passageId, input.versionId, text.slice(start, end), text.slice(Math.max(0, start - CONTEXT), start),
      text.slice(end, end + CONTEXT), start, end, input.body, input.body.trim() ? 'commenting' : 'highlighting', now, now,
    );
    return Number(result.lastInsertRowid);
  }

  /** Live range annotations on a version, in text order. */
  ranges(versionId: number): Array<{ id: number; start: number; end: number; body: string; quote: string }> {
    return this.db.prepare(`SELECT id, pos_start AS start, pos_end AS "end", body, quote_exact AS quote FROM annotations
      WHERE version_id = ? AND target_kind = 'range' AND deleted_at IS NULL ORDER BY pos_start`).all(versionId) as Array<{ id: number; start: number; end: number; body: string; quote: string }>;
  }
}
