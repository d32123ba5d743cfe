import { useEffect, useState } from 'react';
import type { TrashItem } from '../../shared/annotations.ts';
import { call } from '../client.ts';

/** What each kind of entry is called in the list. */
const KIND_NAMES: Record<TrashItem['targetKind'], string> = { metric: 'Metric', annotation: 'Annotation', tag: 'Tag' };

/** Deleted metrics, annotations and tags, each restorable; emptying asks first. */
export function Trash({ version, onChanged, onClose }: { version: number; onChanged(): void; onClose(): void }) {
  const [items, setItems] = useState<TrashItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { call('trash.list', {}).then(setItems, (e: Error) => setError(e.message)); }, [version]);
  const run = (p: Promise<unknown>) => p.then(onChanged, (e: Error) => setError(e.message));
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog trash" role="dialog" aria-label="Trash" onClick={(e) => e.stopPropagation()}>
        <h2>Trash</h2>
        {error && <p className="error" role="alert">{error}</p>}
        <ul>
          {items.map((t) => (
            <li key={t.id}>
              <span className="what"><b>{KIND_NAMES[t.targetKind]}</b> {t.description}</span>
              <span className="muted">{t.documentTitle ? `${t.documentTitle} · ` : ''}deleted {t.deletedAt.replace('T', ' ').slice(0, 16)}</span>
              <button onClick={() => run(call('trash.restore', { id: t.id }))} aria-label={`Restore ${t.description}`}>Restore</button>
            </li>
          ))}
          {!items.length && <li className="empty">The trash is empty. Deleted metrics, annotations and tags wait here until you restore them or empty the trash.</li>}
        </ul>
        <div className="dialog-actions">
          <button disabled={!items.length} onClick={() => { if (window.confirm(`Delete ${items.length} item${items.length === 1 ? '' : 's'} for good? This cannot be undone.`)) run(call('trash.empty', {})); }}>Empty trash</button>
          <button onClick={onClose}>Close</button>
        </div>
      </div>
    </div>
  );
}
