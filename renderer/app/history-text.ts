import { formatValue } from '../../shared/format.ts';

/** One change as the core keeps it: the field's name and its old and new values as stored text. */
export interface HistoryEntry {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  changedAt: string;
  author?: string | null;
}

/** One change as the analyst reads it. */
export interface HistoryLine {
  /** "2025-07-14 09:30". */
  when: string;
  author: string | null;
  /** The field in words: "period as written", not "periodLabel". */
  field: string;
  from: string;
  to: string;
}

/** Fields in words; any other is its name split into words. */
const FIELDS = new Map(Object.entries({
  label: 'label', entity: 'entity', value: 'value', unit: 'unit', status: 'status', note: 'note', body: 'note', color: 'color',
  periodLabel: 'period as written', periodStart: 'period start', periodEnd: 'period end', quote: 'quote', placed: 'placed',
}));

/** "periodLabel" → "period as written"; a team's "value (not applied: a later edit won)" keeps its remark. */
export function fieldInWords(field: string): string {
  const name = /^\w+/u.exec(field)?.[0] ?? field;
  const remark = field.slice(name.length);
  return (FIELDS.get(name) ?? name.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase()) + remark;
}

/** A stored value as the grid shows it: a figure with its scale and unit ("9.287 bn CNY", not 9287000000 or 1e+35). */
export function valueInWords(field: string, value: string | null, unit: string | null): string {
  if (value === null || value === '') return '—';
  if (!/^value\b/u.test(field)) return value;
  const number = Number(value);
  return Number.isFinite(number) ? formatValue(number, unit) : value;
}

/**
 * A metric's history (newest first) as the analyst reads it: fields in words and values as the
 * grid shows them, each figure in the unit it had then (`unit`: the metric's unit now; an
 * earlier change of unit is undone going back, a change of value and unit together reads in
 * the old unit before and the new after).
 */
export function historyLines(history: HistoryEntry[], unit: string | null = null): HistoryLine[] {
  let then = unit;
  return history.map((h) => {
    const unitChange = history.find((u) => u.field === 'unit' && u.changedAt === h.changedAt);
    const before = unitChange ? unitChange.oldValue : then;
    const after = unitChange ? unitChange.newValue : then;
    if (h.field === 'unit') then = h.oldValue;
    return {
      when: h.changedAt.replace('T', ' ').slice(0, 16),
      author: h.author ?? null,
      field: fieldInWords(h.field),
      from: valueInWords(h.field, h.oldValue, before),
      to: valueInWords(h.field, h.newValue, after),
    };
  });
}
