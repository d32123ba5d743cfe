import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prf } from '../../../bench/eval/score.ts';
import { readLabelled, scoreLabelled } from '../../../bench/eval/labelled.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';

/*
 * Assay's own labelled set (tests/fixtures/eval/assay-metrics.jsonl, sentences written for
 * it): quarterly and dated periods, YoY and other changes, CNY, mt, kW and counts. The
 * floors sit a little under what the extractor scores, so a regression fails the suite.
 */
describe('extraction on the labelled set', () => {
  const cases = readLabelled(path.join(FIXTURES, 'eval', 'assay-metrics.jsonl'));
  const result = scoreLabelled(cases);

  it('has at least 80 labelled metrics', () => {
    expect(cases.reduce((n, c) => n + c.expected.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['value+unit', 0.97],
    ['label', 0.9],
    ['change', 0.95],
    ['period', 0.93],
  ] as const)('%s F1 is at least %s', (field, floor) => {
    expect(prf(result.fields[field]).f1, result.misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
