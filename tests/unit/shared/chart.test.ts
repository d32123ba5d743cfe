import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { chartOption, lineAndOthers, seriesOf, statedAlike, type ChartPoint } from '../../../shared/chart.ts';

const point = (id: number, periodEnd: string, value: number): ChartPoint => ({
  id, documentId: id, passageId: null, label: 'Pr-Nd oxide price', entity: 'market', unit: 'CNY/t', value, periodEnd,
  documentTitle: `Daily ${id}`, sentence: null, note: null, changeValue: null, changeUnit: null, audit: null,
});

describe('charts of a series', () => {
  const points = [point(1, '2025-03-28', 440_000), point(2, '2025-03-31', 444_500), point(3, '2025-03-31', 452_000)];

  it('join one value per period and draw a second source’s value for that period as a dot, not a zigzag', () => {
    expect(lineAndOthers(points)).toEqual({ line: [points[0], points[1]], others: [points[2]] });
    for (const print of [false, true]) {
      const series = (chartOption(seriesOf(points)[0]!, { print }).series as Array<{ type: string; data: unknown[] }>);
      expect(series.map((s) => [s.type, s.data.length])).toEqual([['line', 2], ['scatter', 1]]);
    }
  });

  it('need two periods to be drawn as a line, unless asked for one', () => {
    expect(seriesOf([points[1]!, points[2]!])).toEqual([]);
    expect(seriesOf([points[1]!], 6, 400, 1)).toHaveLength(1);
  });

  it('name the unit in a printed chart’s title rather than over its axis', () => {
    const option = chartOption(seriesOf(points)[0]!, { print: true }) as { title: { text: string }; yAxis: Array<{ name?: string }> };
    expect(option.title.text).toBe('Pr-Nd oxide price · market (CNY/t)');
    expect(option.yAxis[0]!.name).toBeUndefined();
  });

  it('is named by the label most of its points carry, not by the first point\'s wording', () => {
    const smm = { ...point(4, '2025-07-08', 454_000), label: 'SMM Pr-Nd oxide price', entity: 'SMM' };
    expect(seriesOf([smm, ...points])[0]!.name).toBe('Pr-Nd oxide price · market');
    // A tie goes to the series' own wording, without the quoting agency.
    expect(seriesOf([smm, point(5, '2025-03-31', 444_500)])[0]!.name).toBe('Pr-Nd oxide price · market');
  });

  it('prints the second axis\'s name clear of the values\' labels', () => {
    // The reviewer's chart: two quarterly averages, the later with a stated YoY change drawn as a bar on a second axis.
    const quarter = (id: number, year: number, value: number, change: number | null): ChartPoint => ({
      ...point(id, `${year}-03-31`, value), periodStart: `${year}-01-01`, changeValue: change, changeUnit: change === null ? null : '%' });
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height: 300 });
    chart.setOption(chartOption(seriesOf([quarter(1, 2024, 381_646.55, null), quarter(2, 2025, 429_605.26, 12.57)])[0]!, { print: true }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    /** A text's box, roughly: centred where it is placed, 0.6 em a character wide (tall, when turned a quarter). */
    const boxes = [...svg.matchAll(/<text[^>]*font-size:(\d+)px[^>]*transform="(translate|matrix)\(([^)]*)\)"[^>]*>([^<]*)<\/text>/gu)].map((m) => {
      const [size, kind, n, text] = [Number(m[1]), m[2], m[3]!.split(/[ ,]+/u).map(Number), m[4]!];
      const [x, y] = kind === 'matrix' ? [n[4]!, n[5]!] : [n[0]!, n[1]!];
      const [long, short] = [text.length * size * 0.6, size * 1.2];
      const turned = kind === 'matrix' && n[0] === 0;
      return { text, x, y, w: turned ? short : long, h: turned ? long : short };
    });
    const name = boxes.find((b) => b.text === 'change, %')!;
    const labels = boxes.filter((b) => /^\d{3},\d{3}\.\d\d$/u.test(b.text));
    expect(labels).toHaveLength(2);
    for (const label of labels) {
      const apart = Math.abs(name.x - label.x) > (name.w + label.w) / 2 || Math.abs(name.y - label.y) > (name.h + label.h) / 2;
      expect(apart, `"change, %" at ${name.x},${name.y} against ${label.text} at ${label.x},${label.y}`).toBe(true);
    }
  });

  it('says in a point\'s tooltip that the analyst edited it, beside the sentence that states the extracted figure', () => {
    const edited = { ...point(2, '2025-03-31', 450_000), sentence: 'Pr-Nd oxide was 444,500 yuan/mt.', audit: 'Edited; extracted: value 444,500 CNY/t' };
    const option = chartOption(seriesOf([point(1, '2025-03-28', 440_000), edited])[0]!) as { tooltip: { formatter(p: { data: { id: number } }): string } };
    const tip = option.tooltip.formatter({ data: { id: 2 } });
    expect(tip).toContain('<b>450,000 CNY/t</b>');
    expect(tip).toContain('<br>✎ Edited; extracted: value 444,500 CNY/t');
    expect(option.tooltip.formatter({ data: { id: 1 } })).not.toContain('✎');
  });
});

describe('points two sources state alike', () => {
  // Daily A and Daily D both quote 444,500 for 31 March (A's point on the line, D's a dot): D's dot was drawn exactly
  // under A's point, so no one saw that two sources agree, nor could hover or click D's.
  const agree = [point(1, '2025-01-01', 398_000), point(2, '2025-03-31', 444_500), point(3, '2025-03-31', 452_000), point(4, '2025-03-31', 444_500)];
  type Datum = { value: [number, number]; id?: number; symbolOffset?: [number, number] };
  const offsets = (option: Record<string, unknown>) => new Map((option.series as Array<{ type: string; data: Datum[] }>)
    .filter((s) => s.type !== 'bar').flatMap((s) => s.data.map((d, i) => [d.id ?? `${s.type}${i}`, { value: d.value[1], dx: d.symbolOffset?.[0] ?? 0 }] as const)));

  it('are grouped by period and value, in the series\' order, the line\'s point first', () => {
    const alike = statedAlike(seriesOf(agree)[0]!.points);
    expect([...alike].map(([id, a]) => [id, a.index, a.group.map((p) => p.id)])).toEqual([[2, 0, [2, 4]], [4, 1, [2, 4]]]);
  });

  it('stand side by side, each its own dot at its exact value, and each names every source in its tooltip', () => {
    const option = chartOption(seriesOf(agree)[0]!);
    const drawn = offsets(option);
    expect(drawn.get(2)).toEqual({ value: 444_500, dx: 0 });
    expect(drawn.get(4)).toEqual({ value: 444_500, dx: 11 });
    expect(drawn.get(3)).toEqual({ value: 452_000, dx: 0 });
    const tip = (option as { tooltip: { formatter(p: { data: { id: number }; seriesType: string }): string } }).tooltip.formatter;
    for (const id of [2, 4]) {
      expect(tip({ data: { id }, seriesType: id === 2 ? 'line' : 'scatter' })).toContain('<b>444,500 CNY/t</b>');
      expect(tip({ data: { id }, seriesType: 'scatter' })).toContain('2 sources state 444,500 CNY/t: Daily 2; Daily 4');
    }
    expect(tip({ data: { id: 3 }, seriesType: 'scatter' })).not.toContain('sources state');
    // Drawn apart on the screen, not on the axes: the two dots' centres are a dot's width and more apart.
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height: 300 });
    chart.setOption(option);
    const centres = [...chart.renderToSVGString().matchAll(/<path d="M1 0A1 1[^"]*" transform="matrix\(4,0,0,4,([\d.]+),([\d.]+)\)"/gu)]
      .map((m) => [Number(m[1]), Number(m[2])] as const);
    const y = chart.convertToPixel({ yAxisIndex: 0 }, 444_500) as number;
    chart.dispose();
    const at444 = centres.filter(([, cy]) => Math.abs(cy - y) < 1);
    expect(at444).toHaveLength(2);
    expect(Math.abs(at444[0]![0] - at444[1]![0])).toBeGreaterThanOrEqual(8);
  });

  it('stand side by side in a printed chart too', () => {
    const drawn = offsets(chartOption(seriesOf(agree)[0]!, { print: true }));
    expect([...drawn.values()].filter((d) => d.value === 444_500).map((d) => d.dx)).toEqual([0, 10]);
  });
});

describe('stated changes drawn as bars', () => {
  // The analyst's series: a level on 1 January, and on 31 March one 'up 46,500 yuan/mt since January 1'; a quarter's
  // figure beside them states its change on the year in percent.
  const series = seriesOf([
    point(1, '2025-01-01', 398_000),
    { ...point(2, '2025-03-31', 444_500), changeValue: 46_500, changeUnit: 'CNY/t', changeBasis: 'since', changeSince: '2025-01-01' },
    { ...point(3, '2025-06-30', 450_000), periodStart: '2025-04-01', changeValue: 12.5, changeUnit: '%', changeBasis: 'yoy' },
  ])[0]!;
  type Option = {
    series: Array<{ type: string; yAxisIndex?: number; data: Array<{ value: [number, number]; id?: number; label?: { formatter: string } }> }>;
    yAxis: Array<{ name?: string }>;
    tooltip: { formatter(p: { data: { id: number }; seriesType: string }): string };
  };

  for (const print of [false, true]) {
    it(`include a change since a date, in the series' unit on an axis of its own, labelled with its date (${print ? 'export' : 'app'})`, () => {
      const option = chartOption(series, { print }) as Option;
      const bars = option.series.filter((s) => s.type === 'bar');
      expect(bars.map((b) => [b.yAxisIndex, b.data.map((d) => d.value[1])])).toEqual([[1, [12.5]], [2, [46_500]]]);
      expect(option.yAxis.map((a) => a.name)).toEqual([undefined, print ? 'change, %' : 'change %', print ? 'change, CNY/t' : 'change CNY/t']);
      expect(bars[1]!.data[0]!.label?.formatter).toBe('since 2025-01-01');
      // A change on the year carries no such label: its axis and tooltip say what it is.
      expect(bars[0]!.data[0]!.label).toBeUndefined();
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height: 300 });
      chart.setOption(option);
      expect(chart.renderToSVGString()).toContain('>since 2025-01-01</text>');
      chart.dispose();
    });
  }

  it('say in a bar\'s tooltip the change as stated and what it is measured against, a point\'s the value', () => {
    const option = chartOption(series) as Option;
    expect(option.tooltip.formatter({ data: { id: 2 }, seriesType: 'bar' })).toContain('<b>+46,500 CNY/t since 2025-01-01</b> · 31 Mar 25');
    expect(option.tooltip.formatter({ data: { id: 3 }, seriesType: 'bar' })).toContain('<b>+12.5% YoY</b>');
    expect(option.tooltip.formatter({ data: { id: 2 }, seriesType: 'line' })).toContain('<b>444,500 CNY/t</b>');
  });
});

describe('a chart\'s time axis, in the app and in exports', () => {
  // The reviewer's series: month ends, a quarter's figure (at its end, 31 Mar), then two prices eight days apart.
  const periods = [['2024-12-31', '2024-12-31'], ['2025-01-31', '2025-01-31'], ['2025-02-28', '2025-02-28'], ['2025-01-01', '2025-03-31'],
    ['2025-04-30', '2025-04-30'], ['2025-06-30', '2025-06-30'], ['2025-07-08', '2025-07-08']] as const;
  // One states a change in %, drawn as a bar: ECharts would widen a time axis holding bars unless told not to.
  const series = seriesOf(periods.map(([periodStart, periodEnd], i) => ({ ...point(i + 1, periodEnd, 400_000 + i * 5_000), periodStart,
    ...(periodEnd === '2025-06-30' ? { changeValue: 6.9, changeUnit: '%' } : {}) })))[0]!;

  /** The chart drawn as an SVG without a browser, with where each point and each axis label stand. */
  function drawn(print: boolean) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height: 300 });
    chart.setOption(chartOption(series, { print }));
    const svg = chart.renderToSVGString();
    const at = new Map<string, number>(periods.map(([, end]) => [end, chart.convertToPixel({ xAxisIndex: 0 }, Date.parse(`${end}T00:00:00Z`)) as number]));
    const x = (iso: string) => at.get(iso)!;
    // Axis labels are <text> with a transform or x that places them; read each label's x.
    const labels = new Map([...svg.matchAll(/<text[^>]*?transform="(?:translate|matrix)\(([^)]*)\)"[^>]*>([^<]*)<\/text>/gu)]
      .map((m) => { const n = m[1]!.split(/[ ,]+/u).map(Number); return [m[2]!, n.length === 6 ? n[4]! : n[0]!] as const; }));
    chart.dispose();
    return { x, labels };
  }

  for (const print of [false, true]) {
    it(`places points by their dates, each labelled with its period at its own place (${print ? 'export' : 'app'})`, () => {
      const { x, labels } = drawn(print);
      // Spaced by time: 30 Jun → 8 Jul is 8 days, 31 Mar → 30 Apr is 30.
      const week = x('2025-07-08') - x('2025-06-30');
      const month = x('2025-04-30') - x('2025-03-31');
      expect(month / week).toBeCloseTo(30 / 8, 1);
      // The quarter's point at 31 Mar, named "1Q25" right there; a day's point named by its day; never "Apr" for 31 Mar.
      expect(labels.get('1Q25')).toBeCloseTo(x('2025-03-31'), 0);
      expect(labels.get('30 Apr 25')).toBeCloseTo(x('2025-04-30'), 0);
      expect(labels.get('31 Dec 24')).toBeCloseTo(x('2024-12-31'), 0);
      expect([...labels.keys()].filter((l) => /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul)$|^2025$/u.test(l))).toEqual([]);
      // The points span the plot (a little room at each end), not a middle third of it.
      expect(x('2025-07-08') - x('2024-12-31')).toBeGreaterThan(0.85 * (680 - 64 - 64));
    });
  }
});
