import type { Database } from 'better-sqlite3';
import type { ExportFormat } from '../../../shared/exports.ts';
import type { ExportData } from './collect.ts';
import { toCsv } from './csv.ts';
import { toDocx } from './docx.ts';
import { toHtml } from './html.ts';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toPdf } from './pdf-parts.ts';
import { toXlsx } from './xlsx.ts';
import { toNotes } from './notes.ts';

/** The file of one export format, with its extension and media type. */
export async function render(db: Database, data: ExportData, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'html': return toHtml(data);
    case 'pdf': return toPdf(data);
    case 'docx': return toDocx(data);
    case 'md': return toMarkdown(data);
    case 'xlsx': return toXlsx(data);
    case 'csv': return toCsv(data);
    case 'json': return toJson(db, data);
    case 'notes': return toNotes(db, data);
  }
}
