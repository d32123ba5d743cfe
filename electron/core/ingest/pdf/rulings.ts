/**
 * The straight lines a PDF page draws across or down: table borders, cell rules and the edges
 * of shaded cells, read from pdf.js's operator list. Curves, slanted strokes and white fills
 * are left out; they never rule a table.
 */

/** A horizontal rule runs from x1 to x2 at y1 (= y2); a vertical one from y1 up to y2 at x1 (= x2). y is up from the page's bottom. */
export interface Ruling { x1: number; y1: number; x2: number; y2: number }
export interface Rulings { horizontal: Ruling[]; vertical: Ruling[] }

/** pdf.js's operator codes this reader follows (pdfjs-dist's OPS). */
export interface Ops {
  save: number; restore: number; transform: number; constructPath: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  setFillRGBColor: number; setFillGray: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number; fillStroke: number;
  eoFillStroke: number; closeFillStroke: number; closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
/** pdf.js's path commands inside a constructPath's data. */
const MOVE = 0, LINE = 1, CURVE = 2, QUADRATIC = 3, CLOSE = 4;
/** A filled rectangle this thin is drawn as a rule. */
const THIN = 3;
/** Ticks and bullets shorter than this never rule a table. */
const SHORTEST = 4;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];

/** A path's subpaths as lists of points (a curve breaks its subpath: no rule runs through it). */
function subpathsOf(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  const end = () => { if (current.length > 1) out.push(current); current = []; };
  for (let k = 0; k < data.length;) {
    const op = data[k]!;
    if (op === MOVE) { end(); current.push([data[k + 1]!, data[k + 2]!]); k += 3; } else if (op === LINE) { current.push([data[k + 1]!, data[k + 2]!]); k += 3; } else if (op === CURVE) { end(); k += 7; } else if (op === QUADRATIC) { end(); k += 5; } else if (op === CLOSE) {
      if (current.length > 1) current.push(current[0]!);
      end();
      k += 1;
    } else break;
  }
  end();
  return out;
}

/** Whether a fill colour is white (paper), which draws nothing a reader sees. */
const isWhite = (color: string) => /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/iu.test(color);

/**
 * The page's rules in the reader's space (the page's /Rotate applied, y up from the bottom).
 * `viewport` is pdf.js's viewport transform and height for the page.
 */
export function rulingsOf(fnArray: number[], argsArray: unknown[][], ops: Ops, viewport: { transform: number[]; height: number }): Rulings {
  const view = viewport.transform as Matrix;
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fill = '#000000';
  const fills: string[] = [];
  const out: Rulings = { horizontal: [], vertical: [] };
  const place = (x: number, y: number): [number, number] => {
    const m = multiply(ctm, view);
    return [m[0] * x + m[2] * y + m[4], viewport.height - (m[1] * x + m[3] * y + m[5])];
  };
  const add = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) >= SHORTEST) out.horizontal.push({ x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]), y1: a[1], y2: a[1] });
    else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) >= SHORTEST) out.vertical.push({ x1: a[0], x2: a[0], y1: Math.min(a[1], b[1]), y2: Math.max(a[1], b[1]) });
  };
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillsOnly = new Set([ops.fill, ops.eoFill]);
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k]!;
    const args = argsArray[k] ?? [];
    if (fn === ops.save) { stack.push(ctm); fills.push(fill); } else if (fn === ops.restore) { ctm = stack.pop() ?? ctm; fill = fills.pop() ?? fill; } else if (fn === ops.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) { stack.push(ctm); fills.push(fill); if (Array.isArray(args[0])) ctm = multiply(args[0] as Matrix, ctm); } else if (fn === ops.paintFormXObjectEnd) { ctm = stack.pop() ?? ctm; fill = fills.pop() ?? fill; } else if (fn === ops.setFillRGBColor && typeof args[0] === 'string') fill = args[0];
    else if (fn === ops.setFillGray) fill = Number(args[0]) >= 0.95 ? '#ffffff' : '#000000';
    else if (fn === ops.constructPath) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!data) continue;
      const stroked = strokes.has(paint);
      if (!stroked && !(fillsOnly.has(paint) && !isWhite(fill))) continue;
      for (const points of subpathsOf(data)) {
        const placed = points.map(([x, y]) => place(x, y));
        if (!stroked && ruleOfFilled(placed, add)) continue;
        for (let p = 1; p < placed.length; p++) add(placed[p - 1]!, placed[p]!);
      }
    }
  }
  return out;
}

/** A thin filled rectangle is one rule along its middle; returns whether it was one. */
function ruleOfFilled(points: Array<[number, number]>, add: (a: [number, number], b: [number, number]) => void): boolean {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (top - bottom <= THIN && right - left > THIN) { add([left, (top + bottom) / 2], [right, (top + bottom) / 2]); return true; }
  if (right - left <= THIN && top - bottom > THIN) { add([(left + right) / 2, bottom], [(left + right) / 2, top]); return true; }
  return false;
}
