import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { parseDocument } from '../../../electron/core/ingest/parse-document.ts';
import { segmentText } from '../../../electron/core/ingest/segment-text.ts';
import type { ParsedDocument } from '../../../electron/core/ingest/types.ts';
import { fixture } from '../../helpers/fixtures.ts';

function rows(doc: ParsedDocument) {
  return doc.passages.map((p) => ({ kind: p.kind, text: doc.text.slice(p.start, p.end), debris: p.debris, q: p.questionIndex, depth: p.depth }));
}

describe('plain-text passages', () => {
  it('has exact offsets: the text sliced at each range is the passage', () => {
    const text = '  Title Line Here\n\nFirst paragraph, one line.\n- item one\n  - nested\n';
    for (const p of segmentText(text)) {
      const slice = text.slice(p.start, p.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
  });

  it('joins hard-wrapped lines into one paragraph and reads nested lists', () => {
    const doc = parseDocument(fixture('wrapped.txt'), 'wrapped.txt');
    const r = rows(doc);
    expect(r[0]).toMatchObject({ kind: 'heading', text: 'Magnet Makers Brace for a Tighter Quarter' });
    expect(r[1]!.kind).toBe('paragraph');
    expect(r[1]!.text.startsWith('Downstream magnet producers')).toBe(true);
    expect(r[1]!.text.endsWith('demand from motor makers.')).toBe(true);
    expect(r.filter((p) => p.kind === 'list_item').map((p) => [p.text, p.depth])).toEqual([
      ['Export licences are taking longer to process', 0],
      ['Two large tenders closed early', 0],
      ['One of them was oversubscribed', 1],
    ]);
  });

  it('joins text copied out of a PDF: lines near its width that break mid-sentence, with no blank line after a heading', () => {
    // As pdftotext writes a page: about 110 characters a line, a heading right above its paragraph, one-line paragraphs.
    const text = ['Headline numbers',
      'Halvorsen Copper reported third-quarter 2026 revenue of US$1.84 billion, up 12.6% year on year, as payable',
      'copper sales rose to 71,300 tonnes from 64,900 tonnes a year earlier. EBITDA was US$712 million, a margin of',
      '38.7%, and C1 cash costs fell 4.1% to US$1.92/lb.',
      'The board kept its copper guidance at 275,000–290,000 tonnes and cut its 2026 capex guidance to US$1.25',
      'billion.',
      'Net debt ended September at US$2.35 billion, against US$2.61 billion at the end of June, the company said.',
      'Mill throughput at Kestrel reached 9.8 Mt in the quarter, with recoveries of 88.5%, the highest since 2019.'].join('\n');
    const doc = parseDocument(new TextEncoder().encode(text), 'copied.txt');
    expect(rows(doc).map((r) => [r.kind, r.text.replace(/\n/gu, ' ').slice(0, 40)])).toEqual([
      ['heading', 'Headline numbers'], ['paragraph', 'Halvorsen Copper reported third-quarter '],
      ['paragraph', 'The board kept its copper guidance at 27'], ['paragraph', 'Net debt ended September at US$2.35 bill'],
      ['paragraph', 'Mill throughput at Kestrel reached 9.8 M'],
    ]);
    const metrics = extractDocument(doc, '2026-10-29');
    expect(metrics.find((m) => m.text === '71,300 tonnes')?.label).toBe('payable copper sales');
    expect(metrics.find((m) => m.text === '38.7%')?.label).toBe('EBITDA margin');
    // A figure broken from its scale at a line's end is never read without it.
    expect(metrics.find((m) => m.text.startsWith('US$1.25'))?.value).toBe(1_250_000_000);
  });

  it('links each answer to its question and ends the answer at a new attribution', () => {
    const doc = parseDocument(fixture('ir-record.txt'), 'ir-record.txt');
    const r = rows(doc);
    const q1 = r.findIndex((p) => p.text.startsWith('Q: How did the smelting'));
    expect(r[q1]!.kind).toBe('question');
    expect(r[q1 + 1]).toMatchObject({ kind: 'answer', q: q1 });
    expect(r[q1 + 2]).toMatchObject({ kind: 'answer', q: q1 });
    const q2 = r.findIndex((p) => p.text.startsWith('Q: What is the outlook'));
    expect(r[q2 + 1]).toMatchObject({ kind: 'answer', q: q2 });
    expect(r[q2 + 2]).toMatchObject({ kind: 'paragraph', q: null });
    expect(r[q2 + 2]!.text.startsWith('According to the quarterly report')).toBe(true);
  });

  it('leaves a speaker\'s line before a "Q:" or an "A:" out of the answer', () => {
    const text = ['Earnings call, questions and answers', '', 'Jane Liu, Morgan Stanley', 'Q: What was gross margin?', 'Mark Ellison, CFO',
      'A: Gross margin was 43.5%, up 120 basis points.', 'It should stay near that level.', 'Tom Becker (UBS)', 'Q: And capex?',
      'Mark Ellison – CFO', 'A: About $280 million.'].join('\n');
    const doc = parseDocument(Buffer.from(text), 'call.txt');
    expect(rows(doc).slice(1).map((p) => [p.kind, p.q])).toEqual([['paragraph', null], ['question', null], ['paragraph', null],
      ['answer', 2], ['answer', 2], ['paragraph', null], ['question', null], ['paragraph', null], ['answer', 7]]);
  });

  it('reads a table typed with spaces as a table: header typed over its columns, typed rules, a colon subheading', () => {
    const typed = ['                 NORTHGATE COOPERATIVE BANK', '        STATEMENTS OF INCOME (Dollars in thousands, except per share data)', '',
      '                                     Three Months Ended', '                                         March 31,', '                                  ------------------------',
      '                                     2025          2024', '                                  ----------    ----------', 'Interest income:',
      '  Loans                           $   22,615    $   20,904', '  Securities                          3,118         2,876', '                                  ----------    ----------',
      'Net income                        $    6,402    $    5,517', '                                  ==========    ==========', 'Earnings per share                $     0.58    $     0.50', '',
      'Two  spaces  in  prose  about  5  stores  do  not  make  a  table.', 'Loan growth was 8.2%  in the quarter.'].join('\n');
    const doc = parseDocument(Buffer.from(typed), 'statement.txt');
    const table = rows(doc).find((p) => p.kind === 'table')!;
    expect(table.text.split('\n')).toEqual(['\tThree Months Ended March 31, 2025\tThree Months Ended March 31, 2024', 'Interest income:\t\t',
      'Loans\t22,615\t20,904', 'Securities\t3,118\t2,876', 'Net income\t6,402\t5,517', 'Earnings per share\t0.58\t0.50']);
    // The rest keeps its text as typed; prose with double spaces is no table.
    expect(rows(doc).filter((p) => p.kind === 'table')).toHaveLength(1);
    expect(doc.text.endsWith('Two  spaces  in  prose  about  5  stores  do  not  make  a  table.\nLoan growth was 8.2%  in the quarter.')).toBe(true);
    expect(doc.text.startsWith('                 NORTHGATE COOPERATIVE BANK\n')).toBe(true);
    for (const p of doc.passages.filter((x) => x.kind !== 'table')) expect(doc.text.slice(p.start, p.end).trim()).toBe(doc.text.slice(p.start, p.end));
    const metrics = extractDocument(doc).filter((m) => m.period?.end === '2025-03-31');
    expect(metrics.map((m) => [m.label, m.value, m.unit])).toEqual([['Loans', 22_615_000, 'USD'], ['Securities', 3_118_000, 'USD'],
      ['Net income', 6_402_000, 'USD'], ['Earnings per share', 0.58, 'USD']]);
  });

  it('marks web-page debris without removing it from the text', () => {
    const doc = parseDocument(fixture('ir-record.txt'), 'ir-record.txt');
    const debris = rows(doc).filter((p) => p.debris).map((p) => p.text);
    expect(debris).toEqual(['Leave a Reply', '0 Comments']);
    expect(doc.text).toContain('Leave a Reply');
  });
});
