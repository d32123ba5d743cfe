import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridSelection } from '../../../shared/exports.ts';
import type { MetricRow } from '../../../shared/metrics.ts';
import type { Report, ReportItem, ReportSummary } from '../../../shared/reports.ts';
import { formatValue } from '../../../shared/format.ts';
import { reportDateProblem } from '../../../shared/report-date.ts';
import { call } from '../../client.ts';
import { ExportMenu } from '../ExportMenu.tsx';
import { GrowingTextarea } from '../GrowingTextarea.tsx';
import { moveItem, type Place } from './move-item.ts';
import { SavedReports } from './SavedReports.tsx';

type Content = Omit<Report, 'id' | 'name' | 'updatedAt'>;

/** What an item shows: a metric's label and value, a chart's metric, an annotation's number. */
function itemText(item: ReportItem, metrics: Map<number, MetricRow>): string {
  if (item.kind === 'annotation') return `Annotation ${item.annotationId}`;
  const m = metrics.get(item.metricId);
  const what = m ? `${m.label} · ${formatValue(m.value, m.unit)} · ${m.documentTitle}${m.anchorState === 'orphaned' ? ' (not in its current version: see the inspector)' : ''}`
    : `metric ${item.metricId} (deleted)`;
  return item.kind === 'chart' ? `Chart: ${m?.label ?? what}` : what;
}

/**
 * Builds a report: title, author, date, summary and sections of metrics (from the grid's
 * filter or the selected metric), charts and annotations, reordered by dragging or with
 * the ↑ ↓ buttons. Every change is saved to the workspace at once.
 */
export function ReportBuilder({ hidden = false, gridSelection, metricId, annotationId, onClose }: {
  /** Behind the reader while a document is read: kept, with its form, until Reports brings it back. */
  hidden?: boolean;
  gridSelection(): GridSelection;
  metricId: number | null;
  annotationId: number | null;
  onClose(): void;
}) {
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [name, setName] = useState('');
  const [metrics, setMetrics] = useState<Map<number, MetricRow>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const dragging = useRef<Place | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const saveTimer = useRef<number | null>(null);

  // Counts the reports asked for (opened or created): an answer to an earlier ask never replaces a later one.
  const asked = useRef(0);
  const loadList = useCallback(() => { call('reports.list', {}).then(setReports, (e: Error) => setError(e.message)); }, []);
  const open = (id: number) => {
    const ask = ++asked.current;
    return call('reports.get', { id }).then((r) => {
      if (ask !== asked.current) return;
      setReport(r); setName(r.name); setError(null);
    }, (e: Error) => setError(e.message));
  };
  // The builder opens on the report last saved (a reload or relaunch finds it as it was), not on an empty form
  // whose only way to the report was its menu; unless the analyst has opened or started one meanwhile.
  useEffect(() => {
    call('reports.list', {}).then((list) => {
      setReports(list);
      if (list[0] && asked.current === 0) void open(list[0].id);
    }, (e: Error) => setError(e.message));
  }, []); // once, when the builder is opened

  // Labels for the metrics the report holds (the first thousand; the rest show their ids).
  useEffect(() => {
    const ids = [...new Set(report?.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'annotation' ? [] : [i.metricId]))) ?? [])].slice(0, 1000);
    if (!ids.length) { setMetrics(new Map()); return; }
    call('metrics.page', { ids, endRow: ids.length }).then((p) => setMetrics(new Map(p.rows.map((r) => [r.id, r]))), () => undefined);
  }, [report]);

  const store = (next: Report, nextName: string) => {
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const { id: _id, name: _n, updatedAt: _u, ...content } = next;
    return call('reports.save', { id: next.id, name: nextName, content: content as Content });
  };
  const save = (next: Report, nextName = name) => {
    setReport(next);
    setSaved(false);
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
    saveTimer.current = null;
    // A date that is no day keeps the report from being saved (the core refuses it too): what was typed stays in the form, and the
    // message beside the date says why, until it is a day or empty.
    if (reportDateProblem(next.date)) return;
    saveTimer.current = window.setTimeout(() => {
      const { storedName, clash } = nameToStore(next, nextName);
      store(next, storedName).then(() => { setSaved(!clash); setError(clash); loadList(); }, (e: Error) => setError(e.message));
    }, 300);
  };
  /**
   * A name another report has is kept back (the report keeps the one it has) and said why: the rest is still
   * saved, where refusing the whole report lost everything typed after the name.
   */
  const nameToStore = (next: Report, nextName: string): { storedName: string; clash: string | null } => {
    const taken = reports.some((r) => r.id !== next.id && r.name.trim().toLowerCase() === nextName.trim().toLowerCase());
    if (!taken) return { storedName: nextName, clash: null };
    const kept = reports.find((r) => r.id === next.id)?.name ?? next.name;
    return { storedName: kept, clash: `There is already a report named "${nextName.trim()}": the name stays "${kept}" until you choose another; everything else is saved.` };
  };
  const edit = (patch: Partial<Content>) => report && save({ ...report, ...patch });
  const editSection = (index: number, change: (items: ReportItem[]) => ReportItem[], text?: { heading?: string; commentary?: string }) => {
    if (!report) return;
    edit({ sections: report.sections.map((s, i) => (i === index ? { ...s, ...text, items: change(s.items) } : s)) });
  };
  const create = () => {
    const base = 'Untitled report';
    const taken = new Set(reports.map((r) => r.name.toLowerCase()));
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} ${n}`;
    const ask = ++asked.current;
    call('reports.create', { name: candidate }).then((r) => {
      loadList();
      if (ask !== asked.current) return;
      setReport(r); setName(r.name);
    }, (e: Error) => setError(e.message));
  };
  const remove = () => {
    if (!report || !window.confirm(`Delete the report "${report.name}"? Its metrics and annotations stay in the workspace.`)) return;
    call('reports.delete', { id: report.id }).then(() => { setReport(null); loadList(); }, (e: Error) => setError(e.message));
  };
  const addGrid = (section: number) => {
    if (!report) return;
    if (reportDateProblem(report.date)) { dateInput.current?.focus(); return; }
    // What was typed is saved first: the report the server sends back replaces the form, and a form that cannot be
    // saved (a bad date) keeps what was typed, with the reason, instead of going back to the last saved text.
    const { storedName, clash } = nameToStore(report, name);
    store(report, storedName).then(() => call('reports.addGrid', { id: report.id, section, selection: gridSelection() }))
      .then((r) => { setReport(r); setSaved(!clash); setError(clash); loadList(); }, (e: Error) => setError(e.message));
  };
  const dateProblem = report ? reportDateProblem(report.date) : null;
  const drop = (to: Place) => {
    if (!report || !dragging.current) return;
    edit({ sections: moveItem(report.sections, dragging.current, to) });
    dragging.current = null;
  };

  return (
    <article className="report-builder" aria-label="Report builder" hidden={hidden}>
      <header className="report-head">
        <select aria-label="Open a report" value={report?.id ?? ''} onChange={(e) => e.target.value && void open(Number(e.target.value))}>
          <option value="">{reports.length ? 'Open a report…' : 'No reports yet'}</option>
          {reports.map((r) => <option key={r.id} value={r.id}>{r.name} ({r.items})</option>)}
        </select>
        <button onClick={create}>New report</button>
        {report && <ExportMenu target={() => ({ reportId: report.id })} label="Export report" />}
        {report && <button onClick={remove}>Delete</button>}
        <button aria-label="Close the report builder" onClick={onClose}>×</button>
        {saved && <span className="saved" role="status">Saved</span>}
        {error && <span className="error" role="alert">{error}</span>}
      </header>
      {!report && <SavedReports reports={reports} onOpen={(id) => void open(id)} />}
      {!report && <p className="muted">Reports collect metrics, charts and annotations under headings, with your summary, and export to HTML, PDF, Word, Markdown, Excel, CSV or JSON with every figure cited.</p>}
      {report && (
        <div className="report-form">
          <label>Name <input value={name} onChange={(e) => { setName(e.target.value); save(report, e.target.value); }} /></label>
          <label>Title <input value={report.title} onChange={(e) => edit({ title: e.target.value })} /></label>
          <div className="report-row">
            <label>Author <input value={report.author} onChange={(e) => edit({ author: e.target.value })} /></label>
            <label>Date <input value={report.date} placeholder="YYYY-MM-DD" ref={dateInput} onChange={(e) => edit({ date: e.target.value.trim() })}
              aria-invalid={dateProblem !== null} aria-describedby={dateProblem ? 'report-date-error' : undefined} /></label>
          </div>
          {dateProblem && (
            <p className="error field-error" id="report-date-error" role="alert">
              {dateProblem}. The report is not saved until the date is a day on the calendar or empty; what you typed stays here.
            </p>
          )}
          <label>Summary (Markdown) <GrowingTextarea rows={4} value={report.summary} onChange={(e) => edit({ summary: e.target.value })} /></label>
          {report.sections.map((section, si) => (
            <section key={si} className="report-section" aria-label={`Section ${si + 1}`} onDragOver={(e) => e.preventDefault()} onDrop={() => drop({ section: si, index: section.items.length })}>
              <div className="report-row">
                <input aria-label={`Heading of section ${si + 1}`} placeholder="Section heading" value={section.heading} onChange={(e) => editSection(si, (x) => x, { heading: e.target.value })} />
                <button aria-label={`Remove section ${si + 1}`} onClick={() => edit({ sections: report.sections.filter((_, i) => i !== si) })}>Remove section</button>
              </div>
              <GrowingTextarea aria-label={`Commentary of section ${si + 1}`} rows={3} placeholder="Commentary (Markdown), printed under the heading"
                value={section.commentary} onChange={(e) => editSection(si, (x) => x, { commentary: e.target.value })} />
              <ol className="report-items">
                {section.items.map((item, ii) => (
                  <li key={ii} draggable onDragStart={() => { dragging.current = { section: si, index: ii }; }}
                    onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.stopPropagation(); drop({ section: si, index: ii }); }}>
                    <span className="grip" aria-hidden="true">⋮⋮</span>
                    <span className={`item-kind ${item.kind}`}>{item.kind}</span>
                    <span className="item-text">{itemText(item, metrics)}</span>
                    <button aria-label={`Move up: ${itemText(item, metrics)}`} disabled={ii === 0} onClick={() => edit({ sections: moveItem(report.sections, { section: si, index: ii }, { section: si, index: ii - 1 }) })}>↑</button>
                    <button aria-label={`Move down: ${itemText(item, metrics)}`} disabled={ii === section.items.length - 1} onClick={() => edit({ sections: moveItem(report.sections, { section: si, index: ii }, { section: si, index: ii + 2 }) })}>↓</button>
                    <button aria-label={`Remove: ${itemText(item, metrics)}`} onClick={() => editSection(si, (items) => items.filter((_, i) => i !== ii))}>×</button>
                  </li>
                ))}
                {!section.items.length && <li className="empty">Empty: add metrics, a chart or an annotation, or drag items here.</li>}
              </ol>
              <div className="report-row">
                <button onClick={() => addGrid(si)} title="Every metric the grid shows now, in its order">Add the grid's metrics</button>
                <button disabled={metricId === null} onClick={() => metricId !== null && editSection(si, (items) => [...items, { kind: 'metric', metricId }])}>Add selected metric</button>
                <button disabled={metricId === null} onClick={() => metricId !== null && editSection(si, (items) => [...items, { kind: 'chart', metricId }])}>Add its chart</button>
                <button disabled={annotationId === null} onClick={() => annotationId !== null && editSection(si, (items) => [...items, { kind: 'annotation', annotationId }])}>Add selected annotation</button>
              </div>
            </section>
          ))}
          <button onClick={() => edit({ sections: [...report.sections, { heading: '', commentary: '', items: [] }] })}>Add section</button>
        </div>
      )}
    </article>
  );
}
