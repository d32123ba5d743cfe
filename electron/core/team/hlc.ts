import { z } from 'zod';

/**
 * A hybrid logical clock stamp as text: wall milliseconds, counter and workspace id, fixed
 * width, so comparing the strings orders the changes (the workspace id breaks ties).
 */
export const Hlc = z.string().regex(/^\d{15}-\d{6}-[0-9a-f]+$/u, 'not a clock stamp');

/** The largest counter a stamp holds: past it the wall moves on a millisecond instead (see CLOCK_TICK_SQL). */
export const MAX_COUNTER = 999_999;

/** The wall time and counter of a stamp. */
export function parseHlc(stamp: string): { wall: number; counter: number } {
  const [wall, counter] = stamp.split('-');
  return { wall: Number(wall), counter: Number(counter) };
}

/**
 * A stamp whose counter an earlier clock let run past six digits, as the stamp it stands for
 * (the wall moved on by the overflow's millions, the counter what is left), so a hub already
 * holding one is read rather than refused; any other text is returned as it is.
 */
export function normalizeHlc(stamp: string): string {
  const overflow = /^(\d{15})-(\d{7,})-([0-9a-f]+)$/u.exec(stamp);
  if (!overflow) return stamp;
  const counter = Number(overflow[2]);
  const wall = Number(overflow[1]) + Math.floor(counter / (MAX_COUNTER + 1));
  return `${String(wall).padStart(15, '0')}-${String(counter % (MAX_COUNTER + 1)).padStart(6, '0')}-${overflow[3]}`;
}

/**
 * The clock after receiving a stamp (hybrid logical clock receive): later than both the local
 * clock and the stamp, the wall moved on a millisecond where the counter would pass its end.
 */
export function receiveHlc(local: { wall: number; counter: number }, remote: { wall: number; counter: number }): { wall: number; counter: number } {
  const wall = Math.max(local.wall, remote.wall);
  const counter = wall === local.wall && wall === remote.wall ? Math.max(local.counter, remote.counter) + 1
    : wall === local.wall ? local.counter + 1 : remote.counter + 1;
  return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter };
}
