import { z } from 'zod';
import type { ExtractedMetric } from '../../shared/metrics.ts';
import { extractFromText } from '../../electron/core/extract/extract.ts';
import { readJsonl } from './jsonl.ts';
import { add, close, overlaps, zero, type Counts } from './score.ts';

/*
 * Assay's own labelled sets: each case a passage with its document date and every metric
 * it states. A figure's span is found from its text (the first occurrence after the
 * previous figure). A prediction matches an expected metric when their spans overlap;
 * each field then counts as right or wrong on its own.
 */

const Expected = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  label: z.string(),
  change: z.object({ value: z.number(), unit: z.string(), basis: z.string(), since: z.string().optional(), direction: z.string() }).nullable(),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
});
const Case = z.object({ id: z.string(), date: z.string(), text: z.string(), expected: z.array(Expected) });
export type LabelledCase = z.infer<typeof Case>;

export const FIELDS = ['value+unit', 'label', 'change', 'period'] as const;
export type Field = (typeof FIELDS)[number];

export function readLabelled(file: string): LabelledCase[] {
  return readJsonl(file, Case);
}

function spanOf(c: LabelledCase, e: z.infer<typeof Expected>, from: number): [number, number] {
  const at = c.text.indexOf(e.text, from);
  if (at === -1) throw new Error(`${c.id}: "${e.text}" is not in the text`);
  return [at, at + e.text.length];
}

const normal = (s: string) => s.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim();

function fieldRight(field: Field, m: ExtractedMetric, e: z.infer<typeof Expected>): boolean {
  switch (field) {
    case 'value+unit': return m.unit === e.unit && close(m.value, e.value);
    case 'label': return normal(m.label) === normal(e.label);
    case 'change':
      if (!e.change || !m.change) return !e.change && !m.change;
      return close(m.change.value, e.change.value) && m.change.unit === e.change.unit && m.change.basis === e.change.basis
        && m.change.direction === e.change.direction && (e.change.since ?? null) === (m.change.since ?? null);
    case 'period':
      if (!e.period || !m.period) return !e.period && !m.period;
      return m.period.start === e.period.start && m.period.end === e.period.end;
  }
}

export interface LabelledResult {
  fields: Record<Field, Counts>;
  /** Human-readable misses, for improving the extractor. */
  misses: string[];
}

export function scoreLabelled(cases: LabelledCase[]): LabelledResult {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>;
  const misses: string[] = [];
  for (const c of cases) {
    const predicted = extractFromText(c.text, { date: c.date, subject: null });
    let from = 0;
    const expected = c.expected.map((e) => {
      const span = spanOf(c, e, from);
      from = span[1];
      return { e, span };
    });
    const used = new Set<number>();
    const per = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>;
    for (const m of predicted) {
      const k = expected.findIndex((x, i) => !used.has(i) && overlaps(m.span, x.span));
      if (k === -1) {
        for (const f of FIELDS) per[f].fp++;
        misses.push(`${c.id} extra: "${m.text}" (${m.label})`);
        continue;
      }
      used.add(k);
      const { e } = expected[k]!;
      for (const f of FIELDS) {
        if (fieldRight(f, m, e)) { per[f].tp++; continue; }
        per[f].fp++;
        per[f].fn++;
        misses.push(`${c.id} ${f}: "${e.text}" expected ${JSON.stringify(f === 'value+unit' ? [e.value, e.unit] : f === 'label' ? e.label : f === 'change' ? e.change : e.period)} got ${JSON.stringify(f === 'value+unit' ? [m.value, m.unit] : f === 'label' ? m.label : f === 'change' ? m.change : m.period)}`);
      }
    }
    expected.forEach((x, i) => {
      if (used.has(i)) return;
      for (const f of FIELDS) per[f].fn++;
      misses.push(`${c.id} missed: "${x.e.text}"`);
    });
    for (const f of FIELDS) add(fields[f], per[f]);
  }
  return { fields, misses };
}
