import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/** Labels of figures in 10-K style prose (sentences written for these tests). */
const labels = (text: string, date = '2024-12-31') =>
  extractFromText(text, { date, subject: null }).map((m) => [m.text, m.label, m.labelSpan && text.slice(...m.labelSpan)]);

describe('filing labels', () => {
  it('keeps a hyphenated or ampersand compound whole, even when a piece of it is a stop word', () => {
    expect(labels('The segment booked after-tax charges of $3.1 million in 2024.')).toEqual([
      ['$3.1 million', 'after-tax charges', 'after-tax charges'],
    ]);
    expect(labels('Held-for-sale liabilities of $18 million were reclassified.')[0]![2]).toBe('Held-for-sale liabilities');
    expect(labels('The IPR&D impairment charge of $4 million was recorded.')[0]![2]).toBe('IPR&D impairment charge');
  });

  it('reads the subject before an aside set off by commas', () => {
    expect(labels('Freight expense, net of fuel rebates, was $42 million in 2024.')[0]![2]).toBe('Freight expense');
    expect(labels('The net proceeds, after deducting underwriting fees, were $96 million.')[0]![2]).toBe('net proceeds');
  });

  it('names an amount "of" something by that something, unless the amount itself was named "X of"', () => {
    expect(labels('Other expense includes $7 million of severance costs.')[0]![2]).toBe('severance costs');
    expect(labels('The facility excludes $12 million of undrawn commitments.')[0]![2]).toBe('undrawn commitments');
    expect(labels('Freight revenue of $40 million of the total came from rail.')[0]![2]).toBe('Freight revenue');
  });

  it('ends a subject before a phrase saying where it is held, unless the head needs that phrase', () => {
    expect(labels('As of December 31, 2024, the interest rate swaps in a liability position totaled $14 million.')[0]![2]).toBe('interest rate swaps');
    expect(labels('Receivables with related parties were $6 million.')[0]![2]).toBe('Receivables');
    expect(labels('The net reduction in sales was $9 million.')[0]![2]).toBe('net reduction in sales');
    expect(labels('Annual output at the Kestrel mine is about 2 million mt.')[0]![1]).toBe('Kestrel mine annual output');
  });

  it('names every figure of a list by the "of" phrase after it', () => {
    const text = 'In 2024 and 2023, $5 million and $8 million, respectively, of trade receivables were factored.';
    expect(labels(text).map((m) => m[2])).toEqual(['trade receivables', 'trade receivables']);
    expect(labels('The group booked $3 million and $4 million of warranty costs.').map((m) => m[2])).toEqual(['warranty costs', 'warranty costs']);
  });

  it('leaves out a heading run into the sentence and a participle closing the subject', () => {
    const text = 'Note 9 — Deferred Revenue The deferred revenue recognized was $31 million at December 31, 2024.';
    expect(labels(text)[0]![2]).toBe('deferred revenue');
  });
});
