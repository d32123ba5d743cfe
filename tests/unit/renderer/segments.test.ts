import { describe, expect, it } from 'vitest';
import { runsOf, type Highlight } from '../../../renderer/app/reader/segments.ts';

const passage = { start: 100, end: 140, text: 'Revenue was 9.287 billion yuan, up 61.2%' };
const at = (words: string) => passage.start + passage.text.indexOf(words);
const highlight = (id: number, words: string, color = 'yellow'): Highlight => ({ id, start: at(words), end: at(words) + words.length, body: '', quote: words, color });

describe('reader runs', () => {
  it('keeps every character once, in order, whatever overlaps', () => {
    const runs = runsOf(passage, [{ id: 1, start: at('9.287'), end: at('yuan') + 4, status: 'unreviewed' }],
      [highlight(1, 'was 9.287'), highlight(2, 'billion yuan, up'), highlight(3, 'Revenue was 9.287 billion yuan, up 61.2%')]);
    expect(runs.flatMap((r) => r.pieces.map((p) => p.text)).join('')).toBe(passage.text);
  });

  it('gives overlapping highlights each their own characters, innermost first', () => {
    const runs = runsOf(passage, [], [highlight(1, 'Revenue was 9.287', 'yellow'), highlight(2, '9.287 billion', 'blue')]);
    const pieces = runs.flatMap((r) => r.pieces).map((p) => [p.text, p.highlights.map((h) => h.id)]);
    expect(pieces).toEqual([['Revenue was ', [1]], ['9.287', [2, 1]], [' billion', [2]], [' yuan, up 61.2%', []]]);
  });

  it('keeps a figure one run when highlights cross it', () => {
    const runs = runsOf(passage, [{ id: 7, start: at('9.287'), end: at('yuan') + 4, status: 'verified' }], [highlight(1, 'was 9.287 billion')]);
    const figureRuns = runs.filter((r) => r.figure);
    expect(figureRuns).toHaveLength(1);
    expect(figureRuns[0]!.pieces.map((p) => [p.text, p.highlights.length])).toEqual([['9.287 billion', 1], [' yuan', 0]]);
  });

  it('clips highlights that run past the passage and skips figures that overlap an earlier one', () => {
    const runs = runsOf(passage, [{ id: 1, start: at('9.287'), end: at('9.287') + 5, status: 'x' }, { id: 2, start: at('9.287') + 2, end: at('billion'), status: 'x' }],
      [{ id: 9, start: 90, end: at('was'), body: '', quote: '', color: null }]);
    expect(runs.filter((r) => r.figure).map((r) => r.figure!.id)).toEqual([1]);
    expect(runs[0]!.pieces[0]).toMatchObject({ text: 'Revenue ', highlights: [expect.objectContaining({ id: 9 })] });
  });
});
