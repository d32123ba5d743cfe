import type { Tag } from '../../shared/tags.ts';
import type { BulkChange } from '../../shared/metrics.ts';

const ACTIONS = [
  { status: 'verified', glyph: '✓', name: 'Verify', key: 'V' },
  { status: 'disputed', glyph: '?', name: 'Dispute', key: 'D' },
  { status: 'rejected', glyph: '✕', name: 'Reject', key: 'R' },
  { status: 'unreviewed', glyph: '○', name: 'Unreview', key: 'U' },
] as const;

/**
 * What can be done to the metrics selected in the grid at once: a status, a tag added or
 * removed, the trash, a copy. Each change is one undo step (Ctrl/⌘ Z).
 */
export function BulkBar({ count, allMatching, tags, onChange, onCopy, onClear }: {
  count: number;
  /** Every metric the filter matches is selected (Ctrl/⌘ A), not only the rows loaded. */
  allMatching: boolean;
  tags: Tag[];
  onChange(change: BulkChange): void;
  onCopy(): void;
  onClear(): void;
}) {
  const noun = `${count.toLocaleString('en-US')} metric${count === 1 ? '' : 's'}`;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected metrics">
      <span className="bulk-count" aria-live="polite">{allMatching ? `All ${noun} selected` : `${noun} selected`}</span>
      {ACTIONS.map((a) => (
        <button key={a.status} className={`bulk-status ${a.status}`} title={`${a.name} the selected metrics (${a.key})`} aria-label={a.name}
          onClick={() => onChange({ status: a.status })}>
          <span aria-hidden="true">{a.glyph}</span>
        </button>
      ))}
      {tags.length > 0 && (
        <select aria-label="Tag the selected metrics" value="" onChange={(e) => {
          const [op, id] = e.target.value.split(':');
          if (id) onChange(op === 'add' ? { addTag: Number(id) } : { removeTag: Number(id) });
        }}>
          <option value="">Tag…</option>
          <optgroup label="Add tag">{tags.map((t) => <option key={t.id} value={`add:${t.id}`}>{t.path}</option>)}</optgroup>
          <optgroup label="Remove tag">{tags.map((t) => <option key={t.id} value={`remove:${t.id}`}>{t.path}</option>)}</optgroup>
        </select>
      )}
      <button title="Move the selected metrics to the trash (Delete)" onClick={() => onChange({ delete: true })}>Delete</button>
      <button title="Copy the selected metrics as tab-separated text for Excel (Ctrl/⌘ C)" onClick={onCopy}>Copy</button>
      <button className="chip-x" aria-label="Clear selection" title="Clear selection (click a single row)" onClick={onClear}>×</button>
    </div>
  );
}
