import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: sentences a reviewer wrote against this session's new rules, each one a reading a new rule first got
 * wrong. Each stays read as an analyst reads it.
 */

const read = (text: string, date = '2025-11-01') => extractFromText(text, { date, subject: null });
const texts = (text: string, date?: string) => read(text, date).map((m) => m.text);

describe('sizes that are figures', () => {
  it('keeps a TEU, m3 or length figure that only has ships or brackets somewhere after it', () => {
    expect(texts('Port throughput rose 8% to 12.5 million TEU, with 3,200 vessel calls.')).toContain('12.5 million TEU');
    expect(texts('Q3 liftings were 412,000 TEU on 14 vessels.')).toContain('412,000 TEU');
    expect(texts('LNG storage capacity rose to 540,000 m3 across three units.')).toEqual(['540,000 m3']);
    expect(texts('The new pipeline (1,200 km) will cost $3 billion.')).toContain('1,200 km');
  });
});

describe('sizes, grades and thresholds that are no figures', () => {
  it('leaves out the size of ships just counted or named, a bar size after its grade, and a streak\'s threshold', () => {
    expect(texts('Kestrel Lines will deploy 9 ships of 15,000 TEU on the loop.')).not.toContain('15,000 TEU');
    expect(texts('Supramax (63,500 dwt) earnings rose 2% to $13,300/day.')).toEqual(['$13,300/day']);
    expect(texts('线材（HPB300 8mm）上海市场均价3,410元/吨。')).toEqual(['3,410元/吨']);
    expect(texts('Imports stayed above 9 million tonnes for the fourth straight month.')).toEqual([]);
  });

  it('keeps a fleet\'s tonnage, and a level that rose above a figure', () => {
    expect(texts('The fleet of 14 vessels totals 1.2 million dwt.')).toContain('1.2 million dwt');
    expect(texts('Output rose above 2 million tonnes in March.')).toEqual(['2 million tonnes']);
  });
});

describe('months and years', () => {
  it('keeps a past month past when arrivals or loadings follow it', () => {
    expect(read("China's October arrivals of iron ore rose 5% to 105 Mt.", '2025-11-05')[0]!.period).toMatchObject({ start: '2025-10-01' });
  });

  it('reads neither a winter season nor "2024/2025" as a calendar year, and leaves "2024-06" a year', () => {
    expect(read('The 2025-26 winter season price of LNG averaged $12/MMBtu.')[0]!.period).toBeNull();
    expect(read('Revenue in 2024/2025 was $5 million.')[0]!.period).toBeNull();
  });

  it('reads no single day from a span of days in Chinese', () => {
    expect(read('过去5日，碳酸锂期货累计上涨8.2%。', '2025-11-20')[0]!.period).toBeNull();
  });
});

describe('changes and values', () => {
  it('converts a money change beside a price per unit as the price was converted', () => {
    expect(read('Urea was ₹372 per 50-kg bag, up ₹12 from a year ago.')[0]!.change).toMatchObject({ value: 240, unit: 'INR/t' });
    expect(read('C1 cash costs were US$2.31/lb, up US$0.10 from a year earlier.')[0]!.change!.value).toBeCloseTo(220.46, 2);
    expect(read('Henry Hub settled at $4.218/MMBtu, down 13.4 cents on the day.')[0]!.change).toMatchObject({ value: -0.134 });
  });

  it('reads "rose 0.2% to 1.4%" as a move and a level, and "a wider $13/bbl discount" as a level', () => {
    const [inflation] = read("Malaysia's headline inflation rose 0.2% to 1.4% year on year in October.");
    expect(inflation).toMatchObject({ text: '1.4%', value: 1.4 });
    expect(read('Urals traded at a wider $13/bbl discount to Brent on Friday.')[0]!.change).toBeNull();
  });

  it('reads WS as the Worldscale only about tankers, and N as naira only before an amount', () => {
    expect(read('Sales of the WS 500 series washing machines rose 12% to 40,000 units.').map((m) => m.unit)).not.toContain('WS');
    expect(read("Nigeria's health ministry said supply of N95 masks rose 40% to 2 million units.").map((m) => m.unit)).not.toContain('NGN');
  });

  it('keeps a storage volume a volume, and an inventory cycle in months out of working-capital days', () => {
    expect(read("Cushing's working capacity is 78 million barrels.")[0]!.unit).toBe('bbl');
    expect(read('The chip inventory cycle was 18 months long.').map((m) => m.unit)).not.toContain('d');
  });

  it('reads no Japanese amount after 兆 on its own', () => {
    expect(texts('営業利益は前年比18%減の1兆2000億円となった。')).not.toContain('2000億円');
  });
});

describe('labels and owners', () => {
  it('does not take "and is expected to" for a subject, a dash in a measure for a dateline, or a flow for a price', () => {
    expect(read('Revenue rose 12% to $5 billion in 2024 and is expected to rise 8% in 2025.')[1]!.label).toBe('Revenue');
    expect(read('EBITDA - capex was $2.1 billion in 2024.')[0]!.label).toBe('EBITDA - capex');
    expect(read('Gross written premiums rose 8% to $12.3 billion in the quarter.')[0]!.label).toBe('Gross written premiums');
  });

  it('gives an association of the oil and chemical industry no company, and a company its wage inflation', () => {
    expect(read('据中国石油和化学工业联合会统计，10月乙烯产量为280万吨。')[0]!.entity).not.toBe('中国石油');
    expect(read("Infosys's wage inflation was 8% this year.")[0]!.entity).not.toBe('market');
  });
});
