import { z } from 'zod';
import type { CorrectionField, CorrectionValues } from '../../../shared/corrections.ts';
import { METRIC_STATUSES } from '../../../shared/metrics.ts';

/** A cell as exceljs reads it, made plain: text, a number, a date, a boolean, empty (null), or an error. */
export type Cell = string | number | boolean | Date | null | { error: string };

const Plain = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null(), z.undefined()]).transform((v) => v ?? null);
const RichText = z.object({ richText: z.array(z.object({ text: z.string() })) }).transform((v) => v.richText.map((r) => r.text).join(''));

/** Every shape exceljs gives a cell's value: rich text, a link's text, a formula's result, an error. */
export const CellSchema: z.ZodType<Cell> = z.union([
  Plain,
  RichText,
  z.object({ text: z.union([z.string(), RichText]), hyperlink: z.string() }).transform((v) => v.text),
  z.object({ result: z.union([Plain, z.object({ error: z.string() })]).optional() }).transform((v) => v.result ?? null),
  z.object({ error: z.string() }),
]);

/** A field's value read from its cell, or why it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });
const shown = (cell: Cell) => (cell instanceof Date ? cell.toISOString()
  : typeof cell === 'object' && cell !== null ? cell.error : String(cell));
const blank = (cell: Cell) => cell === null || (typeof cell === 'string' && !cell.trim());

/** Text as the export wrote it: the apostrophe that kept a formula-like text inert is not part of it. */
function text(cell: Cell): string {
  const s = typeof cell === 'string' ? cell : shown(cell);
  return s.replace(/^'(?=[=+\-@\t\r])/u, '');
}

const optionalText = (cell: Cell): Parsed<string | null> => (blank(cell) ? ok(null) : ok(text(cell).trim()));

function label(cell: Cell): Parsed<string> {
  return blank(cell) ? bad('Label is empty') : ok(text(cell).trim());
}

/** A number cell, or text that is a plain number ("1,234.5"); empty is no value. */
function value(cell: Cell): Parsed<number | null> {
  if (blank(cell)) return ok(null);
  if (typeof cell === 'number' && Number.isFinite(cell)) return ok(cell);
  const s = typeof cell === 'string' ? cell.replace(/[\s,]/gu, '') : '';
  if (/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/iu.test(s)) return ok(Number(s));
  return bad(`Value “${shown(cell)}” is not a number`);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, YYYY-MM-DD text, or an Excel serial day number (a date whose format was lost). */
function date(name: string) {
  return (cell: Cell): Parsed<string | null> => {
    if (blank(cell)) return ok(null);
    const text = typeof cell === 'string' ? cell.trim() : '';
    const serial = typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466;
    const time = cell instanceof Date ? cell.getTime() : serial ? EXCEL_EPOCH + cell * 86_400_000
      : /^\d{4}-\d{2}-\d{2}$/u.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
    const iso = Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
    // Date.parse rolls "2025-02-30" over to March: a date must read back as written.
    if (!iso || (typeof cell === 'string' && iso !== text)) return bad(`${name} “${shown(cell)}” is not a date (YYYY-MM-DD)`);
    return ok(iso);
  };
}

function status(cell: Cell): Parsed<CorrectionValues['status']> {
  const s = blank(cell) ? '' : text(cell).trim().toLowerCase();
  const found = METRIC_STATUSES.find((x) => x === s);
  return found ? ok(found) : bad(`Status “${blank(cell) ? '' : shown(cell)}” is not one of ${METRIC_STATUSES.join(', ')}`);
}

const note = (cell: Cell): Parsed<string> => ok(blank(cell) ? '' : text(cell));

/** How each correctable field is read from its cell. */
export const FIELD_READERS: { [F in CorrectionField]: (cell: Cell) => Parsed<CorrectionValues[F]> } = {
  label, entity: optionalText, value, unit: optionalText, periodStart: date('Period start'), periodEnd: date('Period end'), status, note,
};

/** Reads one cell as a field, an error cell or an unreadable shape saying so. */
export function readField<F extends CorrectionField>(field: F, cell: Cell): Parsed<CorrectionValues[F]> {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return bad(`${field} holds the error ${cell.error}`);
  return FIELD_READERS[field](cell);
}
