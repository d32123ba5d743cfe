import { useRef, useState } from 'react';
import type { AnnotationImportSummary } from '../../shared/annotation-import.ts';
import { importCounts } from '../../shared/annotation-import-counts.ts';
import { call } from '../client.ts';

/**
 * "Import annotations…": a JSON file of W3C Web Annotations (any shape) or a Hypothesis
 * export, placed on the workspace's documents; then what was placed, and each item skipped
 * or whose document is not here, with why.
 */
export function AnnotationImport({ onImported }: { onImported(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState<{ fileName: string; summary: AnnotationImportSummary } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const summary = await call('annotations.import', { fileName: file.name, text: await file.text() });
      setDone({ fileName: file.name, summary });
      onImported();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import annotation-import">
      <input ref={input} type="file" hidden accept=".json,.jsonld,application/json,application/ld+json"
        aria-label="Choose an annotations file"
        onChange={(e) => { void start(e.target.files?.[0]); e.target.value = ''; }} />
      <button onClick={() => input.current?.click()} disabled={busy}>Import annotations…</button>
      {error && (
        <div className="summary" role="alert">
          <p className="error">{error}</p>
          <button onClick={() => setError(null)}>Close</button>
        </div>
      )}
      {done && (
        <div className="summary" role="dialog" aria-label="Annotations import summary">
          <strong>Imported {done.fileName}</strong>
          <p>{importCounts(done.summary)}</p>
          <ul>
            {done.summary.skipped.map((k, i) => <li key={i} className="failed">✗ {k.item}: {k.reason}</li>)}
            {done.summary.unknownSources.map((s) => <li key={s}>⚠ Not in this workspace: {s}</li>)}
          </ul>
          <button onClick={() => setDone(null)}>Close</button>
        </div>
      )}
    </div>
  );
}
