import type { DocumentFormat, PassageKind } from '../../../shared/passages.ts';
import type { Repair } from '../../../shared/repairs.ts';

/** A passage before it is stored: a range of the document's text and what it is. */
export interface PassageDraft {
  kind: PassageKind;
  /** Heading level (1–6) or list nesting (0 = top level). */
  depth: number;
  start: number;
  end: number;
  /** Web-page furniture: kept in the text, never indexed or extracted. */
  debris: boolean;
  /** For an answer, the index (in the same list) of its question. */
  questionIndex: number | null;
  /** The page it is printed on, for PDFs. */
  page?: number | null;
}

/** Facts a document states about itself; any may be missing. */
export interface DocumentMeta {
  title: string | null;
  source: string | null;
  publisher: string | null;
  url: string | null;
  /** ISO 8601, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string | null;
}

/** A file read, repaired and split into passages: everything import stores, minus ids. */
export interface ParsedDocument {
  format: DocumentFormat;
  encoding: string;
  text: string;
  repairs: Repair[];
  passages: PassageDraft[];
  meta: DocumentMeta;
}

/** A block of a structured document (Markdown, HTML) before the text is assembled. */
export interface Block {
  kind: PassageKind;
  depth: number;
  text: string;
  /** The page it is printed on, for PDFs. */
  page?: number;
}
