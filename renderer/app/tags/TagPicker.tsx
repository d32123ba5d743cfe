import { useId, useState } from 'react';
import type { Tag, TagRef } from '../../../shared/tags.ts';
import { normalizeTagPath } from '../../../shared/tag-path.ts';
import { call } from '../../client.ts';

/** A tag as a small colored chip. */
export function TagChip({ tag, onRemove }: { tag: TagRef; onRemove?(): void }) {
  return (
    <span className={`chip${tag.color ? ` c-${tag.color}` : ''}`}>
      {tag.path}
      {onRemove && <button className="chip-x" aria-label={`Remove tag ${tag.path}`} onClick={onRemove}>×</button>}
    </span>
  );
}

/**
 * The tags an item carries, with a box to add more: an existing path from the list, or a
 * new one ("sector/rare earths" creates both levels).
 */
export function TagPicker({ tags, value, onChange, label = 'Add a tag' }: {
  tags: Tag[];
  value: TagRef[];
  onChange(tagIds: number[]): void;
  label?: string;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const add = async () => {
    const path = normalizeTagPath(text);
    if (!path) return;
    try {
      const tag = tags.find((t) => t.path.toLowerCase() === path.toLowerCase()) ?? await call('tags.create', { path });
      setText('');
      setError(null);
      if (!value.some((t) => t.id === tag.id)) onChange([...value.map((t) => t.id), tag.id]);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="tag-picker">
      {value.map((t) => <TagChip key={t.id} tag={t} onRemove={() => onChange(value.filter((v) => v.id !== t.id).map((v) => v.id))} />)}
      <input aria-label={label} list={listId} placeholder="+ tag" value={text} onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void add(); } }} />
      <datalist id={listId}>{tags.map((t) => <option key={t.id} value={t.path} />)}</datalist>
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}

/** A select of every tag with its count, for filters. */
export function TagFilter({ tags, value, onChange, label }: { tags: Tag[]; value: number | null; onChange(id: number | null): void; label: string }) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">Any tag</option>
      {tags.map((t) => <option key={t.id} value={t.id}>{'\u2003'.repeat(t.path.split('/').length - 1)}{t.name} ({t.totalCount})</option>)}
    </select>
  );
}
