import type { Database } from 'better-sqlite3';
import type { ExportFormat } from '../../../shared/exports.ts';
import type { ExportData } from './collect.ts';

/**
 * The file of one export format. Each format's writer loads when first used: a Markdown or CSV
 * export does not wait for DOCX, XLSX and the chart renderer to load (about a second, cold).
 */
export async function render(db: Database, data: ExportData, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'html': return (await import('./html.ts')).toHtml(data);
    case 'pdf': return (await import('./pdf-parts.ts')).toPdf(data);
    case 'docx': return (await import('./docx.ts')).toDocx(data);
    case 'md': return (await import('./markdown.ts')).toMarkdown(data);
    case 'xlsx': return (await import('./xlsx.ts')).toXlsx(data);
    case 'csv': return (await import('./csv.ts')).toCsv(data);
    case 'json': return (await import('./json.ts')).toJson(db, data);
    case 'notes': return (await import('./notes.ts')).toNotes(db, data);
  }
}
