import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Where Debian puts PostgreSQL's server binaries (the newest installed version). */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/u.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return process.env.ASSAY_PG_BIN ?? path.join(root, versions[0] ?? '15', 'bin');
}
const BIN = serverBin();

/** A throwaway PostgreSQL cluster on a loopback port, owned by the `postgres` system user. */
export interface Cluster {
  port: number;
  /** A URL for `database` as the superuser (trust authentication on loopback). */
  url(database: string, user?: string): string;
  /** Runs SQL as the superuser in `database`. */
  sql(database: string, text: string): Promise<void>;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** From now on `user` logs in over TCP only with a password (scram-sha-256); everyone else stays trusted. */
  requirePassword(user: string): Promise<void>;
  stop(): void;
}

/** Why the team suite cannot run here, or null when a cluster can be started. */
export function unavailable(): string | null {
  if (!fs.existsSync(path.join(BIN, 'initdb')) || !fs.existsSync(path.join(BIN, 'pg_ctl'))) {
    return `no PostgreSQL server binaries in ${BIN} (install Debian's postgresql package, as .ci/run does)`;
  }
  if (process.getuid?.() !== 0 && os.userInfo().username !== 'postgres') return 'PostgreSQL must run as the postgres user, which needs root (or running as postgres)';
  if (spawnSync('id', ['postgres']).status !== 0) return 'there is no postgres system user';
  return null;
}

/** Runs a server binary as the postgres user (initdb refuses root). */
function asPostgres(args: string[]): void {
  const command = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  execFileSync(command[0]!, command.slice(1), { stdio: 'pipe' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts a fresh cluster in a temp folder (a few seconds); `stop` removes it. */
export async function startCluster(): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  asPostgres([path.join(BIN, 'initdb'), '-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  asPostgres([path.join(BIN, 'pg_ctl'), '-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  const url = (database: string, user = 'postgres') => `postgresql://${user}@127.0.0.1:${port}/${database}`;
  const sql = async (database: string, text: string) => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try { await client.query(text); } finally { await client.end(); }
  };
  return {
    port, url, sql,
    async createDatabase(name) {
      await sql('postgres', `CREATE DATABASE ${name}`);
      return url(name);
    },
    async requirePassword(user) {
      // pg_hba.conf is read top down: this line comes before the cluster's trust lines.
      const hba = path.join(data, 'pg_hba.conf');
      fs.writeFileSync(hba, `host all ${user} 127.0.0.1/32 scram-sha-256\n${fs.readFileSync(hba, 'utf8')}`);
      await sql('postgres', 'SELECT pg_reload_conf()');
    },
    stop() {
      try { asPostgres([path.join(BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']); } catch { /* already gone */ }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
