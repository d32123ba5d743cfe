import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: a change from the trading day before, named by its weekday, is day on day; a level a first level was
 * moved from is no later change's reference; "the quarter" said again is the quarter the passage named.
 * Each sentence is written for this test.
 */

const read = (text: string, date: string) => extractFromText(text, { date, subject: null })
  .map((m) => ({ text: m.text, period: m.period && [m.period.start, m.period.end], change: m.change && [m.change.value, m.change.basis, m.change.since ?? null] }));

describe('a change from the day before, named by its weekday', () => {
  it('reads "to X from Y on Tuesday" in a Wednesday note as day on day, the Tuesday level a metric of that day', () => {
    expect(read('Freight, Wednesday 4 March: the Supramax index rose to US$15,120/day from US$14,870/day on Tuesday.', '2026-03-04')).toEqual([
      { text: 'US$15,120/day', period: ['2026-03-04', '2026-03-04'], change: [250, 'dod', null] },
      { text: 'US$14,870/day', period: ['2026-03-03', '2026-03-03'], change: null },
    ]);
  });

  it('reads a Monday price moved from Friday as day on day, and a named date as since that date', () => {
    expect(read('Cobalt metal fell 2,000 yuan from Friday to 248,000 yuan/t on Monday.', '2026-03-09')[0]!.change).toEqual([-2000, 'dod', null]);
    expect(read('Nickel rose 1.5% to $15,600/t on March 24 from $15,370/t on March 23.', '2026-03-24')[0]!.change).toEqual([1.5, 'since', '2026-03-23']);
  });

  it('keeps a change after another level\'s "from Y on Tuesday" off that day', () => {
    const [, , index] = read('Freight, Wednesday 4 March: the Supramax index rose to US$15,120/day from US$14,870/day on Tuesday, '
      + 'and the dry bulk index gained 41 points to 1,862 points.', '2026-03-04');
    expect(index).toEqual({ text: '1,862 points', period: ['2026-03-04', '2026-03-04'], change: [41, 'unspecified', null] });
  });
});

describe('"the quarter" said again', () => {
  it('dates a figure "in the quarter" by the quarter named before, not by a half named after it', () => {
    expect(read('Zinc concentrate output was 61,400 t in the March quarter. Lead output was 18,200 t in the quarter and '
      + 'first-half lead output 35,900 t.', '2026-04-20').map((m) => [m.text, m.period])).toEqual([
      ['61,400 t', ['2026-01-01', '2026-03-31']],
      ['18,200 t', ['2026-01-01', '2026-03-31']],
      ['35,900 t', ['2026-01-01', '2026-06-30']],
    ]);
  });

  it('leaves "the quarter" undated where the passage named no quarter', () => {
    expect(read('Lead output was 18,200 t in the quarter.', '2026-04-20')[0]!.period).toBeNull();
  });
});

describe('prices, share moves and quotas in a wire story', () => {
  const story = 'SHANGHAI, Mar 4 (Ferrowire) - China set its 2026 tungsten mining quotas at 58,000 tonnes of concentrate and '
    + 'its first batch of antimony quotas at 21,000 tonnes, both 3.5% higher than a year earlier. APT prices rose 0.8% from '
    + 'the previous day to 248,000 yuan/t on Wednesday, while ferrotungsten was unchanged at 236,000 yuan/t. Shares of '
    + 'smelter Ganlin Tungsten Industry (600999.SH) climbed 4.4%.';
  const metrics = extractFromText(story, { date: '2026-03-04', subject: null });
  const find = (text: string) => metrics.find((m) => m.text === text)!;

  it('gives a quota no period, the change said of "both" to each, and the second quota a label of its own', () => {
    expect([find('58,000 tonnes').period, find('21,000 tonnes').period]).toEqual([null, null]);
    expect([find('58,000 tonnes').change?.value, find('21,000 tonnes').change?.value]).toEqual([3.5, 3.5]);
    expect(find('21,000 tonnes').label).not.toMatch(/concentrate/u);
  });

  it('dates a price quoted beside a dated one to its day, and a share move to the story\'s day', () => {
    expect(find('236,000 yuan/t').period).toMatchObject({ start: '2026-03-04', end: '2026-03-04' });
    expect(find('4.4%')).toMatchObject({ label: 'share price', period: { start: '2026-03-04', end: '2026-03-04' } });
  });
});

describe('a month naming a futures contract or a delivery', () => {
  it('dates no other figure by a contract\'s month, in the sentence or after it', () => {
    const note = 'Power close, 6 March: German baseload for April delivery settled at €78.40/MWh, and the clean spark spread '
      + 'widened to €9.10/MWh. Day-ahead power averaged €84.25/MWh.';
    expect(read(note, '2026-03-06').map((m) => m.period)).toEqual([
      ['2026-04-01', '2026-04-30'], ['2026-03-06', '2026-03-06'], ['2026-03-06', '2026-03-06'],
    ]);
  });

  it('dates the prices after a contract\'s by the day heading the note', () => {
    const note = 'Rotterdam close, 5 March: Brent for May delivery settled at $70.10/bbl, down 40 cents on the day. '
      + 'Gasoil cracks averaged $21.40/bbl, and the fuel oil spread widened to $5.60/bbl from $4.95 a week earlier.';
    expect(read(note, '2026-03-05').map((m) => [m.text, m.period])).toEqual([
      ['$70.10/bbl', ['2026-05-01', '2026-05-31']], ['$21.40/bbl', ['2026-03-05', '2026-03-05']],
      ['$5.60/bbl', ['2026-03-05', '2026-03-05']], ['$4.95', ['2026-02-26', '2026-02-26']],
    ]);
  });

  it('keeps a month\'s contract price, and a month\'s imports, in that month', () => {
    expect(read('April contract prices for LPDDR5 rose 6% to an average of US$4.10.', '2026-04-10')[0]!.period).toEqual(['2026-04-01', '2026-04-30']);
    expect(read('March copper imports rose 4% to 460,000 tonnes.', '2026-04-10')[0]!.period).toEqual(['2026-03-01', '2026-03-31']);
  });
});

describe('a span ended with a balance', () => {
  it('dates a balance a month, the quarter or a bare year was ended with to its last day', () => {
    expect(read('The developer ended February with cash of A$212.6 million.', '2026-03-20')[0]!.period).toEqual(['2026-02-28', '2026-02-28']);
    expect(read('Copper output was 48,100 t in the March quarter. It ended the quarter with net debt of US$640 million.', '2026-04-28')[1]!.period)
      .toEqual(['2026-03-31', '2026-03-31']);
    expect(read('The refiner closed 2025 with cash of US$1.1 billion.', '2026-02-20')[0]!.period).toEqual(['2025-12-31', '2025-12-31']);
    expect(read('Revenue in February was US$41 million.', '2026-03-20')[0]!.period).toEqual(['2026-02-01', '2026-02-28']);
  });
});

describe('"lost" as a move', () => {
  it('reads "lost X to Y" and a percentage lost as a fall of the level, and a sum lost as a loss', () => {
    expect(read('The Asia–Med lane lost US$120 to US$2,480/FEU.', '2026-03-06')).toEqual([
      { text: 'US$2,480/FEU', period: null, change: [-120, 'unspecified', null] },
    ]);
    expect(read('The index lost 1.8% to 1,744 points.', '2026-03-06')[0]!.change).toEqual([-1.8, 'unspecified', null]);
    const loss = extractFromText('The refiner lost $85 million in the quarter.', { date: '2026-03-06', subject: null });
    expect(loss.map((m) => [m.text, m.label.endsWith('loss'), m.change])).toEqual([['$85 million', true, null]]);
  });

  it('reads a half said alone by the fiscal year the text states, and by the calendar otherwise', () => {
    const fiscal = extractFromText('Hollin Retail, whose fiscal year ends in March, said first-half sales rose 6% to ¥412 billion.',
      { date: '2025-11-20', subject: null });
    expect(fiscal[0]!.period).toMatchObject({ start: '2025-04-01', end: '2025-09-30' });
    const calendar = extractFromText('First-half sales rose 6% to ¥412 billion.', { date: '2025-11-20', subject: null });
    expect(calendar[0]!.period).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
  });
});
