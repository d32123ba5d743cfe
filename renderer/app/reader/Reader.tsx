import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../../../shared/documents.ts';
import type { Color, TagRef } from '../../../shared/tags.ts';
import { call } from '../../client.ts';
import type { Focus } from '../App.tsx';
import { PassageView } from './PassageView.tsx';
import type { FigureSpan, Highlight } from './segments.ts';
import { SelectionBar } from './SelectionBar.tsx';
import { scrollToPlace } from './scroll-to.ts';
import { paintSearchHits } from './search-hits.ts';
import { currentSelection, type Selected } from './selection.ts';

// pdf.js loads when a page is first shown, not with the workbench.
const PdfPage = lazy(() => import('./PdfPage.tsx').then((m) => ({ default: m.PdfPage })));
import { usePassages } from './usePassages.ts';

const NO_SPANS: FigureSpan[] = [];
const NO_TAGS: TagRef[] = [];
const NO_HIGHLIGHTS: Highlight[] = [];

/**
 * The passages of one document with every extracted figure marked and every highlight
 * painted. Passages arrive a page at a time as the analyst scrolls, and off-screen ones
 * are skipped by the browser's rendering (content-visibility), so long documents stay fast.
 */
export function Reader({ hidden = false, documentId, selectedMetricId, selectedAnnotationId, focus, placing, version, onSelectMetric, onSelectAnnotation, onAnnotatePassage, onPlaced, onChanged }: {
  /** Kept mounted (with its place) while the report builder takes the column. */
  hidden?: boolean;
  documentId: number | null;
  selectedMetricId: number | null;
  selectedAnnotationId: number | null;
  focus: Focus | null;
  /** An orphaned annotation waiting for the analyst to choose its words. */
  placing: { id: number; quote: string | null } | null;
  version: number;
  onSelectMetric(id: number, passageId: number): void;
  onSelectAnnotation(id: number): void;
  onAnnotatePassage(passageId: number): void;
  onPlaced(): void;
  /** Something was added (a metric, a note): counts elsewhere may change. */
  onChanged(): void;
}) {
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const { passages, spans, total, more, through, refreshSpans } = usePassages(documentId, doc?.versionId ?? null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [passageTags, setPassageTags] = useState<Map<number, TagRef[]>>(new Map());
  const [showDebris, setShowDebris] = useState(false);
  const [showRepairs, setShowRepairs] = useState(false);
  const [selection, setSelection] = useState<Selected | null>(null);
  const [showPage, setShowPage] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    Promise.all([call('documents.get', { id: documentId }), call('annotations.ranges', { documentId })]).then(([d, h]) => {
      if (!live) return;
      setDoc((old) => (old && old.id === d.id && old.versionId === d.versionId && old.version === d.version ? { ...old, ...d } : d));
      setHighlights(h);
    }, () => undefined);
    void refreshSpans();
    return () => { live = false; };
  }, [documentId, version]); // refreshSpans changes as pages load; only edits (version) re-read

  useEffect(() => {
    if (!passages.length) return;
    call('tags.of', { targetKind: 'passage', targetIds: passages.map((p) => p.id).slice(-5000) })
      .then((rows) => setPassageTags(new Map(rows.map((r) => [r.targetId, r.tags]))), () => undefined);
  }, [passages, version]);

  // Load the next page when the end of what is loaded comes into view.
  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel || !root.current) return;
    const observer = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) more(); }, { root: root.current, rootMargin: '600px' });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [more, passages.length]);

  // Each jump scrolls once, when its passage is on the page: pages loading later as the analyst
  // reads on do not pull the reader back to it.
  const jumped = useRef<Focus | null>(null);
  useEffect(() => {
    if (!focus || jumped.current === focus) return;
    through(focus.passageId);
    const target = root.current?.querySelector(`[data-passage-id="${focus.passageId}"]`);
    if (!target) return;
    jumped.current = focus;
    scrollToPlace(target);
    // The document's head arriving after its passages renders the reader they are in: try then too.
  }, [focus, passages, through, doc?.id]);
  // The words the search matched, marked again whenever the passage's runs are redrawn (figures, highlights).
  useEffect(() => {
    const terms = jumped.current === focus ? focus?.terms ?? [] : [];
    paintSearchHits(focus ? root.current?.querySelector(`[data-passage-id="${focus.passageId}"] .ptext`) : null, terms);
  }, [focus, passages, spans, highlights, doc?.id]);
  useEffect(() => () => paintSearchHits(null, []), []);
  useEffect(() => {
    if (selectedMetricId === null) return;
    // With the PDF page pinned over the top of the reader, the figure goes below it.
    scrollToPlace(root.current?.querySelector(`[data-metric-id="${selectedMetricId}"]`), showPage ? 'end' : 'center');
  }, [selectedMetricId, spans, showPage]);
  useEffect(() => {
    if (selectedAnnotationId === null) return;
    scrollToPlace(root.current?.querySelector(`[data-annotation-ids~="${selectedAnnotationId}"]`));
  }, [selectedAnnotationId, highlights]);

  const done = (after?: () => void) => () => { setSelection(null); window.getSelection()?.removeAllRanges(); after?.(); onChanged(); };
  const fail = (e: Error) => setProblem(e.message);
  const addMetric = () => {
    if (!selection || documentId === null) return;
    call('metrics.create', { documentId, start: selection.start, end: selection.end })
      .then((m) => done(() => { if (m.passageId !== null) onSelectMetric(m.id, m.passageId); })(), fail);
  };
  const highlight = (color: Color, body: string) => {
    if (!selection || documentId === null) return;
    call('annotations.createRange', { documentId, start: selection.start, end: selection.end, body, color })
      .then(({ id }) => done(() => onSelectAnnotation(id))(), fail);
  };
  const place = () => {
    if (!selection || !placing) return;
    call('annotations.place', { id: placing.id, start: selection.start, end: selection.end }).then(done(onPlaced), fail);
  };

  const byPassage = useMemo(() => {
    const figures = new Map<number, FigureSpan[]>();
    const marks = new Map<number, Highlight[]>();
    let f = 0;
    for (const p of passages) {
      while (f < spans.length && spans[f]!.start < p.start) f++;
      const mine: FigureSpan[] = [];
      for (let i = f; i < spans.length && spans[i]!.start < p.end; i++) mine.push(spans[i]!);
      if (mine.length) figures.set(p.id, mine);
      const lit = highlights.filter((h) => h.end > p.start && h.start < p.end);
      if (lit.length) marks.set(p.id, lit);
    }
    return { figures, marks };
  }, [passages, spans, highlights]);

  const selectMetric = useCallback((id: number, passageId: number) => onSelectMetric(id, passageId), [onSelectMetric]);

  if (documentId === null || !doc) return <article className="reader empty" aria-label="Reader" hidden={hidden}>Choose a document in the library.</article>;
  const ordinalOf = new Map(passages.map((p) => [p.id, p.ordinal]));
  // The page to show: the selected figure's, else the passage jumped to, else the first.
  const figure = selectedMetricId === null ? undefined : spans.find((s) => s.id === selectedMetricId);
  const figurePassage = figure ? passages.find((p) => p.start <= figure.start && figure.end <= p.end) : undefined;
  const shownPage = figurePassage?.page ?? passages.find((p) => p.id === focus?.passageId)?.page ?? passages.find((p) => p.page !== null)?.page ?? 1;
  const markText = figure && figurePassage ? figurePassage.text.slice(figure.start - figurePassage.start, figure.end - figurePassage.start) : null;
  const debrisCount = passages.filter((p) => p.debris).length;

  return (
    <article className="reader" aria-label="Reader" ref={root} hidden={hidden} tabIndex={-1}
      onMouseUp={(e) => {
        if ((e.target as HTMLElement).closest('.selection-bar')) return; // using the toolbar keeps the selection it is about
        setProblem(null);
        setSelection(root.current ? currentSelection(root.current) : null);
      }}
      onKeyUp={(e) => { if (e.shiftKey && root.current && !(e.target as HTMLElement).closest('.selection-bar')) setSelection(currentSelection(root.current)); }}>
      {selection && <SelectionBar selection={selection} placing={placing} problem={problem} onAddMetric={addMetric} onHighlight={highlight} onPlace={place} onClose={() => setSelection(null)} />}
      <header className="reader-head">
        <h1>{doc.title}</h1>
        <p className="reader-meta">
          {[doc.published && `Published ${doc.published}`, doc.source && `Source: ${doc.source}`, doc.publisher, `${doc.format.toUpperCase()} · ${doc.encoding}`, doc.versionCount > 1 && `version ${doc.version} of ${doc.versionCount}`].filter(Boolean).join(' · ')}
        </p>
        {placing && <p className="placing" role="status">Select the words for the annotation that was on “{placing.quote}”, then choose <b>Place annotation here</b>.</p>}
        <div className="reader-tools">
          {doc.format === 'pdf' && <button className="link" aria-pressed={showPage} onClick={() => setShowPage(!showPage)}>{showPage ? 'Hide' : 'Show'} the PDF page</button>}
          {doc.repairs.length > 0 && <button className="link" aria-expanded={showRepairs} onClick={() => setShowRepairs(!showRepairs)}>Repairs ({doc.repairs.reduce((n, r) => n + r.count, 0)})</button>}
          {debrisCount > 0 && <button className="link" aria-pressed={showDebris} onClick={() => setShowDebris(!showDebris)}>{showDebris ? 'Hide' : 'Show'} page debris ({debrisCount})</button>}
        </div>
        {showRepairs && (
          <ul className="repairs">
            {doc.repairs.map((r) => (
              <li key={r.kind + r.description}>{r.description}: {r.count}
                <ul>{r.examples.map((e, i) => <li key={i}><code>{e.before}</code> → <code>{e.after}</code></li>)}</ul>
              </li>
            ))}
          </ul>
        )}
      </header>
      {showPage && doc.format === 'pdf' && (
        <Suspense fallback={<div className="empty">Loading the page…</div>}>
          <PdfPage documentId={doc.id} versionKey={String(doc.versionId)} page={shownPage} mark={markText} onClose={() => setShowPage(false)} />
        </Suspense>
      )}
      {passages.filter((p, i) => (showDebris || !p.debris) && !(i === 0 && p.kind === 'heading' && p.text === doc.title)).map((p, i, shown) => (
        <PassageView key={p.id} passage={p} newPage={p.page !== null && p.page !== shown[i - 1]?.page} questionOrdinal={ordinalOf.get(p.questionId ?? -1) ?? null} figures={byPassage.figures.get(p.id) ?? NO_SPANS}
          highlights={byPassage.marks.get(p.id) ?? NO_HIGHLIGHTS} tags={passageTags.get(p.id) ?? NO_TAGS} focused={focus?.passageId === p.id}
          selectedMetricId={byPassage.figures.get(p.id)?.some((s) => s.id === selectedMetricId) ? selectedMetricId : null}
          selectedAnnotationId={byPassage.marks.get(p.id)?.some((h) => h.id === selectedAnnotationId) ? selectedAnnotationId : null}
          onSelectMetric={selectMetric} onSelectAnnotation={onSelectAnnotation} onAnnotatePassage={onAnnotatePassage} />
      ))}
      <div ref={end} className="reader-end" aria-live="polite">{passages.length < total ? `Loading passages ${passages.length + 1}–${Math.min(total, passages.length + 300)} of ${total.toLocaleString('en-US')}…` : ''}</div>
    </article>
  );
}
