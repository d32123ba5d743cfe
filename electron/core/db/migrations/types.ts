import type { Database } from 'better-sqlite3';

/** One step of the workspace schema. `up` runs inside a transaction opened by the runner. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
