import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';
import { mainSubject } from '../../../electron/core/extract/entities.ts';

const read = (text: string, date = '2025-07-08') => extractFromText(text, { date, subject: 'China Northern Rare Earth' });

describe('metrics', () => {
  it('attaches "up 33.99% YoY" to the figure it belongs to: one metric with a change', () => {
    const metrics = read("In Q1, the company's rare earth oxide production volume was 5,700 mt, up 33.99% YoY, and sales volume was 10,600 mt, up 57.61% YoY.");
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.change, m.period])).toEqual([
      ['rare earth oxide production volume', 5700, 't', { value: 33.99, unit: '%', basis: 'yoy', since: null, direction: 'up' }, { label: 'Q1', start: '2025-01-01', end: '2025-03-31' }],
      ['rare earth oxide sales volume', 10600, 't', { value: 57.61, unit: '%', basis: 'yoy', since: null, direction: 'up' }, { label: 'Q1', start: '2025-01-01', end: '2025-03-31' }],
    ]);
    expect(metrics[0]!.changeSpan).not.toBeNull();
  });

  it('splits "respectively" into one metric per figure', () => {
    const metrics = read('From January to May, the production and sales of NEVs increased by 45.2% and 44% YoY, respectively.');
    expect(metrics.map((m) => [m.label, m.value, m.kind, m.change?.basis, m.period?.end])).toEqual([
      ['NEVs production', 45.2, 'change', 'yoy', '2025-05-31'],
      ['NEVs sales', 44, 'change', 'yoy', '2025-05-31'],
    ]);
  });

  it('names each measure of a "respectively" list in full, a bare one after the first of the same thing', () => {
    const growth = read('Revenue and net profit grew 45.2% and 44% respectively in 2024.');
    expect(growth.map((m) => m.label)).toEqual(['Revenue', 'net profit']);
    const volumes = read('Lithium carbonate output and sales were 12,400 t and 11,900 t, respectively, in the first half.');
    expect(volumes.map((m) => m.label)).toEqual(['Lithium carbonate output', 'Lithium carbonate sales']);
  });

  it('reads a change against a dated comparison, and keeps a second change with the same level', () => {
    const metrics = read('The average price of Pr-Nd oxide on March 31 this year was 444,500 yuan/mt, compared with the average price of 398,000 yuan/mt on December 31, 2024, an increase of 46,500 yuan/mt, with a Q1 increase of 11.68%.');
    expect(metrics.map((m) => [m.text, m.label, m.change && [m.change.value, m.change.unit, m.change.basis, m.change.since], m.period?.start])).toEqual([
      ['444,500 yuan/mt', 'Pr-Nd oxide average price', [46500, 'CNY/t', 'since', '2024-12-31'], '2025-03-31'],
      ['398,000 yuan/mt', 'Pr-Nd oxide average price', null, '2024-12-31'],
    ]);
    expect(metrics[0]!.moreChanges).toEqual([{ value: 11.68, unit: '%', basis: 'since', since: '2024-12-31', direction: 'up' }]);
    expect(metrics[0]!.kind).toBe('price');
  });

  it('computes the change of "from X to Y"', () => {
    const [from, to] = read('Pr-Nd oxide rose from 398,000 to 444,500 yuan/mt.');
    expect(to!.change).toEqual({ value: 46500, unit: 'CNY/t', basis: 'unspecified', since: null, direction: 'up' });
    expect(from!.change).toBeNull();
  });

  it('resolves relative periods against the document date', () => {
    const [day] = read('According to SMM quotes, on July 8, the average price of SMM Pr-Nd oxide was 454,000 yuan/mt, up 3,000 yuan/mt from the previous trading day.');
    expect(day!.period).toEqual({ label: 'July 8', start: '2025-07-08', end: '2025-07-08' });
    expect(day!.change).toMatchObject({ value: 3000, unit: 'CNY/t', basis: 'dod' });
    const [april] = read('As of month-end April, the cumulative installed power generation capacity nationwide was 3.49 billion kW, up 15.9% YoY.');
    expect(april!.period).toEqual({ label: 'month-end April', start: '2025-04-30', end: '2025-04-30' });
    expect(april!.entity).toBe('market');
    const [lastYear] = read('Last year the plant used 210 million kWh.', '2025-03-01');
    expect(lastYear!.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('records qualifier, kind, entity, sentence and span', () => {
    const text = 'The Party Committee has launched over 100 ideological training sessions.';
    const [m] = read(text);
    expect(m).toMatchObject({ qualifier: 'over', kind: 'count', unit: 'count', value: 100, label: 'ideological training sessions', entity: 'China Northern Rare Earth', sentence: text });
    expect(text.slice(m!.span[0], m!.span[1])).toBe('100 ideological training sessions');
  });

  it('offsets spans by the passage start', () => {
    const [m] = extractFromText('Output was 5,700 mt.', { date: null, subject: null }, 100);
    expect(m!.span).toEqual([111, 119]);
  });
});

describe('periods in brackets', () => {
  it('keeps a period said inside a bracket to the figures inside it', () => {
    const metrics = read('Risks include the copper price (we assume US$10,400/t in 2027) and the pit, which holds 38 Mt of ore at 0.41% copper.', '2026-11-12');
    expect(metrics.map((m) => [m.text, m.period?.end ?? null])).toEqual([['US$10,400/t', '2027-12-31'], ['38 Mt', null], ['0.41%', null]]);
  });

  it('reads the days a bracket gives a week as the week, a quote and a stock after it as of its last day', () => {
    const days = (text: string, date: string) => read(text, date).map((m) => [m.text, m.period && `${m.period.start}..${m.period.end}`]);
    expect(days('钢联周评（11月6日）：本周（11月2日-6日）武汉螺纹钢均价3,315元/吨，周环比上涨25元/吨。'
      + '青岛港卡粉现货报价805元/湿吨，较前一日上涨4元/湿吨。全国主要港口铁矿石库存1.42亿吨，环比减少95万吨。', '2026-11-06')).toEqual([
      ['3,315元/吨', '2026-11-02..2026-11-06'], ['805元/湿吨', '2026-11-06..2026-11-06'], ['1.42亿吨', '2026-11-06..2026-11-06'],
    ]);
    expect(days('Ferrous weekly (6 November): this week (2-6 November) Wuhan rebar averaged 3,315 yuan/t. '
      + 'Port inventories of iron ore stood at 142 million tonnes.', '2026-11-06')).toEqual([
      ['3,315 yuan/t', '2026-11-02..2026-11-06'], ['142 million tonnes', '2026-11-06..2026-11-06'],
    ]);
  });
});

describe('hard-wrapped lines', () => {
  it('reads a sentence across a line break before lower case or after a word no sentence ends on, and stops at others', () => {
    const metrics = read('EBITDA was US$712\nmillion, a margin of\n38.7%, as payable\ncopper sales rose to 71,300 tonnes.');
    expect(metrics.map((m) => [m.value, m.label])).toEqual([[712_000_000, 'EBITDA'], [38.7, 'EBITDA margin'], [71_300, 'payable copper sales']]);
    // Lines of their own ("Revenue: US$5 million" / "Cost: …") stay apart.
    expect(read('Revenue: US$5 million\nCost: US$3 million').map((m) => m.label)).toEqual(['Revenue', 'cost']);
  });
});

describe('the document subject', () => {
  it('is a company its title names once when the notes go on about "the group"', () => {
    const notes = 'Lakeside Cobalt Refining — 3Q25 call notes\n\nThe group sold 2,100 t of cobalt sulphate in the quarter.';
    expect(mainSubject(notes)).toBe('Lakeside Cobalt Refining');
    // Named once in the body, not the title, or among other companies: too little to go on.
    expect(mainSubject('Cobalt call notes\n\nLakeside Cobalt Refining said the group sold 2,100 t.')).toBeNull();
    expect(mainSubject('Lakeside Cobalt Refining and Harbour Nickel Works — notes\n\nThe group sold 2,100 t.')).toBeNull();
    expect(mainSubject('Lakeside Cobalt Refining — 3Q25 call notes\n\nCobalt sulphate sold for 41,000 yuan/t.')).toBeNull();
  });

  it('is the company a Chinese title names when the notes go on about 公司 and name no other', () => {
    const notes = '岚峰锂业2026年三季度业绩交流纪要\n问：公司三季度经营情况如何？\n答：前三季度公司实现营业收入86.42亿元。';
    expect(mainSubject(notes)).toBe('岚峰锂业');
    expect(mainSubject(`${notes}\n答：公司与紫晟矿业签订供货协议。`)).toBeNull();
  });

  it('is a company that opens the first paragraph under a title naming none, when later paragraphs go on about it', () => {
    // A PDF whose producer dropped the title line (LibreOffice printing an HTML page) still has its subject.
    const review = 'Results review\n\nHalvorsen Copper reported revenue of US$1.84 billion.\n\nThe board cut 2026 capex guidance to US$1.1 billion.';
    expect(mainSubject(review)).toBe('Halvorsen Copper');
    expect(mainSubject(review.replace('The board cut', 'Miners cut'))).toBeNull();
  });
});
