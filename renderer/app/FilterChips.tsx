/** A column filter the grid applies, as the chip above the grid names it. */
export interface ActiveFilter { colId: string; column: string; text: string }

/**
 * The grid's column filters as chips above it, each removable, so a filter set in a header
 * menu is never forgotten; and, when filters hide every row, a line saying so.
 */
export function FilterChips({ filters, hidingAll, onRemove, onClear }: {
  filters: ActiveFilter[];
  /** Filters of any kind (columns, quick filter, status, tag) hide every metric. */
  hidingAll: boolean;
  onRemove(colId: string): void;
  onClear(): void;
}) {
  if (!filters.length && !hidingAll) return null;
  return (
    <div className="filter-chips" role="group" aria-label="Active filters">
      {filters.map((f) => (
        <span key={f.colId} className="chip">
          {f.column} contains “{f.text}”
          <button className="chip-x" aria-label={`Remove the ${f.column} filter`} title="Remove this filter" onClick={() => onRemove(f.colId)}>×</button>
        </span>
      ))}
      {hidingAll && <span className="filter-note" role="status">The filters hide every metric.</span>}
      <button className="link" onClick={onClear}>Clear filters</button>
    </div>
  );
}
