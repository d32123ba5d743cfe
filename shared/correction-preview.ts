import type { CorrectionsPreview } from './corrections.ts';

/*
 * How a corrections preview is named and summed up, apart from the corrections' schemas: the
 * grid's corrections dialog needs this at startup, and zod stays out of the renderer's first
 * bundle (#19).
 */

/** The fields of a metric an edited XLSX export may correct, in the Metrics sheet's order. */
export const CORRECTION_FIELDS = ['label', 'entity', 'value', 'unit', 'periodStart', 'periodEnd', 'status', 'note'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** Each field's column header in the Metrics sheet, which is also its name in previews and reasons. */
export const CORRECTION_HEADERS: Record<CorrectionField, string> = {
  label: 'Label', entity: 'Entity', value: 'Value', unit: 'Unit', periodStart: 'Period start', periodEnd: 'Period end', status: 'Status', note: 'Note',
};

/** The lists of rows held back, with their headings, in the order the CLI and the dialog show them. */
export const HELD_BACK = [
  { list: 'missing', heading: 'No longer in this workspace' },
  { list: 'unparseable', heading: 'Cells that do not parse' },
  { list: 'conflicts', heading: 'Changed in Assay since the export as well' },
] as const;

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The preview in one sentence, as the CLI and the dialog say it. */
export function previewSummary(p: CorrectionsPreview): string {
  const held = p.missing.length + p.unparseable.length + p.conflicts.length;
  const parts = [`${count(p.changes.length, 'metric')} to change`, `${p.unchanged.toLocaleString('en-US')} unchanged`, `${count(held, 'row')} held back`];
  if (p.notInFile) parts.push(`${count(p.notInFile, 'exported metric')} not in the file (left as they are)`);
  return `${parts.join(', ')}.`;
}
