import { DOCUMENT_FORMATS, type DocumentFormat } from './passages.ts';

/** A group of file types one of Assay's readers takes, as a file chooser names it. */
export interface ImportableType {
  name: string;
  /** Without the leading dot, lower case. */
  extensions: readonly string[];
}

/**
 * The extensions each reader takes, keyed by format so that a format added to
 * DOCUMENT_FORMATS does not type-check until it is offered here too. The importer's own
 * tables (ingest/detect-format.ts, ingest/parse-any.ts, import/expand-paths.ts) are checked
 * against this one by tests/unit/shell/import-filters.test.ts.
 */
export const IMPORTABLE: Readonly<Record<DocumentFormat, ImportableType>> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  html: { name: 'Web page', extensions: ['html', 'htm', 'xhtml'] },
  md: { name: 'Markdown', extensions: ['md', 'markdown', 'mdown'] },
  txt: { name: 'Plain text', extensions: ['txt', 'text'] },
};

/** Every extension Assay imports, in the order of DOCUMENT_FORMATS. */
export const IMPORT_EXTENSIONS: readonly string[] = DOCUMENT_FORMATS.flatMap((format) => IMPORTABLE[format].extensions);

/** The same list as an `<input type="file" accept>` value. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.map((extension) => `.${extension}`).join(',');
