import iconv from 'iconv-lite';

/**
 * Damages text the way the corpus files were damaged: UTF-8 bytes read as Windows-874
 * (Thai) with the bytes that code page leaves unmapped dropped, saved again as UTF-8.
 */
export function thaiMojibake(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (const byte of bytes) {
    if (byte < 0x80) { out += String.fromCharCode(byte); continue; }
    if (byte >= 0x80 && byte <= 0x9f) continue; // unmapped in TIS-620: dropped
    const ch = iconv.decode(Buffer.from([byte]), 'windows874');
    if (ch !== '\ufffd' && ch !== '') out += ch;
  }
  return out;
}

/**
 * The classic damage: UTF-8 bytes read as Windows-1252, the five bytes it leaves
 * undefined kept as C1 controls, as Windows and browsers do.
 */
export function latinMojibake(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const ch = iconv.decode(Buffer.from([byte]), 'windows-1252');
    out += ch === '\ufffd' ? String.fromCharCode(byte) : ch;
  }
  return out;
}
