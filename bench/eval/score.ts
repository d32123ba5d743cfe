/** Precision, recall and F1 from counts of true positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** One printed row: name, counts, P, R, F1. */
export function row(name: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${name.padEnd(44)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}   ${precision.toFixed(3)}  ${recall.toFixed(3)}  ${f1.toFixed(3)}`;
}

export const HEADER = `${'set / field'.padEnd(44)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}   P      R      F1`;
