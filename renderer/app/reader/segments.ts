/** A marked figure: a metric's span in the document's text. */
export interface FigureSpan { id: number; start: number; end: number; status: string }
/** A highlight or note on a range of the text. */
export interface Highlight { id: number; start: number; end: number; body: string; quote: string; color: string | null }

/** A run of text under the same highlights, innermost (shortest) first. */
export interface Piece { text: string; start: number; highlights: Highlight[] }
/** A run of a passage: either plain text or one figure, each cut into pieces by highlights. */
export interface Run { figure: FigureSpan | null; pieces: Piece[] }

/**
 * Cuts a passage's text at every figure and highlight boundary, so overlapping and nested
 * highlights each cover exactly their characters. A figure stays one run (one clickable
 * mark) however many highlights cross it; figures that overlap an earlier one are skipped.
 */
export function runsOf(passage: { start: number; end: number; text: string }, figures: FigureSpan[], highlights: Highlight[]): Run[] {
  const inside = (s: { start: number; end: number }) => s.end > passage.start && s.start < passage.end;
  const kept: FigureSpan[] = [];
  for (const f of figures.filter((f) => f.start >= passage.start && f.end <= passage.end).sort((a, b) => a.start - b.start)) {
    if (!kept.length || f.start >= kept[kept.length - 1]!.end) kept.push(f);
  }
  const marks = highlights.filter(inside);
  const cuts = new Set([passage.start, passage.end]);
  for (const s of [...kept, ...marks]) {
    cuts.add(Math.max(s.start, passage.start));
    cuts.add(Math.min(s.end, passage.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const figure = kept.find((f) => f.start <= a && b <= f.end) ?? null;
    const covering = marks.filter((h) => h.start <= a && b <= h.end).sort((x, y) => (x.end - x.start) - (y.end - y.start) || y.id - x.id);
    const piece = { text: passage.text.slice(a - passage.start, b - passage.start), start: a, highlights: covering };
    const last = runs[runs.length - 1];
    if (last && last.figure === figure && (figure !== null || !covering.length && !last.pieces[last.pieces.length - 1]!.highlights.length)) last.pieces.push(piece);
    else runs.push({ figure, pieces: [piece] });
  }
  return runs;
}
