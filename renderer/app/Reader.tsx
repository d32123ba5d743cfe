import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, Passage } from '../../shared/documents.ts';
import { call } from '../client.ts';
import type { Focus } from './App.tsx';

type Span = { id: number; start: number; end: number; status: string };
type RangeNote = { id: number; start: number; end: number; body: string; quote: string };
type Selected = { start: number; end: number; x: number; y: number; text: string };

/** Characters before (node, offset) inside `container`, counting only its text. */
function offsetIn(container: Element, node: Node, offset: number): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent?.length ?? 0;
  }
  return total;
}

/** The document range of the reader's current selection, when it lies within one passage. */
function currentSelection(root: HTMLElement): Selected | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return null;
  const a = sel.anchorNode.parentElement?.closest('.ptext');
  const b = sel.focusNode.parentElement?.closest('.ptext');
  if (!a || a !== b || !root.contains(a)) return null;
  const base = Number((a as HTMLElement).dataset.start);
  const x = offsetIn(a, sel.anchorNode, sel.anchorOffset);
  const y = offsetIn(a, sel.focusNode, sel.focusOffset);
  const rect = sel.getRangeAt(0).getBoundingClientRect();
  const box = root.getBoundingClientRect();
  return { start: base + Math.min(x, y), end: base + Math.max(x, y), x: rect.left - box.left + root.scrollLeft, y: rect.bottom - box.top + root.scrollTop + 4, text: sel.toString() };
}

/** A passage's text cut into plain runs and marked figures. */
function segments(p: Passage, spans: Span[]): Array<{ text: string; span: Span | null }> {
  const out: Array<{ text: string; span: Span | null }> = [];
  let at = p.start;
  for (const s of spans) {
    if (s.start < at || s.end > p.end) continue;
    if (s.start > at) out.push({ text: p.text.slice(at - p.start, s.start - p.start), span: null });
    out.push({ text: p.text.slice(s.start - p.start, s.end - p.start), span: s });
    at = s.end;
  }
  if (at < p.end) out.push({ text: p.text.slice(at - p.start), span: null });
  return out;
}

/**
 * The passages of one document with every extracted figure marked. Off-screen passages
 * are skipped by the browser's rendering (content-visibility), so long documents stay fast.
 */
export function Reader({ documentId, selectedMetricId, focus, onSelectMetric, onChanged, version }: {
  documentId: number | null;
  selectedMetricId: number | null;
  focus: Focus | null;
  onSelectMetric(id: number, passageId: number): void;
  /** Something was added (a metric, a note): counts elsewhere may change. */
  onChanged(): void;
  version: number;
}) {
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [passages, setPassages] = useState<Passage[]>([]);
  const [spans, setSpans] = useState<Span[]>([]);
  const [showDebris, setShowDebris] = useState(false);
  const [showRepairs, setShowRepairs] = useState(false);
  const [notes, setNotes] = useState<RangeNote[]>([]);
  const [selection, setSelection] = useState<Selected | null>(null);
  const [noteText, setNoteText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    Promise.all([
      call('documents.get', { id: documentId }),
      call('passages.list', { documentId, limit: 5000 }),
      call('metrics.spans', { documentId }),
      call('annotations.ranges', { documentId }),
    ]).then(([d, p, s, n]) => {
      if (!live) return;
      setDoc(d);
      setPassages(p.passages);
      setSpans(s);
      setNotes(n);
    }, () => undefined);
    return () => { live = false; };
  }, [documentId, version, changes]);

  const addMetric = () => {
    if (!selection || documentId === null) return;
    call('metrics.create', { documentId, start: selection.start, end: selection.end }).then((m) => {
      setSelection(null);
      setChanges((c) => c + 1);
      if (m.passageId !== null) onSelectMetric(m.id, m.passageId);
      onChanged();
    }, (e: Error) => setProblem(e.message));
  };
  const addNote = () => {
    if (!selection || documentId === null) return;
    call('annotations.createRange', { documentId, start: selection.start, end: selection.end, body: noteText }).then(() => {
      setSelection(null);
      setNoteText('');
      setChanges((c) => c + 1);
      onChanged();
    }, (e: Error) => setProblem(e.message));
  };

  const byPassage = useMemo(() => {
    const map = new Map<number, Span[]>();
    for (const p of passages) map.set(p.id, spans.filter((s) => s.start >= p.start && s.end <= p.end));
    return map;
  }, [passages, spans]);

  useEffect(() => {
    if (!focus) return;
    const target = root.current?.querySelector(`[data-passage-id="${focus.passageId}"]`);
    target?.scrollIntoView({ block: 'center' });
  }, [focus, passages]);
  useEffect(() => {
    if (selectedMetricId === null) return;
    root.current?.querySelector(`[data-metric-id="${selectedMetricId}"]`)?.scrollIntoView({ block: 'center' });
  }, [selectedMetricId, spans]);

  if (documentId === null || !doc) return <article className="reader empty" aria-label="Reader">Choose a document in the library.</article>;
  const ordinalOf = new Map(passages.map((p) => [p.id, p.ordinal]));
  const debrisCount = passages.filter((p) => p.debris).length;

  return (
    <article className="reader" aria-label="Reader" ref={root}
      onMouseUp={(e) => {
        if ((e.target as HTMLElement).closest('.selection-bar')) return; // using the toolbar keeps the selection it is about
        setProblem(null);
        setSelection(root.current ? currentSelection(root.current) : null);
      }}
      onKeyUp={(e) => { if (e.shiftKey && root.current && !(e.target as HTMLElement).closest('.selection-bar')) setSelection(currentSelection(root.current)); }}>
      {selection && (
        <div className="selection-bar" role="toolbar" aria-label="Selected text" style={{ left: selection.x, top: selection.y }}>
          <button onClick={addMetric} title="Make the figure in the selection a metric">Add metric</button>
          <input aria-label="Note on the selection" placeholder="Note (optional)" value={noteText} onChange={(e) => setNoteText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') addNote(); }} />
          <button onClick={addNote}>Add note</button>
          <button aria-label="Close" onClick={() => setSelection(null)}>×</button>
          {problem && <span className="error" role="alert">{problem}</span>}
        </div>
      )}
      <header className="reader-head">
        <h1>{doc.title}</h1>
        <p className="reader-meta">
          {[doc.published && `Published ${doc.published}`, doc.source && `Source: ${doc.source}`, doc.publisher, `${doc.format.toUpperCase()} · ${doc.encoding}`, doc.versionCount > 1 && `version ${doc.version} of ${doc.versionCount}`].filter(Boolean).join(' · ')}
        </p>
        <div className="reader-tools">
          {doc.repairs.length > 0 && <button className="link" aria-expanded={showRepairs} onClick={() => setShowRepairs(!showRepairs)}>Repairs ({doc.repairs.reduce((n, r) => n + r.count, 0)})</button>}
          {debrisCount > 0 && <button className="link" aria-pressed={showDebris} onClick={() => setShowDebris(!showDebris)}>{showDebris ? 'Hide' : 'Show'} page debris ({debrisCount})</button>}
        </div>
        {showRepairs && (
          <ul className="repairs">
            {doc.repairs.map((r) => (
              <li key={r.kind + r.description}>{r.description}: {r.count}
                <ul>{r.examples.map((e, i) => <li key={i}><code>{e.before}</code> → <code>{e.after}</code></li>)}</ul>
              </li>
            ))}
          </ul>
        )}
      </header>
      {passages.filter((p, i) => (showDebris || !p.debris) && !(i === 0 && p.kind === 'heading' && p.text === doc.title)).map((p) => {
        const Tag = p.kind === 'heading' ? (p.depth <= 1 ? 'h2' : 'h3') : p.kind === 'quote' ? 'blockquote' : p.kind === 'table' ? 'div' : 'p';
        const cls = `passage ${p.kind}${p.debris ? ' debris' : ''}${focus?.passageId === p.id ? ' focused' : ''}`;
        return (
          <Tag key={p.id} className={cls} data-passage-id={p.id} style={p.kind === 'list_item' ? { marginLeft: `${1 + p.depth * 1.2}em` } : undefined}>
            {p.kind === 'question' && <span className="qa-badge" aria-label="Question">Q</span>}
            {p.kind === 'answer' && <span className="qa-badge answer" aria-label={`Answer to question ${ordinalOf.get(p.questionId ?? -1) ?? ''}`}>A</span>}
            {notes.some((n) => n.start >= p.start && n.start < p.end) && (
              <span className="note-marker" role="note" aria-label="Notes on this passage"
                title={notes.filter((n) => n.start >= p.start && n.start < p.end).map((n) => `“${n.quote}”${n.body ? `: ${n.body}` : ''}`).join('\n')}>✎</span>
            )}
            {p.kind === 'table'
              ? <table><tbody>{p.text.split('\n').map((row, i) => <tr key={i}>{row.split('\t').map((c, j) => <td key={j}>{c}</td>)}</tr>)}</tbody></table>
              : <span className="ptext" data-start={p.start}>{segments(p, byPassage.get(p.id) ?? []).map((seg, i) => seg.span
                ? <mark key={i} role="button" tabIndex={0} data-metric-id={seg.span.id} className={`figure ${seg.span.status}${seg.span.id === selectedMetricId ? ' selected' : ''}`}
                    aria-label={`Figure ${seg.text}`} aria-pressed={seg.span.id === selectedMetricId}
                    onClick={() => onSelectMetric(seg.span!.id, p.id)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelectMetric(seg.span!.id, p.id); } }}>{seg.text}</mark>
                : <span key={i}>{seg.text}</span>)}</span>}
          </Tag>
        );
      })}
    </article>
  );
}
