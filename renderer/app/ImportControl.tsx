import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJobState } from '../../shared/contract.ts';
import { call, onCommand } from '../client.ts';
import { IMPORT_ACCEPT } from '../../shared/importable.ts';
import { importDroppedFromDisk } from './desktop-drop.ts';
import { fileToBase64 } from './file-base64.ts';

/**
 * Import from the file chooser or by dropping files on the window: a progress bar with
 * cancel while the worker runs, then a summary of what was imported and what failed, and why.
 */
export function ImportControl({ onImported }: { onImported(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [job, setJob] = useState<ImportJobState | null>(null);
  const [names, setNames] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const start = useCallback(async (files: File[]) => {
    if (!files.length) return;
    setError(null);
    setNames(files.map((f) => f.name));
    try {
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, data: await fileToBase64(f) })));
      const { jobId } = await call('imports.upload', { files: payload });
      setJob({ id: jobId, progress: null, done: false, summary: null, error: null });
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    if (!job || job.done) return;
    const timer = setInterval(() => {
      call('imports.status', { jobId: job.id }).then((s) => { setJob(s); if (s.done) onImported(); }, (e: Error) => setError(e.message));
    }, 250);
    return () => clearInterval(timer);
  }, [job, onImported]);

  // File ▸ Import… in the desktop app starts the job in the main process; follow it here.
  useEffect(() => {
    onCommand((command) => {
      if (command.type === 'import-started' && command.jobId) setJob({ id: command.jobId, progress: null, done: false, summary: null, error: null });
    });
  }, []);

  useEffect(() => {
    // Without this the page never sees the drop: the browser would open the file instead.
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length) return;
      importDroppedFromDisk(files).then((started) => { if (!started) void start(files); }, (err: Error) => setError(err.message));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => { window.removeEventListener('dragover', over); window.removeEventListener('drop', drop); };
  }, [start]);

  const running = job && !job.done;
  const p = job?.progress;
  const outcomes = job?.summary?.outcomes ?? [];
  // Uploaded files are imported from temporary copies: name them as the user chose them.
  const nameOf = (file: string) => names[Number(/(\d{4})[\\/][^\\/]+$/u.exec(file)?.[1] ?? NaN)] ?? file;
  return (
    <div className="import">
      <input ref={input} type="file" multiple hidden accept={IMPORT_ACCEPT} aria-label="Choose files to import"
        onChange={(e) => { void start([...(e.target.files ?? [])]); e.target.value = ''; }} />
      <button className="primary" onClick={() => input.current?.click()} disabled={Boolean(running)}>Import…</button>
      {running && (
        <div className="progress" role="status" aria-live="polite">
          <progress max={p?.bytesTotal || 1} value={p?.bytesDone ?? 0} aria-label="Import progress" />
          <span>{p ? `${p.done}/${p.total}` : 'Starting…'}</span>
          <button onClick={() => call('imports.cancel', { jobId: job.id })}>Cancel</button>
        </div>
      )}
      {error && <span className="error" role="alert">{error}</span>}
      {job?.done && (
        <div className="summary" role="dialog" aria-label="Import summary">
          <strong>{job.summary?.cancelled ? 'Import cancelled' : 'Import finished'}</strong>
          {job.error && <p className="error">{job.error}</p>}
          <ul>
            {outcomes.map((o, i) => (
              <li key={i} className={o.status}>
                {o.status === 'failed' ? `✗ ${nameOf(o.file)}: ${o.error}` : `${o.status === 'unchanged' ? '＝' : '✓'} ${o.title} — ${o.status === 'unchanged' ? 'already imported' : `${o.passages} passage${o.passages === 1 ? '' : 's'}, ${o.metrics} metric${o.metrics === 1 ? '' : 's'}`}`}
              </li>
            ))}
            {(job.summary?.unreadable ?? []).map((u) => <li key={u.path} className="failed">⚠ {u.path}: {u.reason}</li>)}
          </ul>
          <button onClick={() => setJob(null)}>Close</button>
        </div>
      )}
    </div>
  );
}
