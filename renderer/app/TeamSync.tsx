import { useCallback, useEffect, useState } from 'react';
import type { TeamStatus } from '../../shared/team.ts';
import { call } from '../client.ts';
import { HubPassword } from './HubPassword.tsx';

/** How often the button re-reads the sync state (the background sync runs in the core on its own timer). */
const POLL_MS = 15_000;
/** How often while a sync runs, so its progress moves. */
const SYNCING_POLL_MS = 1_000;

/** What the running sync has done so far, in a few words ("" before it has done anything). */
function progressWords(progress: TeamStatus['progress']): string {
  if (!progress) return '';
  if (progress.phase === 'push') return progress.changes ? `${progress.changes.toLocaleString('en-US')} sent` : '';
  const parts = [];
  if (progress.documents) parts.push(`${progress.documentsRead}/${progress.documents} documents read`);
  if (progress.changes) parts.push(`${progress.changes.toLocaleString('en-US')} received`);
  return parts.join(', ');
}

/** "just now", "4 min ago", "2 h ago", or the date. */
function ago(iso: string, now: number): string {
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h ago`;
  return iso.slice(0, 10);
}

/**
 * The team sync button of a workspace that joined a hub (nothing shows for one that did
 * not): when it last synced, how many changes wait to be pushed, and why the last sync
 * failed, in words. A click syncs now; the UI keeps working meanwhile (the sync is
 * asynchronous in the core), and the panels reload when it brings changes.
 */
export function TeamSync({ version, onSynced }: { version: number; onSynced: () => void }) {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => { call('team.status', {}).then(setStatus, () => setStatus(null)); }, []);
  const running = busy || Boolean(status?.syncing);
  useEffect(() => {
    load();
    const timer = setInterval(load, running ? SYNCING_POLL_MS : POLL_MS);
    return () => clearInterval(timer);
  }, [load, version, running]);

  const syncNow = useCallback(async (aside: string | null = null) => {
    setBusy(true);
    setNote(aside);
    try {
      const r = await call('team.sync', {});
      const parts = [`${r.pushed} sent`, `${r.pulled} received`];
      if (r.conflicts) parts.push(`${r.conflicts} edited concurrently, marked disputed`);
      if (r.warning) parts.push(r.warning);
      if (r.role === 'viewer') parts.push(`viewer: ${r.held} local ${r.held === 1 ? "change stays" : "changes stay"} here`);
      setNote([aside, parts.join(', ')].filter(Boolean).join(' · '));
      if (r.pulled) onSynced();
    } catch (e) {
      setNote([aside, `Not synced: ${(e as Error).message}`].filter(Boolean).join(' · '));
    } finally {
      setBusy(false);
      load();
    }
  }, [load, onSynced]);

  if (!status?.joined) return null;
  const syncing = busy || status.syncing;
  const when = status.lastSyncAt ? `synced ${ago(status.lastSyncAt, Date.now())}` : 'never synced';
  return (
    <span className="team-sync" role="status" aria-label="Team sync">
      <button onClick={() => void syncNow()} disabled={syncing} title={`${status.hubUrl ?? ''} as ${status.member ?? ''}${note ? `\n${note}` : ''}`}>
        {syncing ? 'Syncing…' : 'Sync'}
      </button>
      <small>{syncing && progressWords(status.progress) ? progressWords(status.progress) : `${when} · ${status.pending} pending`}</small>
      {status.passwordNeeded && !syncing && <HubPassword onGiven={(aside) => void syncNow(aside)} />}
      {status.passwordNeeded && !syncing && (
        <small className="error short" role="alert" title={status.lastError ?? ''}>
          {/refused/u.test(status.lastError ?? '') ? 'Password refused' : 'The hub needs a password'}
        </small>
      )}
      {status.lastError && !syncing && !status.passwordNeeded && <small className="error" role="alert" title={status.lastError}>Hub: {status.lastError}</small>}
      {note && !status.lastError && <small>{note}</small>}
    </span>
  );
}
