import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
import { extractTable, headerPeriod, readUnitsLine } from '../../../electron/core/extract/tables.ts';

describe('table headings and units lines', () => {
  it('reads "… ended <date>" headings as the months that end on the date', () => {
    expect(headerPeriod('Year ended 31 December 2024', null)).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(headerPeriod('Six months ended 30 June 2025', null)).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
    expect(headerPeriod('Three months ended March 31, 2025 (restated)', null)).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    expect(headerPeriod('Year ended 30 September 2024', null)).toMatchObject({ start: '2023-10-01', end: '2024-09-30' });
    expect(headerPeriod('As at 31 December 2024', null)).toMatchObject({ start: '2024-12-31', end: '2024-12-31' });
    expect(headerPeriod('Note', null)).toBeNull();
    expect(headerPeriod('2024H1', null)).toMatchObject({ label: '2024H1', start: '2024-01-01', end: '2024-06-30' });
    expect(headerPeriod('2024 Q3', null)).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
    expect(headerPeriod('2024H5', null)).toBeNull();
  });

  it('reads a unit from a caption ending in it, and leaves a caption without one alone', () => {
    expect(readUnitsLine('Output by mine (kt)')).toMatchObject({ unit: 't', factor: 1000 });
    expect(readUnitsLine('Average selling price (US$)')).toMatchObject({ unit: 'USD', factor: 1 });
    expect(readUnitsLine('Output by mine (see note 4)')).toBeNull();
    expect(readUnitsLine('Container throughput by port, January–June 2025 (thousand TEU)')).toMatchObject({ unit: 'TEU', factor: 1000, scale: 'thousand' });
    expect(readUnitsLine('Crude steel output (million tonnes)')).toMatchObject({ unit: 't', factor: 1e6 });
  });

  it('reads whose dollars a filing\'s units line names, and leaves dollars it cannot place unread', () => {
    expect(readUnitsLine('(Dollars in thousands, except per share data)')).toMatchObject({ unit: 'USD', factor: 1e3 });
    expect(readUnitsLine('(In Canadian dollars in millions)')).toMatchObject({ unit: 'CAD', factor: 1e6 });
    expect(readUnitsLine('(Hong Kong dollars in millions)')).toMatchObject({ unit: 'HKD', factor: 1e6 });
    expect(readUnitsLine('(Zambian dollars in millions)')).toBeNull();
    // A press release's table: "($ in millions, except per share)".
    expect(readUnitsLine('($ in millions, except per share)')).toMatchObject({ unit: 'USD', factor: 1e6 });
    expect(readUnitsLine('(€ in thousands)')).toMatchObject({ unit: 'EUR', factor: 1e3 });
    // Figures per share take the currency without the scale; a count of shares takes neither.
    const text = 'Item\t2024\nNet income\t21,604\nEarnings per share - diluted\t1.42\nShares used in computing diluted earnings per share\t42,180';
    expect(extractTable(text, 0, text.length, readUnitsLine('(Dollars in thousands, except per share data)'), { date: null, subject: null })
      .map((m) => [m.value, m.unit])).toEqual([[21_604_000, 'USD'], [1.42, 'USD'], [42_180, 'count']]);
  });

  it('reads a price per unit from a caption or a units line, as prose would read it', () => {
    expect(readUnitsLine('Pr-Nd oxide, spot (yuan/mt)')).toMatchObject({ unit: 'CNY/t', factor: 1, shown: 'yuan/mt' });
    expect(readUnitsLine('价格（元/吨）')).toMatchObject({ unit: 'CNY/t', factor: 1 });
    expect(readUnitsLine('Unit: US$ per tonne')).toMatchObject({ unit: 'USD/t', factor: 1 });
    expect(readUnitsLine('单位：亿元')).toMatchObject({ unit: 'CNY', factor: 1e8 });
    // An ounce of gold is a troy ounce; a pound of copper is 1/2204.6 of a tonne.
    expect(readUnitsLine('Gold, London PM fix (US$/oz)')?.factor).toBeCloseTo(32_150.75, 1);
    expect(readUnitsLine('Copper, Comex ($/lb)')?.factor).toBeCloseTo(2_204.62, 1);
    expect(readUnitsLine('Unit: 10,000 tonnes')).toBeNull();
    expect(readUnitsLine('Ratio (x/y)')).toBeNull();
    const text = 'Grade\tMarch 31, 2025\nPr-Nd oxide\t444,500\nDy oxide\t1,610,000';
    const metrics = extractTable(text, 0, text.length, readUnitsLine('Rare-earth oxide prices (yuan/mt)'), { date: null, subject: null });
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.display.unit])).toEqual([
      ['Pr-Nd oxide', 444_500, 'CNY/t', 'yuan/mt'], ['Dy oxide', 1_610_000, 'CNY/t', 'yuan/mt'],
    ]);
  });

  it('reads a measure over a period in one heading, each with its own unit, and no column\'s unit for the others', () => {
    const text = 'Plant\tRevenue (RMB m)\t\tMargin (%)\n\t2024\t2025\t2024\nOtterby\t1,204.5\t1,310.0\t8.7';
    const split = extractTable(text, 0, text.length, null, { date: null, subject: null });
    // "Revenue (RMB m)" heads both years before "Margin (%)": a group heading reaches to the next one.
    expect(split.map((m) => [m.label, m.value, m.unit, m.period?.label])).toEqual([
      ['Otterby — Revenue', 1_204.5e6, 'CNY', '2024'], ['Otterby — Revenue', 1_310e6, 'CNY', '2025'], ['Otterby — Margin', 8.7, '%', '2024']]);
    const joined = 'Plant\tRevenue (RMB m) 2024\tMargin (%) 2024\nOtterby\t1,204.5\t8.7';
    const doc = docOf([['table', joined, 1]]);
    expect(extractDocument(doc).map((m) => [m.label, m.value, m.unit, m.period?.label])).toEqual([
      ['Otterby — Revenue', 1_204.5e6, 'CNY', '2024'], ['Otterby — Margin', 8.7, '%', '2024']]);
  });

  it('reads a percentage in brackets as a fall, whichever side of the bracket its sign is on', () => {
    const text = 'Site\tGrowth y/y 2024\nAldren North\t(7.3%)\nKelmarsh\t(2.1)%\nOtterby\t4.0%';
    expect(extractTable(text, 0, text.length, null, { date: null, subject: null }).map((m) => [m.value, m.unit, m.display.value]))
      .toEqual([[-7.3, '%', '(7.3)'], [-2.1, '%', '(2.1)'], [4, '%', '4.0']]);
  });

  it('names rows from the column of names beside a column of groups, and keeps ratios, days and counts out of the table\'s currency', () => {
    const text = ['\t\t2024\t2025E', 'Income\tRevenue\t5,104\t5,390', '\tEBITDA margin\t1,131\t1,214', 'Per share\tEPS (€)\t2.63\t2.84',
      '\tShares outstanding (m)\t201.9\t200.7', 'Valuation\tP/E (x)\t14.5\t13.4', '\tDividend yield\t3.1\t3.4', '\tReceivable days\t41\t39'].join('\n');
    const metrics = extractTable(text, 0, text.length, readUnitsLine('Key financials (€ million)'), { date: null, subject: null });
    expect(metrics.filter((m) => m.period?.label === '2024').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['Revenue', 5_104e6, 'EUR'], ['EBITDA margin', 1_131e6, 'EUR'], ['EPS', 2.63, 'EUR'], ['Shares outstanding', 201.9e6, 'count'],
      ['P/E', 14.5, 'x'], ['Dividend yield', 3.1, 'count'], ['Receivable days', 41, 'count']]);
  });

  it('reads a row named by a date as that day\'s figures, each named by its column', () => {
    const text = 'Month end\tShipments (kt)\tInventory days\n31 Jan 2019\t414\t34\n28 Feb 2019\t402\t37';
    const metrics = extractTable(text, 0, text.length, readUnitsLine('Revenue in US$ million'), { date: null, subject: null });
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.start, m.period?.end])).toEqual([
      ['Shipments', 414_000, 't', '2019-01-31', '2019-01-31'], ['Inventory days', 34, 'count', '2019-01-31', '2019-01-31'],
      ['Shipments', 402_000, 't', '2019-02-28', '2019-02-28'], ['Inventory days', 37, 'count', '2019-02-28', '2019-02-28']]);
  });

  it('reads a row that names its own unit in it, its label without the unit', () => {
    const text = 'Metric\tQ1 2024\tQ1 2025\nRevenue (CNY bn)\t5.764\t9.287\nNet profit (CNY mn)\t52.1\t431\nGross margin\t6.1%\t9.8%\nOutput (kt)\t12\t14';
    const metrics = extractTable(text, 0, text.length, null, { date: null, subject: null });
    expect(metrics.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['Revenue', 5.764e9, 'CNY'], ['Revenue', 9.287e9, 'CNY'], ['Net profit', 52.1e6, 'CNY'], ['Net profit', 431e6, 'CNY'],
      ['Gross margin', 6.1, '%'], ['Gross margin', 9.8, '%'], ['Output', 12_000, 't'], ['Output', 14_000, 't'],
    ]);
  });

  it('reads each row\'s unit from a column of units, as prose would read it beside the row\'s name', () => {
    const text = ['Item\tUnit\tQ1 2025\tQ1 2024', 'Copper cathode produced\tt\t18,420\t16,880', 'Gold by-product\toz\t12,460\t13,015',
      'Realised copper price\tUS$/t\t9,412\t8,605', 'Sales revenue\tUS$ m\t268.4\t221.7', 'Recovery\t%\t91.2\t89.0'].join('\n');
    const metrics = extractTable(text, 0, text.length, readUnitsLine('All figures in US$ million unless stated'), { date: null, subject: null });
    expect(metrics.filter((m) => m.period?.label === 'Q1 2025').map((m) => [m.label, m.value, m.unit, m.display.unit, m.kind])).toEqual([
      ['Copper cathode produced', 18_420, 't', 't', 'level'], ['Gold by-product', 12_460 * 31.1034768e-6, 't', 'oz', 'level'],
      ['Realised copper price', 9_412, 'USD/t', 'US$/t', 'price'], ['Sales revenue', 268.4e6, 'USD', 'USD', 'level'],
      ['Recovery', 91.2, '%', '%', 'share']]);
  });

  it('joins a column of changes to each row\'s latest level, and keeps a change without a level as a change', () => {
    const text = ['Item\t2024\t2023\tChange', 'Net debt\t3,420.0\t3,055.9\t11.9%', 'Impairment\t(73.5)\t—\tn/a',
      'Installed capacity at year end (MW), including joint ventures\t4,310\t3,865\t11.5%', 'EBITDA margin (%)\t18.2\t17.5\t0.7',
      'Guidance\t—\t—\t(2.0%)'].join('\n');
    const metrics = extractTable(text, 0, text.length, readUnitsLine('All figures in £ million unless otherwise stated'), { date: null, subject: null });
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.label, m.kind, m.change && [m.change.value, m.change.unit, m.change.basis]])).toEqual([
      ['Net debt', 3_420e6, 'GBP', '2024', 'level', [11.9, '%', 'yoy']], ['Net debt', 3_055.9e6, 'GBP', '2023', 'level', null],
      ['Impairment', -73.5e6, 'GBP', '2024', 'level', null],
      ['Installed capacity at year end, including joint ventures', 4_310_000, 'kW', '2024', 'capacity', [11.5, '%', 'yoy']],
      ['Installed capacity at year end, including joint ventures', 3_865_000, 'kW', '2023', 'capacity', null],
      // Points or per cent? The two levels tell: 18.2 is 0.7 points above 17.5.
      ['EBITDA margin', 18.2, '%', '2024', 'share', [0.7, 'pp', 'yoy']], ['EBITDA margin', 17.5, '%', '2023', 'share', null],
      // A change with no level beside it stays a figure of its own, of kind change.
      ['Guidance', -2, '%', '2024', 'change', [-2, '%', 'yoy']]]);
    expect(text.slice(...metrics[0]!.changeSpan!)).toBe('11.9%');
    const quarterly = 'Segment\tQ2 2025\tQ1 2025\tq/q\nMagnets\t412\t398\t3.5%';
    expect(extractTable(quarterly, 0, quarterly.length, null, { date: null, subject: null })[0]!.change).toMatchObject({ value: 3.5, basis: 'qoq' });
  });

  it('reads a period that opens a heading as the column\'s period, and joins a change to columns of one measure', () => {
    // As a word processor's table heads them: "Q3 2026 output (t)", never a 2025 figure dated by the document's Q3 2026.
    const text = ['Mine\tQ3 2026 output (t)\tQ3 2025 output (t)\tChange', 'Kestrel Pit\t38,400\t35,100\t9.4%'].join('\n');
    const metrics = extractTable(text, 0, text.length, null, { date: '2026-10-29', subject: null });
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.label, m.change && [m.change.value, m.change.basis]])).toEqual([
      ['Kestrel Pit — output', 38_400, 't', 'Q3 2026', [9.4, 'yoy']], ['Kestrel Pit — output', 35_100, 't', 'Q3 2025', null],
    ]);
    // Columns of different measures are no pair a change compares.
    const mixed = ['Segment\tRevenue 2025\tEBITDA 2025\tYoY', 'Copper\t1,840\t634\t12.6%'].join('\n');
    expect(extractTable(mixed, 0, mixed.length, null, { date: null, subject: null }).map((m) => m.kind)).toEqual(['level', 'level', 'change']);
  });

  it('reads a key-data box of two columns and no headings, a figure a row, GBp and GBX as pence', () => {
    const text = ['Share price (GBp)\t412', 'Market cap (£m)\t2,184', 'Free float (%)\t71.5', 'Last close (GBX)\t409', 'Rating\tBuy'].join('\n');
    expect(extractTable(text, 0, text.length, null, { date: null, subject: null }).map((m) => [m.label, m.value, m.unit])).toEqual([
      ['Share price', 4.12, 'GBP'], ['Market cap', 2_184e6, 'GBP'], ['Free float', 71.5, '%'], ['Last close', 4.09, 'GBP'],
    ]);
    // Markdown's pipe table heads it with a caption over an empty cell: "| Key data | |".
    const captioned = ['Key data\t', 'Share price (GBp)\t412', 'Free float (%)\t71.5'].join('\n');
    expect(extractTable(captioned, 0, captioned.length, null, { date: null, subject: null }).map((m) => [m.label, m.value]))
      .toEqual([['Share price', 4.12], ['Free float', 71.5]]);
  });

  it('reads a row in cents or pence as hundredths of its currency, never as whole dollars', () => {
    const text = ['Year to December (US$m)\t2025A\t2026E', 'Revenue\t842\t1,015', 'EPS (US¢)\t21.4\t34.9', 'DPS (US cents)\t8.0\t12.5']
      .join('\n');
    expect(extractTable(text, 0, text.length, readUnitsLine('Year to December (US$m)'), { date: null, subject: null })
      .map((m) => [m.label, m.value, m.unit])).toEqual([
      ['Revenue', 842e6, 'USD'], ['Revenue', 1_015e6, 'USD'], ['EPS', 0.214, 'USD'], ['EPS', 0.349, 'USD'], ['DPS', 0.08, 'USD'], ['DPS', 0.125, 'USD'],
    ]);
    expect(readUnitsLine('DPS (p)')).toMatchObject({ unit: 'GBP', factor: 0.01 });
    expect(readUnitsLine('Dividend (HK cents)')).toMatchObject({ unit: 'HKD', factor: 0.01 });
    // "(p)" after a year is provisional, not pence.
    expect(readUnitsLine('2025 (p)')).toBeNull();
  });

  it('reads a Chinese heading of period, measure and unit in brackets, and a period with a note after it', () => {
    const output = ['产品\t2026年1-9月产量（吨）\t2025年1-9月产量（吨）\t同比', '碳酸锂\t31,200\t27,400\t13.9%'].join('\n');
    expect(extractTable(output, 0, output.length, null, { date: '2026-10-30', subject: null })
      .map((m) => [m.label, m.value, m.unit, m.period?.end, m.change?.basis ?? null])).toEqual([
      ['碳酸锂 — 产量', 31_200, 't', '2026-09-30', 'yoy'], ['碳酸锂 — 产量', 27_400, 't', '2025-09-30', null],
    ]);
    const audited = ['指标（亿元）\t2026年（经审计）\t2025 (restated)', '营业收入\t86.4\t73.1'].join('\n');
    expect(extractTable(audited, 0, audited.length, readUnitsLine('指标（亿元）'), { date: null, subject: null }).map((m) => [m.label, m.value, m.period?.end]))
      .toEqual([['营业收入', 8_640_000_000, '2026-12-31'], ['营业收入', 7_310_000_000, '2025-12-31']]);
  });

  it('joins a change only to the two levels its column compares, and only where they bear it out', () => {
    const read = (text: string) => extractTable(text, 0, text.length, null, { date: null, subject: null })
      .map((m) => [m.text, m.period?.label ?? null, m.kind, m.change && [m.change.value, m.change.basis]]);
    // Two columns of changes, each after the periods it compares: the level keeps both, year on year first.
    const two = 'Item\tQ4 2024\tQ3 2024\tQoQ\tQ4 2023\tYoY\nRevenue\t120\t110\t9.1%\t100\t20.0%';
    expect(read(two)).toEqual([['120', 'Q4 2024', 'level', [20, 'yoy']], ['110', 'Q3 2024', 'level', null], ['100', 'Q4 2023', 'level', null]]);
    expect(extractTable(two, 0, two.length, null, { date: null, subject: null })[0]!.moreChanges).toMatchObject([{ value: 9.1, basis: 'qoq' }]);
    // Three periods before it: the levels tell which two, and where they tell none, the change stays apart.
    expect(read('Item\tFY2022\tFY2023\tFY2024\tChange\nSuperstores\t2,140.5\t2,233.0\t2,301.8\t3.1%')[2]).toEqual(['2,301.8', 'FY2024', 'level', [3.1, 'yoy']]);
    expect(read('Item\t2023\t2024\t2025E\tYoY\nRevenue\t1,000\t1,100\t1,320\t10%')).toContainEqual(['10%', null, 'change', [10, 'yoy']]);
    // A bare change of a row of percentages is in points, whatever money the table is in; "(units)" rows are counts.
    const euros = 'Item\tQ3 2025\tQ3 2024\tChange\nEBIT margin\t12.5%\t11.0%\t1.5\nDeliveries (units)\t45,200\t41,000\t10%';
    expect(extractTable(euros, 0, euros.length, readUnitsLine('(€ in millions)'), { date: null, subject: null })
      .map((m) => [m.value, m.unit, m.change?.unit ?? null])).toEqual([[12.5, '%', 'pp'], [11, '%', null], [45200, 'count', '%'], [41000, 'count', null]]);
    // A change written to whole percents is borne out within its rounding: (184 − 201) / 201 is −8.46%, shown as (8)%.
    expect(read('Item\tQ3 2025\tQ3 2024\tChange\nOperating income\t184\t201\t(8)%')[0]).toEqual(['184', 'Q3 2025', 'level', [-8, 'yoy']]);
    // A change the levels do not bear out is not joined to them.
    expect(read('Item\t2024\t2023\tChange\nRevenue\t1,100\t1,000\t25%')).toContainEqual(['25%', '2024', 'change', [25, 'yoy']]);
    // A variance against budget is no change over time; "11 – 13%" is a range, not a level and a change.
    expect(read('Item\t2024 Actual\t2024 Budget\tVar. %\nRevenue\t1,091\t1,000\t9.1%').some((m) => m[2] === 'change' || m[3])).toBe(false);
    expect(read('Item\t2024\nEBIT margin (%)\t11 – 13%')).toEqual([]);
  });

  it('reads a change written after the figure in its cell as that figure\'s change, on the caption\'s basis', () => {
    const text = 'Segment\tFY2024\tFY2023\nCloud revenue (US$ m)\t9,287 +61%\t5,768 +44%\nOperating margin\t21.4% +3.1pp\t18.3% -0.8pp\nDevices\t3,104 5,120\t—';
    const metrics = extractTable(text, 0, text.length, null, { date: null, subject: null, caption: 'Value, and its change on the prior year' });
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.label, m.change && [m.change.value, m.change.unit, m.change.basis]])).toEqual([
      ['Cloud revenue', 9_287e6, 'USD', 'FY2024', [61, '%', 'yoy']], ['Cloud revenue', 5_768e6, 'USD', 'FY2023', [44, '%', 'yoy']],
      ['Operating margin', 21.4, '%', 'FY2024', [3.1, 'pp', 'yoy']], ['Operating margin', 18.3, '%', 'FY2023', [-0.8, 'pp', 'yoy']]]);
    expect(metrics.map((m) => text.slice(...m.span))).toEqual(['9,287', '5,768', '21.4%', '18.3%']);
    expect(text.slice(...metrics[3]!.changeSpan!)).toBe('-0.8pp');
    // Set apart by more than one space, the change's span is still the change alone.
    const spaced = 'Segment\tFY2024\nCloud revenue (US$ m)\t9,287   +61%';
    const [cloud] = extractTable(spaced, 0, spaced.length, null, { date: null, subject: null });
    expect(spaced.slice(...cloud!.changeSpan!)).toBe('+61%');
  });

  it('finds the period in a heading that carries the units too', () => {
    const text = 'Segment\tRMB million 2024\nMagnets\t1,204';
    const [metric] = extractTable(text, 0, text.length, readUnitsLine('RMB million'), { date: null, subject: null });
    expect(metric).toMatchObject({ label: 'Magnets', value: 1_204e6, unit: 'CNY', period: { start: '2024-01-01', end: '2024-12-31' } });
  });

  it('reads a table whose headings are measures, not periods: row and heading make the label, a heading its own unit', () => {
    const text = 'Plant\tCapacity (kt)\tUtilisation (%)\tZip\tNote\nOtterby smelter\t450\t92.5\t55104\t3\nKelmarsh refinery\t210\t—\t55126\t\nTotal\t660\tn/a\t\t';
    const metrics = extractTable(text, 0, text.length, null, { date: '2025-06-30', subject: 'Halden Copper' });
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.kind, m.period])).toEqual([
      ['Otterby smelter — Capacity', 450_000, 't', 'level', null], ['Otterby smelter — Utilisation', 92.5, '%', 'share', null],
      ['Kelmarsh refinery — Capacity', 210_000, 't', 'level', null], ['Total — Capacity', 660_000, 't', 'level', null],
    ]);
    expect(metrics.map((m) => text.slice(m.span[0], m.span[1]))).toEqual(['450', '92.5', '210', '660']);
  });

  it('joins headings set over several rows, takes the caption\'s period, and a register row\'s name past its dates', () => {
    const text = 'Shipments by port, first half 2025\t\t\t\nReceived\tPort\tContainers\t\n\t\tLaden\tEmpty\n06/22/2025\tKelmarsh\t41,200\t$9,870\n';
    const metrics = extractTable(text, 0, text.length - 1, null, { date: '2025-07-15', subject: null });
    // A merged heading ("Containers") heads only the first of its columns: how far it reaches is not in the text.
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.period?.start, m.period?.end])).toEqual([
      ['Kelmarsh — Containers Laden', 41_200, 'count', '2025-01-01', '2025-06-30'],
      ['Kelmarsh — Empty', 9_870, 'USD', '2025-01-01', '2025-06-30'],
    ]);
    const bare = 'Port\tLaden\nOtterby\t2,210';
    expect(extractTable(bare, 0, bare.length, null, { date: null, subject: null, caption: 'Throughput, January–June 2025 (thousand TEU)' })[0]?.period)
      .toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
  });
});

/** A document of passages laid end to end, one per line: [kind, text, page]. */
function docOf(parts: Array<['heading' | 'paragraph' | 'table', string, number]>) {
  let text = '';
  const passages = parts.map(([kind, body, page]) => {
    const start = text.length;
    text += `${body}\n\n`;
    return { kind, depth: kind === 'heading' ? 1 : 0, start, end: start + body.length, debris: false, questionIndex: null, page };
  });
  return { text, passages, meta: { published: '2025-07-01' } };
}

describe('tables over several pages', () => {
  const page1 = 'Notice date\tCompany\tCity\tEmployees\n07/01/2025\tOtterby Mills Ltd.\tKelmarsh\t150\n07/02/2025\tHalden Copper PLC\tBrill\t90';
  const page2 = '07/09/2025\tHalden Copper PLC\tOtterby\t56\n07/11/2025\tBrill Foundry Co.\tKelmarsh\t41';

  it('reads the rest of a table on the next page under the first page\'s headings', () => {
    const doc = docOf([['heading', 'Layoff notices, July 2025', 1], ['table', page1, 1], ['table', page2, 2]]);
    const metrics = extractDocument(doc);
    expect(metrics.map((m) => [m.label, m.value, doc.text.slice(m.span[0], m.span[1])])).toEqual([
      ['Otterby Mills Ltd. — Employees', 150, '150'], ['Halden Copper PLC — Employees', 90, '90'],
      ['Halden Copper PLC — Employees', 56, '56'], ['Brill Foundry Co. — Employees', 41, '41'],
    ]);
    // A register of many companies names none of them as the document's subject.
    expect(metrics.every((m) => m.entity === null)).toBe(true);
  });

  it('does not carry headings past prose, or onto a table of another width', () => {
    const prose = docOf([['table', page1, 1], ['paragraph', 'Notices received after the cut-off follow.', 2], ['table', page2, 2]]);
    expect(extractDocument(prose).map((m) => m.value)).toEqual([150, 90]);
    const wider = docOf([['table', page1, 1], ['table', `${page2.replace(/\n/u, '\tx\n')}\tx`, 2]]);
    expect(extractDocument(wider).map((m) => m.value)).toEqual([150, 90]);
  });
});

describe('thousands grouped by spaces in a table cell', () => {
  const read = (text: string) => extractTable(text, 0, text.length, null, { date: '2015-12-03', subject: null })
    .map((m) => [m.label, m.value]);

  it('reads a cell "98 452" as one number where its column groups by commas in other rows, or by spaces throughout', () => {
    expect(read('State\tPermit\tTotals\nAlabama\t18,870\t71,137\nCalifornia\t98 452\t180 116\nDelaware\t204\t5,040')).toEqual([
      ['Alabama — Permit', 18_870], ['Alabama — Totals', 71_137], ['California — Permit', 98_452], ['California — Totals', 180_116],
      ['Delaware — Permit', 204], ['Delaware — Totals', 5_040],
    ]);
    expect(read('Mine\tOutput\nNord\t1 250 300\nSud\t48 900\nEst\t912')).toEqual([
      ['Nord — Output', 1_250_300], ['Sud — Output', 48_900], ['Est — Output', 912],
    ]);
  });

  it('reads none where the column also holds numbers run together, so two cells may be one', () => {
    expect(read('State\tPermit\nAlabama\t18,870\nCalifornia\t98 452\nGuam\t12 34')).toEqual([['Alabama — Permit', 18_870]]);
  });
});
