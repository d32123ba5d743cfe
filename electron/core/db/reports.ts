import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import { ReportContent, type Report, type ReportSummary } from '../../../shared/reports.ts';
import { recordReportChange } from '../team/record.ts';
import { settleReportNames } from '../team/report-names.ts';
import { reportJson } from '../team/shared-report.ts';
import { writeTransaction } from './write.ts';

interface Row { id: number; name: string; content: string; updatedAt: string }

const EMPTY: ReportContent = { title: '', author: '', date: '', summary: '', sections: [{ heading: '', commentary: '', items: [] }] };

/** SQL for reports: each a name and its content as JSON, read back through the zod schema. */
export class ReportStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  list(): ReportSummary[] {
    return (this.db.prepare('SELECT id, name, content, updated_at AS updatedAt FROM reports ORDER BY updated_at DESC').all() as Row[]).map((r) => {
      const content = this.read(r);
      return { id: r.id, name: r.name, title: content?.title ?? '(unreadable)', updatedAt: r.updatedAt, items: content?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0 };
    });
  }

  get(id: number): Report {
    const row = this.db.prepare('SELECT id, name, content, updated_at AS updatedAt FROM reports WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new AssayError('NO_SUCH_REPORT', `There is no report ${id}; it may have been deleted.`);
    const content = this.read(row);
    // Never open a damaged report as empty: saving it would overwrite what is there.
    if (!content) throw new AssayError('BAD_REPORT', `Report "${row.name}" is stored in a form this Assay cannot read; it is left untouched. Export the workspace's reports table to recover it.`);
    return { ...content, id: row.id, name: row.name, updatedAt: row.updatedAt };
  }

  /** A report by its name, case-insensitively, for the CLI. */
  byName(name: string): Report {
    const row = this.db.prepare('SELECT id FROM reports WHERE name = ?').get(name.trim()) as { id: number } | undefined;
    if (!row) {
      const names = this.list().map((r) => `"${r.name}"`).join(', ');
      throw new AssayError('NO_SUCH_REPORT', `There is no report named "${name}".${names ? ` Reports: ${names}.` : ' Build one in the Reports panel first.'}`);
    }
    return this.get(row.id);
  }

  create(name: string, now: string): Report {
    return writeTransaction(this.db, () => {
      this.assertFree(name);
      const content: ReportContent = { ...EMPTY, title: name, date: now.slice(0, 10) };
      const id = Number(this.db.prepare('INSERT INTO reports (name, content, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(name, JSON.stringify(content), now, now).lastInsertRowid);
      this.shared(id, name, content);
      return this.get(id);
    });
  }

  save(id: number, name: string, content: ReportContent, now: string): Report {
    return writeTransaction(this.db, () => {
      this.get(id); // refused in words when the report is gone
      this.assertFree(name, id);
      this.db.prepare('UPDATE reports SET name = ?, content = ?, updated_at = ? WHERE id = ?').run(name, JSON.stringify(content), now, id);
      this.shared(id, name, content);
      settleReportNames(this.db);
      return this.get(id);
    });
  }

  delete(id: number): void {
    writeTransaction(this.db, () => {
      recordReportChange(this.db, id, 'exists', '0');
      this.db.prepare('DELETE FROM reports WHERE id = ?').run(id);
      settleReportNames(this.db);
    });
  }

  /** Each save goes to the team whole (once the workspace joined a hub). */
  private shared(id: number, name: string, content: ReportContent): void {
    recordReportChange(this.db, id, 'content', () => reportJson(this.db, name, content));
  }

  private assertFree(name: string, id?: number): void {
    const clash = this.db.prepare('SELECT id FROM reports WHERE name = ? AND id IS NOT ?').get(name, id ?? null);
    if (clash) throw new AssayError('REPORT_EXISTS', `There is already a report named "${name}"; choose another name.`);
  }

  /** The stored content, or null when it does not read (written by hand, damaged). */
  private read(row: Row): ReportContent | null {
    try {
      const parsed = ReportContent.safeParse(JSON.parse(row.content));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
