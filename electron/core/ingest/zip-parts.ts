import zlib from 'node:zlib';
import { AssayError } from '../../../shared/errors.ts';

/** What a DOCX may unpack to before Assay refuses it as a zip bomb. */
export const MAX_UNPACKED = 200 * 1024 * 1024;
/** What one part of a DOCX may unpack to: a 1,000-page report's text is a few tens of megabytes. */
export const MAX_PART = 64 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/** A ZIP's parts by name, unpacked on demand and measured as they unpack. */
export interface ZipParts {
  has(name: string): boolean;
  /** The part's bytes; refused past MAX_PART or past MAX_UNPACKED for all parts read. */
  read(name: string): Buffer;
}

interface Entry {
  method: number;
  packed: number;
  localHeader: number;
}

/**
 * Opens a ZIP by its central directory (without inflating anything), refusing archives that
 * are not ZIPs, are cut short, hold too many entries, or declare more than MAX_UNPACKED
 * bytes unpacked, or an entry packed more than 1,000 to 1. Parts are then unpacked one at
 * a time with their real size capped, so a directory that lies about sizes gains nothing.
 */
export function openZip(bytes: Uint8Array, name: string): ZipParts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (why: string) => new AssayError('BAD_DOCX', `${name} is damaged (${why}). If it opens in Word, save a new copy and import that.`);
  const bomb = () => new AssayError('ZIP_BOMB', `${name} would unpack to more than ${MAX_UNPACKED / 1048576} MB (a zip bomb, or not a real Word document); it was not opened.`);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw damaged('its table of contents is missing, so it was probably cut short');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) throw new AssayError('ZIP_BOMB', `${name} holds ${count} parts, more than a Word document ever does; it was not opened.`);
  const entries = new Map<string, Entry>();
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged('its table of contents is broken');
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    total += unpacked;
    if (total > MAX_UNPACKED || (packed > 0 && unpacked / packed > 1000 && unpacked > 10 * 1024 * 1024)) throw bomb();
    const nameLength = view.getUint16(at + 28, true);
    const partName = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8');
    entries.set(partName, { method: view.getUint16(at + 10, true), packed, localHeader: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  let unpackedSoFar = 0;
  const read = (part: string): Buffer => {
    const entry = entries.get(part);
    if (!entry) throw damaged(`it has no ${part}`);
    const local = entry.localHeader;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw damaged(`its ${part} is missing`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + entry.packed > bytes.length) throw damaged(`its ${part} is cut short`);
    const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.packed);
    const limit = Math.min(MAX_PART, MAX_UNPACKED - unpackedSoFar);
    const out = unpack(data, entry.method, limit, () => new AssayError('ZIP_BOMB',
      `${name} cannot be read safely: its ${part} unpacks to more than ${limit / 1048576} MB, far beyond any Word document's text `
      + '(it may be built to exhaust memory). If it opens in Word, save it in parts and import those.'), () => damaged(`its ${part} cannot be unpacked`));
    unpackedSoFar += out.length;
    return out;
  };
  return { has: (part) => entries.has(part), read };
}

function unpack(data: Buffer, method: number, limit: number, tooLarge: () => Error, broken: () => Error): Buffer {
  if (method === 0) {
    if (data.length > limit) throw tooLarge();
    return data;
  }
  if (method !== 8) throw broken();
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw broken();
  }
}
