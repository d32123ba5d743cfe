import * as echarts from 'echarts';
import { chartOption, seriesOf, type Series } from '../../../shared/chart.ts';
import { pointsOf, type ExportMetric } from './collect.ts';

/** One series as an SVG string, drawn by ECharts without a browser. */
export function svgChart(series: Series): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height: 300 });
  chart.setOption(chartOption(series));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Charts of the metrics' largest series. */
export function svgCharts(metrics: ExportMetric[], most = 6): Array<{ name: string; svg: string }> {
  return seriesOf(pointsOf(metrics), most).map((series) => ({ name: series.name, svg: svgChart(series) }));
}
