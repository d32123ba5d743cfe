import type { Database } from 'better-sqlite3';

/**
 * Gives a freed report name (its report deleted or renamed) back to the report the team
 * calls by that name and that took a number here because of the clash ("Weekly (2)"), the
 * one with the smallest uid first: so a workspace where the two reports met ends with the
 * names of one where they never did. A workspace that never joined has no team names, and
 * nothing changes. Call in the transaction that freed the name, after it did.
 */
export function reclaimReportName(db: Database, freed: string): void {
  if (db.prepare('SELECT 1 FROM reports WHERE name = ?').get(freed)) return;
  const numbered = db.prepare(`SELECT r.id, json_extract(c.value, '$.name') AS name FROM reports r
      JOIN team_fields f ON f.kind = 'report' AND f.key = 'r:' || r.uid AND f.field = 'content' JOIN team_changes c ON c.id = f.change_id
    WHERE json_extract(c.value, '$.name') = ? COLLATE NOCASE AND r.name != json_extract(c.value, '$.name') ORDER BY r.uid LIMIT 1`)
    .get(freed) as { id: number; name: string } | undefined;
  if (numbered) db.prepare('UPDATE reports SET name = ? WHERE id = ?').run(numbered.name, numbered.id);
}
