import path from 'node:path';
import { z } from 'zod';
import { extractFromText } from '../../electron/core/extract/extract.ts';
import { readJsonl } from './jsonl.ts';
import { RECOGNIZERS_UNITS } from './recognizers-units.ts';
import { close, overlaps, zero, type Counts } from './score.ts';

/*
 * Recognizers-Text English specs: each case is scored only for its own model's type (a
 * percentage found in a currency case is not a false positive). Value and unit are compared
 * in Assay's canonical units. Recognizers has no rates, so for a rate Assay reads ("500,000
 * barrels a day") the numerator is compared. Expected entries without a number are skipped.
 */

const Case = z.object({
  id: z.string(),
  text: z.string(),
  model: z.string(),
  expected: z.array(z.object({ span: z.tuple([z.number(), z.number()]), text: z.string(), value: z.union([z.number(), z.string()]).nullable(), unit: z.string().optional() })),
});

const MODELS: Record<string, { name: string; accepts(unit: string): boolean }> = {
  'NumberWithUnit/CurrencyModel': { name: 'currency', accepts: (u) => /^[A-Z]{3}/u.test(u) },
  'NumberWithUnit/DimensionModel': { name: 'dimension', accepts: (u) => !/^[A-Z]{3}/u.test(u) && !['%', 'pp', 'count', '°C', '°F'].includes(u) },
  'Number/PercentModel': { name: 'percent', accepts: (u) => u === '%' },
};

export function scoreRecognizers(shared: string): Record<string, Counts> {
  const cases = readJsonl(path.join(shared, 'eval', 'recognizers_en.jsonl'), Case);
  const results: Record<string, Counts> = {};
  for (const c of cases) {
    const model = MODELS[c.model];
    if (!model) continue;
    const counts = (results[model.name] ??= zero());
    const predicted = extractFromText(c.text, { date: null, subject: null }).filter((m) => model.accepts(m.unit));
    const expected = c.expected.filter((e): e is typeof e & { value: number } => typeof e.value === 'number');
    const used = new Set<number>();
    for (const m of predicted) {
      const k = expected.findIndex((e, i) => !used.has(i) && overlaps(m.span, e.span));
      if (k === -1) { counts.fp++; continue; }
      used.add(k);
      const e = expected[k]!;
      const target = model.name === 'percent' ? { unit: '%', factor: 1 } : e.unit === 'Pound' && !m.unit.startsWith('GBP') ? { unit: 't', factor: 0.00045359237 } : RECOGNIZERS_UNITS[e.unit ?? ''];
      const unit = m.unit.includes('/') && !target?.unit.includes('/') ? m.unit.split('/')[0] : m.unit;
      if (target && unit === target.unit && close(m.value, e.value * target.factor)) counts.tp++;
      else { counts.fp++; counts.fn++; }
    }
    counts.fn += expected.length - used.size;
  }
  return results;
}
