import path from 'node:path';
import { z } from 'zod';
import type { ExtractedMetric } from '../../shared/metrics.ts';
import { extractFromText } from '../../electron/core/extract/extract.ts';
import { readJsonl } from './jsonl.ts';
import { overlaps, zero, type Counts } from './score.ts';

/*
 * KPI-EDGAR: sentences of 10-K filings with each KPI value, its label span and its role
 * (cy, py, py1, increase, decrease). Assay's metrics give triples: the number inside the
 * metric's span, the span its label was read from, and a role from the metric's period
 * (its year against the filing's fiscal year) or, for changes, their direction.
 * value-relation F1 needs all three: strict when the label spans are equal, adjusted when
 * they overlap. Value F1 counts the number alone.
 */

const Sentence = z.object({
  id: z.string(),
  text: z.string(),
  fiscal_year: z.number(),
  expected: z.array(z.object({
    span: z.tuple([z.number(), z.number()]),
    value: z.number().nullable(),
    role: z.string(),
    label_span: z.tuple([z.number(), z.number()]).nullable().optional(),
  })),
});

interface Triple { value: [number, number]; label: [number, number] | null; role: string }

function roleOf(m: ExtractedMetric, fiscalYear: number): string {
  if (m.kind === 'change' && m.change) return m.change.direction === 'down' ? 'decrease' : 'increase';
  const year = m.period ? Number(m.period.end.slice(0, 4)) : fiscalYear;
  const back = fiscalYear - year;
  return back <= 0 ? 'cy' : back === 1 ? 'py' : back === 2 ? 'py1' : `py${back - 1}`;
}

function triples(text: string, fiscalYear: number): Triple[] {
  const out: Triple[] = [];
  for (const m of extractFromText(text, { date: `${fiscalYear}-12-31`, subject: null })) {
    if (m.unit === '%' || m.unit === 'count') continue; // KPI-EDGAR labels monetary KPI values
    out.push({ value: m.span, label: m.labelSpan, role: roleOf(m, fiscalYear) });
    if (m.change && m.changeSpan) out.push({ value: m.changeSpan, label: m.labelSpan, role: m.change.direction === 'down' ? 'decrease' : 'increase' });
  }
  return out;
}

export function scoreKpiEdgar(shared: string, split: 'valid' | 'train'): Record<string, Counts> {
  const sentences = readJsonl(path.join(shared, 'eval', `kpi_edgar_${split}.jsonl`), Sentence);
  const strict = zero();
  const adjusted = zero();
  const values = zero();
  for (const s of sentences) {
    const predicted = triples(s.text, s.fiscal_year);
    const expected = s.expected.filter((e) => e.value !== null);
    const match = (counts: Counts, ok: (p: Triple, e: (typeof expected)[number]) => boolean) => {
      const used = new Set<number>();
      for (const p of predicted) {
        const k = expected.findIndex((e, i) => !used.has(i) && p.value[0] <= e.span[0] && e.span[1] <= p.value[1] && ok(p, e));
        if (k === -1) counts.fp++;
        else { counts.tp++; used.add(k); }
      }
      counts.fn += expected.length - used.size;
    };
    match(values, () => true);
    match(adjusted, (p, e) => p.role === e.role && !!p.label && !!e.label_span && overlaps(p.label, e.label_span));
    match(strict, (p, e) => p.role === e.role && !!p.label && !!e.label_span && p.label[0] === e.label_span[0] && p.label[1] === e.label_span[1]);
  }
  return { [`${split}: value-relation F1 (strict label span)`]: strict, [`${split}: value-relation F1 (adjusted, label overlaps)`]: adjusted, [`${split}: value span only`]: values };
}
