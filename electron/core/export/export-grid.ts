import type { Database } from 'better-sqlite3';
import type { ExportFormat, GridSelection } from '../../../shared/exports.ts';
import { TagStore } from '../db/tags.ts';
import { collectGrid, type ExportData } from './collect.ts';
import { render } from './export.ts';

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

/** Collects the grid's metrics as it stands (stage 1), then writes them in a format (stage 2). */
export async function exportGrid(db: Database, selection: GridSelection, format: ExportFormat, onCollected?: (data: ExportData) => void): Promise<Buffer> {
  const { sort, ...filters } = selection;
  const data = collectGrid(db, { ...filters, sort: sort?.length ? sort : [{ column: 'position', direction: 'asc' }] }, describeSelection(db, selection));
  onCollected?.(data);
  return render(db, data, format);
}

/** "assay-metrics-2026-11-22.xlsx" */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `assay-metrics-${now.toISOString().slice(0, 10)}.${format}`;
}
