import { AssayError, isAssayError } from '../../../shared/errors.ts';
import type { HubAddress } from './hub-url.ts';

/** What Assay was doing with the hub, for the words of an error. */
export type HubAction = 'create' | 'join' | 'sync' | 'status';

const DOING: Record<HubAction, string> = { create: 'preparing the hub', join: 'joining', sync: 'the sync', status: 'reading the hub\'s status' };

/** What an analyst does next after a lost connection, by what was under way. */
const AGAIN: Record<HubAction, string> = {
  create: 'Nothing was changed on the hub (its preparation is one transaction); run "assay team create" again.',
  join: 'Run the join again from the same workspace.',
  sync: 'Nothing is lost: each batch pushed or pulled before it is kept, and the rest goes at the next sync; run the sync again (it resumes where it stopped).',
  status: 'Try again in a moment.',
};

/** SQLSTATEs and driver messages meaning the connection went away under a statement (a restart, an administrator, the network). */
const LOST_STATES = new Set(['57P01', '57P02', '57P03']);
const LOST_MESSAGE = /Connection terminated|connection error|not queryable|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up/iu;
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether an error is the hub's connection lost mid-way. */
export function connectionLost(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (typeof code === 'string' && (LOST_STATES.has(code) || code.startsWith('08') || LOST_CODES.has(code))) || LOST_MESSAGE.test(message ?? '');
}

/** Whether an error came from PostgreSQL (it carries a SQLSTATE and a severity). */
function fromServer(error: unknown): error is Error & { code: string } {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/u.test(code) && typeof severity === 'string';
}

/**
 * A failure met while talking to the hub, in words: what went wrong and what to do. Assay's
 * own errors pass as they are, and so does anything that is not the hub's (a bug, SQLite).
 */
export function hubErrorInWords(error: unknown, address: HubAddress, action: HubAction): unknown {
  if (isAssayError(error)) return error;
  const where = `${address.host}/${address.database}`;
  const message = (error as Error)?.message ?? String(error);
  if (connectionLost(error)) {
    return new AssayError('HUB_CONNECTION_LOST', `The connection to the team hub at ${where} was lost during ${DOING[action]} (${message}). ${AGAIN[action]}`, { cause: error });
  }
  if (fromServer(error)) {
    return new AssayError('HUB_ERROR', `The team hub at ${where} refused ${DOING[action]}: ${message} (PostgreSQL error ${error.code}). If it goes on, show this to whoever runs the hub.`, { cause: error });
  }
  return error;
}
