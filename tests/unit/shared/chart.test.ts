import { describe, expect, it } from 'vitest';
import { chartOption, lineAndOthers, seriesOf, type ChartPoint } from '../../../shared/chart.ts';

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

  it('says in a point\'s tooltip that the analyst edited it, beside the sentence that states the extracted figure', () => {
    const edited = { ...point(2, '2025-03-31', 450_000), sentence: 'Pr-Nd oxide was 444,500 yuan/mt.', audit: 'Edited; extracted: value 444,500 CNY/t' };
    const option = chartOption(seriesOf([point(1, '2025-03-28', 440_000), edited])[0]!) as { tooltip: { formatter(p: { data: { id: number } }): string } };
    const tip = option.tooltip.formatter({ data: { id: 2 } });
    expect(tip).toContain('<b>450,000 CNY/t</b>');
    expect(tip).toContain('<br>✎ Edited; extracted: value 444,500 CNY/t');
    expect(option.tooltip.formatter({ data: { id: 1 } })).not.toContain('✎');
  });
});
