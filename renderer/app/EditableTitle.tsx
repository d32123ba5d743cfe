import { useState } from 'react';
import { call } from '../client.ts';

/**
 * A document's title in the library, renamed in place: double-click it or press F2 on its
 * row, then Enter saves and Escape leaves it as it was. A bad title (empty) says why.
 */
export function EditableTitle({ id, title, editing, onEditing, onRenamed }: {
  id: number;
  title: string;
  editing: boolean;
  onEditing(on: boolean): void;
  onRenamed(): void;
}) {
  const [text, setText] = useState(title);
  const [error, setError] = useState<string | null>(null);
  if (!editing) {
    return <span className="doc-title" title="Double-click or F2 to rename" onDoubleClick={(e) => { e.stopPropagation(); setText(title); onEditing(true); }}>{title}</span>;
  }
  const save = () => {
    if (text.trim() === title) { onEditing(false); return; }
    call('documents.update', { id, patch: { title: text } }).then(() => { setError(null); onEditing(false); onRenamed(); }, (e: Error) => setError(e.message));
  };
  return (
    <span className="doc-title-edit" onClick={(e) => e.stopPropagation()}>
      <input aria-label="Document title" value={text} autoFocus onChange={(e) => setText(e.target.value)} onBlur={save}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') { setError(null); onEditing(false); }
        }} />
      {error && <span className="error" role="alert">{error}</span>}
    </span>
  );
}
