import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scoreKpiEdgar } from './eval/kpi-edgar.ts';
import { FIELDS, readLabelled, scoreLabelled, type LabelledCase, type LabelledResult } from './eval/labelled.ts';
import { scoreRecognizers } from './eval/recognizers.ts';
import { HEADER, row } from './eval/score.ts';

/*
 * `npm run eval [-- --misses [SET]]`: scores the extractor on the public sets in ../shared/eval
 * and on Assay's own labelled sets, printing precision, recall and F1 per set and field.
 * SET is own (assay-metrics, the default), tune or heldout (the analyst-notes halves).
 */

// `--misses` alone means the own set; parseArgs wants a value for a string option.
const args = process.argv.slice(2)
  .map((a, i, all) => (a === '--misses' && (all[i + 1] ?? '-').startsWith('-') ? '--misses=own' : a));
const { values } = parseArgs({ args, options: { misses: { type: 'string' }, shared: { type: 'string' } } });
const shared = path.resolve(values.shared ?? path.join(import.meta.dirname, '..', '..', 'shared'));
const fixtures = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'eval');

/** The labelled sets: key (for --misses), printed name, file. */
const SETS = [
  { key: 'own', name: 'assay-metrics (own set)', file: 'assay-metrics.jsonl' },
  { key: 'tune', name: 'analyst-notes tune', file: 'analyst-notes-tune.jsonl' },
  { key: 'heldout', name: 'analyst-notes heldout', file: 'analyst-notes-heldout.jsonl' },
  { key: 'c-tune', name: 'analyst-notes-c tune', file: 'analyst-notes-c-tune.jsonl' },
  { key: 'c-heldout', name: 'analyst-notes-c heldout', file: 'analyst-notes-c-heldout.jsonl' },
  { key: 'd-tune', name: 'analyst-notes-d tune', file: 'analyst-notes-d-tune.jsonl' },
  { key: 'd-heldout', name: 'analyst-notes-d heldout', file: 'analyst-notes-d-heldout.jsonl' },
  { key: 'e-tune', name: 'analyst-notes-e tune', file: 'analyst-notes-e-tune.jsonl' },
  { key: 'e-heldout', name: 'analyst-notes-e heldout', file: 'analyst-notes-e-heldout.jsonl' },
  { key: 'f-final', name: 'analyst-notes-f final', file: 'analyst-notes-f-final.jsonl' },
  { key: 'g-tune', name: 'analyst-notes-g tune', file: 'analyst-notes-g-tune.jsonl' },
  { key: 'g-heldout', name: 'analyst-notes-g heldout', file: 'analyst-notes-g-heldout.jsonl' },
  { key: 'h-tune', name: 'analyst-notes-h tune', file: 'analyst-notes-h-tune.jsonl' },
  { key: 'h-heldout', name: 'analyst-notes-h heldout', file: 'analyst-notes-h-heldout.jsonl' },
  { key: 'i-tune', name: 'analyst-notes-i tune', file: 'analyst-notes-i-tune.jsonl' },
  { key: 'i-heldout', name: 'analyst-notes-i heldout', file: 'analyst-notes-i-heldout.jsonl' },
  { key: 'j-tune', name: 'analyst-notes-j tune', file: 'analyst-notes-j-tune.jsonl' },
  { key: 'j-heldout', name: 'analyst-notes-j heldout', file: 'analyst-notes-j-heldout.jsonl' },
  { key: 'k-tune', name: 'analyst-notes-k tune', file: 'analyst-notes-k-tune.jsonl' },
  { key: 'k-heldout', name: 'analyst-notes-k heldout', file: 'analyst-notes-k-heldout.jsonl' },
  { key: 'l-tune', name: 'analyst-notes-l tune', file: 'analyst-notes-l-tune.jsonl' },
  { key: 'l-heldout', name: 'analyst-notes-l heldout', file: 'analyst-notes-l-heldout.jsonl' },
  { key: 'm-tune', name: 'analyst-notes-m tune', file: 'analyst-notes-m-tune.jsonl' },
  { key: 'm-heldout', name: 'analyst-notes-m heldout', file: 'analyst-notes-m-heldout.jsonl' },
  { key: 'n-tune', name: 'analyst-notes-n tune', file: 'analyst-notes-n-tune.jsonl' },
  { key: 'n-heldout', name: 'analyst-notes-n heldout', file: 'analyst-notes-n-heldout.jsonl' },
  { key: 'o-tune', name: 'analyst-notes-o tune', file: 'analyst-notes-o-tune.jsonl' },
  { key: 'o-heldout', name: 'analyst-notes-o heldout', file: 'analyst-notes-o-heldout.jsonl' },
  { key: 'p-tune', name: 'analyst-notes-p tune', file: 'analyst-notes-p-tune.jsonl' },
  { key: 'p-heldout', name: 'analyst-notes-p heldout', file: 'analyst-notes-p-heldout.jsonl' },
  { key: 'q-tune', name: 'analyst-notes-q tune', file: 'analyst-notes-q-tune.jsonl' },
  { key: 'q-heldout', name: 'analyst-notes-q heldout', file: 'analyst-notes-q-heldout.jsonl' },
  { key: 'r-final', name: 'analyst-notes-r final', file: 'analyst-notes-r-final.jsonl' },
  { key: 's-tune', name: 'analyst-notes-s tune', file: 'analyst-notes-s-tune.jsonl' },
  { key: 's-heldout', name: 'analyst-notes-s heldout', file: 'analyst-notes-s-heldout.jsonl' },
  { key: 't-tune', name: 'analyst-notes-t tune', file: 'analyst-notes-t-tune.jsonl' },
  { key: 't-heldout', name: 'analyst-notes-t heldout', file: 'analyst-notes-t-heldout.jsonl' },
  { key: 'u-tune', name: 'analyst-notes-u tune', file: 'analyst-notes-u-tune.jsonl' },
  { key: 'u-heldout', name: 'analyst-notes-u heldout', file: 'analyst-notes-u-heldout.jsonl' },
  { key: 'v-tune', name: 'analyst-notes-v tune', file: 'analyst-notes-v-tune.jsonl' },
  { key: 'v-heldout', name: 'analyst-notes-v heldout', file: 'analyst-notes-v-heldout.jsonl' },
  { key: 'w-tune', name: 'analyst-notes-w tune', file: 'analyst-notes-w-tune.jsonl' },
  { key: 'w-heldout', name: 'analyst-notes-w heldout', file: 'analyst-notes-w-heldout.jsonl' },
  { key: 'x-tune', name: 'analyst-notes-x tune', file: 'analyst-notes-x-tune.jsonl' },
  { key: 'x-heldout', name: 'analyst-notes-x heldout', file: 'analyst-notes-x-heldout.jsonl' },
] as const;
const ALIASES = new Map<string, string>(
  SETS.flatMap((s) => [[s.key, s.key], [s.file.replace('.jsonl', ''), s.key], [s.name, s.key]]),
);
const wanted = values.misses === undefined ? null : ALIASES.get(values.misses.trim().toLowerCase());
if (wanted === undefined) {
  console.error(`--misses: no set "${values.misses}"; choose one of ${SETS.map((s) => s.key).join(', ')}.`);
  process.exit(2);
}

/** Rows for each field that was scored at all (the own set labels no entities). */
function printFields(name: string, result: LabelledResult): void {
  for (const f of FIELDS) {
    const c = result.fields[f];
    if (c.tp + c.fp + c.fn > 0) console.log(row(`${name}: ${f}`, c));
  }
}

console.log(HEADER);
const results = new Map<string, LabelledResult>();
const notes: string[] = [];
for (const set of SETS) {
  const cases: LabelledCase[] = readLabelled(path.join(fixtures, set.file));
  const result = scoreLabelled(cases);
  results.set(set.key, result);
  printFields(set.name, result);
  const zh = cases.filter((c) => c.lang === 'zh');
  if (zh.length) printFields(`${set.name} (zh)`, scoreLabelled(zh));
  const listed = cases.some((c) => c.nonMetrics?.length)
    ? `, ${result.extrasOnNonMetrics} on listed non-metric numbers` : '';
  notes.push(`${set.name}: ${result.extras} predictions overlap no expected figure (false positives${listed})`);
}
console.log(`\n${notes.join('\n')}`);

if (!fs.existsSync(path.join(shared, 'eval'))) {
  console.log(`\n${shared}/eval not found: public sets skipped (pass --shared DIR).`);
} else {
  console.log('');
  for (const [name, counts] of Object.entries(scoreRecognizers(shared))) {
    console.log(row(`recognizers-text ${name}: value+unit`, counts));
  }
  for (const split of ['valid', 'train'] as const) {
    for (const [name, counts] of Object.entries(scoreKpiEdgar(shared, split))) {
      console.log(row(`kpi-edgar ${name}`, counts));
    }
  }
  console.log('\nKPI-EDGAR published best (KPI-BERT, test split): relation F1 22.68, adjusted relation F1 43.76.');
}
if (wanted) {
  const set = SETS.find((s) => s.key === wanted)!;
  console.log(`\nMisses on ${set.name}:\n${results.get(wanted)!.misses.join('\n')}`);
}
