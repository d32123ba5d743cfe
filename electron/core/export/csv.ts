import { formatPeriod } from '../../../shared/format.ts';
import { citation, type ExportData } from './collect.ts';
import { inertCell } from './safe.ts';

const HEADER = ['Label', 'Entity', 'Value', 'Unit', 'As written', 'Change', 'Change unit', 'Change basis', 'Period', 'Period start', 'Period end', 'Status', 'Tags', 'Note', 'Document', 'Published', 'Passage', 'Quoted sentence', 'Citation', 'Metric ID'];

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = inertCell(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF, quoted fields), UTF-8 with a BOM so Excel reads it as UTF-8. */
export function toCsv(data: ExportData): Buffer {
  const lines = [HEADER.map(field).join(',')];
  for (const m of data.metrics) {
    lines.push([
      m.label, m.entity, m.value, m.unit, [m.displayValue, m.displayScale, m.displayUnit].filter(Boolean).join(' ') || null, m.changeValue, m.changeUnit,
      m.changeBasis === 'since' ? `since ${m.changeSince ?? ''}` : m.changeBasis,
      formatPeriod(m) || null, m.periodStart, m.periodEnd, m.status, m.tags, m.note, m.documentTitle, m.published, m.passageNumber, m.sentence, citation(m), m.id,
    ].map(field).join(','));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
