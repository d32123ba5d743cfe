import fs from 'node:fs';

const PAGE = 4096;

/**
 * The resident memory of another process in bytes, or null where the system does not say
 * cheaply (Linux's /proc is read; elsewhere the reader's heap limit is the memory bound).
 */
export function processRss(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const resident = Number(fs.readFileSync(`/proc/${pid}/statm`, 'ascii').split(' ')[1]);
    return Number.isFinite(resident) ? resident * PAGE : null;
  } catch {
    return null; // the process has just ended
  }
}
