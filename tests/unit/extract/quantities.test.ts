import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';
import { writesDecimalComma } from '../../../electron/core/extract/numerals.ts';

const read = (text: string, date: string | null = '2025-07-08') => extractFromText(text, { date, subject: null });
const values = (text: string) => read(text).map((m) => [m.text, m.value, m.unit]);

describe('numbers written with a decimal comma', () => {
  it('reads a text that writes "1.234,5" and "6,4 %" the decimal-comma way, and any other the English way', () => {
    expect(writesDecimalComma('Der Umsatz stieg um 6,4 % auf 1.234,5 Mio. €; 8.412 Mitarbeiter.')).toBe(true);
    expect(writesDecimalComma('Marge 8,7 % nach 9,1 % im Vorjahr.')).toBe(true);
    // One decimal comma is no convention; English decimals or thousands anywhere settle it the English way.
    expect(writesDecimalComma('Grade was 1,5 g/t.')).toBe(false);
    expect(writesDecimalComma('Revenue was 1,234.5 million; margin 8,7 % and 9,1 %.')).toBe(false);
    expect(writesDecimalComma('EPS of 8.412 on revenue of 9,287 million')).toBe(false);
    // Footnote marks glued to words, quarters run into years, lists, and Chinese text with ASCII commas.
    expect(writesDecimalComma('Adjusted EBITDA1,2 was $1,250 million in 2024. Free cash flow3,4 reached $640 million.')).toBe(false);
    expect(writesDecimalComma('Revenue in Q1,2025 was $8,412 million and in Q4,2024 it was $7,905 million.')).toBe(false);
    expect(writesDecimalComma('See notes 1,2 and 5,6: 8,412 employees.')).toBe(false);
    expect(writesDecimalComma('第1,2季度销售量为3,400吨,第3,4季度为5,600吨')).toBe(false);
    const readValues = (text: string) => extractFromText(text, { date: null, subject: null }).map((m) => [m.text, m.value, m.unit]);
    expect(readValues('Der Umsatz stieg um 6,4 % auf 1.234,5 Mio. Euro. Die Produktion lag bei 8.412 t.')).toEqual([
      ['6,4 %', 6.4, '%'], ['1.234,5 Mio. Euro', 1_234.5e6, 'EUR'], ['8.412 t', 8_412, 't']]);
    expect(readValues('Output was 8.412 t in May and 7.95 t in April, on 6,4 and 6,1 hours a day.').slice(0, 2)).toEqual([['8.412 t', 8.412, 't'], ['7.95 t', 7.95, 't']]);
  });
});

describe('numbers, scales and units', () => {
  it('reads separators, decimals, signs, accounting parentheses and scales', () => {
    expect(values('Revenue was 9.287 billion yuan.')).toEqual([['9.287 billion yuan', 9287000000, 'CNY']]);
    expect(values('Output was 5,700 mt.')).toEqual([['5,700 mt', 5700, 't']]);
    expect(values('The loss was $(1,234) million.')[0]?.[2]).toBe('USD');
    expect(values('Sales hit $4.5bn and costs $300m.')).toEqual([['$4.5bn', 4.5e9, 'USD'], ['$300m', 3e8, 'USD']]);
    expect(values('It is worth 3 trillion yen.')).toEqual([['3 trillion yen', 3e12, 'JPY']]);
    expect(values('Revenue was 92.87亿元 and profit was 4310万元.')).toEqual([['92.87亿元', 9287000000, 'CNY'], ['4310万元', 43100000, 'CNY']]);
    // A table's units line in thousands is no figure, nor makes the year before it an amount.
    expect(values('2024 €’000')).toEqual([]);
    expect(values("€'000 Non-current assets")).toEqual([]);
    expect(values('Sales were 2,024 € last year.')).toEqual([['2,024 €', 2024, 'EUR']]);
    // Reports write their units as 百万元 and 千万元: a hundred and a thousand times 万.
    expect(values('收入为9,820百万元，产量达到1.2千万吨。')).toEqual([['9,820百万元', 9_820_000_000, 'CNY'], ['1.2千万吨', 12_000_000, 't']]);
  });

  it('reads ranges and number words', () => {
    const [range] = read('Spot demand is 5,000–6,000 mt.');
    expect([range!.value, range!.valueHigh, range!.unit]).toEqual([5000, 6000, 't']);
    expect(values('The team answered seventeen investor questions.')).toEqual([['seventeen investor questions', 17, 'count']]);
    expect(values('They hired a dozen engineers.')).toEqual([['a dozen engineers', 12, 'count']]);
  });

  it('knows currencies by symbol, code and name, and ¥ by context', () => {
    expect(values('Prices: US$ 12, €5, £7, RMB 20, 30 CNY, 40 euros, HK$ 9 and 2 Swiss francs.').map((v) => v[2])).toEqual(['USD', 'EUR', 'GBP', 'CNY', 'CNY', 'EUR', 'HKD', 'CHF']);
    expect(values('The Baotou plant sold oxide for ¥450,000.')[0]?.[2]).toBe('CNY');
    expect(values('The Tokyo trader paid ¥9,000 in yen terms.')[0]?.[2]).toBe('JPY');
  });

  it('converts to canonical units, compounds included', () => {
    expect(values('Capacity is 100,000 mt/year.')).toEqual([['100,000 mt/year', 100000, 't/yr']]);
    expect(values('Pr-Nd oxide was 444,500 yuan/mt.')).toEqual([['444,500 yuan/mt', 444500, 'CNY/t']]);
    expect(values('Capacity reached 3.49 billion kW.')).toEqual([['3.49 billion kW', 3.49e9, 'kW']]);
    expect(values('A 45 MW array and a 2 GW park.').map((v) => [v[1], v[2]])).toEqual([[45000, 'kW'], [2e6, 'kW']]);
    expect(values('It used 210 million kWh.')).toEqual([['210 million kWh', 2.1e8, 'kWh']]);
    expect(values('Shipments were 12 kt, 500 kg and 3 tonnes.').map((v) => [v[1], v[2]])).toEqual([[12000, 't'], [0.5, 't'], [3, 't']]);
    expect(values('Copper rose to $4.10/lb.')[0]?.[2]).toBe('USD/t');
    expect(values('Margins widened by 1.5 percentage points to 23%.').map((v) => v[2])).toEqual(['%']);
  });

  it('keeps memory prices per gigabyte or gigabit as the trade quotes them', () => {
    expect(values('Enterprise SSD contract prices averaged US$0.118/GB in March.')).toEqual([['US$0.118/GB', 0.118, 'USD/GB']]);
    expect(values('HBM ASPs were about US$1.70/Gb.')).toEqual([['US$1.70/Gb', 1.7, 'USD/Gb']]);
    expect(read('HBM ASPs were about US$1.70/Gb.')[0]!.label).toBe('HBM ASPs');
  });

  it('reads days of a wait or of working capital as a measure, and other days as no figure', () => {
    expect(values('Average berth waiting time rose to 2.6 days from 1.9 days.')).toEqual([['2.6 days', 2.6, 'd'], ['1.9 days', 1.9, 'd']]);
    expect(values('DSO was 48 days at the year end.')).toEqual([['48 days', 48, 'd']]);
    expect(values('The strike lasted 12 days.')).toEqual([]);
  });

  it('keeps square feet as the text counts them, never turned into square metres', () => {
    expect(values('Prime rents reached £98.50 per sq ft.')).toEqual([['£98.50 per sq ft', 98.5, 'GBP/sqft']]);
    expect(values('The new warehouse covers 420,000 square feet.')).toEqual([['420,000 square feet', 420000, 'sqft']]);
    expect(values('The plot covers 12,000 sq m.')).toEqual([['12,000 sq m', 12000, 'm2']]);
  });

  it('reads a figure that ends its sentence on a dash or "to"', () => {
    expect(values('Prices hit 5 -')).toEqual([]);
    expect(values('Output was 5 mt –')).toEqual([['5 mt', 5, 't']]);
    expect(values('Sales rose from 4 to')).toEqual([]);
  });

  it('leaves out numbers that are not metrics', () => {
    for (const text of [
      'The 20th National Congress met in 2022.',
      'Call +86 10 1234 5678 or visit Room 1204.',
      'See section 3.2 and note 5 on page 12.',
      'Version 2.4.1 shipped on March 31, 2025 at 9:30 am.',
      'The ISIN is CNE000001BY5 and the code is 600111.',
      'In 2024 the board met 4 times.',
      'Read it at https://example.com/report-2025-q1-55%25.',
    ]) expect(values(text)).toEqual([]);
  });
});
