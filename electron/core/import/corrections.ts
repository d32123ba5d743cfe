import type { Database } from 'better-sqlite3';
import { CORRECTION_HEADERS, type CorrectionChange, type CorrectionField, type CorrectionsPreview, type CorrectionValues } from '../../../shared/corrections.ts';
import { MetricPatch } from '../../../shared/metrics.ts';
import { MetricStore } from '../db/metrics.ts';
import { Edits } from '../edits.ts';
import { readField, type Cell } from './correction-cells.ts';
import type { CorrectionsWorkbook, SheetRow } from './corrections-file.ts';

/*
 * An edited XLSX export read back as corrections: parse (corrections-file.ts) → plan (this
 * file: each row against what was exported and what the metric is now) → apply (as analyst
 * edits, one undo step). Nothing is guessed: a row that cannot be matched, read or safely
 * applied is listed with its reasons and left alone.
 */

/** The preview, and the patch each changing metric would get. */
export interface CorrectionsPlan {
  preview: CorrectionsPreview;
  patches: Map<number, MetricPatch>;
}

type Values = Partial<CorrectionValues>;

interface Context {
  plan: CorrectionsPlan;
  book: CorrectionsWorkbook;
  current: Map<number, CorrectionValues>;
  /** The first row each metric was read from. */
  seen: Map<number, number>;
}

/** Reads an edited export and plans its corrections against the workspace as it is now. */
export async function planCorrectionsFile(db: Database, data: Buffer, fileName: string): Promise<CorrectionsPlan> {
  // exceljs loads only when a workbook is read: it is a large part of the core's start-up.
  const { readCorrectionsWorkbook } = await import('./corrections-file.ts');
  return planCorrections(db, await readCorrectionsWorkbook(data, fileName));
}

/** Each row of the file against what was exported and the metric now: a change, unchanged, or a listed problem. */
export function planCorrections(db: Database, book: CorrectionsWorkbook): CorrectionsPlan {
  const preview: CorrectionsPreview = {
    exportedAt: book.exportedAt, rows: 0, unchanged: 0, notInFile: 0, changes: [], missing: [], unparseable: [], conflicts: [],
  };
  const ids = book.rows.map((r) => r.id).filter((id): id is number => typeof id === 'number');
  const context: Context = { plan: { preview, patches: new Map() }, book, current: new MetricStore(db).correctionValues(ids), seen: new Map() };
  for (const row of book.rows) planRow(context, row);
  preview.notInFile = [...book.exported.keys()].filter((id) => !context.seen.has(id)).length;
  return context.plan;
}

/**
 * Applies the planned changes of the accepted metrics (all without `accepted`) as one undo
 * step; returns how many metrics changed.
 */
export function applyCorrections(db: Database, plan: CorrectionsPlan, now: string, accepted?: ReadonlySet<number>): number {
  const changes = [...plan.patches].filter(([id]) => !accepted || accepted.has(id)).map(([id, patch]) => ({ id, patch }));
  return new Edits(db).applyCorrections(changes, now);
}

function planRow(context: Context, row: SheetRow): void {
  const { preview } = context.plan;
  // A report's section heading has a label and nothing else, and no metric.
  if (row.id === null && !row.filled) return;
  preview.rows++;
  const problem = (list: 'missing' | 'unparseable' | 'conflicts', reason: string, id: number | null = null): void => {
    preview[list].push({ row: row.row, metricId: id, reason });
  };
  const id = row.id;
  if (id === null) return problem('unparseable', 'no Metric ID, so Assay cannot tell which metric this row is (a row added by hand?)');
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) return problem('unparseable', `Metric ID “${String(id)}” is not a metric's id`);
  const exported = context.book.exported.get(id);
  if (!exported) return problem('unparseable', `metric ${id} is not in the file's record of what was exported`, id);
  const first = context.seen.get(id);
  if (first === undefined) context.seen.set(id, row.row);
  const read = readCells(row);
  if ('reasons' in read) return problem('unparseable', read.reasons.join('; '), id);
  const edited = (Object.keys(read.values) as CorrectionField[]).filter((f) => !same(read.values[f], exported[f]));
  if (!edited.length) { preview.unchanged++; return; }
  if (first !== undefined) return problem('unparseable', `metric ${id} is also on row ${first}; only that row is read`, id);
  const current = context.current.get(id);
  if (!current) return problem('missing', `metric ${id} is no longer in this workspace (deleted since the export?)`, id);
  const fields = edited.map((f) => ({ field: f, exported: exported[f], file: read.values[f] ?? null, now: current[f] }));
  planFields(context, row.row, id, fields, current);
}

/** The row's cells read as fields, or every reason some cannot be. */
function readCells(row: SheetRow): { values: Values } | { reasons: string[] } {
  const values: Record<string, unknown> = {};
  const reasons: string[] = [];
  for (const [field, cell] of Object.entries(row.cells) as Array<[CorrectionField, Cell]>) {
    const parsed = readField(field, cell);
    if (parsed.ok) values[field] = parsed.value;
    else reasons.push(parsed.reason);
  }
  return reasons.length ? { reasons } : { values: values as Values };
}

type Value = CorrectionValues[CorrectionField];
type FieldState = { field: CorrectionField; exported: Value; file: Value; now: Value };

/**
 * The fields the file changed: already so in Assay (nothing to do), changed in Assay since
 * the export too (a conflict: the row is held back), or a change.
 */
function planFields(context: Context, row: number, id: number, fields: FieldState[], current: CorrectionValues): void {
  const { preview, patches } = context.plan;
  const pending = fields.filter((f) => !same(f.now, f.file));
  const conflicts = pending.filter((f) => !same(f.now, f.exported));
  if (conflicts.length) {
    const reason = conflicts.map((f) => `${CORRECTION_HEADERS[f.field]} was changed in Assay since the export `
      + `(${shown(f.exported)} → ${shown(f.now)}); the file says ${shown(f.file)}`);
    preview.conflicts.push({ row, metricId: id, reason: reason.join('; ') });
    return;
  }
  if (!pending.length) { preview.unchanged++; return; }
  const patch = MetricPatch.safeParse(Object.fromEntries(pending.map((f) => [f.field, f.file])));
  if (!patch.success) {
    const reasons = patch.error.issues.map((i) => `${CORRECTION_HEADERS[i.path[0] as CorrectionField] ?? 'A cell'}: ${i.message}`);
    preview.unparseable.push({ row, metricId: id, reason: reasons.join('; ') });
    return;
  }
  const backward = backwardPeriod(patch.data, current);
  if (backward) { preview.unparseable.push({ row, metricId: id, reason: backward }); return; }
  const change: CorrectionChange['fields'] = pending.map((f) => ({ field: f.field, before: f.now, after: f.file }));
  preview.changes.push({ row, metricId: id, label: current.label, fields: change });
  patches.set(id, patch.data);
}

/** Why a row's period would end before it starts, whichever end the file moves; null when it would not. */
function backwardPeriod(patch: MetricPatch, current: CorrectionValues): string | null {
  const start = patch.periodStart !== undefined ? patch.periodStart : current.periodStart;
  const end = patch.periodEnd !== undefined ? patch.periodEnd : current.periodEnd;
  if (!start || !end || start <= end) return null;
  return `the period would end on ${end}, before it starts on ${start}; set a Period start on or before the Period end`;
}

const same = (a: Value | undefined, b: Value | undefined) => (a ?? null) === (b ?? null);

function shown(v: Value): string {
  if (v === null || v === undefined || v === '') return 'empty';
  const s = String(v).replace(/\s+/gu, ' ');
  return `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”`;
}
