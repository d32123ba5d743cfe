import { useEffect, useRef, useState } from 'react';
import type { MetricDetail } from '../../shared/metrics.ts';
import { call, CallError } from '../client.ts';
import { editFailure } from './edit-failure.ts';
import { asChangeColumns, auditNote, formatChange, formatPeriodInFull, formatValue } from '../../shared/format.ts';
import { NoteMarkdown } from './NoteMarkdown.tsx';
import type { Tag } from '../../shared/tags.ts';
import { TagPicker } from './tags/TagPicker.tsx';
import { HistoryList } from './HistoryList.tsx';
import { fieldInWords, valueInWords } from './history-text.ts';
import { figureInSentence } from '../../shared/figure-in-sentence.ts';
import { calendarDayProblem } from '../../shared/calendar-day.ts';

const STATUSES = [
  { id: 'verified', key: 'v' },
  { id: 'disputed', key: 'd' },
  { id: 'rejected', key: 'r' },
  { id: 'unreviewed', key: 'u' },
] as const;

/** The sentence with the figure's own span picked out (not an earlier "44%" in the same sentence). */
function Quote({ m }: { m: MetricDetail }) {
  if (!m.sentence) return null;
  const at = figureInSentence(m.sentence, m.surface, m.surfaceOffset);
  if (at === -1) return <blockquote className="quote">{m.sentence}</blockquote>;
  return <blockquote className="quote">{m.sentence.slice(0, at)}<mark>{m.surface}</mark>{m.sentence.slice(at + m.surface!.length)}</blockquote>;
}

/**
 * Says when the metric is not (or not exactly) on the words of its document's current
 * version, and what the analyst can do about it: its quote below is then from an older
 * version, or its value was read from words that have changed since.
 */
function PlacementNotice({ m }: { m: MetricDetail }) {
  if (m.anchorState === 'orphaned') {
    const older = m.version !== null ? `version ${m.version}` : 'an older version';
    return (
      <div className="check-box conflict placement" role="note" aria-label="Not in the current version">
        <b>Not in the current version.</b> This figure's sentence is not in the current version of “{m.documentTitle}”
        {m.currentVersion !== null && ` (version ${m.currentVersion})`}: the quote below is from {older}, and the figure may have changed or gone.
        Compare it with the document as it is now. If the figure is still stated in other words, select it in the reader and
        choose <b>Add metric</b>, then reject or delete this one; if it is gone, reject it (<kbd>R</kbd>) or delete it, or keep it as a
        record of what {older} said.
      </div>
    );
  }
  if (m.anchorState === 'fuzzy') {
    return (
      <div className="check-box conflict placement" role="note" aria-label="Placed approximately">
        <b>Its words changed in the current version.</b> This figure was read from “{m.surface}”
        {m.placedOn !== null && <>, which now reads “{m.placedOn}”</>}. Check the value against the sentence below, and correct it or the status.
      </div>
    );
  }
  return null;
}

/** A refusal of the period form, said next to the field it is about ('form' when about both). */
interface PeriodError { field: 'start' | 'end' | 'form'; message: string }

/** "2025-03-31" as "31 March 2025", for a message. */
function readableDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** What is wrong with a period as typed, before it is sent; null when it may be saved. */
function periodProblem(start: string, end: string): PeriodError | null {
  const startProblem = start ? calendarDayProblem(start) : null;
  if (startProblem) return { field: 'start', message: `The start date ${startProblem}.` };
  const endProblem = end ? calendarDayProblem(end) : null;
  if (endProblem) return { field: 'end', message: `The end date ${endProblem}.` };
  if (start && end && start > end) {
    return { field: 'end', message: `The period would end on ${readableDay(end)}, before it starts on ${readableDay(start)}; set an end on or after the start.` };
  }
  return null;
}

/** The core's refusal of a period, placed at its field and without the contract's field names ("(metrics.update: patch.periodEnd)"). */
function periodRefusal(message: string): PeriodError {
  const named = / \(metrics\.update: patch\.(period[A-Za-z]+)\)\.?$/u.exec(message);
  const field = named?.[1] === 'periodStart' ? 'start' : named?.[1] === 'periodEnd' ? 'end' : 'form';
  return { field, message: named ? `${message.slice(0, named.index)}.` : message };
}

/**
 * The selected metric in full: where it came from, its status (V, D, R, U keys), its note,
 * and the values first extracted when the analyst has changed any.
 */
export function Inspector({ metricId, tags, version, onChanged, onDeleted, onGone, onOpenPassage }: {
  metricId: number | null;
  tags: Tag[];
  onDeleted(): void;
  /** The metric is no longer in the workspace (deleted in bulk, by another writer, by an undo): nothing is inspected. */
  onGone(): void;
  /** Bumped when something changed elsewhere (undo, redo): the metric is read again. */
  version: number;
  onChanged(): void;
  onOpenPassage(documentId: number, passageId: number): void;
}) {
  const [metric, setMetric] = useState<MetricDetail | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [period, setPeriod] = useState<{ label: string; start: string; end: string } | null>(null);
  const [periodError, setPeriodError] = useState<PeriodError | null>(null);
  const periodErrorRef = useRef<HTMLParagraphElement>(null);
  const periodInputs = { start: useRef<HTMLInputElement>(null), end: useRef<HTMLInputElement>(null) };
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const shown = useRef<MetricDetail | null>(null);

  useEffect(() => {
    if (metricId === null) { setMetric(null); shown.current = null; return; }
    call('metrics.get', { id: metricId }).then((m) => {
      const same = shown.current?.id === m.id;
      // Read again after a change elsewhere (or our own save): keep what is being typed and the "Saved" mark.
      setNote((typed) => (same && typed !== (shown.current?.note ?? '') ? typed : m.note ?? ''));
      if (!same) { setSaved(false); setPeriod(null); setPeriodError(null); }
      shown.current = m;
      setMetric(m);
      setError(null);
    }, (e: Error) => {
      // A metric that is gone is no longer shown, nor offered for review.
      if (e instanceof CallError && e.code === 'NO_SUCH_METRIC') { setMetric(null); shown.current = null; onGone(); return; }
      setError((said) => said ?? e.message); // keep a failed edit's explanation
    });
  }, [metricId, version]);

  // A refused period is said beside its fields, scrolled into view, with the field to correct focused.
  useEffect(() => {
    if (!periodError) return;
    if (periodError.field !== 'form') periodInputs[periodError.field].current?.focus({ preventScroll: true });
    periodErrorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [periodError]); // the refs never change

  // `id`: a status key acts on the metric selected, which may be a row on from the one still shown while it loads.
  const update = (patch: Parameters<typeof call<'metrics.update'>>[1]['patch'], refused?: (message: string) => void, id = metric?.id) => {
    if (!metric || id === undefined) return;
    call('metrics.update', { id, patch }).then((m) => { shown.current = m; setMetric(m); setSaved(true); setError(null); setPeriod(null); setPeriodError(null); onChanged(); }, (e: Error) => {
      if (refused) refused(editFailure(e, metric.label)); else setError(editFailure(e, metric.label));
      // The metric may be gone (another writer removed or replaced it): show what is there now.
      if (e instanceof CallError && e.code === 'NO_SUCH_METRIC') onChanged();
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (!metric || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName) || target.isContentEditable) return;
      const status = STATUSES.find((s) => s.key === e.key.toLowerCase());
      if (status) { e.preventDefault(); update({ status: status.id }, undefined, metricId ?? undefined); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!metric) return <aside className="inspector empty" aria-label="Inspector">{error ?? 'Select a metric in the grid or a figure in the reader.'}</aside>;
  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="inspector-head">
        <h2>{metric.label}</h2>
        <span className="big-value">{metric.qualifier ? `${metric.qualifier} ` : ''}{formatValue(metric.value, metric.unit)}</span>
      </div>
      <PlacementNotice m={metric} />
      {auditNote(metric) && <p className="audit-line" role="note" aria-label="Edited by the analyst">✎ {auditNote(metric)}</p>}
      <dl className="facts">
        {metric.changeValue !== null && (
          <><dt>Change</dt><dd>{[metric, ...metric.moreChanges.map(asChangeColumns)].map(formatChange).join('; ')}</dd></>
        )}
        <dt>Period</dt>
        <dd>
          {period ? (
            <form className="period-edit" aria-label="Edit period" noValidate onSubmit={(e) => {
              e.preventDefault();
              const [start, end] = [period.start.trim(), period.end.trim()];
              const problem = periodProblem(start, end);
              if (problem) { setPeriodError(problem); return; }
              update({ periodLabel: period.label.trim() || null, periodStart: start || null, periodEnd: end || null }, (message) => setPeriodError(periodRefusal(message)));
            }}>
              <input aria-label="Period label" placeholder="Q1 2025" value={period.label} onChange={(e) => setPeriod({ ...period, label: e.target.value })} />
              <input aria-label="Period start" placeholder="YYYY-MM-DD" value={period.start} ref={periodInputs.start} onChange={(e) => setPeriod({ ...period, start: e.target.value })}
                aria-invalid={periodError?.field === 'start'} aria-describedby={periodError ? 'period-error' : undefined} />
              <input aria-label="Period end" placeholder="YYYY-MM-DD" value={period.end} ref={periodInputs.end} onChange={(e) => setPeriod({ ...period, end: e.target.value })}
                aria-invalid={periodError?.field === 'end'} aria-describedby={periodError ? 'period-error' : undefined} />
              <button type="submit">Save</button>
              <button type="button" onClick={() => { setPeriod(null); setPeriodError(null); }}>Cancel</button>
              {periodError && <p className="error field-error" id="period-error" role="alert" ref={periodErrorRef}>{periodError.message}</p>}
            </form>
          ) : (
            <>{formatPeriodInFull(metric) || '—'} <button className="link" onClick={() => { setPeriodError(null); setPeriod({ label: metric.periodLabel ?? '', start: metric.periodStart ?? '', end: metric.periodEnd ?? '' }); }}>Edit</button></>
          )}
        </dd>
        <dt>Entity</dt><dd>{metric.entity ?? '—'}</dd>
        <dt>Source</dt>
        <dd>
          {metric.documentTitle}{metric.passagePage !== null && `, p. ${metric.passagePage}`}{metric.passageOrdinal !== null && `, passage ${metric.passageOrdinal + 1}`}
          {metric.version !== null && metric.version !== metric.currentVersion && `, version ${metric.version} (the reader shows version ${metric.currentVersion ?? '?'})`}{' '}
          {metric.passageId !== null && metric.anchorState !== 'orphaned' && <button className="link" onClick={() => onOpenPassage(metric.documentId, metric.passageId!)}>Open passage</button>}
        </dd>
        <dt>As written</dt><dd>{[metric.displayValue, metric.displayScale, metric.displayUnit].filter(Boolean).join(' ')}</dd>
      </dl>
      <Quote m={metric} />
      {metric.conflictingSources.length > 0 && (
        <div className="check-box conflict" role="note" aria-label="Conflicting sources">
          <b>Other sources disagree.</b>
          <ul>{metric.conflictingSources.map((c) => (
            <li key={c.id}>{formatValue(c.value, c.unit)} in {c.documentTitle}{c.status !== 'unreviewed' ? ` (${c.status})` : ''}{' '}
              {c.passageId !== null && <button className="link" onClick={() => onOpenPassage(c.documentId, c.passageId!)}>Open</button>}</li>
          ))}</ul>
        </div>
      )}
      {metric.changeCheck && (
        <div className={`check-box ${metric.changeCheck.ok ? 'ok' : 'conflict'}`} role="note" aria-label="Change check">
          {metric.changeCheck.ok ? 'The stated change matches' : <b>The stated change does not match</b>} the levels: {formatValue(metric.changeCheck.previousValue, metric.unit)} in {metric.changeCheck.previousDocumentTitle} → {formatValue(metric.value, metric.unit)} is {metric.changeCheck.expected > 0 ? '+' : ''}{formatValue(Number(metric.changeCheck.expected.toFixed(2)), metric.changeCheck.unit)}
          {!metric.changeCheck.ok && `, not ${metric.changeCheck.stated > 0 ? '+' : ''}${formatValue(metric.changeCheck.stated, metric.changeCheck.unit)}`}.
        </div>
      )}
      <div className="status-row" role="radiogroup" aria-label="Review status">
        {STATUSES.map((s) => (
          <button key={s.id} role="radio" aria-checked={metric.status === s.id} className={`pill ${s.id}${metric.status === s.id ? ' on' : ''}`}
            title={`${s.id} (${s.key.toUpperCase()})`} onClick={() => update({ status: s.id })}>{s.id} <kbd>{s.key.toUpperCase()}</kbd></button>
        ))}
      </div>
      <TagPicker key={metric.id} tags={tags} value={metric.tagRefs} label="Tag the metric"
        onChange={(tagIds) => call('tags.set', { targetKind: 'metric', targetId: metric.id, tagIds }).then(() => { setSaved(true); onChanged(); }, (e: Error) => setError(e.message))} />
      <label className="note-label" htmlFor="metric-note">Note</label>
      <textarea id="metric-note" ref={noteRef} value={note} rows={3} placeholder="Write a note (Markdown)…" onChange={(e) => { setNote(e.target.value); setSaved(false); }}
        onBlur={() => { if (note !== (metric.note ?? '')) update({ note }); }} />
      {note.trim() && <div className="note-preview" aria-label="Note preview"><NoteMarkdown text={note} /></div>}
      <div className="note-actions">
        <button onClick={() => update({ note })} disabled={note === (metric.note ?? '')}>Save note</button>
        <button className="delete" onClick={() => call('metrics.delete', { id: metric.id }).then(onDeleted, (e: Error) => setError(e.message))}
          title="Move this metric to the trash (Ctrl/⌘ Z or the trash brings it back)">Delete metric</button>
        {saved && <span className="saved" role="status">Saved</span>}
        {error && <span className="error" role="alert">{error}</span>}
      </div>
      <HistoryList history={metric.history} unit={metric.unit} />
      {metric.original && (
        <details className="original">
          <summary>Extracted original</summary>
          <dl>{Object.entries(metric.original).map(([k, v]) => <div key={k}><dt>{fieldInWords(k)}</dt>
            <dd>{valueInWords(k, v === null ? null : String(v), 'unit' in metric.original! ? metric.original!.unit as string | null : metric.unit)}</dd></div>)}</dl>
        </details>
      )}
    </aside>
  );
}
