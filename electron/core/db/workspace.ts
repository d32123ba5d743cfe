import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations/index.ts';

/** PRAGMA application_id of Assay workspaces: "ASAY" in ASCII. */
export const APPLICATION_ID = 0x41534159;

export interface Workspace {
  path: string;
  db: Database;
  /** Where the pre-migration copy was written, when this open migrated an older file. */
  backupPath: string | null;
}

/*
 * SQLite's page cache (the default is 2 MB) and where its sorts and temporary tables go.
 * The connection that answers the workbench keeps a smaller cache, since what it fills at
 * launch on a big workspace stays resident for the session, and sorts on disk: a big sort
 * held in memory (bm25 over a million matches) left the next queries slower by about 170 ms
 * each (search for "the": 2 ms before it, 170 ms after). Import and export
 * threads write and read in bulk, each index updated per row, and keep both in memory.
 */
const ANSWERING = { cacheMb: 16, tempInMemory: false, checkpointPages: 1000 };
/**
 * The import's writer commits a group of files at a time, several thousand pages, so at
 * SQLite's default (a checkpoint once the WAL passes 1,000 pages) every commit was followed by
 * a checkpoint that copied again the pages each group rewrites (index leaves, the search
 * index's segments). Checkpointing every 10,000 pages (40 MB of WAL) took about a sixth off
 * the writer's CPU time; the import checkpoints what is left when it ends.
 */
const BULK = { cacheMb: 64, tempInMemory: true, checkpointPages: 10_000 };

/**
 * Opens (creating if needed) the workspace file at `file`, brings its schema up to date and
 * returns the connection. Refuses files written by a newer Assay and SQLite files that are
 * not Assay workspaces, without changing them. Before migrating an existing file, a copy is
 * written beside it with SQLite's backup API.
 */
export async function openWorkspace(file: string): Promise<Workspace> {
  const resolved = path.resolve(file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const db = connect(resolved);
  try {
    const version = checkFile(db, resolved);
    configure(db, ANSWERING);
    let backupPath: string | null = null;
    if (version > 0 && version < LATEST_VERSION) {
      backupPath = backupName(resolved, version);
      await db.backup(backupPath);
    }
    if (version < LATEST_VERSION) {
      migrate(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    return { path: resolved, db, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens a second connection to a workspace that is already at the latest schema, for
 * worker threads. It never migrates: the thread that owns the workspace did that.
 */
export function attachWorkspace(file: string): Database {
  const db = connect(file);
  configure(db, BULK);
  if (schemaVersion(db) !== LATEST_VERSION) {
    db.close();
    throw new AssayError('WORKSPACE_NOT_READY', `${file} is not at schema ${LATEST_VERSION}; open it with openWorkspace first.`);
  }
  return db;
}

/** Opens the file without writing to it, so a refused file stays byte-for-byte the same. */
function connect(file: string): Database {
  try {
    const db = new BetterSqlite3(file);
    db.pragma('schema_version'); // reads the header: fails here for a file that is not SQLite
    return db;
  } catch (error) {
    throw new AssayError(
      'WORKSPACE_UNREADABLE',
      `Cannot open ${file} as a workspace: ${(error as Error).message}. Choose an Assay workspace file (.assay) or a new file name.`,
    );
  }
}

function configure(db: Database, { cacheMb, tempInMemory, checkpointPages }: typeof ANSWERING): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${cacheMb * 1024}`);
  if (tempInMemory) db.pragma('temp_store = MEMORY');
  db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
}

/** Returns the file's schema version, or throws if this build must not touch it. */
function checkFile(db: Database, file: string): number {
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    throw new AssayError(
      'WORKSPACE_TOO_NEW',
      `${file} was written by a newer version of Assay (workspace format ${version}; this version reads up to ${LATEST_VERSION}). Update Assay to open it; the file was not changed.`,
    );
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || version > 0 || tables.n > 0)) {
    throw new AssayError(
      'NOT_A_WORKSPACE',
      `${file} is an SQLite database but not an Assay workspace. Choose another file; this one was not changed.`,
    );
  }
  return version;
}

function backupName(file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/u, '');
  return `${file}.v${version}-${stamp}.bak`;
}
