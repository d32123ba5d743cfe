import { AssayError } from '../../../shared/errors.ts';

/** What a DOCX may unpack to before Assay refuses it as a zip bomb. */
export const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/**
 * Reads a ZIP's central directory (without inflating anything) and refuses archives that
 * are not ZIPs, are cut short, hold too many entries, or declare more than MAX_UNPACKED
 * bytes unpacked, or an entry packed more than 1,000 to 1: a zip bomb never reaches the
 * DOCX reader.
 */
export function checkZip(bytes: Uint8Array, name: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (why: string) => new AssayError('BAD_DOCX', `${name} is damaged (${why}). If it opens in Word, save a new copy and import that.`);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw damaged('its table of contents is missing, so it was probably cut short');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries > MAX_ENTRIES) throw new AssayError('ZIP_BOMB', `${name} holds ${entries} parts, more than a Word document ever does; it was not opened.`);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged('its table of contents is broken');
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    total += unpacked;
    if (total > MAX_UNPACKED || (packed > 0 && unpacked / packed > 1000 && unpacked > 10 * 1024 * 1024)) {
      throw new AssayError('ZIP_BOMB', `${name} would unpack to more than ${MAX_UNPACKED / 1048576} MB (a zip bomb, or not a real Word document); it was not opened.`);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
