import { z } from 'zod';

/**
 * A hybrid logical clock stamp as text: wall milliseconds, counter and workspace id, fixed
 * width, so comparing the strings orders the changes (the workspace id breaks ties).
 */
export const Hlc = z.string().regex(/^\d{15}-\d{6}-[0-9a-f]+$/u, 'not a clock stamp');

/** The wall time and counter of a stamp. */
export function parseHlc(stamp: string): { wall: number; counter: number } {
  const [wall, counter] = stamp.split('-');
  return { wall: Number(wall), counter: Number(counter) };
}
