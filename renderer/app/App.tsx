import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../shared/documents.ts';
import { call, onCommand } from '../client.ts';
import { Shortcuts } from './Shortcuts.tsx';
import { ImportControl } from './ImportControl.tsx';
import { Inspector } from './Inspector.tsx';
import { Library } from './Library.tsx';
import { MetricsGrid } from './MetricsGrid.tsx';
import { Reader } from './Reader.tsx';
import { SearchBox } from './SearchBox.tsx';
import { Splitter, usePanelWidths } from './Splitter.tsx';

/** Where the reader should go: a passage to scroll to, with a nonce so the same one can be asked for twice. */
export interface Focus {
  passageId: number;
  nonce: number;
}

/**
 * The workbench: library, reader and metrics grid side by side, the inspector under the
 * grid. Selecting a figure anywhere selects it everywhere.
 */
export function App() {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [filter, setFilter] = useState('');
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [metricId, setMetricId] = useState<number | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [followReader, setFollowReader] = useState(true);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [workspaceKey, setWorkspaceKey] = useState('');
  const [help, setHelp] = useState(false);
  const widths = usePanelWidths(workspaceKey);
  useEffect(() => { call('workspace.info', {}).then((i) => setWorkspaceKey(i.path), () => undefined); }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = /^(INPUT|TEXTAREA|SELECT)$/u.test((e.target as HTMLElement).tagName);
      if ((e.key === '?' && !typing) || (e.key === '/' && (e.ctrlKey || e.metaKey))) { e.preventDefault(); setHelp((h) => !h); }
      if (e.key === 'k' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); document.querySelector<HTMLInputElement>('input[aria-label="Search passages"]')?.focus(); }
      if (e.key === 'Escape') setHelp(false);
      const undo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z';
      const redo = (undo && e.shiftKey) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y');
      if ((undo || redo) && !typing) {
        e.preventDefault();
        call(redo ? 'edits.redo' : 'edits.undo', {}).then((target) => {
          if (!target) return;
          if (target.targetKind === 'metric') setMetricId(target.targetId);
          setVersion((v) => v + 1);
        }, (err: Error) => setError(err.message));
      }
    };
    window.addEventListener('keydown', onKey);
    onCommand((c) => { if (c.type === 'shortcuts') setHelp(true); });
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const loadDocuments = useCallback(() => {
    call('documents.list', { filter: filter || undefined }).then(setDocuments, (e: Error) => setError(e.message));
  }, [filter]);
  useEffect(loadDocuments, [loadDocuments, version]);
  useEffect(() => {
    if (documentId === null && documents.length) setDocumentId(documents[0]!.id);
  }, [documents, documentId]);

  const selectMetric = useCallback((id: number, doc: number | null, passageId: number | null) => {
    setMetricId(id);
    if (doc !== null && doc !== documentId) setDocumentId(doc);
    if (passageId !== null) setFocus({ passageId, nonce: Date.now() });
  }, [documentId]);

  const openPassage = useCallback((doc: number, passageId: number) => {
    setDocumentId(doc);
    setFocus({ passageId, nonce: Date.now() });
  }, []);

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()}>
      <header className="topbar">
        <span className="wordmark">Assay</span>
        <SearchBox onOpen={openPassage} />
        <ImportControl onImported={() => setVersion((v) => v + 1)} />
        <button aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setHelp(!help)}>?</button>
      </header>
      {help && <Shortcuts onClose={() => setHelp(false)} />}
      {error && <div className="banner error" role="alert">{error} <button onClick={() => setError(null)}>Dismiss</button></div>}
      <main className="panels" style={{ gridTemplateColumns: `${widths.library}px 5px minmax(320px, 1fr) 5px ${widths.grid}px` }}>
        <Library documents={documents} selectedId={documentId} filter={filter} onFilter={setFilter} onSelect={(id) => { setDocumentId(id); setMetricId(null); }} />
        <Splitter label="Resize the library" onDrag={(dx) => widths.set('library', widths.library + dx)} />
        <Reader documentId={documentId} selectedMetricId={metricId} focus={focus} onSelectMetric={(id, passageId) => selectMetric(id, null, passageId)} onChanged={() => setVersion((v) => v + 1)} version={version} />
        <Splitter label="Resize the metrics grid" onDrag={(dx) => widths.set('grid', widths.grid - dx)} />
        <section className="right" aria-label="Metrics">
          <MetricsGrid workspaceKey={workspaceKey} documentId={followReader ? documentId : null} followReader={followReader} onFollowReader={setFollowReader}
            selectedMetricId={metricId} onSelect={(row) => selectMetric(row.id, row.documentId, row.passageId)} version={version} />
          <Inspector metricId={metricId} version={version} onChanged={() => setVersion((v) => v + 1)} onOpenPassage={openPassage} />
        </section>
      </main>
    </div>
  );
}
