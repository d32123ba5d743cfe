import type { ReportSummary } from '../../../shared/reports.ts';

/** The workspace's reports, last saved first, each one click from opening: what the builder shows with none open. */
export function SavedReports({ reports, onOpen }: { reports: ReportSummary[]; onOpen(id: number): void }) {
  if (!reports.length) return null;
  return (
    <ul className="saved-reports" aria-label="Saved reports">
      {reports.map((r) => (
        <li key={r.id}>
          <button data-name={r.name} onClick={() => onOpen(r.id)}>
            <span className="saved-report-name">{r.name}</span>
            {r.title && r.title !== r.name && <span className="saved-report-title">{r.title}</span>}
            <span className="muted">{r.items} item{r.items === 1 ? '' : 's'} · saved {r.updatedAt.slice(0, 10)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
