import { useState } from 'react';
import type { Color, Tag } from '../../../shared/tags.ts';
import { COLORS } from '../../../shared/tag-colors.ts';
import { normalizeTagPath } from '../../../shared/tag-path.ts';
import { call } from '../../client.ts';

/** One tag's row: rename in place, recolor, merge into another, delete after confirming. */
function TagRow({ tag, tags, onChanged, onError }: { tag: Tag; tags: Tag[]; onChanged(): void; onError(message: string): void }) {
  const [name, setName] = useState(tag.name);
  const [merging, setMerging] = useState(false);
  const run = (p: Promise<unknown>) => p.then(onChanged, (e: Error) => onError(e.message));
  const remove = () => {
    const below = tags.filter((t) => t.path.startsWith(`${tag.path}/`)).length;
    const what = `Delete the tag "${tag.path}"${below ? ` and the ${below} tag${below === 1 ? '' : 's'} below it` : ''}? ${tag.totalCount} item${tag.totalCount === 1 ? '' : 's'} carry it; they stay, untagged until the tag is restored from the trash.`;
    if (window.confirm(what)) run(call('tags.delete', { id: tag.id }));
  };
  return (
    <li style={{ paddingLeft: `${(tag.path.split('/').length - 1) * 18}px` }}>
      <input aria-label={`Name of tag ${tag.path}`} value={name} onChange={(e) => setName(e.target.value)}
        onBlur={() => { if (name.trim() && name !== tag.name) run(call('tags.rename', { id: tag.id, name })); }}
        onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} />
      <span className="count" title={`${tag.count} with this tag itself, ${tag.totalCount} counting the tags below it`}>{tag.totalCount} item{tag.totalCount === 1 ? '' : 's'}</span>
      <select aria-label={`Color of tag ${tag.path}`} value={tag.color ?? ''} onChange={(e) => run(call('tags.recolor', { id: tag.id, color: (e.target.value || null) as Color | null }))}>
        <option value="">no color</option>
        {COLORS.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
      {merging ? (
        <select aria-label={`Merge ${tag.path} into`} defaultValue="" onChange={(e) => { if (e.target.value) run(call('tags.merge', { id: tag.id, into: Number(e.target.value) })); setMerging(false); }}>
          <option value="">Merge into…</option>
          {tags.filter((t) => t.id !== tag.id && !t.path.startsWith(`${tag.path}/`)).map((t) => <option key={t.id} value={t.id}>{t.path}</option>)}
        </select>
      ) : <button onClick={() => setMerging(true)}>Merge…</button>}
      <button onClick={remove} aria-label={`Delete tag ${tag.path}`}>Delete</button>
    </li>
  );
}

/** The workspace's tag hierarchy: create, rename, recolor, merge and delete tags. */
export function TagManager({ tags, onChanged, onClose }: { tags: Tag[]; onChanged(): void; onClose(): void }) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = () => {
    if (!path.trim()) return;
    call('tags.create', { path: normalizeTagPath(path) }).then(() => { setPath(''); setError(null); onChanged(); }, (e: Error) => setError(e.message));
  };
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog tag-manager" role="dialog" aria-label="Tags" onClick={(e) => e.stopPropagation()}>
        <h2>Tags</h2>
        <form onSubmit={(e) => { e.preventDefault(); create(); }}>
          <input aria-label="New tag path" placeholder="sector/rare earths" value={path} onChange={(e) => setPath(e.target.value)} />
          <button type="submit">Create</button>
        </form>
        {error && <p className="error" role="alert">{error}</p>}
        <ul className="tag-tree">
          {tags.map((t) => <TagRow key={`${t.id}:${t.name}`} tag={t} tags={tags} onChanged={() => { setError(null); onChanged(); }} onError={setError} />)}
          {!tags.length && <li className="empty">No tags yet. Create one here, or type one into any “+ tag” box.</li>}
        </ul>
        <button onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
