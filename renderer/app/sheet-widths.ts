import type { SheetPeriod } from '../../shared/sheet.ts';
import { wholeMonths } from '../../shared/period-shift.ts';

/*
 * The widths of the period sheet's columns (PeriodSheet.tsx), and how it opens on its newest
 * periods.
 */

/** A period's value column. */
export const VALUE_WIDTH = 104;
// Wide enough for "+727.3%" and "+3.75 pp" at the grid's font with its padding (64 cut them to "+72…").
export const CHANGE_WIDTH = 80;

/** Q/Q is only said of quarters; Y/Y of any period. */
export const isQuarter = (p: SheetPeriod) => wholeMonths(p.start, p.end) === 3;
export const widthOf = (p: SheetPeriod, derived: boolean) => VALUE_WIDTH + (derived ? CHANGE_WIDTH * (isQuarter(p) ? 2 : 1) : 0);

/** The leaf columns of a period, with their widths as drawn at first. */
function leavesOf(p: SheetPeriod, derived: boolean): Array<{ key: string; width: number }> {
  if (!derived) return [{ key: `p:${p.key}`, width: VALUE_WIDTH }];
  return [{ key: `p:${p.key}`, width: VALUE_WIDTH }, ...(isQuarter(p) ? [{ key: `qoq:${p.key}`, width: CHANGE_WIDTH }] : []), { key: `yoy:${p.key}`, width: CHANGE_WIDTH }];
}

/**
 * Column widths that open the sheet on its newest periods, as many as fit whole, filling the
 * room to its right edge; null when every period fits (nothing is scrolled off, nothing moves).
 * A blank gutter after the last period once stood where older periods could have been seen.
 */
export function newestFitting(periods: SheetPeriod[], derived: boolean, room: number): Array<{ key: string; newWidth: number }> | null {
  let used = 0;
  let from = periods.length;
  while (from > 0 && used + widthOf(periods[from - 1]!, derived) <= room) used += widthOf(periods[--from]!, derived);
  if (from === 0) return null;
  const widths = periods.flatMap((p) => leavesOf(p, derived)).map((c) => ({ key: c.key, newWidth: c.width }));
  // None fits whole (a narrow window with Q/Q and Y/Y): the columns stay as they are, the newest at the right edge.
  if (!used) return widths;
  for (const c of widths) c.newWidth = Math.floor(c.newWidth * (room / used));
  // What the rounding left goes to the newest column, so the periods shown fill the room to the pixel.
  const shown = widths.slice(widths.length - periods.slice(from).flatMap((p) => leavesOf(p, derived)).length);
  widths[widths.length - 1]!.newWidth += room - shown.reduce((sum, c) => sum + c.newWidth, 0);
  return widths;
}
