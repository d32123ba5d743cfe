import type { Database } from 'better-sqlite3';
import { EXPORT_EXTENSIONS, gridQuery, type ExportFormat, type ExportView, type GridSelection } from '../../../shared/exports.ts';
import { TagStore } from '../db/tags.ts';
import { collectGrid, type ExportData } from './collect.ts';
import { collectReport } from './collect-report.ts';
import { ReportStore } from '../db/reports.ts';
import { collectSheet } from './collect-sheet.ts';
import path from 'node:path';
import { DEFAULT_LINK_BASE, type LinkBack } from '../../../shared/open-link.ts';

/** The grid's filter in words, for the export's subtitle. */
export function describeSelection(db: Database, s: GridSelection): string {
  const parts: string[] = [];
  if (s.documentId !== undefined) {
    const doc = db.prepare('SELECT title FROM documents WHERE id = ?').get(s.documentId) as { title: string } | undefined;
    parts.push(`document “${doc?.title ?? s.documentId}”`);
  }
  if (s.status?.length) parts.push(`status ${s.status.join(' or ')}`);
  if (s.tagId !== undefined) parts.push(`tag ${new TagStore(db).list().find((t) => t.id === s.tagId)?.path ?? s.tagId}`);
  for (const key of ['quick', 'label', 'unit', 'entity', 'document', 'period'] as const) if (s[key]) parts.push(`${key === 'quick' ? 'matching' : key} “${s[key]}”`);
  return parts.length ? `Metrics with ${parts.join(', ')}` : 'All metrics';
}

/**
 * Where an export's citations link back to: this workspace (better-sqlite3 names a connection
 * by its file, on the service thread and the worker alike) at the transport's `open` address.
 */
export function linksOf(db: Database, base = DEFAULT_LINK_BASE): LinkBack {
  return { base, workspace: path.resolve(db.name) };
}

/** Collects the grid's metrics as it stands (stage 1), then writes them in a format (stage 2). */
export async function exportGrid(db: Database, selection: GridSelection, format: ExportFormat, onCollected?: (data: ExportData) => void,
  linkBase?: string): Promise<Buffer> {
  const data = collectGrid(db, gridQuery(selection), describeSelection(db, selection));
  data.links = linksOf(db, linkBase);
  onCollected?.(data);
  return (await import('./export.ts')).render(db, data, format); // renderers load when first used
}

/** The period sheet of the grid's filter, every series and its citations, as XLSX (its only format). */
export async function exportSheet(db: Database, selection: GridSelection, onCollected?: (data: { metrics: unknown[] }) => void,
  linkBase?: string): Promise<Buffer> {
  const data = { ...collectSheet(db, selection, describeSelection(db, selection)), links: linksOf(db, linkBase) };
  onCollected?.({ metrics: [...data.cited.keys()] });
  return (await import('./sheet-xlsx.ts')).sheetToXlsx(data);
}

/** A saved report, with its sections, charts and annotations. */
export async function exportReport(db: Database, reportId: number, format: ExportFormat, onCollected?: (data: ExportData) => void,
  linkBase?: string): Promise<Buffer> {
  const data = collectReport(db, new ReportStore(db).get(reportId));
  data.links = linksOf(db, linkBase);
  onCollected?.(data);
  return (await import('./export.ts')).render(db, data, format); // renderers load when first used
}

/** What one export writes: the grid (selection, as its list or period sheet) or a saved report (reportId), in a format. */
export interface ExportTarget {
  selection?: GridSelection; view?: ExportView; reportId?: number; format: ExportFormat;
  /** Where citations link back to: `assay://open` (the default) or the server's `/open`. */
  linkBase?: string;
}

/** Writes an export, on whichever thread calls it (the worker for large ones, the service thread for small ones). */
export function writeExport(db: Database, t: ExportTarget, onCollected?: (data: { metrics: unknown[] }) => void): Promise<Buffer> {
  if (t.reportId !== undefined) return exportReport(db, t.reportId, t.format, onCollected, t.linkBase);
  if (t.view === 'sheet') return exportSheet(db, t.selection ?? {}, onCollected, t.linkBase);
  return exportGrid(db, t.selection ?? {}, t.format, onCollected, t.linkBase);
}

/** "assay-metrics-2026-11-22.xlsx" ("assay-sheet-…" for the period sheet), or the report's name made safe for a file name. */
export function exportFileName(format: ExportFormat, report?: string, now = new Date(), view: ExportView = 'list'): string {
  const grid = `assay-${view === 'sheet' ? 'sheet' : 'metrics'}-${now.toISOString().slice(0, 10)}`;
  const base = report ? report.replace(/[^\p{L}\p{N}._ -]+/gu, '-').trim() || 'report' : grid;
  return `${base}.${EXPORT_EXTENSIONS[format]}`;
}
