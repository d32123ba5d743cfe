import iconv from 'iconv-lite';
import type { Repair } from '../../../shared/repairs.ts';
import { RepairLog } from './repair-log.ts';
import { continuationCount, decodeUtf8, isContinuation, isPlausibleDecoding } from './utf8-bytes.ts';

/*
 * Repairs UTF-8 that was read as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for "é").
 * A run is replaced only when its characters map back to bytes that form complete,
 * plausible UTF-8 characters, so "café" or "naïve" never change.
 */

/** Byte value of each character Windows-1252 (or Latin-1, for C1 controls) gives to 0x80–0xFF. */
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const ch = iconv.decode(Buffer.from([byte]), 'windows-1252');
  if (ch !== '\ufffd') BYTE_OF.set(ch, byte);
  BYTE_OF.set(String.fromCharCode(byte), byte);
}

/** A lead character (Â–ô) followed by characters that stand for continuation bytes. */
const CANDIDATE = /[\u00c2-\u00f4][^\x00-\x7f\u00c0-\u00ff]*(?:[\u00a0-\u00bf][^\x00-\x7f\u00c0-\u00ff]*)*/gu;

function toBytes(run: string): number[] | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const byte = BYTE_OF.get(ch);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return bytes;
}

/** Decodes the longest prefix of `bytes` made of complete UTF-8 characters. */
function decodePrefix(bytes: number[]): { text: string; used: number } | null {
  let used = 0;
  let text = '';
  while (used < bytes.length) {
    const need = continuationCount(bytes[used]!);
    if (need < 0) break;
    const slice = bytes.slice(used, used + need + 1);
    if (slice.length !== need + 1 || !slice.slice(1).every(isContinuation)) break;
    const decoded = decodeUtf8(slice);
    if (decoded === null || !isPlausibleDecoding(decoded.codePointAt(0)!)) break;
    text += decoded;
    used += need + 1;
  }
  return used === 0 ? null : { text, used };
}

function repairOnce(text: string, log: RepairLog): string {
  return text.replace(CANDIDATE, (run) => {
    const chars = [...run];
    const bytes = toBytes(run);
    if (!bytes) return run;
    const decoded = decodePrefix(bytes);
    if (!decoded) return run;
    const repaired = decoded.text + chars.slice(decoded.used).join('');
    log.add(run, repaired);
    return repaired;
  });
}

/** Repairs Windows-1252/Latin-1 mojibake, twice over for text that was damaged twice. */
export function repairLatinMojibake(text: string): { text: string; repair: Repair | null } {
  const log = new RepairLog('mojibake', 'UTF-8 text that had been read as Windows-1252 or Latin-1');
  let out = repairOnce(text, log);
  if (log.result()) out = repairOnce(out, log);
  return { text: out, repair: log.result() };
}
