import type { Database } from 'better-sqlite3';
import type { AnnotationImportSummary, SkippedAnnotation } from '../../../shared/annotation-import.ts';
import { AnnotationStore } from '../db/annotations.ts';
import { PassageStore } from '../db/passages.ts';
import { TagStore } from '../db/tags.ts';
import { anchor } from './anchor.ts';
import { DocumentFinder, type FoundDocument } from './find-document.ts';
import type { ForeignAnnotation, Quote, ReadAnnotations } from './foreign-annotation.ts';
import { quoteAround } from './quote.ts';

/*
 * Places the annotations read from a file on their documents' current versions with the
 * same anchorer that re-places annotations on a new version: exactly, fuzzily, or kept as
 * orphans with their quotes. Tags are created where missing.
 */

/** The quote to look for: the one the file gives, else the words its position covers in the version it names. */
function quoteOf(a: ForeignAnnotation, doc: FoundDocument): Quote | string {
  if (a.quote) return a.quote;
  const { start, end } = a.position!;
  if (doc.positionText === null) {
    return `its only selector is a TextPositionSelector, whose offsets count in a text Assay does not have (${a.source ?? 'no source'}); add a TextQuoteSelector`;
  }
  if (end > doc.positionText.length) return `its TextPositionSelector (${start}–${end}) runs past the end of the document's text (${doc.positionText.length} characters)`;
  return quoteAround(doc.positionText, start, end);
}

/** The summary with nothing counted yet, and the ids of the annotations created. */
function emptyResult(read: ReadAnnotations): { summary: AnnotationImportSummary; ids: number[] } {
  return { summary: { placed: 0, fuzzy: 0, orphaned: 0, unknownDocument: 0, unknownSources: [], skipped: [...read.skipped] }, ids: [] };
}

/**
 * Places every annotation read from a file, in one transaction. Returns what happened (the
 * file's skipped items first, then those whose document is unknown or whose selectors say
 * nothing Assay can use) and the ids created, for the undo step.
 */
export function importAnnotations(db: Database, read: ReadAnnotations, now: string): { summary: AnnotationImportSummary; ids: number[] } {
  const result = emptyResult(read);
  const { summary } = result;
  const store = new AnnotationStore(db);
  const passages = new PassageStore(db);
  const tags = new TagStore(db);
  const docs = new DocumentFinder(db).findAll(read.annotations);
  db.transaction(() => {
    read.annotations.forEach((a, i) => {
      const doc = docs[i];
      if (!doc) { noteUnknown(summary, a); return; }
      const quote = quoteOf(a, doc);
      if (typeof quote === 'string') { summary.skipped.push({ item: a.label, reason: quote } satisfies SkippedAnnotation); return; }
      const place = anchor(doc.text, { ...quote, start: a.position?.start ?? null });
      summary[place.state === 'anchored' ? 'placed' : place.state]++;
      const passageId = place.state === 'orphaned' ? null : passages.at(doc.versionId, place.start)?.id ?? null;
      const id = store.createImported({ documentId: doc.documentId, versionId: doc.versionId, passageId, quote, place, body: a.body,
        motivation: a.motivation, created: a.created ?? now, modified: a.modified ?? a.created ?? now });
      if (a.tags.length) tags.set('annotation', id, a.tags.map((t) => tags.create(t).id));
      result.ids.push(id);
    });
  })();
  return result;
}

function noteUnknown(summary: AnnotationImportSummary, a: ForeignAnnotation): void {
  summary.unknownDocument++;
  const source = a.source ?? `${a.label}, with no source`;
  if (!summary.unknownSources.includes(source)) summary.unknownSources.push(source);
}
