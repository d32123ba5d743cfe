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
    // 日产: a day's output, as tonnes a day are (t/d).
    expect(pick('该气田日产天然气12.6万立方米。')[0]).toMatchObject({ value: 126_000, unit: 'm3/d' });
    expect(read('该项目设计产能为年产15亿立方米天然气。')[0]).toMatchObject({ value: 1_500_000_000, unit: 'm3/yr', label: '天然气产能' });
    expect(read('项目规划产能为年产煤制烯烃80万吨。')[0]).toMatchObject({ unit: 't/yr', label: '煤制烯烃产能' });
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

describe('counts and builds', () => {
  it('reads a tally whose keeper is named between it and its verb, with the change from the earlier count', () => {
    const found = read('The frac spread count tracked by Ostmark Energy Data fell to 164 from 170.');
    expect(found.map((m) => [m.text, m.label, m.change?.value ?? null])).toEqual([
      ['164', 'frac spread count', -6],
      ['170', 'frac spread count', null],
    ]);
    expect(found.map((m) => m.entity)).toEqual(['market', 'market']);
  });

  it('counts ships an acronym qualifies', () => {
    expect(pick('Yards delivered 23 LNG carriers in 2025.')).toEqual([{ text: '23 LNG carriers', value: 23, unit: 'count' }]);
    expect(read('The group built 3 plants in 2024.')[0]!.change).toBeNull();
  });

  it('finds a Chinese oil company a reporter heard from', () => {
    expect(read('记者从海曜石油获悉，该井日产原油86.2吨。')[0]!.entity).toBe('海曜石油');
  });
});

describe('values and labels', () => {
  it('labels a dividend said per share as one per share', () => {
    expect(read('The board declared a final dividend of 41 cents per share.')[0]!.label).toBe('final dividend per share');
    expect(read('Dividends paid were $1.9 billion.')[0]!.label).toBe('Dividends paid');
  });

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

  it('keeps a cost or a netback per unit as it is named, without "price"', () => {
    expect(read('Lease operating expense fell to US$7.95/boe.')[0]!.label).toBe('Lease operating expense');
    expect(read('The realised netback was C$41.20/bbl.')[0]!.label).toBe('netback');
  });

  it('takes money per barrel, per boe or per TEU from the label when the amount is bare', () => {
    expect(pick('Revenue per barrel was $58.70, and cash cost per boe was $11.05.')).toEqual([
      { text: '$58.70', value: 58.7, unit: 'USD/bbl' },
      { text: '$11.05', value: 11.05, unit: 'USD/boe' },
    ]);
  });

  it('opens a label after a dateline, and reads 折合约, 年初至报告期末 and cargoes as a person would', () => {
    expect(read('CALGARY, May 4 (Wire) - The Alberta rig count rose by 3 to 118 this week.')[0]!.label).toBe('Alberta rig count');
    expect(read('10月进口原油4,120万吨，折合约974万桶/日。')[1]!.label).toBe('原油进口量');
    expect(read('公司年初至报告期末营业收入52.3亿元。')[0]!.label).toBe('营业收入');
    expect(read('The terminal loaded 41 cargoes in the quarter.')[0]!.label).not.toMatch(/cargoe\b/u);
  });
});

describe('periods, changes and owners', () => {
  it('reads a contract month as the coming one, and a stock in a week as the stock at its end', () => {
    expect(read('Henry Hub February futures settled at $3.91/MMBtu.', '2025-12-19')[0]!.period).toMatchObject({ start: '2026-02-01' });
    expect(read('Sales in February rose 4% to 2.1 Mt.', '2025-12-19')[0]!.period).toMatchObject({ start: '2025-02-01' });
    expect(read('Cushing stocks were 22.1 million barrels in the week ended October 3.', '2025-10-08')[0]!.period)
      .toMatchObject({ start: '2025-10-03', end: '2025-10-03' });
  });

  it('does not take "lowest since" a date as the date a change was measured from', () => {
    const found = read('Brent closed at $61.30/bbl, its lowest since 9 May 2023, and the spread narrowed to $2.10/bbl from $2.45 a week earlier.');
    expect(found.find((m) => m.text === '$2.10/bbl')!.change).toMatchObject({ basis: 'unspecified' });
  });

  it('reads a gap "narrower" or "wider" as a change, and gas per gigajoule as CAD/GJ', () => {
    expect(read('WCS settled at a US$12.10/bbl discount to WTI, US$0.40 wider on the day.')[0]!.change)
      .toMatchObject({ value: 0.4, unit: 'USD/bbl', basis: 'dod' });
    expect(pick('AECO averaged C$2.31/GJ.')).toEqual([{ text: 'C$2.31/GJ', value: 2.31, unit: 'CAD/GJ' }]);
  });

  it('finds the company in "Name, Inc." and in a heading "Name 2025 Annual Report"', () => {
    expect(read('From the Form 10-K of Brenmoor Drilling Services, Inc.: contract drilling revenue was $1.42 billion.')[0]!.entity)
      .toBe('Brenmoor Drilling Services');
    expect(read('Cold Lake Midstream 2025 Annual Report: throughput averaged 1.12 million bbl/d in 2025.')[0]!.entity)
      .toBe('Cold Lake Midstream');
  });
});

describe('futures quotes', () => {
  it("reads a contract month after an exchange and its city as no period, and 'shed' as a fall", () => {
    const [london, newYork] = read('Softs close, 12 February: ICE London May cocoa settled at £3,905/t, while New York May cocoa shed $148 to '
      + '$5,402/t.', '2026-02-12');
    expect(london!.period).toMatchObject({ start: '2026-02-12', end: '2026-02-12' });
    expect(newYork).toMatchObject({ text: '$5,402/t', label: 'New York May cocoa price' });
    expect(newYork!.change).toMatchObject({ value: -148, unit: 'USD/t', direction: 'down' });
  });
});

describe('split years', () => {
  it('reads a year from one calendar year into the next by the month the text gives, never as the first calendar year', () => {
    expect(read('Tourism receipts for fiscal 2024/25 (July–June) were a record $16.1 billion.', '2025-12-10')[0]!.period)
      .toMatchObject({ start: '2024-07-01', end: '2025-06-30' });
    expect(read('Net sales for FY2024-25 were ₹4,812 crore.', '2025-06-10')[0]!.period).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
    expect(read('Revenue for fiscal 2024/25 rose 12% to ₹1,200 crore.', '2025-06-10')[0]!.period)
      .toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
    expect(read('Cocoa arrivals for the 2025/26 season reached 612,000 tonnes.', '2026-01-10')[0]!.period)
      .toMatchObject({ start: '2025-10-01', end: '2026-09-30' });
  });

  it('leaves a split year unread where nothing says when it ends', () => {
    expect(read('Sales in FY2024-25 rose 8% to $1.2 billion.', '2025-06-10')[0]!.period).toBeNull();
  });
});

describe('prices per bag', () => {
  it('reads a price per bag or packet of a stated weight as a price per tonne, and the bag\'s weight as no figure', () => {
    expect(read('Cement dealers quoted ₹372 per 50-kg bag in Pune.')[0]).toMatchObject({ value: 7440, unit: 'INR/t' });
    expect(read('The board set the farmgate price at GH₵3,410 per 64kg bag.')[0]).toMatchObject({ value: 53281.25, unit: 'GHS/t' });
    expect(read('A 2kg packet of maize flour cost KSh 172.10 in October.').map((m) => m.text)).toEqual(['KSh 172.10']);
  });
});

describe('naira and exchange rates', () => {
  it('reads a bare naira amount per litre, or where an amount is said, in a text about Nigeria', () => {
    const found = read('Lagos pump prices, 12 March: naira-priced petrol fell to N815 per litre from N842 a week earlier.', '2026-03-12');
    expect(found.map((m) => [m.text, m.value, m.unit])).toEqual([['N815 per litre', 815, 'NGN/L'], ['N842', 842, 'NGN/L']]);
    expect(read('The N4 highway reopened, and Phase N1 began.', '2026-03-12')).toEqual([]);
  });

  it('reads money per dollar sign as an exchange rate', () => {
    expect(read('The rupee ended at ₹88.62/$ on Friday.', '2026-03-13')[0]).toMatchObject({ unit: 'INR/USD', label: 'rupee exchange rate' });
  });
});
