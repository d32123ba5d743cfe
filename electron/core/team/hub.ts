import type pg from 'pg';
import { AssayError } from '../../../shared/errors.ts';
import { clientConfig, type HubAddress } from './hub-url.ts';
import { HUB_LATEST, HUB_MIGRATIONS } from './hub-migrations.ts';
import { HUB_TIMEOUTS, type HubTimeouts } from './hub-timeouts.ts';

/** What the connected login may do on the hub, from PostgreSQL's own privileges. */
export type HubRole = 'editor' | 'viewer';

/** An advisory lock key for hub migrations (any constant shared by all Assay builds). */
const MIGRATE_LOCK = 0x41534159;

/** The hub's two group roles, named after its database so several hubs share a cluster. */
export function roleNames(database: string): { editor: string; viewer: string } {
  return { editor: `${database}_editor`, viewer: `${database}_viewer` };
}

const quote = (name: string) => `"${name.replace(/"/gu, '""')}"`;

/** A role's name as SQL to paste: bare where PostgreSQL reads it unchanged, else quoted. */
const sqlName = (name: string) => (/^[a-z_][a-z0-9_$]*$/u.test(name) ? name : quote(name));

/** Opens a connection to the hub; an unreachable hub or a refused login is HUB_UNREACHABLE in words. */
export async function connectHub(address: HubAddress, password: string | null = null, timeouts: HubTimeouts = HUB_TIMEOUTS): Promise<pg.Client> {
  // Loaded at the first sync: a workspace that never joins a hub never loads the driver.
  const { default: driver } = await import('pg');
  const client = new driver.Client(clientConfig(address, password, timeouts));
  // An idle client whose server goes away emits 'error'; without a listener it would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    if (asksForPassword(error)) throw new AssayError('HUB_PASSWORD', `The team hub at ${address.host}/${address.database} asks ${address.user ?? 'this login'} for a password${password === null ? '' : ', and the one given was refused'}. In the workbench, enter it beside the Sync button; for the assay command, set PGPASSWORD or add it to ~/.pgpass.`);
    throw new AssayError('HUB_UNREACHABLE', `Cannot reach the team hub at ${address.host}/${address.database}: ${(error as Error).message}. Check the address, that PostgreSQL runs there, and the password (PGPASSWORD or ~/.pgpass).`);
  }
  return client;
}

/**
 * Whether a failed connection was the server asking for a password it did not get or refused:
 * a wrong one is SQLSTATE 28P01; a missing one fails in pg itself before anything is sent.
 */
function asksForPassword(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  if (code === '28P01') return true;
  return /password/iu.test(message ?? '') && /must be a string|not provided|no password/iu.test(message ?? '');
}

/** The hub's format version, or null when the database holds no hub. */
async function hubVersion(client: pg.Client): Promise<number | null> {
  const exists = await client.query(`SELECT to_regclass('assay.hub_version') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return null;
  const row = await client.query('SELECT max(version) AS version FROM assay.hub_version');
  return Number(row.rows[0].version ?? 0);
}

/**
 * Makes sure the database is a hub this Assay can use, and says what the login may do.
 * A hub written by a newer Assay is refused: its changes may use fields this one would drop.
 */
export async function checkHub(client: pg.Client, address: HubAddress): Promise<{ version: number; role: HubRole }> {
  await mayRead(client, address);
  const version = await hubVersion(client);
  if (version === null) throw new AssayError('NOT_A_HUB', `${address.host}/${address.database} is not an Assay team hub. Prepare it once with "assay team create URL".`);
  tooNew(version, address);
  if (version < HUB_LATEST) throw new AssayError('HUB_TOO_OLD', `The hub at ${address.host}/${address.database} is at hub format ${version}; this Assay needs ${HUB_LATEST}. Whoever created it runs "assay team create URL" again to upgrade it.`);
  const write = await client.query(`SELECT has_table_privilege('assay.changes', 'INSERT') AS write`);
  return { version, role: write.rows[0].write ? 'editor' : 'viewer' };
}

/**
 * Refuses, in words, a login that is in neither of the hub's roles: the schema is there, but
 * this login may not use it (PostgreSQL would say "permission denied for schema assay"). Says
 * who grants which role, to whom.
 */
async function mayRead(client: pg.Client, address: HubAddress): Promise<void> {
  const row = await client.query(`SELECT current_user AS login, to_regnamespace('assay') IS NOT NULL AS present,
    CASE WHEN to_regnamespace('assay') IS NULL THEN false ELSE has_schema_privilege('assay', 'USAGE') END AS usable`);
  const { login, present, usable } = row.rows[0] as { login: string; present: boolean; usable: boolean };
  if (!present || usable) return;
  const roles = roleNames(address.database);
  const [editor, viewer, who] = [roles.editor, roles.viewer, login].map(sqlName);
  throw new AssayError('HUB_NO_ROLE', `The login ${login} is in neither of the hub's roles at ${address.host}/${address.database} (${roles.editor} to edit, ${roles.viewer} to read only), so it may not read the hub. Whoever owns the hub grants one, e.g. GRANT ${editor} TO ${who}; (or GRANT ${viewer} TO ${who}; for a viewer), then try again.`);
}

function tooNew(version: number, address: HubAddress): void {
  if (version <= HUB_LATEST) return;
  throw new AssayError('HUB_TOO_NEW', `The hub at ${address.host}/${address.database} was prepared by a newer Assay (hub format ${version}; this version reads up to ${HUB_LATEST}). Update Assay to sync with it; nothing was changed.`);
}

/**
 * Prepares an empty database as a hub, or upgrades a hub from an older Assay: the schema
 * `assay`, the editor and viewer roles, and each numbered step with its version row, all
 * in one transaction. A database holding tables of its own is refused untouched.
 */
export async function prepareHub(client: pg.Client, address: HubAddress): Promise<{ from: number; to: number; roles: { editor: string; viewer: string } }> {
  const roles = roleNames(address.database);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    const from = await hubVersion(client) ?? await startHub(client, address, roles);
    tooNew(from, address);
    for (const step of HUB_MIGRATIONS) {
      if (step.version <= from) continue;
      await client.query(step.sql({ editor: quote(roles.editor), viewer: quote(roles.viewer) }));
      await client.query('INSERT INTO assay.hub_version (version, name) VALUES ($1, $2)', [step.version, step.name]);
    }
    await client.query('COMMIT');
    return { from, to: HUB_LATEST, roles };
  } catch (error) {
    await client.query('ROLLBACK');
    if (error instanceof AssayError) throw error;
    throw new AssayError('HUB_CREATE_FAILED', `Could not prepare ${address.host}/${address.database} as a hub: ${(error as Error).message}. The login needs to own the database and may create roles (CREATEROLE).`);
  }
}

/** The version table and roles of a new hub, in an empty database; returns version 0. */
async function startHub(client: pg.Client, address: HubAddress, roles: { editor: string; viewer: string }): Promise<number> {
  const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
  if (tables.rows[0].n > 0) throw new AssayError('HUB_NOT_EMPTY', `${address.host}/${address.database} already holds ${tables.rows[0].n} tables of its own; a hub is prepared in an empty database. Create one (CREATE DATABASE) and give its URL.`);
  for (const role of [roles.viewer, roles.editor]) {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (!exists.rowCount) await client.query(`CREATE ROLE ${quote(role)} NOLOGIN`);
  }
  await client.query(`CREATE SCHEMA assay;
    REVOKE ALL ON SCHEMA assay FROM PUBLIC;
    CREATE TABLE assay.hub_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());`);
  return 0;
}
