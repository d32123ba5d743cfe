import type { Database } from 'better-sqlite3';
import { DocumentStore } from '../db/documents.ts';
import type { ForeignAnnotation } from './foreign-annotation.ts';

/*
 * Which document of the workspace an annotation from a file belongs to. In order: the
 * version whose SHA-256 its source names (Assay's own exports), the document whose URL it
 * names, the document imported from the file its source ends in, and last the only
 * document whose text holds its quote. A step that finds several documents decides nothing.
 * Annotations naming one source go together (see findAll).
 */

/** The document found, its current text, and the text the annotation's position counts in, if known. */
export interface FoundDocument { documentId: number; versionId: number; text: string; positionText: string | null }

/** The ways one page's address is written: as given, without its #fragment, with and without a closing slash. */
function urlForms(source: string): string[] {
  const bare = cut(source, '#');
  let trimmed = bare;
  while (trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
  return [...new Set([source, bare, trimmed, `${trimmed}/`])];
}

/** The text before the first `mark`, or all of it. */
function cut(text: string, mark: string): string {
  const at = text.indexOf(mark);
  return at === -1 ? text : text.slice(0, at);
}

/** The last part of a path or URL ("report.pdf" of "file:///home/me/report.pdf"), decoded. */
function fileNameOf(source: string): string | null {
  const last = cut(cut(source, '#'), '?').split(/[/\\]/u).pop() ?? '';
  try {
    return decodeURIComponent(last) || null;
  } catch {
    return last || null;
  }
}

/** Finds annotations' documents, keeping each document's current text once read. */
export class DocumentFinder {
  private readonly documents: DocumentStore;
  private readonly texts = new Map<number, string>();

  constructor(db: Database) {
    this.documents = new DocumentStore(db);
  }

  /**
   * The document of each annotation, or null. An annotation found by nothing of its own goes
   * with the others naming the same source when those all went to one document: an export
   * of another version of a document places its changed quotes fuzzily, or as orphans.
   */
  findAll(annotations: ForeignAnnotation[]): Array<FoundDocument | null> {
    const found = annotations.map((a) => this.find(a));
    const bySource = new Map<string, number | null>();
    annotations.forEach((a, i) => {
      const id = found[i]?.documentId;
      if (a.source === null || id === undefined) return;
      bySource.set(a.source, bySource.has(a.source) && bySource.get(a.source) !== id ? null : id);
    });
    return found.map((doc, i) => {
      const sibling = doc ? null : bySource.get(annotations[i]!.source ?? '');
      return doc ?? (typeof sibling === 'number' ? this.found(sibling, null) : null);
    });
  }

  /** The annotation's document, or null when none (or several alike) match. */
  private find(a: ForeignAnnotation): FoundDocument | null {
    const hash = /^urn:sha256:([0-9a-f]{64})$/iu.exec(a.source ?? '')?.[1]?.toLowerCase();
    const version = hash ? this.documents.findByHash(hash) : undefined;
    if (version) return this.found(version.documentId, this.text(version.id));
    const id = this.byAddress(a.source) ?? only(a.quote ? this.documents.containing(a.quote.exact, 2) : []);
    return id === null ? null : this.found(id, null);
  }

  private byAddress(source: string | null): number | null {
    if (!source || /^urn:sha256:/iu.test(source)) return null;
    const name = fileNameOf(source);
    return only(this.documents.withUrl(urlForms(source))) ?? (name ? only(this.documents.withFileName(name)) : null);
  }

  private found(documentId: number, positionText: string | null): FoundDocument | null {
    const versionId = this.documents.currentVersionId(documentId);
    return versionId === null ? null : { documentId, versionId, text: this.text(versionId), positionText };
  }

  private text(versionId: number): string {
    let text = this.texts.get(versionId);
    if (text === undefined) this.texts.set(versionId, text = this.documents.text(versionId));
    return text;
  }
}

function only(ids: number[]): number | null {
  return ids.length === 1 ? ids[0]! : null;
}
