import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, Passage } from '../../shared/documents.ts';
import { call } from '../client.ts';
import type { Focus } from './App.tsx';

type Span = { id: number; start: number; end: number; status: string };

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
export function Reader({ documentId, selectedMetricId, focus, onSelectMetric, version }: {
  documentId: number | null;
  selectedMetricId: number | null;
  focus: Focus | null;
  onSelectMetric(id: number, passageId: number): void;
  version: number;
}) {
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [passages, setPassages] = useState<Passage[]>([]);
  const [spans, setSpans] = useState<Span[]>([]);
  const [showDebris, setShowDebris] = useState(false);
  const [showRepairs, setShowRepairs] = useState(false);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    Promise.all([
      call('documents.get', { id: documentId }),
      call('passages.list', { documentId, limit: 5000 }),
      call('metrics.spans', { documentId }),
    ]).then(([d, p, s]) => {
      if (!live) return;
      setDoc(d);
      setPassages(p.passages);
      setSpans(s);
    }, () => undefined);
    return () => { live = false; };
  }, [documentId, version]);

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
    <article className="reader" aria-label="Reader" ref={root}>
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
            {p.kind === 'table'
              ? <table><tbody>{p.text.split('\n').map((row, i) => <tr key={i}>{row.split('\t').map((c, j) => <td key={j}>{c}</td>)}</tr>)}</tbody></table>
              : segments(p, byPassage.get(p.id) ?? []).map((seg, i) => seg.span
                ? <mark key={i} role="button" tabIndex={0} data-metric-id={seg.span.id} className={`figure ${seg.span.status}${seg.span.id === selectedMetricId ? ' selected' : ''}`}
                    aria-label={`Figure ${seg.text}`} aria-pressed={seg.span.id === selectedMetricId}
                    onClick={() => onSelectMetric(seg.span!.id, p.id)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelectMetric(seg.span!.id, p.id); } }}>{seg.text}</mark>
                : <span key={i}>{seg.text}</span>)}
          </Tag>
        );
      })}
    </article>
  );
}
