import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AssayError } from '../../../shared/errors.ts';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as, in iconv-lite's spelling ("utf-8", "gb18030", …). */
  encoding: string;
}

/** chardet names mapped to the superset iconv-lite should decode with; a Map, since a page names its own charset. */
const SUPERSETS = new Map(Object.entries({
  'iso-8859-1': 'windows-1252',
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'shift_jis': 'shift_jis',
  'euc-kr': 'cp949',
}));

/**
 * Turns a file's bytes into text: a BOM wins, then UTF-16 recognised by its zero bytes,
 * then strict UTF-8, then the charset an HTML page declares, then statistical detection
 * (Windows-1252, GB18030, Shift-JIS, …). Throws for bytes that are not text.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (bytes.includes(0)) throw notText('it contains NUL bytes, the byte value 0 that binary files hold and text never does');
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const encoding = pickEncoding(bytes, declared);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function fromBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (a === 0xff && b === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

/** UTF-16 text without a BOM shows as zero bytes in every other position for Latin text. */
function guessUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function pickEncoding(bytes: Uint8Array, declared?: string | null): string {
  const wanted = normalise(declared);
  if (wanted && wanted !== 'utf-8' && iconv.encodingExists(wanted)) return wanted;
  for (const guess of chardet.analyse(bytes.subarray(0, 65536))) {
    const name = normalise(guess.name);
    if (name && name !== 'utf-8' && iconv.encodingExists(name)) return name;
  }
  return 'windows-1252';
}

function normalise(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  return SUPERSETS.get(lower) ?? lower;
}

function notText(why: string): AssayError {
  return new AssayError('NOT_TEXT', `This file is not text (${why}). Import PDF, DOCX, HTML, Markdown or TXT files.`);
}
