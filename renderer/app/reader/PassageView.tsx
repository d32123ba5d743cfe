import { memo, type ReactNode } from 'react';
import type { Passage } from '../../../shared/documents.ts';
import type { TagRef } from '../../../shared/tags.ts';
import { runsOf, type FigureSpan, type Highlight, type Piece } from './segments.ts';

/**
 * One piece of text under its highlights: the innermost gives the color, an outer one
 * underlines it. Inside a figure, a click belongs to the figure (it selects the metric).
 */
function PieceView({ piece, inFigure, selectedAnnotationId, onSelectAnnotation }: { piece: Piece; inFigure: boolean; selectedAnnotationId: number | null; onSelectAnnotation(id: number): void }) {
  const [inner, outer] = piece.highlights;
  if (!inner) return <>{piece.text}</>;
  const selected = piece.highlights.some((h) => h.id === selectedAnnotationId);
  return (
    <span className={`hl hl-${inner.color ?? 'yellow'}${outer ? ` under-${outer.color ?? 'yellow'}` : ''}${selected ? ' selected' : ''}${inner.body ? ' noted' : ''}`}
      data-annotation-ids={piece.highlights.map((h) => h.id).join(' ')}
      title={piece.highlights.map((h) => (h.body ? h.body.split('\n')[0] : 'Highlight')).join('\n')}
      onClick={inFigure ? undefined : () => onSelectAnnotation(inner.id)}>{piece.text}</span>
  );
}

/** A marked figure: a button (click, Enter or Space) that selects its metric, coloured by review status. */
function FigureMark({ figure, text, selected, onSelect, children }: { figure: FigureSpan; text: string; selected: boolean; onSelect(): void; children: ReactNode }) {
  return (
    <mark role="button" tabIndex={0} data-metric-id={figure.id} className={`figure ${figure.status}${selected ? ' selected' : ''}`}
      aria-label={`Figure ${text}`} aria-pressed={selected} onClick={onSelect}
      onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(); } }}>{children}</mark>
  );
}

/** A table passage (rows by line, cells by tab) with the figures read from its cells marked, each cell a span of the text. */
function TableView({ passage: p, figures, selectedMetricId, onSelectMetric }: { passage: Passage; figures: FigureSpan[]; selectedMetricId: number | null; onSelectMetric(id: number, passageId: number): void }) {
  let at = p.start;
  const rows = p.text.split('\n').map((row) => {
    const cells = row.split('\t').map((text) => {
      const cell = { text, start: at, end: at + text.length };
      at += text.length + 1;
      return cell;
    });
    return cells;
  });
  return (
    <table><tbody>{rows.map((cells, i) => (
      <tr key={i}>{cells.map((cell, j) => {
        const figure = figures.find((f) => f.start >= cell.start && f.end <= cell.end);
        if (!figure) return <td key={j}>{cell.text}</td>;
        return (
          <td key={j}><FigureMark figure={figure} text={cell.text} selected={figure.id === selectedMetricId} onSelect={() => onSelectMetric(figure.id, p.id)}>{cell.text}</FigureMark></td>
        );
      })}</tr>
    ))}</tbody></table>
  );
}

/**
 * A passage with its figures marked and its highlights painted. Memoized: a long document
 * re-renders only the passages whose figures, highlights or selection changed.
 */
export const PassageView = memo(function PassageView({ passage: p, newPage, questionOrdinal, figures, highlights, tags, focused, selectedMetricId, selectedAnnotationId, onSelectMetric, onSelectAnnotation, onAnnotatePassage }: {
  passage: Passage;
  /** The first passage printed on its PDF page: the page number shows in the margin. */
  newPage: boolean;
  questionOrdinal: number | null;
  figures: FigureSpan[];
  highlights: Highlight[];
  tags: TagRef[];
  focused: boolean;
  selectedMetricId: number | null;
  selectedAnnotationId: number | null;
  onSelectMetric(id: number, passageId: number): void;
  onSelectAnnotation(id: number): void;
  onAnnotatePassage(passageId: number): void;
}) {
  const Tag = p.kind === 'heading' ? (p.depth <= 1 ? 'h2' : 'h3') : p.kind === 'quote' ? 'blockquote' : p.kind === 'table' ? 'div' : 'p';
  const cls = `passage ${p.kind}${newPage && p.page !== null ? ' new-page' : ''}${p.debris ? ' debris' : ''}${focused ? ' focused' : ''}`;
  return (
    <Tag className={cls} data-page={newPage && p.page !== null ? `p. ${p.page}` : undefined} data-passage-id={p.id} style={p.kind === 'list_item' ? { marginLeft: `${1 + p.depth * 1.2}em` } : undefined}>
      <button className="gutter" aria-label={`Note or tag passage ${p.ordinal + 1}`} title="Note or tag this passage" onClick={() => onAnnotatePassage(p.id)}>✎</button>
      {p.kind === 'question' && <span className="qa-badge" aria-label="Question">Q</span>}
      {p.kind === 'answer' && <span className="qa-badge answer" aria-label={`Answer to question ${questionOrdinal ?? ''}`}>A</span>}
      {p.kind === 'table'
        ? <TableView passage={p} figures={figures} selectedMetricId={selectedMetricId} onSelectMetric={onSelectMetric} />
        : <span className="ptext" data-start={p.start}>{runsOf(p, figures, highlights).map((run, i) => {
          const pieces = run.pieces.map((piece) => <PieceView key={piece.start} piece={piece} inFigure={run.figure !== null} selectedAnnotationId={selectedAnnotationId} onSelectAnnotation={onSelectAnnotation} />);
          if (!run.figure) return <span key={i}>{pieces}</span>;
          const figure = run.figure;
          const text = run.pieces.map((x) => x.text).join('');
          return (
            <FigureMark key={i} figure={figure} text={text} selected={figure.id === selectedMetricId} onSelect={() => onSelectMetric(figure.id, p.id)}>{pieces}</FigureMark>
          );
        })}</span>}
      {tags.length > 0 && <span className="passage-tags">{tags.map((t) => <span key={t.id} className={`chip${t.color ? ` c-${t.color}` : ''}`}>{t.path}</span>)}</span>}
    </Tag>
  );
});
