import zlib from 'node:zlib';

/**
 * A small PDF writer for test fixtures laid out by hand, the way typesetting programs
 * (InDesign, TeX, report generators) place text and Chromium never does: text set glyph by
 * glyph with no space characters, rotated pages and rotated labels, sidebars, tables without
 * rules, superscript note markers. Helvetica only (pdf.js knows its widths without embedding).
 */

/** One run of text, placed from the page's top-left corner in points. */
export interface Run {
  text: string;
  x: number;
  top: number;
  size?: number;
  bold?: boolean;
  /** Courier, every glyph the same width, as filings printed from plain text are. */
  mono?: boolean;
  /** Right-aligns the run so it ends at x (figures in a table column). */
  right?: boolean;
  /** Counter-clockwise rotation of the text in degrees (a vertical axis label is 90). */
  angle?: number;
  /** Sets each glyph on its own with TJ kerning and the spaces as gaps, as TeX and InDesign do. */
  glyphs?: boolean;
  /** Text set after `text` on the same line, each part in its own size and rise: a raised note marker is { text: '1', size: 6, rise: 4 }. */
  then?: Array<{ text: string; size?: number; rise?: number }>;
}

/**
 * A shape the page draws, from the page's top-left corner in points: a stroked line, a
 * stroked rectangle (a cell's border), or a filled one (a shaded row, or a rule drawn as a
 * thin filled bar, as Excel and Word print them).
 */
export type Shape =
  | { line: [number, number, number, number] }
  | { box: [number, number, number, number]; fill?: number };

export interface Page {
  /** Shapes drawn before the text (a table's rules and shading). */
  shapes?: Shape[];
  width?: number;
  height?: number;
  /** The page's /Rotate: a landscape table is often drawn sideways on a portrait page and turned for display. */
  rotate?: 0 | 90 | 180 | 270;
  runs: Run[];
  /** Spaces added to the page's content (see writePdf's `deflate`). */
  padding?: number;
}

// Helvetica advance widths (per 1000 em) for the characters the fixtures' figures use; the rest are near enough at 556.
const WIDTHS: Record<string, number> = { ' ': 278, ',': 278, '.': 278, '(': 333, ')': 333, '-': 333, '%': 889, i: 222, l: 222, I: 278, t: 278, f: 278, r: 333, j: 222 };
const widthOf = (text: string, size: number) => [...text].reduce((w, c) => w + (WIDTHS[c] ?? 556), 0) * size / 1000;

const escape = (text: string) => text.replace(/[\\()]/gu, (c) => `\\${c}`);
/** WinAnsi codes for the dashes figures use; Latin-1 covers the rest. */
const winAnsi = (text: string) => text.replace(/–/gu, '\x96').replace(/—/gu, '\x97').replace(/€/gu, '\x80');

/** A shape's drawing operators; `fill` is a gray level (0 black, 1 white). */
function drawShape(shape: Shape, pageHeight: number): string {
  if ('line' in shape) {
    const [x1, top1, x2, top2] = shape.line;
    return `0.5 w ${x1} ${pageHeight - top1} m ${x2} ${pageHeight - top2} l S`;
  }
  const [x, top, width, height] = shape.box;
  const rect = `${x} ${pageHeight - top - height} ${width} ${height} re`;
  return shape.fill === undefined ? `0.5 w ${rect} S` : `q ${shape.fill} g ${rect} f Q`;
}

function showRun(run: Run, pageHeight: number): string {
  const size = run.size ?? 10;
  const x = run.right ? run.x - widthOf(run.text, size) : run.x;
  const y = pageHeight - run.top;
  const a = ((run.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)].map((v) => Number(v.toFixed(6)));
  const show = run.glyphs
    ? `[${[...run.text].map((c) => (c === ' ' ? `${-WIDTHS[' ']! - 40}` : `(${winAnsi(escape(c))}) -12`)).join(' ')}] TJ`
    : `(${winAnsi(escape(run.text))}) Tj`;
  const font = run.mono ? 'F3' : run.bold ? 'F2' : 'F1';
  const then = (run.then ?? []).map((part) => ` /${font} ${part.size ?? size} Tf ${part.rise ?? 0} Ts (${winAnsi(escape(part.text))}) Tj`).join('');
  return `BT /${font} ${size} Tf ${cos} ${sin} ${-sin!} ${cos} ${x.toFixed(2)} ${y.toFixed(2)} Tm ${show}${then}${then ? ' 0 Ts' : ''} ET`;
}

/**
 * A PDF of the given pages, with /Title in its Info when given. `deflate` compresses each
 * page's content with FlateDecode, as nearly every real PDF does; a page's `padding` adds that
 * many spaces to its content first (a page that inflates to hundreds of megabytes: a PDF bomb).
 */
export function writePdf(pages: Page[], title?: string, options: { deflate?: boolean } = {}): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written once the pages' numbers are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>');
  add(`<< /Title (${escape(title ?? '')}) /Producer (assay tests) >>`);
  const kids: number[] = [];
  for (const page of pages) {
    const [width, height] = [page.width ?? 595, page.height ?? 842];
    const ops = [...(page.shapes ?? []).map((sh) => drawShape(sh, height)), ...page.runs.map((r) => showRun(r, height))];
    const content = Buffer.concat([Buffer.from(ops.join('\n'), 'latin1'), Buffer.alloc(page.padding ?? 0, 32)]);
    const data = options.deflate ? zlib.deflateSync(content) : content;
    add(Buffer.concat([Buffer.from(`<< /Length ${data.length}${options.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Rotate ${page.rotate ?? 0} /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  return assemblePdf(objects, '/Root 1 0 R /Info 6 0 R');
}

/**
 * A PDF file of the given objects, numbered from 1 in order, with its cross-reference table
 * and a trailer holding `trailer` (e.g. "/Root 1 0 R"). Used for files of any shape, damaged
 * or hostile ones included.
 */
export function assemblePdf(objects: Array<string | Buffer>, trailer: string): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), bytes, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

/** Lays prose out as left-aligned lines of at most `chars` characters, `leading` points apart. */
export function prose(text: string, at: { x: number; top: number; chars: number; leading?: number; size?: number; glyphs?: boolean }): Run[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= at.chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((line, k) => ({ text: line, x: at.x, top: at.top + k * (at.leading ?? 13), size: at.size, glyphs: at.glyphs }));
}
