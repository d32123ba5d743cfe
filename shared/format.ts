import type { Change, MetricRow } from './metrics.ts';
import { compactPeriod, sheetPeriodLabel } from './period-label.ts';

/** Figures formatted for reading, in the units Assay stores. */

const SCALES: Array<[number, string]> = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'mn']];

// toLocaleString builds a formatter on every call; exports format tens of thousands of figures.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, digits = 6): string {
  if (value === null || value === undefined) return '';
  let format = formatters.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, format);
  }
  return format.format(Number(value.toPrecision(12)));
}

/** 9287000000 CNY → "9.287 bn CNY"; 61.19 % → "61.19%". */
export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '';
  if (unit === '%') return `${formatNumber(value, 4)}%`;
  if (unit === 'pp') return `${formatNumber(value, 4)} pp`;
  const scale = SCALES.find(([f]) => Math.abs(value) >= f);
  const number = scale ? `${formatNumber(value / scale[0], 3)} ${scale[1]}` : formatNumber(value);
  return unit && unit !== 'count' ? `${number} ${unit}` : number;
}

/** The scales a reader may pin values to; "auto" picks one per figure. */
export const DISPLAY_SCALES = ['auto', 'units', 'k', 'mn', 'bn'] as const;
export type DisplayScale = (typeof DISPLAY_SCALES)[number];
const FACTORS = new Map<DisplayScale, number>([['units', 1], ['k', 1e3], ['mn', 1e6], ['bn', 1e9]]);

/**
 * A value at a chosen scale, so a column of figures reads alike: 9287000000 CNY at "mn" →
 * "9,287 mn CNY". Percentages and points keep their own form.
 */
export function formatValueAt(value: number | null, unit: string | null, scale: DisplayScale): string {
  const factor = FACTORS.get(scale);
  if (value === null || factor === undefined || unit === '%' || unit === 'pp') return formatValue(value, unit);
  const number = `${formatNumber(value / factor, factor === 1 ? 6 : 3)}${factor === 1 ? '' : ` ${scale}`}`;
  return unit && unit !== 'count' ? `${number} ${unit}` : number;
}

/** A Map, since the basis is stored text: "constructor" must not print a function. */
const BASIS = new Map(Object.entries({ yoy: 'YoY', qoq: 'QoQ', mom: 'MoM', dod: 'DoD', unspecified: '' }));

export function formatChange(m: Pick<MetricRow, 'changeValue' | 'changeUnit' | 'changeBasis' | 'changeSince'>): string {
  if (m.changeValue === null) return '';
  const sign = m.changeValue > 0 ? '+' : '';
  const basis = m.changeBasis === 'since' ? `since ${m.changeSince ?? ''}` : BASIS.get(m.changeBasis ?? '') ?? '';
  return `${sign}${formatValue(m.changeValue, m.changeUnit)} ${basis}`.trim();
}

/** A change as the grid's change columns hold it, so `formatChange` can say it. */
export function asChangeColumns(c: Change): Pick<MetricRow, 'changeValue' | 'changeUnit' | 'changeBasis' | 'changeSince'> {
  return { changeValue: c.value, changeUnit: c.unit, changeBasis: c.basis, changeSince: c.since ?? null };
}

/** A metric's period as the grid and reports show it: compact ("1Q25", "FY2025"), else as the source wrote it. */
export function formatPeriod(m: Pick<MetricRow, 'periodLabel' | 'periodStart' | 'periodEnd'>): string {
  if (!m.periodStart || !m.periodEnd) return m.periodLabel ?? '';
  return compactPeriod(m.periodStart, m.periodEnd) ?? m.periodLabel ?? '';
}

/**
 * A period as the grid's narrow Period column shows it: "1Q25", "FY2024", one day as
 * "31 Mar 25". The quick filter and the Period filter match this too (electron/core/db/period-shown.ts).
 */
export function gridPeriod(m: Pick<MetricRow, 'periodLabel' | 'periodStart' | 'periodEnd'>): string {
  return m.periodStart && m.periodStart === m.periodEnd ? sheetPeriodLabel(m.periodStart, m.periodEnd) : formatPeriod(m);
}

/** The period in full, for the inspector: compact, exact dates, and the words the source used. */
export function formatPeriodInFull(m: Pick<MetricRow, 'periodLabel' | 'periodStart' | 'periodEnd'>): string {
  if (!m.periodStart) return m.periodLabel ?? '';
  const range = m.periodStart === m.periodEnd ? m.periodStart : `${m.periodStart} – ${m.periodEnd}`;
  const compact = m.periodEnd ? compactPeriod(m.periodStart, m.periodEnd) : null;
  const head = compact && compact !== range ? `${compact} (${range})` : range;
  return m.periodLabel ? `${head}, “${m.periodLabel}”` : head;
}

type Audited = Pick<MetricRow, 'edited' | 'original' | 'label' | 'value' | 'unit' | 'entity' | 'periodLabel' | 'periodStart' | 'periodEnd'>;

/** The grid's columns an edit may change; a changed unit shows in the value's cell. */
export type AuditedField = 'value' | 'label' | 'entity' | 'period';

/**
 * What the analyst changed, with the extracted original beside it, for the grid's marks,
 * the inspector and every export: "Edited; extracted: value 9.827 bn CNY, label “revenue”".
 * With `only`, just that field's change, for the mark on its own cell (an edited period must
 * not mark the value). Null when the metric (or that field) is as extracted, or edited back to it.
 */
export function auditNote(m: Audited, only?: AuditedField): string | null {
  if (!m.edited || !m.original) return null;
  const o = m.original as Partial<Record<keyof Audited, string | number | null>>;
  const differs = (k: keyof Audited) => Object.hasOwn(o, k) && String(o[k] ?? '') !== String(m[k] ?? '');
  const wanted = (field: AuditedField) => !only || only === field;
  const parts: string[] = [];
  if (wanted('value') && (differs('value') || differs('unit'))) parts.push(`value ${formatValue(o.value === undefined ? m.value : o.value === null ? null : Number(o.value), (o.unit ?? null) as string | null) || 'none'}`);
  if (wanted('label') && differs('label')) parts.push(`label “${String(o.label ?? '')}”`);
  if (wanted('entity') && differs('entity')) parts.push(o.entity ? `entity “${String(o.entity)}”` : 'no entity');
  if (wanted('period') && (differs('periodLabel') || differs('periodStart') || differs('periodEnd'))) {
    const period = formatPeriod({ periodLabel: (o.periodLabel ?? null) as string | null, periodStart: (o.periodStart ?? null) as string | null, periodEnd: (o.periodEnd ?? null) as string | null });
    parts.push(period ? `period ${period}` : 'no period');
  }
  return parts.length ? `Edited; extracted: ${parts.join(', ')}` : null;
}
