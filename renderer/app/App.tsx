import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../shared/documents.ts';
import type { AnnotationItem } from '../../shared/annotations.ts';
import type { Tag } from '../../shared/tags.ts';
import { AnnotationsPanel } from './AnnotationsPanel.tsx';
import { ReportBuilder } from './reports/ReportBuilder.tsx';
import type { GridSelection } from '../../shared/exports.ts';
import { TagManager } from './tags/TagManager.tsx';
import { Trash } from './Trash.tsx';
import { call, onCommand } from '../client.ts';
import { Shortcuts } from './Shortcuts.tsx';

// Loaded when first shown: echarts is a fifth of the interface's code, and the grid comes first.
const ChartPanel = lazy(() => import('./ChartPanel.tsx').then((m) => ({ default: m.ChartPanel })));
import { ImportControl } from './ImportControl.tsx';
import { EXPORT_FROM_MENU } from './ExportMenu.tsx';
import { Inspector } from './Inspector.tsx';
import { Library } from './Library.tsx';
import { MetricsGrid } from './MetricsGrid.tsx';
import { Reader } from './reader/Reader.tsx';
import { BusyBanner } from './BusyBanner.tsx';
import { TeamSync } from './TeamSync.tsx';
import { ReextractBanner } from './ReextractBanner.tsx';
import { SearchBox } from './SearchBox.tsx';
import { panelColumns, Splitter, usePanelWidths } from './Splitter.tsx';
import { useReportPanel } from './reports/use-report-panel.ts';
import { cyclePanels } from './panel-focus.ts';
import type { DocumentSort } from '../../shared/document-sorts.ts';
import { saveLibrarySort, savedLibrarySort } from './library-sort.ts';
import { firstCall } from './early-calls.ts';
import { useOpenLink } from './use-open-link.ts';
import { useLatch } from './use-latch.ts';
import { documentToOpen, savedSession, saveSession, type SessionState } from './session-state.ts';

/** Where the reader should go: a passage to scroll to, with a nonce so the same one can be asked for twice. */
export interface Focus {
  passageId: number;
  nonce: number;
  /** Words a search matched, to be marked in the passage. */
  terms?: string[];
}

/**
 * The workbench: library, reader and metrics grid side by side, the inspector under the
 * grid. Selecting a figure anywhere selects it everywhere.
 */
export function App() {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [filter, setFilter] = useState('');
  const [librarySort, setLibrarySort] = useState<DocumentSort>(savedLibrarySort);
  const sortLibrary = (sort: DocumentSort) => { setLibrarySort(sort); saveLibrarySort(sort); };
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [metricId, setMetricId] = useState<number | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [followReader, setFollowReader] = useState(true);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [workspaceKey, setWorkspaceKey] = useState('');
  const [help, setHelp] = useState(false);
  const [dialog, setDialog] = useState<'tags' | 'trash' | null>(null);
  const reports = useReportPanel();
  const [tags, setTags] = useState<Tag[]>([]);
  const [tagFilter, setTagFilter] = useState<number | null>(null);
  const [pane, setPane] = useState<'inspector' | 'annotations' | 'chart'>('inspector');
  const gridSelection = useRef<GridSelection>({});
  const [gridQuery, setGridQuery] = useState(0);
  const gridQueryChanged = useCallback(() => setGridQuery((n) => n + 1), []);
  const [annotationId, setAnnotationId] = useState<number | null>(null);
  const [passageCard, setPassageCard] = useState<number | null>(null);
  const [placing, setPlacing] = useState<{ id: number; quote: string | null } | null>(null);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const widths = usePanelWidths(workspaceKey);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = /^(INPUT|TEXTAREA|SELECT)$/u.test((e.target as HTMLElement).tagName);
      if ((e.key === '?' && !typing) || (e.key === '/' && (e.ctrlKey || e.metaKey))) { e.preventDefault(); setHelp((h) => !h); }
      if (e.key === 'k' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); document.querySelector<HTMLInputElement>('input[aria-label="Search passages"]')?.focus(); }
      if (e.key === 'Escape') { setHelp(false); setDialog(null); setPlacing(null); }
      if (e.key === 'F6') { e.preventDefault(); cyclePanels(e.shiftKey); }
      const undo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z';
      const redo = (undo && e.shiftKey) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y');
      if ((undo || redo) && !typing) {
        e.preventDefault();
        call(redo ? 'edits.redo' : 'edits.undo', {}).then((target) => {
          if (!target) return;
          if (target.targetKind === 'metric') { setMetricId(target.targetId); setPane('inspector'); }
          if (target.targetKind === 'annotation') { setAnnotationId(target.targetId); setPane('annotations'); }
          setVersion((v) => v + 1);
        }, (err: Error) => setError(err.message));
      }
    };
    window.addEventListener('keydown', onKey);
    onCommand((c) => {
      if (c.type === 'shortcuts') setHelp(true);
      // File ▸ Export… opens the grid's export menu (ExportMenu's answersMenu); a DOM event, since onCommand cannot be unsubscribed.
      if (c.type === 'export') window.dispatchEvent(new Event(EXPORT_FROM_MENU));
    });
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Whether the library has answered once (or failed to): until then the reader's document is unknown.
  const [libraryLoaded, setLibraryLoaded] = useState(false);
  const loadDocuments = useCallback(() => {
    firstCall('documents.list', { filter: filter || undefined, tagId: tagFilter ?? undefined, sort: librarySort })
      .then(setDocuments, (e: Error) => setError(e.message)).finally(() => setLibraryLoaded(true));
  }, [filter, tagFilter, librarySort]);
  useEffect(loadDocuments, [loadDocuments, version]);
  useEffect(() => { firstCall('tags.list', {}).then(setTags, (e: Error) => setError(e.message)); }, [version]);
  useEffect(() => { if (tagFilter !== null && !tags.some((t) => t.id === tagFilter)) setTagFilter(null); }, [tags, tagFilter]);

  const selectMetric = useCallback((id: number, doc: number | null, passageId: number | null) => {
    setMetricId(id);
    setPane((p) => (p === 'chart' ? p : 'inspector'));
    if (doc !== null && doc !== documentId) setDocumentId(doc);
    if (passageId !== null) setFocus({ passageId, nonce: Date.now() });
  }, [documentId]);

  const openPassage = useCallback((doc: number, passageId: number, terms?: string[]) => {
    reports.showReader();
    setDocumentId(doc);
    setFocus({ passageId, nonce: Date.now(), terms });
  }, [reports.showReader]);
  const openFromChart = useCallback((id: number, doc: number, passageId: number | null) => {
    setMetricId(id);
    setDocumentId(doc);
    if (passageId !== null) setFocus({ passageId, nonce: Date.now() });
  }, []);
  const selectAnnotation = useCallback((id: number) => { setAnnotationId(id); setPassageCard(null); setPane('annotations'); }, []);
  const annotatePassage = useCallback((passageId: number) => { setPassageCard(passageId); setAnnotationId(null); setPane('annotations'); }, []);
  const link = useOpenLink({
    metric: (m) => { selectMetric(m.id, m.documentId, m.passageId); setPane('inspector'); },
    annotation: (a) => {
      setDocumentId(a.documentId);
      selectAnnotation(a.id);
      if (a.passageId !== null) setFocus({ passageId: a.passageId, nonce: Date.now() });
    },
  });
  // Where the analyst was in this workspace (the reader's document, whether the grid follows it): a reload or
  // the next launch opens there, not on the newest import with "This document only" ticked again.
  const [session, setSession] = useState<{ workspace: string; saved: SessionState | null } | null>(null);
  useEffect(() => {
    firstCall('workspace.path', {}).then(({ path }) => {
      const saved = savedSession(path);
      setWorkspaceKey(path);
      if (saved?.followReader === false) setFollowReader(false);
      setSession({ workspace: path, saved });
    }, () => setSession({ workspace: '', saved: null }));
  }, []);
  useEffect(() => {
    if (documentId === null && documents.length && !link.opening && session) setDocumentId(documentToOpen(session.saved, documents));
  }, [documents, documentId, link.opening, session]);
  useEffect(() => {
    if (session?.workspace && documentId !== null) saveSession(session.workspace, { documentId, followReader });
  }, [session, documentId, followReader]);
  // The grid asks for its first rows once it knows for which document: asking before would
  // load a page only to replace it (#19).
  const gridReady = useLatch(session !== null && (!followReader || (libraryLoaded && !link.opening && (documentId !== null || documents.length === 0))));
  // Calls that count every passage and metric (workspace.info) wait for the grid's first page, or that page would
  // wait behind them on the core's thread (a second on a million metrics).
  const [gridStarted, setGridStarted] = useState(false);
  const startGrid = useCallback(() => setGridStarted(true), []);
  const startPlacing = useCallback((a: AnnotationItem) => setPlacing({ id: a.id, quote: a.quote }), []);

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()}>
      <header className="topbar">
        <span className="wordmark">Assay</span>
        <SearchBox onOpen={openPassage} />
        <ImportControl onImported={changed} />
        <button aria-pressed={reports.inFront} onClick={reports.toggle} title="Build a report beside the grid">Reports</button>
        <button onClick={() => setDialog('tags')} aria-haspopup="dialog">Tags</button>
        <button onClick={() => setDialog('trash')} aria-haspopup="dialog">Trash</button>
        <TeamSync version={version} onSynced={changed} />
        <button aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setHelp(!help)}>?</button>
      </header>
      {help && <Shortcuts onClose={() => setHelp(false)} />}
      {dialog === 'tags' && <TagManager tags={tags} onChanged={changed} onClose={() => setDialog(null)} />}
      {dialog === 'trash' && <Trash version={version} onChanged={changed} onClose={() => setDialog(null)} />}
      <ReextractBanner ready={gridStarted} version={version} onDone={changed} />
      <BusyBanner />
      {link.notice && <div className="banner info" role="status" aria-label="Link">
        {link.notice} <button onClick={link.dismiss}>Dismiss</button></div>}
      {error && <div className="banner error" role="alert">{error} <button onClick={() => setError(null)}>Dismiss</button></div>}
      <main className="panels" style={{ gridTemplateColumns: panelColumns(widths) }}>
        <Library documents={documents} selectedId={documentId} filter={filter} onFilter={setFilter} tags={tags} tagId={tagFilter} onTag={setTagFilter}
          sort={librarySort} onSort={sortLibrary} onRenamed={changed}
          onSelect={(id) => { reports.showReader(); setDocumentId(id); setMetricId(null); setAnnotationId(null); setPassageCard(null); setPlacing(null); }} />
        <Splitter label="Resize the library" onDrag={(dx) => widths.nudge('library', dx)} />
        {reports.open && <ReportBuilder hidden={!reports.inFront} gridSelection={() => gridSelection.current} metricId={metricId} annotationId={annotationId}
          onClose={reports.close} />}
        <Reader hidden={reports.inFront} documentId={documentId} selectedMetricId={metricId} selectedAnnotationId={annotationId} focus={focus} placing={placing} version={version}
          onSelectMetric={(id, passageId) => selectMetric(id, null, passageId)} onSelectAnnotation={selectAnnotation} onAnnotatePassage={annotatePassage}
          onPlaced={() => setPlacing(null)} onChanged={changed} />
        <Splitter label="Resize the metrics grid" onDrag={(dx) => widths.nudge('grid', -dx)} />
        <section className="right" aria-label="Metrics">
          <MetricsGrid ready={gridReady} onStarted={startGrid} workspaceKey={workspaceKey} documentId={followReader ? documentId : null} followReader={followReader} onFollowReader={setFollowReader}
            tags={tags} selectionRef={gridSelection} onQueryChange={gridQueryChanged} selectedMetricId={metricId} onSelect={(row) => selectMetric(row.id, row.documentId, row.passageId)} version={version} onEdited={changed}
            onDeleted={(ids) => setMetricId((id) => (id !== null && (ids === null || ids.includes(id)) ? null : id))} />
          <div className="pane-tabs" role="tablist" aria-label="Details">
            <button role="tab" aria-selected={pane === 'inspector'} onClick={() => setPane('inspector')}>Inspector</button>
            <button role="tab" aria-selected={pane === 'annotations'} onClick={() => setPane('annotations')}>Annotations</button>
            <button role="tab" aria-selected={pane === 'chart'} onClick={() => setPane('chart')}>Chart</button>
          </div>
          {pane === 'chart' && (
            <Suspense fallback={<div className="empty">Loading the chart…</div>}>
              <ChartPanel selection={() => gridSelection.current} metricId={metricId} version={version + gridQuery} onOpen={openFromChart} />
            </Suspense>
          )}
          {pane === 'chart' ? null : pane === 'inspector'
            ? <Inspector metricId={metricId} tags={tags} version={version} onChanged={changed} onDeleted={() => { setMetricId(null); changed(); }}
                onGone={() => setMetricId(null)} onOpenPassage={openPassage} />
            : <AnnotationsPanel documentId={documentId} tags={tags} selectedId={annotationId} passageId={passageCard} version={version} onSelect={selectAnnotation}
                onOpenPassage={(passageId) => documentId !== null && openPassage(documentId, passageId)} onSelectMetric={(id, passageId) => selectMetric(id, null, passageId)}
                onPlace={startPlacing} onChanged={changed} />}
        </section>
      </main>
    </div>
  );
}
