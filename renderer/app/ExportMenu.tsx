import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportJobState, ExportView, GridSelection } from '../../shared/exports.ts';
import { EXPORT_FORMATS } from '../../shared/export-formats.ts';
import { call } from '../client.ts';

/** The window event File ▸ Export… in the desktop app becomes; the grid's export menu opens on it. */
export const EXPORT_FROM_MENU = 'assay:export-from-menu';

const NAMES: Record<ExportFormat, string> = { html: 'HTML page', pdf: 'PDF', docx: 'Word (DOCX)', md: 'Markdown', xlsx: 'Excel (XLSX)', csv: 'CSV', json: 'JSON', notes: 'Markdown notes, one per document (ZIP)' };

/** Hands a file to the user: a download in the browser, the save dialog in the desktop app. */
function save(fileName: string, type: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Exports the grid as it stands (its document, filters and sort), or a report, in any format.
 * Small exports are written at once, large ones on a worker thread; this follows the job
 * with a long-poll (each exports.wait answers when its stage changes), can cancel it, and saves the file.
 */
export function ExportMenu({ target, label = 'Export', onCopy, formats = EXPORT_FORMATS, answersMenu = false }: {
  /** Opens on File ▸ Export… (the grid's menu; a report has its own button). */
  answersMenu?: boolean;
  /** What to export when a format is chosen: the grid as it stands (its list or its period sheet), or a saved report. */
  target(): { selection: GridSelection; view?: ExportView } | { reportId: number };
  /** The formats offered (the period sheet exports as XLSX only). */
  formats?: readonly ExportFormat[];
  label?: string;
  /** Copies the same metrics to the clipboard as TSV, for pasting into Excel. */
  onCopy?(): void;
}) {
  const [open, setOpen] = useState(false);
  const [job, setJob] = useState<ExportJobState | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Set when the menu goes away, so a wait still out does not go on to another.
  const gone = useRef(false);
  useEffect(() => {
    gone.current = false;
    return () => { gone.current = true; };
  }, []);

  const firstItem = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!answersMenu) return;
    const openFromMenu = () => setOpen(true);
    window.addEventListener(EXPORT_FROM_MENU, openFromMenu);
    return () => window.removeEventListener(EXPORT_FROM_MENU, openFromMenu);
  }, [answersMenu]);
  // Opened from the keyboard (Cmd/Ctrl+E), the first format takes the focus so arrows and Enter work at once.
  useEffect(() => { if (open) firstItem.current?.focus(); }, [open]);

  const follow = (jobId: string, after?: ExportJobState['stage']) => {
    call('exports.wait', { jobId, after }).then((state) => {
      if (gone.current) return;
      setJob(state);
      if (state.stage === 'done') {
        call('exports.file', { jobId }).then((f) => { save(f.fileName, f.type, f.data); setTimeout(() => setJob(null), 4000); }, (e: Error) => setError(e.message));
      } else if (state.stage === 'failed') {
        setError(state.error ?? 'The export failed.');
      } else if (state.stage !== 'cancelled') {
        follow(jobId, state.stage);
      }
    }, (e: Error) => setError(e.message));
  };
  const start = (format: ExportFormat) => {
    setOpen(false);
    setError(null);
    call('exports.start', { ...target(), format }).then(({ jobId }) => follow(jobId), (e: Error) => setError(e.message));
  };

  const busy = job && (job.stage === 'collecting' || job.stage === 'rendering');
  return (
    <div className="chooser export">
      <button aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen(!open)} disabled={Boolean(busy)}>{label}</button>
      {open && (
        <div className="menu" role="menu" aria-label="Export as">
          {formats.map((f, i) => <button key={f} ref={i === 0 ? firstItem : undefined} role="menuitem" className="link-item" onClick={() => start(f)}>{NAMES[f]}</button>)}
          {onCopy && <button role="menuitem" className="link-item" onClick={() => { setOpen(false); onCopy(); }}>Copy as TSV (for Excel)</button>}
        </div>
      )}
      {job && (
        <span className="export-state" role="status">
          {job.stage === 'collecting' && 'Collecting metrics…'}
          {job.stage === 'rendering' && `Writing ${job.metrics?.toLocaleString('en-US')} metrics…`}
          {job.stage === 'done' && `Saved ${job.fileName}`}
          {job.stage === 'cancelled' && 'Export cancelled'}
          {busy && <button className="link" onClick={() => call('exports.cancel', { jobId: job.id }).then(() => setJob({ ...job, stage: 'cancelled' }), () => undefined)}>Cancel</button>}
        </span>
      )}
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}
