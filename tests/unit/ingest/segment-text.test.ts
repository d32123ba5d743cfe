import { describe, expect, it } from 'vitest';
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

  it('marks web-page debris without removing it from the text', () => {
    const doc = parseDocument(fixture('ir-record.txt'), 'ir-record.txt');
    const debris = rows(doc).filter((p) => p.debris).map((p) => p.text);
    expect(debris).toEqual(['Leave a Reply', '0 Comments']);
    expect(doc.text).toContain('Leave a Reply');
  });
});
