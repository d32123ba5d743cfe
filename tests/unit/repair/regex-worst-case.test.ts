import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { extractFromText } from '../../../electron/core/extract/extract.ts';
import { splitSentences } from '../../../electron/core/extract/sentences.ts';
import { parseDocument } from '../../../electron/core/ingest/parse-document.ts';
import { segmentText } from '../../../electron/core/ingest/segment-text.ts';
import { repairText } from '../../../electron/core/repair/repair-text.ts';

/*
 * The text pipeline over inputs built to make a regular expression (or a loop) take time
 * growing faster than the text: long runs of one character, or of a character and a
 * separator. Each piece reads n and then 4n characters; time growing linearly takes about
 * four times as long, a quadratic sixteen times, so a ratio bound catches it whatever the
 * machine's speed. A file of spaces once hung the import past 300 s.
 */

const N = 25_000;

const RUNS: Array<[string, string]> = [
  ['spaces', ' '],
  ['spaces and digits', '1 '],
  ['spaces and full stops', ' .'],
  ['spaces and letters', 'a '],
  ['tabs', '\t'],
  ['tabs and letters', 'a\t'],
  ['no-break spaces', '\u00a0'],
  ['no-break spaces and digits', '1\u00a0'],
  ['hyphens', '-'],
  ['commas', ','],
  ['digits and commas', '1,'],
  ['Chinese', '增长同比'],
  ['Chinese and digits', '增长1'],
  ['one long word', 'a'],
  ['address characters', 'a.'],
  ['opening brackets', '['],
  ['brackets and letters', '[a'],
  ['stars', '*'],
  ['hashes and spaces', '# '],
  ['question marks', 'Q '],
  ['years in a list', '2020, '],
  ['dates without a year', 'June 5 '],
  ['prose without full stops', 'revenue rose 5% to 3.2 billion yuan in Q1 2025 and the company said '],
  ['prose', 'Revenue rose 5% to 3.2 billion yuan in Q1 2025. '],
  ['spaces before web hints', '     (opens in a new tab)'],
];

const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** A document around the run, so that parsing reaches it rather than refusing an empty file. */
const document = (body: string) => `A title\n\nThe text starts here ${body} and ends here.\n`;
const options = { date: '2025-06-30', subject: null };

const PIECES: Array<[string, (text: string) => unknown]> = [
  ['repairText', (text) => repairText(text)],
  ['segmentText', (text) => segmentText(text)],
  ['splitSentences', (text) => splitSentences(text)],
  ['extractFromText', (text) => extractFromText(text, options)],
  ['parseDocument (txt)', (text) => parseDocument(Buffer.from(document(text)), 'worst.txt')],
  ['parseDocument (md)', (text) => parseDocument(Buffer.from(document(text)), 'worst.md')],
  ['parseDocument (html)', (text) => parseDocument(Buffer.from(`<html><body><p>${document(text)}</p></body></html>`), 'worst.html')],
  ['import (parse and extract)', (text) => extractDocument(parseDocument(Buffer.from(document(text)), 'worst.txt'))],
];

/** Milliseconds for one call, the best of `times` (the least disturbed by other work on the machine). */
function timed(piece: (text: string) => unknown, text: string, times = 2): number {
  let best = Infinity;
  for (let k = 0; k < times; k++) {
    const start = performance.now();
    piece(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe.each(PIECES)('%s over worst-case text', (_name, piece) => {
  it('takes time in proportion to the text', () => {
    const slow: string[] = [];
    for (const [kind, unit] of RUNS) {
      piece(run(unit, N / 10)); // compiled before it is timed
      const small = timed(piece, run(unit, N));
      const large = timed(piece, run(unit, 4 * N), 1);
      // Linear is about 4×; a generous 10× (with a floor for timer noise) still stops a quadratic, which gives 16×.
      if (large > 10 * Math.max(small, 15) || large > 2_000) slow.push(`${kind}: ${small.toFixed(0)} ms for ${N}, ${large.toFixed(0)} ms for ${4 * N}`);
    }
    expect(slow).toEqual([]);
  });
});

describe('a 2 MB file of one line', () => {
  it.each([
    ['prose', 'Revenue rose 5% to 3.2 billion yuan in Q1 2025, up from 3.0 billion. '],
    ['prose without full stops', 'output was 5,700 mt in H1 2024 and prices hit 444,500 yuan/mt on March 31 '],
  ])('of %s is parsed and its figures read in a few seconds', (_kind, unit) => {
    const text = document(run(unit, 2_000_000));
    const start = performance.now();
    const doc = parseDocument(Buffer.from(text), 'one-line.txt');
    const metrics = extractDocument(doc);
    const elapsed = performance.now() - start;
    expect(metrics.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);
});

describe('a run of ten million spaces', () => {
  it('is repaired without overflowing the stack, and a web hint after it is still cut', () => {
    const text = `Revenue rose.${' '.repeat(10_000_000)}(opens in a new tab) Then it fell.`;
    const { text: out } = repairText(text);
    expect(out).not.toContain('opens in a new tab');
    expect(out.startsWith('Revenue rose.')).toBe(true);
  }, 60_000);

  it('between the words of a file is parsed and read: its title no longer overflows the stack', () => {
    const data = `Revenue rose${' '.repeat(10_000_000)}5%${' \t'.repeat(2_500_000)}to 3.2 billion yuan.${'\u00a0 '.repeat(2_500_000)}`;
    const doc = parseDocument(Buffer.from(data), 'space-runs.txt');
    expect(doc.meta.title?.startsWith('Revenue rose')).toBe(true);
    expect(extractDocument(doc).map((m) => m.text)).toContain('3.2 billion yuan');
  }, 60_000);
});
