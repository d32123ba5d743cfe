import type { Database } from 'better-sqlite3';
import type { ChangeCheck, ChangeMismatch } from '../../../shared/checks.ts';

interface Level {
  id: number; label: string; entity: string | null; unit: string | null; value: number | null; displayValue: string | null;
  periodStart: string | null; periodEnd: string | null; changeValue: number | null; changeUnit: string | null; changeBasis: string | null; changeSince: string | null;
  documentTitle: string;
}

const LEVEL_COLUMNS = `m.id, m.label, m.entity, m.unit, m.value, m.display_value AS displayValue, m.period_start AS periodStart, m.period_end AS periodEnd,
  m.change_value AS changeValue, m.change_unit AS changeUnit, m.change_basis AS changeBasis, m.change_since AS changeSince, d.title AS documentTitle`;

/** A date moved back by whole months, clamped to the month's length (2025-03-31 → 2025-02-28). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The end of the period a change was measured from, by its basis. */
function previousEnd(level: Level): string | null {
  if (!level.periodEnd) return null;
  const back: Record<string, number> = { yoy: 12, qoq: 3, mom: 1 };
  if (level.changeBasis === 'since') return level.changeSince;
  if (level.changeBasis === 'dod') return new Date(Date.parse(`${level.periodEnd}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const months = back[level.changeBasis ?? ''];
  if (!months) return null;
  // A month-end stays a month-end: Q1 ending 03-31 compares with Q1 a year before, ending 03-31.
  return monthsBefore(level.periodEnd, months);
}

/** Half a unit of the last digit written: how far a rounded figure may be from the truth. */
function halfUnit(level: { value: number; displayValue: string | null }): number {
  const written = level.displayValue?.replace(/,/gu, '') ?? '';
  const number = Number(written);
  if (!written || !Number.isFinite(number) || number === 0) return Math.abs(level.value) * 5e-4;
  const decimals = written.includes('.') ? written.split('.')[1]!.length : 0;
  return 0.5 * 10 ** -decimals * Math.abs(level.value / number);
}

function decimalsOf(n: number): number {
  const s = String(n);
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/** Checks a level's stated change against the level it was measured from, when that is known. */
function check(db: Database, level: Level): ChangeCheck | null {
  if (level.value === null || level.changeValue === null || !level.changeUnit) return null;
  const end = previousEnd(level);
  if (!end) return null;
  const previous = db.prepare(`SELECT ${LEVEL_COLUMNS} FROM metrics m JOIN documents d ON d.id = m.document_id
    WHERE m.label = ? AND m.entity IS ? AND m.unit IS ? AND m.period_end = ? AND m.value IS NOT NULL AND m.status != 'rejected' AND m.id != ?
    ORDER BY m.status = 'verified' DESC, m.id LIMIT 1`).get(level.label, level.entity, level.unit, end, level.id) as Level | undefined;
  if (!previous || previous.value === null || previous.value === 0) return null;
  const now = { value: level.value, err: halfUnit({ value: level.value, displayValue: level.displayValue }) };
  const then = { value: previous.value, err: halfUnit({ value: previous.value, displayValue: previous.displayValue }) };
  const stated = level.changeValue;
  let expected: number;
  let tolerance: number;
  if (level.changeUnit === '%') {
    expected = (now.value / then.value - 1) * 100;
    tolerance = 100 * (now.err / Math.abs(then.value) + Math.abs(now.value) * then.err / then.value ** 2) + 0.5 * 10 ** -decimalsOf(stated);
  } else if (level.changeUnit === 'pp' && level.unit === '%') {
    expected = now.value - then.value;
    tolerance = now.err + then.err + 0.5 * 10 ** -decimalsOf(stated);
  } else if (level.changeUnit === level.unit) {
    expected = now.value - then.value;
    tolerance = now.err + then.err + Math.abs(stated) * 5e-3;
  } else {
    return null;
  }
  return {
    previousId: previous.id, previousDocumentTitle: previous.documentTitle, previousValue: then.value, stated, expected,
    unit: level.changeUnit, ok: Math.abs(expected - stated) <= tolerance + 1e-9,
  };
}

/** The change check of one metric, or null when it states no change or its base is unknown. */
export function changeCheckOf(db: Database, metricId: number): ChangeCheck | null {
  const level = db.prepare(`SELECT ${LEVEL_COLUMNS} FROM metrics m JOIN documents d ON d.id = m.document_id WHERE m.id = ?`).get(metricId) as Level | undefined;
  return level ? check(db, level) : null;
}

/** Every stated change that disagrees, beyond rounding, with the two levels it joins. */
export function findChangeMismatches(db: Database): ChangeMismatch[] {
  const levels = db.prepare(`SELECT ${LEVEL_COLUMNS} FROM metrics m JOIN documents d ON d.id = m.document_id
    WHERE m.change_value IS NOT NULL AND m.period_end IS NOT NULL AND m.value IS NOT NULL AND m.status != 'rejected' ORDER BY m.label, m.period_end`).all() as Level[];
  const out: ChangeMismatch[] = [];
  for (const level of levels) {
    const result = check(db, level);
    if (result && !result.ok) out.push({ ...result, id: level.id, label: level.label, documentTitle: level.documentTitle, entity: level.entity, periodStart: level.periodStart });
  }
  return out;
}
