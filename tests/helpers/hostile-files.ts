import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { assemblePdf, prose, writePdf } from './write-pdf.ts';
import { writeDocx } from './write-zip.ts';

/*
 * Files built to break an importer: deep nesting, one endless line, runs of spaces for
 * regular expressions to backtrack on, inflation bombs hidden from a naive check, floods of
 * tiny paragraphs, a page tree that loops, words that name Object.prototype's properties, and
 * a folder with a symbolic-link loop. The hostile-input suite and `npm run bench -- --only
 * hostile` both build them here. 'test' sizes keep each kind's shape at a size a unit test can
 * afford; 'full' sizes are the ones the issue was found with.
 */

export type HostileScale = 'test' | 'full';

/** What a hostile file must come to: imported, refused with a reason, or either (both are clear answers). */
export type Expected = 'imported' | 'refused' | 'either';

export interface HostileCase {
  name: string;
  /** The file (or folder) to import. */
  path: string;
  expected: Expected;
  /** Words the refusal must contain, when it is refused. */
  reason?: RegExp;
}

const SENTENCE = 'Operating revenue reached 9.287 billion yuan in the first quarter, up 61.19% year on year. ';
const PROTO_WORDS = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

/**
 * A zlib stream of `size` spaces, built without holding them in memory: 16 MB pieces deflated
 * on their own and joined at sync-flush points, closed by a final empty block and the Adler-32
 * of the whole, worked out in closed form.
 */
function deflatedSpaces(size: number): Buffer {
  const chunk = Buffer.alloc(Math.min(size, 16 << 20), 32);
  const packedChunk = zlib.deflateRawSync(chunk, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const whole = Math.floor(size / chunk.length);
  const rest = size - whole * chunk.length;
  const parts = [Buffer.from([0x78, 0xda]), ...Array<Buffer>(whole).fill(packedChunk)];
  if (rest) parts.push(zlib.deflateRawSync(chunk.subarray(0, rest), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  parts.push(zlib.deflateRawSync(Buffer.alloc(0)));
  const [n, c, p] = [BigInt(size), 32n, 65521n];
  const a = (1n + n * c) % p;
  const b = (n + (c * n * (n + 1n)) / 2n) % p;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  parts.push(adler);
  return Buffer.concat(parts);
}

/** A one-page PDF whose content stream is `stream` behind the given dictionary entries. */
function pdfWithStream(dictionary: string, stream: Buffer, extra: string[] = [], endstream = true): Buffer {
  const content = Buffer.concat([
    Buffer.from(`<< ${dictionary} >>\nstream\n`, 'latin1'), stream, Buffer.from(endstream ? '\nendstream' : '', 'latin1'),
  ]);
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    content,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...extra,
  ];
  if (endstream) return assemblePdf(objects, '/Root 1 0 R');
  // A stream that never ends: the file stops inside it, with no table or trailer after.
  return Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'),
    Buffer.from('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R '
      + '/MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n', 'latin1'), content]);
}

const textOps = (text: string) => Buffer.from(`BT /F1 11 Tf 72 760 Td (${text}) Tj ET\n`, 'latin1');

interface Sizes {
  deepLevels: number;
  oneLine: number;
  spaces: number;
  tinyParagraphs: number;
  bomb: number;
  pages: number;
  pageBytes: number;
  docxXml: number;
}

const SIZES: Record<HostileScale, Sizes> = {
  test: { deepLevels: 100_000, oneLine: 4 << 20, spaces: 2 << 20, tinyParagraphs: 300_000, bomb: 300 << 20, pages: 7, pageBytes: 40 << 20, docxXml: 40 << 20 },
  full: { deepLevels: 1_000_000, oneLine: 50 << 20, spaces: 20 << 20, tinyParagraphs: 5_000_000, bomb: 1 << 30, pages: 7, pageBytes: 120 << 20, docxXml: 190 << 20 },
};

type Maker = (s: Sizes) => { file: string; data: Buffer | string; expected: Expected; reason?: RegExp };

const MAKERS: Record<string, Maker> = {
  'html-deep-open': (s) => ({ file: 'deep-open.html', data: `<html><body>${'<div>'.repeat(s.deepLevels)}${SENTENCE}`, expected: 'either' }),
  'html-deep-closed': (s) => ({
    file: 'deep-closed.html', expected: 'either',
    data: `<html><body>${'<div><span>'.repeat(s.deepLevels / 2)}${SENTENCE}${'</span></div>'.repeat(s.deepLevels / 2)}</body></html>`,
  }),
  'md-deep-quote': (s) => ({ file: 'deep-quote.md', data: `${'>'.repeat(s.deepLevels)} ${SENTENCE}\n`, expected: 'either' }),
  'md-deep-list': (s) => ({
    file: 'deep-list.md', expected: 'either',
    data: Array.from({ length: Math.min(s.deepLevels, 2_000) }, (_, i) => `${'  '.repeat(i)}- ${SENTENCE}`).join('\n'),
  }),
  'txt-one-line': (s) => ({ file: 'one-line.txt', data: SENTENCE.repeat(Math.ceil(s.oneLine / SENTENCE.length)), expected: 'either' }),
  'txt-no-spaces-line': (s) => ({ file: 'one-word.txt', data: `Revenue ${'9'.repeat(s.oneLine / 4)} yuan`, expected: 'either' }),
  'txt-space-runs': (s) => ({
    file: 'space-runs.txt', expected: 'either',
    data: `Revenue rose${' '.repeat(s.spaces / 2)}5%${' \t'.repeat(s.spaces / 8)}to 3.2 billion yuan.${'\u00a0 '.repeat(s.spaces / 8)}`,
  }),
  'txt-digit-space-runs': (s) => ({ file: 'digit-runs.txt', data: `Revenue ${'1 '.repeat(s.spaces / 4)}yuan ${'1,'.repeat(s.spaces / 4)}`, expected: 'either' }),
  'txt-tiny-paragraphs': (s) => ({ file: 'tiny-paragraphs.txt', data: 'a\n\n'.repeat(s.tinyParagraphs), expected: 'either' }),
  'txt-tiny-lines': (s) => ({ file: 'tiny-lines.txt', data: '1\n'.repeat(s.tinyParagraphs * 2), expected: 'either' }),
  'md-tiny-paragraphs': (s) => ({ file: 'tiny-paragraphs.md', data: '# a\n\n- b\n\n'.repeat(s.tinyParagraphs / 2), expected: 'either' }),
  'html-tiny-paragraphs': (s) => ({ file: 'tiny-paragraphs.html', data: `<html><body>${'<p>a</p>'.repeat(s.tinyParagraphs)}</body></html>`, expected: 'either' }),
  'txt-prototype-words': () => ({
    file: 'prototype-words.txt', expected: 'imported',
    data: PROTO_WORDS.map((w) => `Prices are ${w} 965,974 yuan/mt. ${w} revenue rose 5% to 3.2 billion ${w}.`).join('\n\n'),
  }),
  'pdf-streams-add-up': (s) => ({
    file: 'streams-add-up.pdf', expected: 'refused', reason: /unpack|memory|time|too large/iu,
    data: writePdf(Array.from({ length: s.pages }, (_, i) => ({ runs: prose(`Page ${i + 1}. ${SENTENCE}`, { x: 72, top: 72, chars: 80 }), padding: s.pageBytes })), 'Bomb', { deflate: true }),
  }),
  'pdf-no-endstream': (s) => ({
    file: 'no-endstream.pdf', expected: 'refused',
    data: pdfWithStream('/Length 20 /Filter /FlateDecode', deflatedSpaces(s.bomb), [], false),
  }),
  'pdf-nested-filters': (s) => ({
    file: 'nested-filters.pdf', expected: 'refused',
    data: (() => {
      const twice = zlib.deflateSync(deflatedSpaces(s.bomb));
      return pdfWithStream(`/Length ${twice.length} /Filter [/FlateDecode /FlateDecode]`, twice);
    })(),
  }),
  'pdf-indirect-filter': (s) => ({
    file: 'indirect-filter.pdf', expected: 'refused',
    data: (() => {
      const packed = deflatedSpaces(s.bomb);
      return pdfWithStream('/Length 7 0 R /Filter 6 0 R', packed, ['/FlateDecode', String(packed.length)]);
    })(),
  }),
  'pdf-page-tree-cycle': () => ({
    file: 'page-tree-cycle.pdf', expected: 'refused', reason: /PDF/u,
    data: assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
    ], '/Root 1 0 R'),
  }),
  'pdf-text-then-cycle': () => ({
    file: 'text-then-cycle.pdf', expected: 'either',
    data: (() => {
      const content = textOps('Revenue rose 5% to 3.2 billion yuan.');
      return assemblePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 3 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>',
        Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
        '<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 2 0 R] /Count 2 >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      ], '/Root 1 0 R');
    })(),
  }),
  'pdf-deep-arrays': (s) => ({
    file: 'deep-arrays.pdf', expected: 'refused',
    data: assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox ${'['.repeat(s.deepLevels / 10)}0 0 595 842${']'.repeat(s.deepLevels / 10)} >>`,
    ], '/Root 1 0 R'),
  }),
  'pdf-huge-page-count': () => ({
    file: 'huge-page-count.pdf', expected: 'refused',
    data: assemblePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'], '/Root 1 0 R'),
  }),
  'html-entity-flood': (s) => ({ file: 'entities.html', data: `<p>Revenue ${'&amp;&#x41;&nbsp;'.repeat(s.oneLine / 64)} 5%</p>`, expected: 'either' }),
  'html-huge-attribute': (s) => ({ file: 'attribute.html', data: `<p class="${'a '.repeat(s.oneLine / 8)}">${SENTENCE}</p><p title="${'"'.repeat(0)}${'x'.repeat(s.oneLine / 8)}`, expected: 'either' }),
  'md-wide-table': (s) => ({
    file: 'wide-table.md', expected: 'either',
    data: `| ${Array.from({ length: s.spaces / 64 }, (_, i) => `c${i}`).join(' | ')} |\n|${' --- |'.repeat(s.spaces / 64)}\n| ${'1 | '.repeat(s.spaces / 64)}\n`,
  }),
  'txt-binary-noise': (s) => ({ file: 'noise.txt', data: Buffer.from(Array.from({ length: s.spaces / 4 }, (_, i) => (i * 7919) % 256)), expected: 'refused' }),
  'txt-invalid-utf8': (s) => ({ file: 'invalid-utf8.txt', data: Buffer.concat([Buffer.from(SENTENCE), Buffer.alloc(s.spaces / 8, 0xc3), Buffer.from(SENTENCE)]), expected: 'either' }),
  'docx-huge-xml': (s) => ({
    file: 'huge-xml.docx', expected: 'refused',
    data: writeDocx(Buffer.from(`<w:p><w:r><w:t>${SENTENCE}</w:t></w:r></w:p>`.repeat(Math.ceil(s.docxXml / 120)))),
  }),
  'docx-lying-directory': (s) => ({
    file: 'lying-directory.docx', expected: 'refused',
    data: writeDocx(Buffer.from(`<w:p><w:r><w:t>${SENTENCE}</w:t></w:r></w:p>`.repeat(Math.ceil(s.docxXml / 120))), 1000),
  }),
  'docx-tiny-paragraphs': (s) => ({ file: 'tiny-paragraphs.docx', data: writeDocx('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(s.tinyParagraphs)), expected: 'either' }),
  'docx-deep-tables': (s) => ({
    file: 'deep-tables.docx', expected: 'either',
    data: writeDocx(`${'<w:tbl><w:tr><w:tc>'.repeat(Math.min(s.deepLevels, 20_000))}<w:p><w:r><w:t>${SENTENCE}</w:t></w:r></w:p>`
      + `${'</w:tc></w:tr></w:tbl>'.repeat(Math.min(s.deepLevels, 20_000))}`),
  }),
};

/** Every kind of hostile file the suite knows, by name. */
export const HOSTILE_KINDS = Object.keys(MAKERS);

/** Writes one hostile file into `dir` and says what it must come to. */
export function makeHostileFile(dir: string, kind: string, scale: HostileScale): HostileCase {
  const maker = MAKERS[kind];
  if (!maker) throw new Error(`No hostile kind "${kind}".`);
  const made = maker(SIZES[scale]);
  const file = path.join(dir, made.file);
  fs.writeFileSync(file, made.data);
  return { name: kind, path: file, expected: made.expected, reason: made.reason };
}

/**
 * A folder with a good file, a symbolic-link loop (a link to its own folder), a link to
 * itself, a dangling link and a named pipe: the good file is imported, the rest reported.
 */
export function makeLoopFolder(dir: string): { folder: string; good: string } {
  const folder = path.join(dir, 'loops');
  fs.mkdirSync(path.join(folder, 'inner'), { recursive: true });
  const good = path.join(folder, 'inner', 'good.txt');
  fs.writeFileSync(good, SENTENCE);
  fs.symlinkSync(folder, path.join(folder, 'inner', 'up.txt'));
  fs.symlinkSync('.', path.join(folder, 'inner', 'here'));
  fs.symlinkSync('self.md', path.join(folder, 'self.md'));
  fs.symlinkSync('missing.txt', path.join(folder, 'dangling.txt'));
  return { folder, good };
}
