import zlib from 'node:zlib';
import { AssayError } from '../../../../shared/errors.ts';

/** Most one compressed stream may unpack to: no real page's text comes near it. */
export const MAX_STREAM_BYTES = 128 * 1024 * 1024;
/** Most all the streams pdf.js unpacks to read text (page contents, fonts) may unpack to together. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/**
 * Refuses a PDF bomb before pdf.js sees it: a Flate stream that would unpack to more than
 * 128 MB (pdf.js would hold it all in memory), or streams that unpack to more than 1 GB in
 * all. Images are not counted, since reading text never decodes them. Streams zlib cannot
 * read are left for pdf.js, which is lenient with damaged files.
 */
export function checkPdfStreams(bytes: Uint8Array, name: string): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  const starts = /(?:>>|\s)stream\r?\n/gu;
  let total = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const begin = m.index + m[0].length;
    const end = text.indexOf('endstream', begin);
    if (end < 0) return;
    const dictionary = text.slice(Math.max(text.lastIndexOf(' obj', m.index), m.index - 2000), m.index);
    starts.lastIndex = end;
    if (!/\/FlateDecode/u.test(dictionary) || /\/Subtype\s*\/Image/u.test(dictionary)) continue;
    const limit = Math.min(MAX_STREAM_BYTES, MAX_UNPACKED_BYTES - total);
    try {
      total += zlib.inflateSync(buffer.subarray(begin, end), { maxOutputLength: limit + 1 }).length;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      const what = limit === MAX_STREAM_BYTES ? 'one of its streams unpacks to more than 128 MB' : 'its streams unpack to more than 1 GB';
      throw new AssayError('PDF_TOO_LARGE', `${name} cannot be read safely: ${what}, far beyond any page of text (it may be built to exhaust memory). Print the pages you need to a new PDF and import that.`);
    }
    if (total > MAX_UNPACKED_BYTES) throw new AssayError('PDF_TOO_LARGE', `${name} cannot be read safely: its streams unpack to more than 1 GB. Split it, or print the pages you need to a new PDF, and import that.`);
  }
}
