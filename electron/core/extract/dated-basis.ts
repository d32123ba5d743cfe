import type { Basis } from './changes.ts';
import { lastDay, type Period } from './periods.ts';

/*
 * Chinese changes measured from a day the sentence names by reference rather than by date:
 * 较上年末 (the end of last year), 较二季度末, 较上月末, 较上周四, 较9月18日, 较5月末. The day is
 * worked out from the sentence's own period, else the passage's year or the document's date.
 */

/** What the day is worked out from. */
export interface BasisReference {
  /** The sentence's first period (截至2025年6月30日, 6月末…). */
  periods: Period[];
  /** The passage's reporting period's year, when it states one. */
  passageYear: number | null;
  /** The document's date (YYYY-MM-DD). */
  date: string | null;
}

const DATED = /(?:较|比)(?:(上年末|上年年末|上年底|年初)|(?:第)?([一二三四])季度?末|(上月末|上月底|上个月末)|上周([一二三四五六日天])|(\d{1,2})月(?:(\d{1,2})日|(末|底))|(本?月初))\p{Script=Han}{0,4}$/u;
const WEEKDAYS = '一二三四五六日';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day a Chinese change is measured from, when it names one: 较上年末增长6.3% is since the last day of last year. */
export function datedBasis(textBefore: string, ref: BasisReference): { basis: Basis; since: string } | null {
  const m = DATED.exec(textBefore);
  if (!m) return null;
  const anchor = ref.periods[0]?.end ?? null;
  const year = Number(anchor?.slice(0, 4)) || ref.passageYear || Number(ref.date?.slice(0, 4)) || null;
  if (!year) return null;
  if (m[1]) return since(`${year - 1}-12-31`);
  if (m[2]) return since(monthEnd(year, ('一二三四'.indexOf(m[2]) + 1) * 3));
  if (m[3]) {
    const month = Number((anchor ?? ref.date)?.slice(5, 7));
    if (!month) return null;
    return since(month === 1 ? `${year - 1}-12-31` : monthEnd(year, month - 1));
  }
  if (m[4]) return ref.date ? since(lastWeek(ref.date, m[4])) : null;
  // 较月初减少约30%: since the first day of the month the note is written in.
  if (m[8]) return ref.date && ref.date.length >= 7 ? since(`${ref.date.slice(0, 7)}-01`) : null;
  const month = Number(m[5]);
  if (month < 1 || month > 12) return null;
  if (m[7]) return since(monthEnd(year, month));
  const dayOfMonth = Number(m[6]);
  return dayOfMonth >= 1 && dayOfMonth <= lastDay(year, month) ? since(iso(year, month, dayOfMonth)) : null;
}

function since(day: string): { basis: Basis; since: string } {
  return { basis: 'since', since: day };
}

function monthEnd(year: number, month: number): string {
  return iso(year, month, lastDay(year, month));
}

/** 上周四 said on `date`: that weekday of the week before the date's week (weeks start on Monday). */
function lastWeek(date: string, weekday: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const target = weekday === '天' ? 6 : WEEKDAYS.indexOf(weekday);
  d.setUTCDate(d.getUTCDate() - dow - 7 + target);
  return d.toISOString().slice(0, 10);
}
