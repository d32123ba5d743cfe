import type { Database } from 'better-sqlite3';
import type { ChangeCheck, ChangeMismatch } from '../../../shared/checks.ts';
import { seriesKey } from '../../../shared/series-key.ts';

/** What a check reads of a metric; a grid row has all of it. */
export interface Level {
  id: number; documentId: number; label: string; entity: string | null; unit: string | null; value: number | null; displayValue: string | null;
  periodStart: string | null; periodEnd: string | null; changeValue: number | null; changeUnit: string | null; changeBasis: string | null; changeSince: string | null;
  documentTitle: string;
}

const LEVEL_COLUMNS = `m.id, m.document_id AS documentId, m.label, m.entity, m.unit, m.value, m.display_value AS displayValue, m.period_start AS periodStart, m.period_end AS periodEnd,
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

/** How far back each basis looks; a Map, since the basis is stored text. */
const MONTHS_BACK = new Map(Object.entries({ yoy: 12, qoq: 3, mom: 1 }));

/** The end of the period a change was measured from, by its basis. */
function previousEnd(level: Level): string | null {
  if (!level.periodEnd) return null;
  if (level.changeBasis === 'since') return level.changeSince;
  if (level.changeBasis === 'dod') return new Date(Date.parse(`${level.periodEnd}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const months = MONTHS_BACK.get(level.changeBasis ?? '');
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

/** The stated change of `level` against `previous`, allowing for the rounding of all three figures. */
function compare(level: Level, previous: Level): ChangeCheck | null {
  if (level.value === null || level.changeValue === null || !level.changeUnit || previous.value === null || previous.value === 0) return null;
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

/**
 * Checks many levels' stated changes at once (a grid page, an export, the whole workspace):
 * one query finds every base level, so the cost does not grow with a query per row.
 */
export function checkChanges(db: Database, levels: Level[]): Map<number, ChangeCheck> {
  const wanted = levels.flatMap((l) => {
    const end = l.value !== null && l.changeValue !== null && l.changeUnit ? previousEnd(l) : null;
    return end ? [{ id: l.id, series: seriesKey(l.label, l.entity), end, unit: l.unit }] : [];
  });
  const out = new Map<number, ChangeCheck>();
  if (!wanted.length) return out;
  const keyOf = (w: { series: string; end: string; unit: string | null }) => JSON.stringify([w.series, w.end, w.unit]);
  const keys = [...new Map(wanted.map((w) => [keyOf(w), w])).values()];
  const found = db.prepare(`SELECT ${LEVEL_COLUMNS}, k.key AS k FROM json_each(?) k
      JOIN metrics m ON m.series_key = k.value ->> 0 AND m.period_end = k.value ->> 1 AND m.unit IS k.value ->> 2
      JOIN documents d ON d.id = m.document_id
    WHERE m.value IS NOT NULL AND m.status != 'rejected' ORDER BY m.status = 'verified' DESC, m.id`)
    .all(JSON.stringify(keys.map((w) => [w.series, w.end, w.unit]))) as Array<Level & { k: number }>;
  // The first found per key is the best base: a verified one, else the earliest.
  const candidates = new Map<string, Level[]>();
  for (const f of found) {
    const key = keyOf(keys[f.k]!);
    candidates.set(key, [...(candidates.get(key) ?? []), f]);
  }
  const byId = new Map(levels.map((l) => [l.id, l]));
  for (const w of wanted) {
    const result = checkAgainst(byId.get(w.id)!, (candidates.get(keyOf(w)) ?? []).filter((c) => c.id !== w.id));
    if (result) out.set(w.id, result);
  }
  return out;
}

/**
 * A source states a change against its own level ("444,500, compared with 398,000 …, an
 * increase of 46,500"), so its own levels are the base first: it is consistent when any of them
 * agrees, and another document's value (perhaps corrected by the analyst) does not make it
 * wrong. Only a source that states no base level of its own is checked against the best other.
 */
function checkAgainst(level: Level, bases: Level[]): ChangeCheck | null {
  const own = bases.filter((b) => b.documentId === level.documentId).map((b) => compare(level, b)).filter((c) => c !== null);
  if (own.length) return own.find((c) => c.ok) ?? own[0]!;
  return bases[0] ? compare(level, bases[0]) : null;
}

/** Every stated change that disagrees, beyond rounding, with the two levels it joins. */
export function findChangeMismatches(db: Database): ChangeMismatch[] {
  const levels = db.prepare(`SELECT ${LEVEL_COLUMNS} FROM metrics m JOIN documents d ON d.id = m.document_id
    WHERE m.change_value IS NOT NULL AND m.period_end IS NOT NULL AND m.value IS NOT NULL AND m.status != 'rejected' ORDER BY m.label, m.period_end`).all() as Level[];
  const checks = checkChanges(db, levels);
  const out: ChangeMismatch[] = [];
  for (const level of levels) {
    const result = checks.get(level.id);
    if (result && !result.ok) out.push({ ...result, id: level.id, label: level.label, documentTitle: level.documentTitle, entity: level.entity, periodStart: level.periodStart });
  }
  return out;
}
