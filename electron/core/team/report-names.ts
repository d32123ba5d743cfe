import type { Database } from 'better-sqlite3';

/** SQLite's NOCASE folds ASCII letters only; names are compared as the UNIQUE index compares them. */
const fold = (name: string) => name.replace(/[A-Z]/gu, (c) => c.toLowerCase());

/** The first "NAME (n)", from 2 up, that is free. */
function numbered(claim: string, free: (name: string) => boolean): string {
  for (let n = 2; ; n++) {
    const name = `${claim.slice(0, 110)} (${n})`;
    if (free(name)) return name;
  }
}

interface Named { id: number; uid: string; name: string; claim: string }

/**
 * Names every report from the set of reports alone, so workspaces holding the same reports
 * show the same names whatever order they arrived in. A report claims the name the team
 * last saved it under (its own name where it was never shared). Of reports claiming one
 * name, the one with the smallest uid holds it and the others take "NAME (n)", in uid
 * order, each the first number no report claims and no earlier one took. A workspace that
 * never joined has one claim per report, its own name, and nothing changes. `pending`
 * names a report whose claim is not recorded yet (a copy being written). Call in the
 * transaction that wrote, renamed or deleted a report, after it did.
 */
export function settleReportNames(db: Database, pending?: { uid: string; name: string }): void {
  const reports = (db.prepare(`SELECT r.id, r.uid, r.name, coalesce(json_extract(c.value, '$.name'), r.name) AS claim FROM reports r
      LEFT JOIN team_fields f ON f.kind = 'report' AND f.key = 'r:' || r.uid AND f.field = 'content' LEFT JOIN team_changes c ON c.id = f.change_id
    ORDER BY r.uid`).all() as Named[]).map((r) => (r.uid === pending?.uid ? { ...r, claim: pending.name } : r));
  const claimed = new Set(reports.map((r) => fold(r.claim)));
  const taken = new Set<string>();
  const wanted = new Map<number, string>();
  const free = (name: string) => !taken.has(fold(name)) && !claimed.has(fold(name));
  for (const report of reports) {
    const name = taken.has(fold(report.claim)) ? numbered(report.claim, free) : report.claim;
    taken.add(fold(name));
    if (name !== report.name) wanted.set(report.id, name);
  }
  if (!wanted.size) return;
  // Two steps, so no rename meets a name another report is about to let go of (no NUL in the
  // interim name: NOCASE stops comparing at one).
  const rename = db.prepare('UPDATE reports SET name = ? WHERE id = ?');
  for (const id of wanted.keys()) rename.run(`\u0001settling ${id}`, id);
  for (const [id, name] of wanted) rename.run(name, id);
}
