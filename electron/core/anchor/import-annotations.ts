import type { Database } from 'better-sqlite3';
import type { AnnotationImportSummary } from '../../../shared/annotation-import.ts';
import { AnnotationStore } from '../db/annotations.ts';
import { PassageStore } from '../db/passages.ts';
import { TagStore } from '../db/tags.ts';
import { anchor, type Anchor } from './anchor.ts';
import { DocumentFinder, type FoundDocument } from './find-document.ts';
import type { ForeignAnnotation, Quote, ReadAnnotations } from './foreign-annotation.ts';
import { quoteAround } from './quote.ts';
import { writeTransaction } from '../db/write.ts';

/*
 * Places the annotations read from a file on their documents' current versions with the
 * same anchorer that re-places annotations on a new version: exactly, fuzzily, or kept as
 * orphans with their quotes. Tags are created where missing.
 */

/** The quote to look for: the file's, else the words its position covers in the version it names; or why not. */
function quoteOf(a: ForeignAnnotation, doc: FoundDocument): Quote | string {
  if (a.quote) return a.quote;
  const { start, end } = a.position!;
  if (doc.positionText === null) {
    return 'its only selector is a TextPositionSelector, whose offsets count in a text Assay does not have '
      + `(${a.source ?? 'no source'}); add a TextQuoteSelector`;
  }
  if (end > doc.positionText.length) {
    const length = doc.positionText.length;
    return `its TextPositionSelector (${start}–${end}) runs past the end of the document's text (${length} characters)`;
  }
  return quoteAround(doc.positionText, start, end);
}

/** Writes annotations placed by the anchorer, with their tags. Call inside a transaction. */
class Writer {
  private readonly store: AnnotationStore;
  private readonly passages: PassageStore;
  private readonly tags: TagStore;
  private readonly now: string;

  constructor(db: Database, now: string) {
    this.now = now;
    this.store = new AnnotationStore(db);
    this.passages = new PassageStore(db);
    this.tags = new TagStore(db);
  }

  /** Places one annotation on its document's current text: its id, and how it was placed. */
  place(a: ForeignAnnotation, doc: FoundDocument, quote: Quote): { id: number; state: Anchor['state'] } {
    const place = anchor(doc.text, { ...quote, start: a.position?.start ?? null });
    const passageId = place.state === 'orphaned' ? null : this.passages.at(doc.versionId, place.start)?.id ?? null;
    const id = this.store.createImported({
      documentId: doc.documentId, versionId: doc.versionId, passageId, quote, place,
      body: a.body, motivation: a.motivation,
      created: a.created ?? this.now, modified: a.modified ?? a.created ?? this.now,
    });
    if (a.tags.length) this.tags.set('annotation', id, a.tags.map((t) => this.tags.create(t).id));
    return { id, state: place.state };
  }
}

/**
 * Places every annotation read from a file, in one transaction. Returns what happened (the
 * file's skipped items first, then those whose selectors say nothing Assay can use) and the
 * ids created, for the undo step.
 */
export function importAnnotations(db: Database, read: ReadAnnotations, now: string):
  { summary: AnnotationImportSummary; ids: number[] } {
  const summary: AnnotationImportSummary = {
    placed: 0, fuzzy: 0, orphaned: 0, unknownDocument: 0, unknownSources: [], skipped: [...read.skipped],
  };
  const ids: number[] = [];
  const docs = new DocumentFinder(db).findAll(read.annotations);
  const writer = new Writer(db, now);
  writeTransaction(db, () => {
    read.annotations.forEach((a, i) => {
      const doc = docs[i];
      if (!doc) { noteUnknown(summary, a); return; }
      const quote = quoteOf(a, doc);
      if (typeof quote === 'string') { summary.skipped.push({ item: a.label, reason: quote }); return; }
      const { id, state } = writer.place(a, doc, quote);
      summary[state === 'anchored' ? 'placed' : state]++;
      ids.push(id);
    });
  });
  return { summary, ids };
}

function noteUnknown(summary: AnnotationImportSummary, a: ForeignAnnotation): void {
  summary.unknownDocument++;
  const source = a.source ?? `${a.label}, with no source`;
  if (!summary.unknownSources.includes(source)) summary.unknownSources.push(source);
}
