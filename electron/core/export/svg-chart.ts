import * as echarts from 'echarts';
import { chartOption, seriesOf, type Series } from '../../../shared/chart.ts';
import { pointsOf, type ExportMetric } from './collect.ts';

/** The size charts are drawn at, in CSS pixels. */
export const CHART_SIZE = { width: 680, height: 300 };

/** One series as an SVG string, drawn by ECharts without a browser. */
export function svgChart(series: Series): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  chart.setOption(chartOption(series, { print: true }));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The metrics' largest series, to chart. */
export function chartSeries(metrics: ExportMetric[], most = 6): Series[] {
  return seriesOf(pointsOf(metrics), most);
}
