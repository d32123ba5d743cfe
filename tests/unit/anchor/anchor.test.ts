import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, type Selector } from '../../../electron/core/anchor/anchor.ts';

const OLD = [
  'Baotou Lanthanum Works replied: Output of separated oxides reached 4,200 mt in Q1, up 18.5% YoY.',
  'The company expects the new line to lift annual capacity to 30,000 mt/year by the end of 2026.',
  'Spot Pr-Nd oxide traded at 452,000 yuan/mt on April 30, compared with 410,000 yuan/mt at the start of the year.',
  'According to the quarterly report released earlier: operating revenue was 2.31 billion yuan, up 24.6% YoY.',
].join('\n\n');

function selectorFor(text: string, quote: string, occurrence = 0): Selector {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return { exact: quote, prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + quote.length, at + quote.length + 32), start: at };
}

const placed = (text: string, a: ReturnType<typeof anchor>) => (a.state === 'orphaned' ? null : text.slice(a.start, a.end));

describe('re-anchoring a quote in a new version', () => {
  const sel = selectorFor(OLD, 'separated oxides reached 4,200 mt');

  it('keeps the old position when the quote is still there', () => {
    expect(anchor(OLD, sel)).toEqual({ state: 'anchored', start: sel.start, end: sel.start! + sel.exact.length });
  });

  it('follows the quote when paragraphs are inserted before it, deleted, or moved', () => {
    const inserted = `A new opening paragraph about quotas and licences.\n\n${OLD}`;
    expect(placed(inserted, anchor(inserted, sel))).toBe(sel.exact);
    const paragraphs = OLD.split('\n\n');
    const moved = [paragraphs[3], paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n');
    expect(placed(moved, anchor(moved, sel))).toBe(sel.exact);
    const deleted = [paragraphs[0], paragraphs[3]].join('\n\n');
    const revenue = selectorFor(OLD, 'operating revenue was 2.31 billion yuan');
    expect(placed(deleted, anchor(deleted, revenue))).toBe(revenue.exact);
  });

  it('chooses among repeated quotes by the words around them', () => {
    const twice = 'Output was 4,200 mt in Q1. Later, shipments were 4,200 mt in Q2.';
    const second = selectorFor(twice, '4,200 mt', 1);
    const edited = `Preface. ${twice.replace('Later,', 'Later on,')}`;
    const a = anchor(edited, { ...second, start: null });
    expect(a.state).toBe('anchored');
    if (a.state !== 'orphaned') expect(edited.slice(0, a.start).endsWith('shipments were ')).toBe(true);
  });

  it('places a quote whose words changed a little, fuzzily', () => {
    const changed = OLD.replace('separated oxides reached 4,200 mt', 'separated oxide reached 4,300 mt');
    const a = anchor(changed, sel);
    expect(a.state).toBe('fuzzy');
    expect(placed(changed, a)).toBe('separated oxide reached 4,300 mt');
  });

  it('survives an encoding repair of the text around it', () => {
    const damaged = 'The smelterโs output was 4,200 mt, a record.';
    const repaired = 'The smelter’s output was 4,200 mt, a record.';
    const s = selectorFor(damaged, 'output was 4,200 mt');
    expect(placed(repaired, anchor(repaired, s))).toBe('output was 4,200 mt');
  });

  it('orphans what is gone rather than guessing', () => {
    const without = OLD.split('\n\n').slice(1).join('\n\n');
    expect(anchor(without, sel)).toEqual({ state: 'orphaned' });
  });

  it('always re-anchors an exact copy, wherever the text moved (property)', () => {
    const word = fc.constantFrom('rare', 'earth', 'oxide', 'output', 'rose', '4,200', 'mt', 'Q1', 'the', 'price', 'yuan', 'reached', 'magnet');
    const prose = fc.array(word, { minLength: 8, maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(fc.property(prose, prose, prose, fc.nat(), fc.nat(), (before, after, inserted, a, b) => {
      const text = `${before} | ${after}`;
      const from = a % text.length;
      const to = Math.min(text.length, from + 1 + (b % 40));
      const quote = text.slice(from, to);
      const sel: Selector = { exact: quote, prefix: text.slice(Math.max(0, from - 32), from), suffix: text.slice(to, to + 32), start: from };
      const edited = `${inserted}\n${text}\n${inserted}`;
      const placedAt = anchor(edited, sel);
      expect(placedAt.state).toBe('anchored');
      if (placedAt.state !== 'orphaned') expect(edited.slice(placedAt.start, placedAt.end)).toBe(quote);
    }), { numRuns: 300 });
  });
});
