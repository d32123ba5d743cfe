import type { z } from 'zod';
import { HubChange } from './change.ts';
import { normalizeHlc } from './hlc.ts';

/** Hub rows as a pull reads them: the changes this Assay can read, and what it had to skip. */
export interface ReadRows { changes: HubChange[]; skipped: number; first: string | null }

/** Where and why a row failed, in words: the change, who sent it, the first problem. */
function describe(row: Record<string, unknown>, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const id = typeof row.id === 'string' ? row.id : '(no id)';
  const author = typeof row.author === 'string' ? row.author : 'an unknown analyst';
  return `change ${id} by ${author}: ${issue.message} at ${issue.path.join('.') || 'the row'}`;
}

/**
 * Reads hub rows through zod. A stamp an earlier clock let run past six counter digits is
 * read as the stamp it stands for; a row that still cannot be read is skipped (and counted)
 * rather than stopping the pull, as it otherwise would at every pull, for the whole team.
 */
export function readRows(rows: Array<Record<string, unknown>>): ReadRows {
  const out: ReadRows = { changes: [], skipped: 0, first: null };
  for (const row of rows) {
    const parsed = HubChange.safeParse(typeof row.hlc === 'string' ? { ...row, hlc: normalizeHlc(row.hlc) } : row);
    if (parsed.success) {
      out.changes.push(parsed.data);
      continue;
    }
    out.skipped++;
    out.first ??= describe(row, parsed.error);
  }
  return out;
}

/** What a pull that skipped changes says about them, or null when it skipped none. */
export function skippedWarning(skipped: number, first: string | null): string | null {
  if (!skipped) return null;
  return `Skipped ${skipped === 1 ? 'a change' : `${skipped} changes`} on the hub this Assay cannot read (${first}); everything else was applied. `
    + 'It was sent by a damaged or newer Assay: whoever made it updates Assay and makes that edit again.';
}
