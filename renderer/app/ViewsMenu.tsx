import { useCallback, useEffect, useRef, useState } from 'react';
import { useDismiss } from './use-dismiss.ts';
import type { SavedView, ViewState } from '../../shared/views.ts';
import { call } from '../client.ts';
import { sameView, unfiltered } from './grid-view-state.ts';

/**
 * Saved views of the grid: a filter, sort, columns and list or sheet kept by name in the
 * workspace. Choosing one restores it; the current view can be saved under a new name or
 * over an old one. The button says which view the grid stands in: the one chosen last, that
 * one "(modified)" once the grid has moved from it, another that the grid happens to match,
 * or none when every filter is cleared (of a view that had filters).
 */
export function ViewsMenu({ current, onApply }: {
  /** The view as it stands, read on every render of the grid's toolbar. */
  current: ViewState;
  onApply(view: SavedView): void;
}) {
  const [open, setOpen] = useState(false);
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement | null>(null);
  const load = () => call('views.list', {}).then(setViews, (e: Error) => setError(e.message));
  useEffect(() => { void load(); }, []);
  useDismiss(open, ref, useCallback(() => setOpen(false), []));

  const chosen = views.find((v) => v.name === active);
  const matching = chosen && sameView(chosen.state, current) ? chosen : views.find((v) => sameView(v.state, current));
  // Clearing every filter of a view that had some leaves it: it is no longer "modified", it is gone. Filtering
  // back to a view is being in it.
  const left = !matching && unfiltered(current) && !(chosen && unfiltered(chosen.state));
  const now = matching ? matching.name : left ? null : active;
  useEffect(() => { if (now !== active) setActive(now); }, [now, active]);
  const label = matching ? `View: ${matching.name}` : chosen && !left ? `View: ${chosen.name} (modified)` : 'Views';

  const save = () => {
    call('views.save', { name, state: current }).then((v) => { setActive(v.name); setName(''); setError(null); setOpen(false); void load(); }, (e: Error) => setError(e.message));
  };
  const remove = (v: SavedView) => {
    call('views.delete', { id: v.id }).then(() => { if (active === v.name) setActive(null); void load(); }, (e: Error) => setError(e.message));
  };
  return (
    <div className="chooser views" ref={ref}>
      <button aria-expanded={open} aria-haspopup="menu" title="Saved views: filters, sort, columns, list or sheet" onClick={() => setOpen(!open)}>
        {label} ▾
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Saved views">
          {!views.length && <span className="muted">No saved views yet.</span>}
          {views.map((v) => (
            <span key={v.id} className="view-item">
              <button role="menuitem" className="link-item" aria-current={matching?.id === v.id || undefined} onClick={() => { setActive(v.name); setOpen(false); onApply(v); }}>{v.name}</button>
              <button className="chip-x" aria-label={`Delete the view ${v.name}`} title="Delete this view" onClick={() => remove(v)}>×</button>
            </span>
          ))}
          <form className="view-save" onSubmit={(e) => { e.preventDefault(); save(); }}>
            <input aria-label="Name for this view" placeholder="Save this view as…" value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit">Save</button>
          </form>
          {error && <span className="error" role="alert">{error}</span>}
        </div>
      )}
    </div>
  );
}
