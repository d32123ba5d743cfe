import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scoreKpiEdgar } from './eval/kpi-edgar.ts';
import { FIELDS, readLabelled, scoreLabelled } from './eval/labelled.ts';
import { scoreRecognizers } from './eval/recognizers.ts';
import { HEADER, row } from './eval/score.ts';

/*
 * `npm run eval [-- --misses]`: scores the extractor on the public sets in ../shared/eval
 * and on Assay's own labelled set, printing precision, recall and F1 per set and field.
 */

const { values } = parseArgs({ options: { misses: { type: 'boolean' }, shared: { type: 'string' } } });
const shared = path.resolve(values.shared ?? path.join(import.meta.dirname, '..', '..', 'shared'));
const own = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'eval', 'assay-metrics.jsonl');

console.log(HEADER);
const labelled = scoreLabelled(readLabelled(own));
for (const f of FIELDS) console.log(row(`assay-metrics (own set): ${f}`, labelled.fields[f]));

if (!fs.existsSync(path.join(shared, 'eval'))) {
  console.log(`\n${shared}/eval not found: public sets skipped (pass --shared DIR).`);
} else {
  for (const [name, counts] of Object.entries(scoreRecognizers(shared))) console.log(row(`recognizers-text ${name}: value+unit`, counts));
  for (const split of ['valid', 'train'] as const) {
    for (const [name, counts] of Object.entries(scoreKpiEdgar(shared, split))) console.log(row(`kpi-edgar ${name}`, counts));
  }
  console.log('\nKPI-EDGAR published best (KPI-BERT, test split): relation F1 22.68, adjusted relation F1 43.76.');
}
if (values.misses) console.log(`\nMisses on the own set:\n${labelled.misses.join('\n')}`);
