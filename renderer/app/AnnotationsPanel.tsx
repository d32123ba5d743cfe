import { useEffect, useRef, useState } from 'react';
import type { AnnotationDetail, AnnotationItem } from '../../shared/annotations.ts';
import type { Color, Tag, TagRef } from '../../shared/tags.ts';
import { COLORS } from '../../shared/tag-colors.ts';
import { call } from '../client.ts';
import { NoteMarkdown } from './NoteMarkdown.tsx';
import { TagFilter, TagPicker, TagChip } from './tags/TagPicker.tsx';
import { HistoryList } from './HistoryList.tsx';
import { AnnotationImport } from './AnnotationImport.tsx';

/**
 * The selected annotation, editable: note, color, tags, history; delete to the trash. It is read again each time the
 * list brings its item anew, never on a change the list has not seen: an undo that took it away unmounts it first.
 */
function AnnotationEditor({ item, tags, onChanged, onPlace }: { item: AnnotationItem; tags: Tag[]; onChanged(): void; onPlace(a: AnnotationItem): void }) {
  const id = item.id;
  const [a, setA] = useState<AnnotationDetail | null>(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Once deleted, the annotation is not read again while the list catches up.
  const deleted = useRef(false);
  // The note as last read: a refresh (after a colour or tag change) keeps what the analyst is typing, and only a
  // note not being edited takes the saved one.
  const loaded = useRef<{ id: number; body: string } | null>(null);
  useEffect(() => {
    if (deleted.current) return;
    call('annotations.get', { id }).then((x) => {
      const before = loaded.current;
      setA(x);
      setBody((draft) => (before && before.id === x.id && draft !== before.body ? draft : x.body));
      loaded.current = { id: x.id, body: x.body };
      setError(null);
    }, (e: Error) => setError(e.message));
  }, [id, item]);
  if (!a) return error ? <p className="error" role="alert">{error}</p> : null;
  const run = (p: Promise<unknown>) => p.then(onChanged, (e: Error) => setError(e.message));
  // A metric's note travels as the metric's note alone (NOTE_ON_METRIC): no colour or tags of its own.
  const onMetric = a.targetKind === 'metric';
  return (
    <div className="annotation-editor" aria-label="Annotation">
      {onMetric
        ? <p className="hint">A note on a metric is the metric's note: tag the metric itself to mark it.
          {a.color && <button onClick={() => run(call('annotations.update', { id, patch: { color: null } }))}>Remove its colour</button>}</p>
        : <span className="swatches" role="radiogroup" aria-label="Color">
          {COLORS.map((c) => <button key={c} role="radio" aria-checked={a.color === c} aria-label={c} className={`swatch c-${c}${a.color === c ? ' on' : ''}`} onClick={() => run(call('annotations.update', { id, patch: { color: c } }))} />)}
        </span>}
      <textarea aria-label="Annotation note" rows={3} value={body} placeholder="Note (Markdown)…" onChange={(e) => setBody(e.target.value)}
        onBlur={() => { if (body !== a.body) run(call('annotations.update', { id, patch: { body } })); }} />
      {(!onMetric || a.tags.length > 0) && <TagPicker tags={tags} value={a.tags} label="Tag the annotation"
        onChange={(tagIds) => run(call('tags.set', { targetKind: 'annotation', targetId: id, tagIds }))} />}
      <div className="note-actions">
        <button onClick={() => run(call('annotations.update', { id, patch: { body } }))} disabled={body === a.body}>Save note</button>
        {a.targetKind === 'range' && <button onClick={() => onPlace(a)}>{a.anchorState === 'orphaned' ? 'Place by hand…' : 'Move…'}</button>}
        <button onClick={() => {
          deleted.current = true;
          call('annotations.delete', { id }).then(onChanged, (e: Error) => { deleted.current = false; setError(e.message); });
        }}>Delete</button>
        {error && <span className="error" role="alert">{error}</span>}
      </div>
      <HistoryList history={a.history} />
    </div>
  );
}

/** A passage's tags and a form for a note on the whole passage. */
function PassageCard({ passageId, tags, version, onChanged, onCreated }: { passageId: number; tags: Tag[]; version: number; onChanged(): void; onCreated(id: number): void }) {
  const [own, setOwn] = useState<TagRef[]>([]);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { call('tags.of', { targetKind: 'passage', targetIds: [passageId] }).then((r) => setOwn(r[0]?.tags ?? []), () => undefined); }, [passageId, version]);
  return (
    <div className="passage-card" aria-label="Passage">
      <TagPicker key={passageId} tags={tags} value={own} label="Tag the passage" onChange={(tagIds) => call('tags.set', { targetKind: 'passage', targetId: passageId, tagIds }).then(onChanged, (e: Error) => setError(e.message))} />
      <textarea aria-label="Note on the passage" rows={2} placeholder="A note on this whole passage (Markdown)…" value={body} onChange={(e) => setBody(e.target.value)} />
      <button disabled={!body.trim()} onClick={() => call('annotations.createOnPassage', { passageId, body, color: null }).then(({ id }) => { setBody(''); onCreated(id); onChanged(); }, (e: Error) => setError(e.message))}>Add passage note</button>
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}

/**
 * Every annotation of the open document: highlights and notes on its words, notes on its
 * passages and metrics, and orphans kept with their quotes. Filter by tag or color; each
 * item opens its place in the text.
 */
export function AnnotationsPanel({ documentId, tags, selectedId, passageId, version, onSelect, onOpenPassage, onSelectMetric, onPlace, onChanged }: {
  documentId: number | null;
  tags: Tag[];
  selectedId: number | null;
  /** A passage the analyst chose to note or tag. */
  passageId: number | null;
  version: number;
  onSelect(id: number): void;
  onOpenPassage(passageId: number): void;
  onSelectMetric(id: number, passageId: number | null): void;
  onPlace(a: AnnotationItem): void;
  onChanged(): void;
}) {
  const [items, setItems] = useState<AnnotationItem[]>([]);
  const [tagId, setTagId] = useState<number | null>(null);
  const [color, setColor] = useState<Color | ''>('');
  useEffect(() => {
    if (documentId === null) { setItems([]); return; }
    call('annotations.list', { documentId, tagId: tagId ?? undefined, color: color || undefined }).then(setItems, () => setItems([]));
  }, [documentId, tagId, color, version]);
  const open = (a: AnnotationItem) => {
    onSelect(a.id);
    if (a.metricId !== null) onSelectMetric(a.metricId, a.passageId);
    else if (a.passageId !== null && a.anchorState !== 'orphaned') onOpenPassage(a.passageId);
  };
  return (
    <section className="annotations" aria-label="Annotations">
      <div className="toolbar">
        <TagFilter tags={tags} value={tagId} onChange={setTagId} label="Filter annotations by tag" />
        <select aria-label="Filter annotations by color" value={color} onChange={(e) => setColor(e.target.value as Color | '')}>
          <option value="">Any color</option>
          {COLORS.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <span className="count">{items.length} annotation{items.length === 1 ? '' : 's'}</span>
        <AnnotationImport onImported={onChanged} />
      </div>
      {passageId !== null && <PassageCard passageId={passageId} tags={tags} version={version} onChanged={onChanged} onCreated={onSelect} />}
      <ul className="annotation-list">
        {items.map((a) => (
          <li key={a.id} className={`${a.id === selectedId ? 'selected' : ''} ${a.anchorState}`}>
            <button className="annotation-open" onClick={() => open(a)} aria-label={`Open annotation ${a.quote ?? a.metricLabel ?? a.body.slice(0, 40)}`}>
              <span className={`dot c-${a.color ?? 'none'}`} aria-hidden="true" />
              <span className="what">
                {a.targetKind === 'metric' ? <b>Note on {a.metricLabel}</b> : a.targetKind === 'passage' ? <b>Note on a passage</b> : <q>{a.quote}</q>}
                {a.anchorState === 'orphaned' && <span className="badge bad" title="Its words are gone from the newest version; kept with its quote.">orphaned</span>}
                {a.anchorState === 'fuzzy' && <span className="badge" title="Found again with small differences after the document changed.">moved</span>}
              </span>
            </button>
            {a.body && <div className="note-preview"><NoteMarkdown text={a.body} /></div>}
            {a.tags.length > 0 && <div className="chips">{a.tags.map((t) => <TagChip key={t.id} tag={t} />)}</div>}
            {a.id === selectedId && <AnnotationEditor item={a} tags={tags} onChanged={onChanged} onPlace={onPlace} />}
          </li>
        ))}
        {!items.length && <li className="empty">{documentId === null ? 'Open a document.' : tagId !== null || color ? 'No annotation matches the filter.' : 'No annotations yet. Select words in the reader to highlight them or add a note.'}</li>}
      </ul>
    </section>
  );
}
