import { useRef, useState } from 'react';
import type { Color } from '../../../shared/tags.ts';
import { COLORS } from '../../../shared/tag-colors.ts';
import type { Selected } from './selection.ts';

/**
 * The toolbar over a selection in the reader: make the figure a metric, highlight in a
 * color, add a note, or (when an orphaned annotation waits to be placed) place it here.
 */
export function SelectionBar({ selection, placing, problem, onAddMetric, onHighlight, onPlace, onClose }: {
  selection: Selected;
  placing: { id: number; quote: string | null } | null;
  problem: string | null;
  onAddMetric(): void;
  onHighlight(color: Color, note: string): void;
  onPlace(): void;
  onClose(): void;
}) {
  const [note, setNote] = useState('');
  const [color, setColor] = useState<Color>('yellow');
  const field = useRef<HTMLInputElement>(null);
  // A note needs words: with none typed, "Add note" puts the cursor where they go instead of
  // saving a bare highlight (a swatch does that).
  const addNote = () => {
    if (note.trim()) onHighlight(color, note);
    else field.current?.focus();
  };
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected text" style={{ left: selection.x, top: selection.y }}>
      {placing && <button className="primary" onClick={onPlace} title={placing.quote ? `Was: “${placing.quote}”` : undefined}>Place annotation here</button>}
      <button onClick={onAddMetric} title="Make the figure in the selection a metric">Add metric</button>
      <span className="swatches" role="radiogroup" aria-label="Highlight color">
        {COLORS.map((c) => (
          <button key={c} role="radio" aria-checked={color === c} aria-label={`Highlight ${c}`} className={`swatch c-${c}${color === c ? ' on' : ''}`}
            onClick={() => { setColor(c); onHighlight(c, note); }} />
        ))}
      </span>
      <input ref={field} aria-label="Note on the selection" placeholder="Note, then Enter" value={note} onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') addNote(); if (e.key === 'Escape') onClose(); }} />
      <button onClick={addNote}>Add note</button>
      <button aria-label="Close" onClick={onClose}>×</button>
      {problem && <span className="error" role="alert">{problem}</span>}
    </div>
  );
}
