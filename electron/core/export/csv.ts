import { auditNote, formatPeriod } from '../../../shared/format.ts';
import { citation, type ExportData, type ExportMetric } from './collect.ts';
import { inertCell } from './safe.ts';

/** The columns of the flat table formats (CSV, and TSV for the clipboard). */
export const TABLE_HEADER = ['Label', 'Entity', 'Value', 'Unit', 'As written', 'Change', 'Change unit', 'Change basis', 'Period', 'Period start', 'Period end', 'Status', 'Edited (extracted original)', 'Tags', 'Note', 'Document', 'Published', 'Passage', 'Quoted sentence', 'Citation', 'Metric ID'];

/** A metric's fields in TABLE_HEADER's order. */
export function tableFields(m: ExportMetric): Array<string | number | null> {
  return [
    m.label, m.entity, m.value, m.unit, [m.qualifier, m.displayValue, m.displayScale, m.displayUnit].filter(Boolean).join(' ') || null, m.changeValue, m.changeUnit,
    m.changeBasis === 'since' ? `since ${m.changeSince ?? ''}` : m.changeBasis,
    formatPeriod(m) || null, m.periodStart, m.periodEnd, m.status, auditNote(m), m.tags, m.note, m.documentTitle, m.published, m.passageNumber, m.sentence, citation(m), m.id,
  ];
}

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = inertCell(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF, quoted fields), UTF-8 with a BOM so Excel reads it as UTF-8. */
export function toCsv(data: ExportData): Buffer {
  const lines = [TABLE_HEADER.map(field).join(',')];
  for (const m of data.metrics) lines.push(tableFields(m).map(field).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
