import zlib from 'node:zlib';
import { AssayError } from '../../../../shared/errors.ts';

/** Most one stream may unpack to: no real page's text or font comes near it. */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** Most all the streams pdf.js unpacks to read text (page contents, fonts) may unpack to together. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** Filters the check can undo itself; a chain that goes on with another is measured up to it. */
const FLATE = new Set(['FlateDecode', 'Fl']);
const HEX = new Set(['ASCIIHexDecode', 'AHx']);

/** Where each "N G obj" starts, found once per file, to resolve indirect /Filter and /Length values. */
function objectIndex(text: string): Map<string, number> {
  const index = new Map<string, number>();
  const pattern = /(?<!\d)(\d{1,10})\s{1,4}(\d{1,5})\s{1,4}obj\b/gu;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) index.set(`${m[1]} ${m[2]}`, m.index + m[0].length);
  return index;
}

/** The filters a stream's dictionary names, directly or through an indirect object. */
function filtersOf(dictionary: string, text: string, objects: () => Map<string, number>): string[] {
  const entry = /\/Filter\s*(\[[^\]]{0,400}\]|\/\w+|\d+\s+\d+\s+R)/u.exec(dictionary)?.[1];
  if (!entry) return [];
  let value = entry;
  const ref = /^(\d+)\s+(\d+)\s+R$/u.exec(entry);
  if (ref) {
    const at = objects().get(`${ref[1]} ${ref[2]}`);
    if (at === undefined) return ['?'];
    value = text.slice(at, Math.min(text.indexOf('endobj', at) >>> 0, at + 400));
  }
  return [...value.matchAll(/\/(\w+)/gu)].map((m) => m[1]!);
}

/**
 * Undoes a chain of Flate and hex filters with every step's output capped: the bytes, or
 * null when a step is not one of those (pdf.js decodes the rest; the reader's memory budget
 * guards it) or the data is damaged (pdf.js is lenient with those).
 */
function unpack(data: Buffer, filters: string[], limit: number): Buffer | null {
  let out = data;
  for (const filter of filters) {
    if (HEX.has(filter)) out = Buffer.from(out.toString('latin1').replace(/[^0-9a-f]/giu, ''), 'hex');
    else if (FLATE.has(filter)) out = zlib.inflateSync(out, { maxOutputLength: limit + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    else return null;
    if (out.length > limit) throw Object.assign(new Error('too large'), { code: 'ERR_BUFFER_TOO_LARGE' });
  }
  return out;
}

function bomb(name: string, what: string): AssayError {
  return new AssayError('PDF_TOO_LARGE', `${name} cannot be read safely: ${what}, far beyond any page of text `
    + '(it may be built to exhaust memory). Print the pages you need to a new PDF and import that.');
}

/**
 * Refuses a PDF bomb before pdf.js sees it: a stream that would unpack to more than 64 MB
 * (pdf.js would hold it all in memory), or streams that unpack to more than 256 MB in all.
 * Filters named through an indirect object, chains of filters (a stream deflated twice) and
 * streams whose `endstream` is missing (read to the end of the file) are measured too.
 * Images are not counted, since reading text never decodes them.
 */
export function checkPdfStreams(bytes: Uint8Array, name: string): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let objects: Map<string, number> | null = null;
  const lazyObjects = () => (objects ??= objectIndex(text));
  const starts = /(?:>>|\s)stream\r?\n/gu;
  let total = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const begin = m.index + m[0].length;
    const found = text.indexOf('endstream', begin);
    const end = found < 0 ? text.length : found;
    const dictionary = text.slice(Math.max(text.lastIndexOf(' obj', m.index), m.index - 2000), m.index);
    starts.lastIndex = end;
    if (/\/Subtype\s*\/Image/u.test(dictionary)) continue;
    const filters = filtersOf(dictionary, text, lazyObjects);
    if (!filters.length) continue;
    const limit = Math.min(MAX_STREAM_BYTES, MAX_UNPACKED_BYTES - total);
    let out: Buffer | null;
    try {
      out = unpack(buffer.subarray(begin, end), filters, limit);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      throw bomb(name, limit === MAX_STREAM_BYTES ? 'one of its streams unpacks to more than 64 MB' : 'its streams unpack to more than 256 MB');
    }
    total += out?.length ?? 0;
  }
}
