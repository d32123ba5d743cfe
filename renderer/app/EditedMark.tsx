import type { MetricRow } from '../../shared/metrics.ts';
import { auditNote, type AuditedField } from '../../shared/format.ts';

/**
 * The ✎ before a grid cell the analyst corrected, with the extracted original in its tooltip.
 * Each cell asks about its own field: an edited period and entity mark those cells, not the value.
 */
export function EditedMark({ data, field }: { data?: MetricRow; field: AuditedField }) {
  const audit = data ? auditNote(data, field) : null;
  return audit ? <><span className="audit-mark" title={audit} aria-label={audit}>✎</span>{' '}</> : null;
}
