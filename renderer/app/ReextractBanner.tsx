import { useEffect, useState } from 'react';
import type { ReextractSummary } from '../../shared/reextract.ts';
import { call } from '../client.ts';

/**
 * Offers to read figures again when the workspace holds some read by an older extractor
 * (a workspace from an earlier Assay), then says what changed. Figures the analyst worked
 * on are never touched, so the offer is safe to take. It looks once `ready`: workspace.info
 * counts every metric, which on a big workspace holds up the core's other calls (#19).
 */
export function ReextractBanner({ ready, version, onDone }: { ready: boolean; version: number; onDone: () => void }) {
  const [stale, setStale] = useState<{ count: number; capped: boolean; extractor: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ReextractSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!ready) return;
    call('workspace.info', {}).then((i) => setStale(i.staleMetricCount
      ? { count: i.staleMetricCount, capped: i.staleMetricCountCapped, extractor: i.extractorVersion } : null), () => undefined);
  }, [ready, version]);

  const run = () => {
    setRunning(true);
    call('metrics.reextract', {}).then((s) => { setResult(s); setStale(null); setError(null); onDone(); }, (e: Error) => setError(e.message))
      .finally(() => setRunning(false));
  };

  if (result) {
    return (
      <div className="banner info" role="status" aria-label="Figures read again">
        Read {result.documents} document{result.documents === 1 ? '' : 's'} again with extractor {result.extractorVersion}: {result.changed} changed,
        {' '}{result.added} added, {result.removed} removed, {result.unchanged} unchanged; {result.kept} you worked on kept as they were.
        {result.examples.length > 0 && (
          <details><summary>What changed</summary>
            <ul>{result.examples.map((e, i) => <li key={i}><b>{e.text}</b> in {e.documentTitle}: {e.before} → {e.after}</li>)}</ul>
          </details>
        )}
        <button onClick={() => setResult(null)}>Dismiss</button>
      </div>
    );
  }
  if (!stale) return null;
  return (
    <div className="banner info" role="status" aria-label="Older figures">
      {stale.capped ? 'More than ' : ''}{stale.count.toLocaleString()} figure{stale.count === 1 && !stale.capped ? ' was' : 's were'} read by an
      {' '}older version of Assay.
      {' '}Extractor {stale.extractor} reads sources better; figures you created, edited, reviewed, tagged or noted stay as they are.
      {' '}<button onClick={run} disabled={running}>{running ? 'Reading…' : 'Read them again'}</button>
      {error && <span className="error-text"> {error}</span>}
    </div>
  );
}
