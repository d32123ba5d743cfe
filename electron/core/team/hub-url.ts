import fs from 'node:fs';
import type { ClientConfig } from 'pg';
import { AssayError } from '../../../shared/errors.ts';
import { HUB_TIMEOUTS, timeoutConfig, type HubTimeouts } from './hub-timeouts.ts';

/** Hosts a hub may be reached on without TLS: this machine only. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** sslmode values that check the server's certificate and name. */
const VERIFYING = new Set(['verify-full', 'verify-ca']);

/** A hub's address as kept in the workspace: never with a password. */
export interface HubAddress {
  /** postgresql://user@host:port/db?… without the password. */
  url: string;
  host: string;
  database: string;
  user: string | null;
  loopback: boolean;
}

/**
 * Reads a hub URL typed by the analyst. The password, when one is written in it, is split
 * off: it may be used for this connection but the workspace only ever keeps `url`.
 */
export function parseHubUrl(text: string): { address: HubAddress; password: string | null } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AssayError('USAGE', `"${redacted(text)}" is not a PostgreSQL URL; write it as postgresql://USER@HOST:PORT/DATABASE.`);
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new AssayError('USAGE', `A hub URL starts with postgresql:// (got ${url.protocol}//).`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//u, ''));
  if (!url.hostname || !database) throw new AssayError('USAGE', 'A hub URL names a host and a database: postgresql://USER@HOST:PORT/DATABASE.');
  // "?password=…" is split off as a password written before the host is.
  const given = url.searchParams.get('password');
  const password = url.password ? decodeURIComponent(url.password) : given;
  url.password = '';
  url.searchParams.delete('password');
  checkParameters(url.searchParams);
  const host = url.hostname;
  const address = { url: url.toString(), host, database, user: url.username ? decodeURIComponent(url.username) : null, loopback: LOOPBACK.has(host) };
  requireTls(address, url.searchParams.get('sslmode'));
  return { address, password };
}

/**
 * The parameters a hub URL may carry: how TLS is checked, and the files of a team's own certificate authority or a
 * client certificate. Any other would be handed to the PostgreSQL driver, which lets them override what Assay sets:
 * "host=" would reach another machine than the one checked for TLS, "ssl=0" would turn TLS off.
 */
const PARAMETERS = new Set(['sslmode', 'sslrootcert', 'sslcert', 'sslkey']);

function checkParameters(params: URLSearchParams): void {
  for (const name of params.keys()) {
    if (PARAMETERS.has(name)) continue;
    throw new AssayError('USAGE', `A hub URL may not carry the parameter "${name}": the host, port, user and database are written in the URL itself (postgresql://USER@HOST:PORT/DATABASE), and the only parameters are sslmode, sslrootcert, sslcert and sslkey. Remove "${name}=" from the URL.`);
  }
}

/** A URL as it may be shown: without a password, wherever it was written. */
function redacted(text: string): string {
  // Up to the last "@": a password may hold "/" or "@" itself, which stops the URL parsing at all.
  const scheme = text.indexOf('://');
  const at = text.lastIndexOf('@');
  const user = scheme >= 0 && at > scheme ? text.slice(scheme + 3, at) : null;
  const hidden = user !== null && user.includes(':') ? `${text.slice(0, scheme + 3)}${user.slice(0, user.indexOf(':'))}:***${text.slice(at)}` : text;
  return hidden.replace(/([?&]password=)[^&]*/giu, '$1***');
}

/** The certificate files a hub URL names, read: a team's own certificate authority, a client certificate and key. */
function certificates(params: URLSearchParams): { ca?: string; cert?: string; key?: string } {
  const read = (name: string) => {
    const file = params.get(name);
    if (file === null) return undefined;
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new AssayError('USAGE', `Cannot read ${name}=${file} named in the hub URL: ${(error as Error).message}. Give the full path of the PEM file.`);
    }
  };
  const found = { ca: read('sslrootcert'), cert: read('sslcert'), key: read('sslkey') };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

/**
 * Off this machine, a hub is reached over TLS with the certificate checked: the changes
 * carry an analyst's sources and notes, and a password sent in clear could be read on the way.
 */
function requireTls(address: HubAddress, sslmode: string | null): void {
  if (address.loopback || sslmode === null || VERIFYING.has(sslmode)) return;
  throw new AssayError('HUB_INSECURE', `The hub at ${address.host} is not on this machine, so Assay connects to it only over TLS with its certificate verified; sslmode=${sslmode} would not verify it. Remove sslmode from the URL, or set sslmode=verify-full.`);
}

/**
 * The pg client settings for a hub. The password comes from the argument, else from pg's
 * own PGPASSWORD and ~/.pgpass lookup (it is never read from the workspace). TLS with
 * certificate verification for any host but loopback. Timeouts on connecting, each lock wait,
 * statement and reply, and TCP keepalive, so a sync never waits on the hub for ever.
 */
export function clientConfig(address: HubAddress, password: string | null, timeouts: HubTimeouts = HUB_TIMEOUTS): ClientConfig {
  const url = new URL(address.url);
  const sslmode = url.searchParams.get('sslmode');
  const files = certificates(url.searchParams);
  // pg reads these itself with its own (weaker) meanings, and lets them override `ssl`: TLS is set here instead.
  for (const name of PARAMETERS) url.searchParams.delete(name);
  const tls = !address.loopback || (sslmode !== null && sslmode !== 'disable');
  // In the connection string: pg lets what it parses from one override a separate `password` option.
  if (password !== null) url.password = encodeURIComponent(password);
  return {
    connectionString: url.toString(),
    ssl: tls ? { rejectUnauthorized: true, servername: address.host, ...files } : false,
    ...timeoutConfig(timeouts),
    application_name: 'assay',
  };
}
