import type { ExtractedMetric } from '../../../shared/metrics.ts';
import type { PassageDraft } from '../ingest/types.ts';
import { textCues } from './currencies.ts';
import { mainSubject } from './entities.ts';
import { extractFromText } from './extract.ts';
import { extractTable, readUnitsLine, tableHead, type TableHead, type TableUnit } from './tables.ts';

/** A table's units line: in its own first row, or in a short passage just before it (a caption), never a sentence of prose. */
function unitsFor(doc: { text: string; passages: PassageDraft[] }, index: number): TableUnit | null {
  const table = doc.passages[index]!;
  // Of the first row, its first cell: a row of headings with units of their own ("Revenue (RMB m)", "Margin (%)")
  // says nothing of the other columns.
  const firstRow = (doc.text.slice(table.start, table.end).split('\n')[0] ?? '').split('\t')[0] ?? '';
  // A short passage is a caption; a longer title keeps its units in brackets at its end ("… STATEMENTS OF INCOME
  // (Dollars in thousands, except per share data)").
  const before = doc.passages.slice(Math.max(0, index - 2), index).reverse().map((p) => doc.text.slice(p.start, p.end))
    .map((t) => (t.length <= 80 ? t : t.length <= 240 ? /\([^()]{3,80}\)$/u.exec(t)?.[0] ?? '' : ''));
  for (const text of [firstRow, ...before]) {
    const unit = readUnitsLine(text);
    if (unit) return unit;
  }
  return null;
}

/** The short passage just before a table, which names it ("Output by mine, January–June 2025"); empty when there is none. */
function captionOf(doc: { text: string; passages: PassageDraft[] }, index: number): string {
  const before = doc.passages[index - 1];
  if (!before || before.kind === 'table') return '';
  const text = doc.text.slice(before.start, before.end);
  return text.length <= 160 ? text : '';
}

/** A metric with the index of the passage it was read from. */
export type PassageMetric = ExtractedMetric & { passageIndex: number };

/**
 * Every figure of a parsed document, passage by passage, spans in the document's text.
 * Page debris is skipped; tables are read cell by cell (row label, column period, units line). `date` overrides the
 * document's own date for resolving relative periods.
 */
export function extractDocument(doc: { text: string; passages: PassageDraft[]; meta: { published: string | null } }, date?: string | null): PassageMetric[] {
  const options = { date: date ?? doc.meta.published, subject: mainSubject(proseOf(doc)), cues: textCues(doc.text) };
  const out: PassageMetric[] = [];
  // The table read last, while nothing but page debris follows it: a headless table after it may be its next page.
  let open: { head: TableHead; units: TableUnit | null; caption: string } | null = null;
  doc.passages.forEach((p, passageIndex) => {
    if (p.debris) return;
    if (p.kind !== 'table') {
      open = null;
      for (const m of extractFromText(doc.text.slice(p.start, p.end), options, p.start)) out.push({ ...m, passageIndex });
      return;
    }
    const head = tableHead(doc.text, p.start, p.end, options.date);
    const table = head || !open ? { head, units: unitsFor(doc, passageIndex), caption: captionOf(doc, passageIndex) } : { ...open };
    const tableOptions = { ...options, caption: table.caption, carried: head ? null : open?.head };
    for (const m of extractTable(doc.text, p.start, p.end, table.units, tableOptions)) out.push({ ...m, passageIndex });
    open = table.head ? { head: table.head, units: table.units, caption: table.caption } : null;
  });
  return out;
}

/** The document without its tables: a register of many companies names none of them as the document's subject. */
function proseOf(doc: { text: string; passages: PassageDraft[] }): string {
  if (!doc.passages.some((p) => p.kind === 'table')) return doc.text;
  return doc.passages.filter((p) => p.kind !== 'table').map((p) => doc.text.slice(p.start, p.end)).join('\n');
}
