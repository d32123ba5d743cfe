import Database from 'better-sqlite3';
import { migrate } from '../../electron/core/db/migrations/index.ts';

/*
 * Another Assay opening an older workspace: `node migrate-child.ts FILE HOLD_MS` takes the write
 * lock, says "locked", holds it HOLD_MS, migrates the file to the latest schema and commits.
 */

const [file, holdMs] = process.argv.slice(2);
const db = new Database(file!);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
migrate(db);
db.exec('COMMIT');
db.close();
process.stdout.write('migrated\n');
