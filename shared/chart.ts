import { z } from 'zod';
import { formatChange, formatValue } from './format.ts';
import { seriesEntity, seriesKey, seriesLabel } from './series-key.ts';
import { sheetPeriodLabel } from './period-label.ts';

/** The contract's shape of a series, for the chart panel. */
export const SeriesSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  points: z.array(z.object({
    id: z.number().int(), documentId: z.number().int(), passageId: z.number().int().nullable(), label: z.string(), entity: z.string().nullable(),
    unit: z.string().nullable(), value: z.number(), periodEnd: z.string(), documentTitle: z.string(), sentence: z.string().nullable(), note: z.string().nullable(),
    // The core has always sent it (the exports' points); the chart panel names a point's period by it ("1Q25").
    periodStart: z.string().nullable().optional(),
    changeValue: z.number().nullable(), changeUnit: z.string().nullable(), audit: z.string().nullable(),
    // What a change is measured against ("yoy", "since" a date): a bar says "since 2025-01-01" where the change is since a date.
    changeBasis: z.string().nullable().optional(), changeSince: z.string().nullable().optional(),
  })),
});

/** A point of a chart: one metric's value at the end of its period. */
export interface ChartPoint {
  id: number;
  documentId: number;
  passageId: number | null;
  label: string;
  entity: string | null;
  unit: string | null;
  value: number;
  periodEnd: string;
  /** Names the point's period on the axis ("1Q25"); points are placed at their period's end. */
  periodStart?: string | null;
  documentTitle: string;
  sentence: string | null;
  note: string | null;
  changeValue: number | null;
  changeUnit: string | null;
  /** What the change is measured against: "yoy", "qoq", …, or "since" the day in `changeSince` (YYYY-MM-DD). */
  changeBasis?: string | null;
  changeSince?: string | null;
  /** What the analyst changed and what was extracted ("Edited; extracted: value 444,500 CNY/t"), or null. */
  audit: string | null;
}

/** One line of a chart: a metric (label, entity, unit) over its periods. */
export interface Series {
  key: string;
  name: string;
  unit: string | null;
  points: ChartPoint[];
}

/** A line past this many points says nothing more; the most recent are drawn. */
export const MAX_POINTS = 400;

/**
 * Groups metrics into series (same label, entity and unit) with at least `minPeriods` periods
 * (two: what is worth drawing as a line), largest first, each cut to its latest `perSeries` points.
 */
export function seriesOf(points: ChartPoint[], most = 6, perSeries = MAX_POINTS, minPeriods = 2): Series[] {
  const groups = new Map<string, Series>();
  for (const p of points) {
    const key = JSON.stringify([seriesKey(p.label, p.entity), p.unit]);
    const series = groups.get(key) ?? { key, name: '', unit: p.unit, points: [] };
    series.points.push(p);
    groups.set(key, series);
  }
  return [...groups.values()]
    .map((s) => ({ ...s, points: s.points.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id - b.id).slice(-perSeries) }))
    .map((s) => ({ ...s, name: seriesName(s.points) }))
    .filter((s) => new Set(s.points.map((p) => p.periodEnd)).size >= minPeriods)
    .sort((a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name))
    .slice(0, most);
}

/**
 * A series is named by the label and entity most of its points carry, not by whichever point came
 * first: a chart of three "Pr-Nd oxide average price" points and one "SMM Pr-Nd oxide average price"
 * was titled by the SMM label. A tie goes to the series' own wording (without a quoting agency).
 */
function seriesName(points: ChartPoint[]): string {
  const label = commonest(points.map((p) => p.label), seriesLabel);
  const entity = commonest(points.flatMap((p) => (p.entity ? [p.entity] : [])), (e) => seriesEntity(e) ?? '');
  return [label, entity].filter(Boolean).join(' · ');
}

/** The value most often given; among equals, one written as the series knows it ("market", not "SMM"), then the shorter. */
function commonest(values: string[], asSeries: (value: string) => string): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const own = (v: string) => (asSeries(v) === v.toLowerCase() ? 0 : 1);
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || own(a) - own(b) || a.length - b.length || a.localeCompare(b));
  return ranked[0]?.[0] ?? null;
}

/**
 * The points the line joins (the first stated for each period) and the rest: a second source
 * quoting another value for a period is drawn as a dot beside the line, not as a zigzag.
 */
export function lineAndOthers(points: ChartPoint[]): { line: ChartPoint[]; others: ChartPoint[] } {
  const seen = new Set<string>();
  const line: ChartPoint[] = [];
  const others: ChartPoint[] = [];
  for (const p of points) {
    (seen.has(p.periodEnd) ? others : line).push(p);
    seen.add(p.periodEnd);
  }
  return { line, others };
}

/**
 * An ECharts option for one series: its values over time as a line, stated changes as
 * bars on a second axis, and the analyst's notes as marks on their points. Plain data, so
 * the renderer and the exports (server-side SVG) draw the same chart.
 */
export function chartOption(series: Series, options: { animation?: boolean; dark?: boolean; print?: boolean } = {}): Record<string, unknown> {
  const text = options.dark ? '#e6e6e3' : '#1d1f21';
  const changes = changeAxes(series);
  const alike = statedAlike(series.points);
  if (options.print) return printOption(series, changes, text, alike);
  return {
    animation: options.animation ?? false,
    textStyle: { fontFamily: 'system-ui, sans-serif', color: text },
    title: { text: series.name, subtext: series.unit ?? '', left: 8, top: 4, textStyle: { fontSize: 13, fontWeight: 600, color: text } },
    grid: { left: 64, right: changesRight(changes, 56), top: 56, bottom: 36 },
    tooltip: {
      trigger: 'item', confine: true, extraCssText: 'max-width: 360px; white-space: normal;',
      formatter: (p: { data?: { id?: number }; seriesType?: string }) => {
        const point = series.points.find((x) => x.id === p.data?.id);
        if (!point) return '';
        const escape = (t: string) => t.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
        // A bar is the stated change, with what it is measured against ("+46,500 CNY/t since 2025-01-01"); a point, the value.
        const figure = p.seriesType === 'bar' ? changeText(point) : formatValue(point.value, point.unit);
        // Every source stating the same value for the period is named, as their dots stand side by side.
        const group = p.seriesType === 'bar' ? [] : alike.get(point.id)?.group ?? [];
        const sources = group.length > 1 ? `<br>${group.length} sources state ${escape(formatValue(point.value, point.unit))}: ${group.map((x) => escape(x.documentTitle)).join('; ')}` : '';
        // An edited figure says so beside its sentence, which still states the extracted one.
        return `<b>${escape(figure)}</b> · ${escape(periodName(point))}<br>${escape(point.documentTitle)}`
          + `${point.sentence ? `<br><i>“${escape(point.sentence)}”</i>` : ''}${point.audit ? `<br>✎ ${escape(point.audit)}` : ''}`
          + `${point.note ? `<br>Note: ${escape(point.note)}` : ''}${sources}`;
      },
    },
    useUTC: true,
    xAxis: timeAxis(series, { axisLabel: { color: text } }),
    yAxis: [
      { type: 'value', scale: true, axisLabel: { color: text, formatter: (v: number) => formatValue(v, null) } },
      // With two, the inner one's name ends over its axis, clear of the outer one's.
      ...changes.map((c, i) => ({ type: 'value', name: `change ${c.unit}`, offset: i * CHANGE_AXIS_WIDTH, axisLabel: { color: text, formatter: (v: number) => formatValue(v, null) },
        ...(i === 0 && changes.length > 1 ? { nameTextStyle: { align: 'right' } } : {}), splitLine: { show: false } })),
    ],
    series: [
      {
        type: 'line', name: series.name, symbolSize: 8,
        data: lineAndOthers(series.points).line.map((p) => ({ value: [dayOf(p.periodEnd), p.value], id: p.id, ...aside(alike, p, 8) })),
        markPoint: {
          symbol: 'pin', symbolSize: 34, label: { formatter: '✎', fontSize: 11 },
          data: series.points.filter((p) => p.note).map((p) => ({ coord: [dayOf(p.periodEnd), p.value], name: p.note!.slice(0, 80), id: p.id, ...aside(alike, p, 8) })),
        },
      },
      ...otherSources(series, (p) => ({ value: [dayOf(p.periodEnd), p.value], id: p.id, ...aside(alike, p, 8) }), { symbolSize: 8 }),
      ...changes.map((c, i) => ({
        type: 'bar', name: 'stated change', yAxisIndex: 1 + i, barMaxWidth: 18, itemStyle: { opacity: 0.45 },
        data: c.points.map((p) => ({ value: [dayOf(p.periodEnd), p.changeValue], id: p.id, ...sinceLabel(p, text) })),
      })),
    ],
  };
}

/** The stated changes a chart draws as bars, by unit, each on an axis of its own to the right: percentages first. */
interface ChangeAxis { unit: string; points: ChartPoint[] }

/** A second value axis to the right of another takes this much room, in pixels. */
const CHANGE_AXIS_WIDTH = 64;

/**
 * The stated changes drawn as bars: in percent (whatever they are measured against: on the year, on the quarter, or since
 * a date), and in the series' own unit ("up 46,500 yuan/mt since 31 December", the way a price's move since a day is
 * mostly written), which were left out when only percentages were drawn. Other units (a change in another currency) are not.
 */
function changeAxes(series: Series): ChangeAxis[] {
  const units = ['%', ...(series.unit && series.unit !== '%' ? [series.unit] : [])];
  return units.map((unit) => ({ unit, points: series.points.filter((p) => p.changeValue !== null && p.changeUnit === unit) }))
    .filter((c) => c.points.length);
}

/** Room at the plot's right for the change axes: the first's, and each further one's with its labels and name. */
function changesRight(changes: ChangeAxis[], first: number): number {
  return changes.length ? first + (changes.length - 1) * (CHANGE_AXIS_WIDTH + 16) : 24;
}

/** A stated change as the grid says it: "+46,500 CNY/t since 2025-01-01", "+61.19% YoY". */
function changeText(p: ChartPoint): string {
  return formatChange({ changeValue: p.changeValue, changeUnit: p.changeUnit, changeBasis: p.changeBasis ?? null, changeSince: p.changeSince ?? null });
}

/**
 * A bar of a change since a date is labelled with the date ("since 2025-01-01"), at its end: without it, a move since the
 * year began reads as one on the year or the quarter, as the other bars are.
 */
function sinceLabel(p: ChartPoint, color: string): { label?: Record<string, unknown> } {
  if (p.changeBasis !== 'since') return {};
  const words = p.changeSince ? `since ${p.changeSince}` : 'since';
  return { label: { show: true, position: (p.changeValue ?? 0) < 0 ? 'bottom' : 'top', formatter: words, fontSize: 10, color, opacity: 1 } };
}

/** The dots of the values other sources state for a period the line already has (none: no series). */
function otherSources<T>(series: Series, datum: (p: ChartPoint) => T, style: Record<string, unknown>): Array<Record<string, unknown>> {
  const { others } = lineAndOthers(series.points);
  if (!others.length) return [];
  return [{ type: 'scatter', name: 'another source', itemStyle: { color: '#b26a00' }, ...style, data: others.map(datum) }];
}

/** A point among those stating the same value for the same period: its place among them (0 for the first), and all of them. */
interface Alike { index: number; group: ChartPoint[] }

/**
 * The points that state what another point of the series states (same period, same value: two sources agreeing, or one
 * document saying it twice), in the series' order, so the line's own point comes first. Points alone are not in it.
 */
export function statedAlike(points: ChartPoint[]): Map<number, Alike> {
  const groups = new Map<string, ChartPoint[]>();
  for (const p of points) {
    const key = JSON.stringify([p.periodEnd, p.value]);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const alike = new Map<number, Alike>();
  for (const group of groups.values()) if (group.length > 1) group.forEach((p, index) => alike.set(p.id, { index, group }));
  return alike;
}

/**
 * Where a point's dot is drawn: the second, third… point stating the same value for the period stand a dot's width and a
 * gap to the right of the first, so each shows and takes its own hover and click (one drawn over the other hid it). The
 * value is untouched: the dot is moved on the screen, in pixels, not on the axes, and the tooltip gives the figure as stated.
 */
function aside(alike: Map<number, Alike>, p: ChartPoint, size: number): { symbolOffset?: [number, number] } {
  const index = alike.get(p.id)?.index ?? 0;
  return index ? { symbolOffset: [index * (size + 3), 0] } : {};
}

/** A point's period as a chart's axis names it: "1Q25", "FY2024", a day "31 Mar 25". */
function periodName(p: ChartPoint): string {
  return sheetPeriodLabel(p.periodStart ?? p.periodEnd, p.periodEnd);
}

const DAY = 86_400_000;

/** An ISO day as the time axis places it: its midnight in UTC (the option says useUTC, so no time zone moves it). */
function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * The x axis of every chart, in the app and in exports alike: time, so points stand apart as
 * their dates do (30 Jun and 8 Jul close, not a quarter's width apart), with a tick and a
 * label at each point's date naming its period ("1Q25", "31 Mar 25"), never the axis's own
 * month ticks (a 31 Mar point sat by "Apr"). Labels that would overlap give way.
 */
function timeAxis(series: Series, style: { axisLabel: Record<string, unknown> } & Record<string, unknown>): Record<string, unknown> {
  const names = new Map<number, string>();
  for (const p of [...series.points].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))) if (!names.has(dayOf(p.periodEnd))) names.set(dayOf(p.periodEnd), periodName(p));
  const days = [...names.keys()];
  const [first, last] = [days[0] ?? 0, days[days.length - 1] ?? 0];
  // Room beside the first and last points, so their marks and labels are not cut at the plot's edges.
  const pad = Math.max((last - first) * 0.04, 15 * DAY);
  return {
    // containShape off: ECharts would widen a time axis holding bars by a band it guesses from their dates (the
    // reviewer's chart ran from September to October for points from December to July).
    type: 'time', min: first - pad, max: last + pad, containShape: false, ...style,
    axisTick: { ...(style.axisTick as object | undefined), customValues: days },
    axisLabel: { ...style.axisLabel, customValues: days, hideOverlap: true, formatter: (value: number) => names.get(value) ?? '' },
    splitLine: { show: false },
  };
}

/**
 * The chart as a report prints it: on the same time axis as the app's, one tick per period
 * stated (never daily ticks between two quarters), the unit in the title, values labelled,
 * no interaction.
 */
function printOption(series: Series, changes: ChangeAxis[], text: string, alike: Map<number, Alike>): Record<string, unknown> {
  const axis = { axisLine: { lineStyle: { color: '#8a8d91' } }, axisLabel: { color: text, fontSize: 11 } };
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif', color: text },
    // The unit goes in the title: as the axis's name it ran into a long title.
    title: { text: series.unit ? `${series.name} (${series.unit})` : series.name, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 600, color: text } },
    grid: { left: 72, right: changesRight(changes, 64), top: 44, bottom: 32 },
    useUTC: true,
    xAxis: timeAxis(series, axis),
    yAxis: [
      { type: 'value', scale: true, ...axis,
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatValue(v, null) }, splitLine: { lineStyle: { color: '#e6e6e1' } } },
      // The second axis's name stands along its side, not over its top, where it ran into the last point's label.
      ...changes.map((c, i) => ({ type: 'value', name: `change, ${c.unit}`, nameLocation: 'middle', nameRotate: -90, nameGap: c.unit === '%' ? 36 : 46,
        offset: i * CHANGE_AXIS_WIDTH, nameTextStyle: { color: text, fontSize: 11 }, ...axis,
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatValue(v, null) }, splitLine: { show: false } })),
    ],
    series: [
      { type: 'line', name: series.name, symbolSize: 7, lineStyle: { width: 2, color: '#2457a6' }, itemStyle: { color: '#2457a6' },
        label: { show: series.points.length <= 12, position: 'top', fontSize: 10, color: text, formatter: (p: { value: [number, number] }) => formatValue(p.value[1], null) },
        data: lineAndOthers(series.points).line.map((p) => ({ value: [dayOf(p.periodEnd), p.value], ...aside(alike, p, 7) })) },
      ...otherSources(series, (p) => ({ value: [dayOf(p.periodEnd), p.value], ...aside(alike, p, 7) }), { symbolSize: 7 }),
      ...changes.map((c, i) => ({ type: 'bar', name: 'stated change', yAxisIndex: 1 + i, barMaxWidth: 18, itemStyle: { color: '#9aa5b1', opacity: 0.6 },
        data: c.points.map((p) => ({ value: [dayOf(p.periodEnd), p.changeValue], ...sinceLabel(p, text) })) })),
    ],
  };
}
