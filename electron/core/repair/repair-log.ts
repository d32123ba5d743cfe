import type { Repair } from '../../../shared/repairs.ts';

const MAX_EXAMPLES = 5;

/** Collects repairs of one kind while a pass runs, keeping a few distinct examples. */
export class RepairLog {
  private readonly repair: Repair;
  private readonly seen = new Set<string>();

  constructor(kind: Repair['kind'], description: string) {
    this.repair = { kind, description, count: 0, examples: [] };
  }

  add(before: string, after: string): void {
    this.repair.count++;
    const key = `${before}\u0000${after}`;
    if (this.seen.has(key) || this.repair.examples.length >= MAX_EXAMPLES) return;
    this.seen.add(key);
    this.repair.examples.push({ before, after });
  }

  /** The repair, or null when nothing was changed. */
  result(): Repair | null {
    return this.repair.count > 0 ? this.repair : null;
  }
}
