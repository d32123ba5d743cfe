import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkPointComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { chartOption, type Series } from '../../shared/chart.ts';
import type { GridSelection } from '../../shared/exports.ts';
import { call } from '../client.ts';
import { useDarkMode } from './useDarkMode.ts';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, TitleComponent, MarkPointComponent, SVGRenderer]);

/**
 * The selected metric over its periods across every document (or, with nothing selected,
 * the grid's largest series): values as a line, stated changes as bars, notes as pins.
 * Hovering a point shows its sentence; clicking it selects the metric and opens its passage.
 */
export function ChartPanel({ selection, metricId, version, onOpen }: {
  selection(): GridSelection;
  metricId: number | null;
  version: number;
  onOpen(metricId: number, documentId: number, passageId: number | null): void;
}) {
  const [series, setSeries] = useState<Series[]>([]);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const dark = useDarkMode();

  useEffect(() => {
    call('metrics.series', { selection: selection(), metricId: metricId ?? undefined }).then((s) => { setSeries(s); setIndex(0); setError(null); }, (e: Error) => setError(e.message));
  }, [metricId, version]); // selection() reads the grid's current query when the metric or the data change

  const current = series[index];
  const option = useMemo(() => (current ? chartOption(current, { animation: true, dark }) : null), [current, dark]);
  useEffect(() => {
    if (!box.current || !option || !current) return;
    const chart = echarts.init(box.current, null, { renderer: 'svg' });
    chart.setOption(option);
    chart.on('click', (p) => {
      const point = current.points.find((x) => x.id === (p.data as { id?: number } | undefined)?.id);
      if (point) onOpen(point.id, point.documentId, point.passageId);
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box.current);
    return () => { resize.disconnect(); chart.dispose(); };
  }, [option, current, onOpen]);

  return (
    <section className="chart-panel" aria-label="Chart">
      <div className="toolbar">
        {series.length > 1 && (
          <select aria-label="Series" value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {series.map((s, i) => <option key={s.key} value={i}>{s.name}{s.unit ? ` (${s.unit})` : ''}</option>)}
          </select>
        )}
        <span className="count">{current ? `${current.points.length} point${current.points.length === 1 ? '' : 's'}` : ''}</span>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {!current && !error && <p className="muted chart-empty">{metricId === null ? 'No metric in the grid has values over two or more periods.' : 'This metric has a value for only one period; a chart needs two.'}</p>}
      <div ref={box} className="chart-box" data-testid="chart" style={{ display: current ? 'block' : 'none' }} />
    </section>
  );
}
