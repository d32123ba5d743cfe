import { formatNumber, formatPeriod, formatValue } from '../../../shared/format.ts';
import { sheetPeriodLabel } from '../../../shared/period-label.ts';
import type { ExportMetric } from './collect.ts';

/*
 * How the report formats (HTML, PDF, Word) print a table of metrics, so they read alike.
 */

const SCALES: Array<[number, string]> = [[1e9, 'bn'], [1e6, 'mn'], [1e3, 'k']];

/**
 * How a table states its values: when every figure shares one unit, the unit and a scale go
 * in the header ("CNY mn") and the cells hold numbers; otherwise each cell says its unit.
 */
export function valueColumn(metrics: ExportMetric[]): { header: string; cell(m: ExportMetric): string } {
  const units = new Set(metrics.map((m) => m.unit));
  const unit = units.size === 1 ? [...units][0] ?? null : null;
  const values = metrics.map((m) => Math.abs(m.value ?? 0));
  if (!unit || unit === '%' || unit === 'pp' || !values.length) return { header: 'Value', cell: (m) => formatValue(m.value, m.unit) };
  // The scale of the smallest figure, so none reads as 0.00; prices and rates (CNY/t) are read unscaled.
  const [factor, name] = (unit.includes('/') ? undefined : SCALES.find(([f]) => Math.min(...values.filter((v) => v > 0)) >= f)) ?? [1, ''];
  const head = [unit === 'count' ? '' : unit, name].filter(Boolean).join(' ');
  return { header: head ? `Value (${head})` : 'Value', cell: (m) => (m.value === null ? '' : formatNumber(m.value / factor, factor === 1 ? 6 : 3)) };
}

/** A period as a report's narrow column prints it: "1Q25", "FY2024", a day as "31 Mar 25". */
export function exportPeriod(m: Pick<ExportMetric, 'periodLabel' | 'periodStart' | 'periodEnd'>): string {
  return m.periodStart && m.periodStart === m.periodEnd ? sheetPeriodLabel(m.periodStart, m.periodEnd) : formatPeriod(m);
}

/** Which optional columns a table needs: a column nobody fills is left out. */
export function optionalColumns(metrics: ExportMetric[]): { change: boolean; status: boolean; tags: boolean } {
  return { change: metrics.some((m) => m.changeValue !== null), tags: metrics.some((m) => m.tags), status: metrics.some((m) => m.status !== 'unreviewed') };
}
