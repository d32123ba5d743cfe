import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: figures as a Houston, Calgary, Oslo or Tokyo energy desk reads them — gas in cubic
 * metres and cubic feet, tanker rates on the Worldscale, rig counts, yen written 億円, streaks.
 * Each sentence is written for this test, not taken from a labelled set.
 */

const read = (text: string, date = '2026-03-12') => extractFromText(text, { date, subject: null });
const pick = (text: string, date?: string) => read(text, date).map((m) => ({ text: m.text, value: m.value, unit: m.unit }));

describe('gas volumes', () => {
  it('keeps cubic metres in m3 and cubic feet in thousands of cubic feet, never in litres', () => {
    expect(pick('Pipeline deliveries to Europe reached 3.4 bcm, and the Oseberg hub exported 61.2 million Sm3.')).toEqual([
      { text: '3.4 bcm', value: 3_400_000_000, unit: 'm3' },
      { text: '61.2 million Sm3', value: 61_200_000, unit: 'm3' },
    ]);
    expect(pick('Appalachian output averaged 2,310 MMcf/d, and proved gas reserves stood at 4.8 Tcf.')).toEqual([
      { text: '2,310 MMcf/d', value: 2_310_000, unit: 'Mcf/d' },
      { text: '4.8 Tcf', value: 4_800_000_000, unit: 'Mcf' },
    ]);
    expect(pick('该气田日产天然气12.6万立方米。')[0]).toMatchObject({ value: 126_000, unit: 'm3' });
  });
});

describe('tankers', () => {
  it('reads a Worldscale quote as WS, with the points it moved as its change', () => {
    const [rate] = read('TD20 Nigeria–UK Continent was assessed at WS 118.75 on Monday, down 4.25 points on the week.');
    expect(rate).toMatchObject({ text: 'WS 118.75', value: 118.75, unit: 'WS', entity: 'market' });
    expect(rate!.change).toMatchObject({ value: -4.25, unit: 'WS', direction: 'down' });
  });

  it("leaves a ship's size out when it names the ship", () => {
    expect(pick('Rates for 93,000 m3 VLGCs eased to $41,200/day, and a 158,000-dwt unit was fixed at $36,000/day.').map((m) => m.text))
      .toEqual(['$41,200/day', '$36,000/day']);
  });
});

describe('counts', () => {
  it('reads a rig or spread count said as a bare number, with the change it moved by', () => {
    const found = read('The Canadian rig count rose by 7 to 214 this week, while the frac spread count eased to 58 from 61.');
    expect(found.map((m) => [m.text, m.unit, m.change?.value ?? null])).toEqual([
      ['214', 'count', 7],
      ['58', 'count', -3],
      ['61', 'count', null],
    ]);
    expect(found[0]!.entity).toBe('market');
  });

  it("gives a count a bare change only with its basis", () => {
    expect(read('The Bakken rig count was 31, down 5 from a year ago.')[0]!.change).toMatchObject({ value: -5, unit: 'count', basis: 'yoy' });
  });
});

describe('values and labels', () => {
  it('reads yen written 億円 in an English disclosure', () => {
    expect(pick('Net sales were 9,318億円 and operating income 742億円.')).toEqual([
      { text: '9,318億円', value: 931_800_000_000, unit: 'JPY' },
      { text: '742億円', value: 74_200_000_000, unit: 'JPY' },
    ]);
  });

  it('does not read "by a change to a range" as one range when the two are at different scales', () => {
    const [level] = read('The company lifted its capex budget by C$200 million to C$1.6–1.8 billion.');
    expect(level).toMatchObject({ text: 'C$1.6–1.8 billion', value: 1_600_000_000, unit: 'CAD' });
    expect(level!.change).toMatchObject({ value: 200_000_000, unit: 'CAD' });
  });

  it('labels a figure past a streak by what it measures, not by the streak', () => {
    expect(read('Distillate stocks fell for a fourth straight week to 112.6 million barrels.')[0]!.label).toBe('Distillate stocks');
    expect(read('Japanese LNG imports rose for the second consecutive month to 5.9 million tonnes in January.')[0]!.label)
      .toBe('Japanese LNG imports');
  });
});
