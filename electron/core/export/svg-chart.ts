import * as echarts from 'echarts';
import { chartOption, seriesOf, type ChartPoint } from '../../../shared/chart.ts';
import type { ExportMetric } from './collect.ts';

/** The export's metrics as chart points (those with a value and a period). */
export function pointsOf(metrics: ExportMetric[]): ChartPoint[] {
  return metrics.filter((m) => m.value !== null && m.periodEnd && m.status !== 'rejected').map((m) => ({
    id: m.id, label: m.label, entity: m.entity, unit: m.unit, value: m.value!, periodEnd: m.periodEnd!, documentTitle: m.documentTitle,
    sentence: m.sentence, note: m.note, changeValue: m.changeValue, changeUnit: m.changeUnit,
  }));
}

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
