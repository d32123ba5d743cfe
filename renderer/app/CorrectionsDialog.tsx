import { useState } from 'react';
import type { CorrectionChange, CorrectionProblem, CorrectionsPreview } from '../../shared/corrections.ts';
import { CORRECTION_HEADERS, HELD_BACK, previewSummary } from '../../shared/correction-preview.ts';
import { call } from '../client.ts';
import { fileToBase64 } from './file-base64.ts';

type Value = CorrectionChange['fields'][number]['before'];

function shown(v: Value): string {
  if (v === null || v === '') return '—';
  const s = typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 10 }) : v.replace(/\s+/gu, ' ');
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/**
 * "Import corrections…": the button, and the dialog it opens. The analyst picks an edited
 * XLSX export; the dialog previews each metric it would change (all ticked) and lists the
 * rows held back with their reasons; Apply applies the ticked ones as one undo step.
 */
export function CorrectionsImport({ onApplied, buttonHidden = false }: { onApplied(changed: number): void; buttonHidden?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {!buttonHidden && (
        <button className="corrections-open" title="Read an edited XLSX export back: preview its corrections, then apply them" onClick={() => setOpen(true)}>
          Import corrections…
        </button>
      )}
      {open && <CorrectionsDialog onClose={() => setOpen(false)} onApplied={(n) => { setOpen(false); onApplied(n); }} />}
    </>
  );
}

function CorrectionsDialog({ onClose, onApplied }: { onClose(): void; onApplied(changed: number): void }) {
  const [file, setFile] = useState<{ fileName: string; data: string } | null>(null);
  const [preview, setPreview] = useState<CorrectionsPreview | null>(null);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try { await work(); } catch (e) { setError((e as Error).message); } finally { setBusy(false); }
  };
  const choose = (chosen: File | undefined) => chosen && run(async () => {
    const sent = { fileName: chosen.name, data: await fileToBase64(chosen) };
    setPreview(null);
    const read = await call('corrections.preview', sent);
    setFile(sent);
    setPreview(read);
    setAccepted(new Set(read.changes.map((c) => c.metricId)));
  });
  const apply = () => file && run(async () => onApplied((await call('corrections.apply', { ...file, accept: [...accepted] })).changed));
  const toggle = (id: number, on: boolean) => setAccepted((prev) => {
    const next = new Set(prev);
    if (on) next.add(id); else next.delete(id);
    return next;
  });
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog corrections" role="dialog" aria-label="Import corrections" onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
        <h2>Import corrections from an edited XLSX export</h2>
        <label className="corrections-file">Workbook{' '}
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label="Edited XLSX export"
            disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        {busy && !preview && <p className="muted">Reading…</p>}
        {preview && <PreviewBody preview={preview} accepted={accepted} onToggle={toggle} />}
        <div className="dialog-actions">
          <button disabled={busy || !accepted.size} onClick={() => void apply()}>
            Apply {accepted.size.toLocaleString('en-US')} change{accepted.size === 1 ? '' : 's'}
          </button>
          <button onClick={onClose}>Cancel</button>
        </div>
      </div>
    </div>
  );
}

function PreviewBody({ preview, accepted, onToggle }: {
  preview: CorrectionsPreview;
  accepted: Set<number>;
  onToggle(id: number, on: boolean): void;
}) {
  return (
    <>
      <p className="corrections-summary" role="status">{previewSummary(preview)}</p>
      {preview.changes.length > 0 && (
        <table className="corrections-changes" aria-label="Changes">
          <thead><tr><th aria-label="Apply" /><th>Row</th><th>Metric</th><th>Field</th><th>In Assay</th><th>In the file</th></tr></thead>
          <tbody>
            {preview.changes.flatMap((c) => c.fields.map((f, i) => (
              <tr key={`${c.metricId}-${f.field}`} className={i ? 'more' : undefined}>
                <td>{i === 0 && <input type="checkbox" aria-label={`Apply the changes to ${c.label} (row ${c.row})`} checked={accepted.has(c.metricId)}
                  onChange={(e) => onToggle(c.metricId, e.target.checked)} />}</td>
                <td>{i === 0 ? c.row : ''}</td><td>{i === 0 ? c.label : ''}</td>
                <td>{CORRECTION_HEADERS[f.field]}</td><td>{shown(f.before)}</td><td>{shown(f.after)}</td>
              </tr>
            )))}
          </tbody>
        </table>
      )}
      {HELD_BACK.map(({ list, heading }) => <Problems key={list} title={heading} problems={preview[list]} />)}
    </>
  );
}

function Problems({ title, problems }: { title: string; problems: CorrectionProblem[] }) {
  if (!problems.length) return null;
  return (
    <section className="corrections-problems" aria-label={title}>
      <h3>{title} ({problems.length.toLocaleString('en-US')}, not applied)</h3>
      <ul>
        {problems.map((p) => <li key={`${p.row}`}>Row {p.row}{p.metricId === null ? '' : ` (metric ${p.metricId})`}: {p.reason}</li>)}
      </ul>
    </section>
  );
}
