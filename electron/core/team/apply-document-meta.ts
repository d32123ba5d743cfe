import type { Database, Statement } from 'better-sqlite3';
import { MetadataPatch } from '../../../shared/documents.ts';
import { DocumentStore } from '../db/documents.ts';
import type { Applied } from './apply-metric.ts';
import type { Change } from './change.ts';
import { FieldWinners } from './field-winners.ts';

/**
 * Applies pulled changes to documents' details (title, source, publisher, link, date), the
 * document named by its first version's key: the later clock stamp wins each field, as for
 * any item, and the field counts as set by hand here (a later version's own details do not
 * overwrite it). One for a document not here yet waits for it. Call inside the pull's
 * transaction with the recorder off.
 */
export class DocumentMetaChanges {
  private readonly documents: DocumentStore;
  private readonly winners: FieldWinners;
  private readonly holding: Statement;

  constructor(db: Database) {
    this.documents = new DocumentStore(db);
    this.winners = new FieldWinners(db, 'document');
    this.holding = db.prepare('SELECT document_id FROM document_versions WHERE content_hash = ? ORDER BY id LIMIT 1').pluck();
  }

  apply(change: Change, now: string): Applied {
    const patch = MetadataPatch.safeParse({ [change.field]: change.value });
    // A value this build cannot store (written by a newer or broken client) is skipped, not retried forever.
    if (!patch.success) return 'invalid';
    const documentId = this.holding.get(change.key.slice(2)) as number | undefined;
    if (documentId === undefined) return 'missing';
    const winner = this.winners.of(change.key, change.field);
    if (winner && winner.hlc >= change.hlc) return 'lost';
    this.documents.updateMeta(documentId, patch.data, now);
    this.winners.take(change);
    return 'applied';
  }
}
