import type { ReportSection } from '../../../shared/reports.ts';

/** Where an item sits: its section and its index there. */
export interface Place { section: number; index: number }

/**
 * Moves an item to before `to.index` of `to.section` (an index past the end appends),
 * within a section or across sections; returns new sections, leaving the old ones alone.
 */
export function moveItem(sections: ReportSection[], from: Place, to: Place): ReportSection[] {
  const item = sections[from.section]?.items[from.index];
  if (!item || !sections[to.section]) return sections;
  const next = sections.map((s) => ({ ...s, items: [...s.items] }));
  next[from.section]!.items.splice(from.index, 1);
  const index = from.section === to.section && from.index < to.index ? to.index - 1 : to.index;
  next[to.section]!.items.splice(Math.min(index, next[to.section]!.items.length), 0, item);
  return next;
}
