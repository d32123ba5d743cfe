import * as echarts from 'echarts';
import { chartOption, seriesOf } from '../../../shared/chart.ts';
import { pointsOf, type ExportMetric } from './collect.ts';

/** Charts of the metrics' series as SVG strings, drawn by ECharts without a browser. */
export function svgCharts(metrics: ExportMetric[], most = 6): Array<{ name: string; svg: string }> {
  return seriesOf(pointsOf(metrics), most).map((series) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height: 300 });
    chart.setOption(chartOption(series));
    const svg = chart.renderToSVGString();
    chart.dispose();
    return { name: series.name, svg };
  });
}
