import { AssayError, isAssayError } from '../../../shared/errors.ts';
import type { HubAddress } from './hub-url.ts';
import { HUB_TIMEOUTS, inSeconds, type HubTimeouts } from './hub-timeouts.ts';

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

/**
 * SQLSTATEs and driver messages meaning the connection went away under a statement (a restart,
 * an administrator, the network, the server's idle-in-transaction timeout).
 */
const LOST_STATES = new Set(['57P01', '57P02', '57P03', '25P03']);
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

/** A timeout on the hub in words, or null when the error is none: which wait ran out, and what to do. */
function timedOut(error: unknown, where: string, action: HubAction, t: HubTimeouts): AssayError | null {
  const { code, message } = error as { code?: string; message?: string };
  const after = 'Nothing is lost; sync again later, and if it goes on, tell whoever runs the hub.';
  if (code === '55P03') {
    return new AssayError('HUB_TIMEOUT', `The team hub at ${where} kept ${DOING[action]} waiting for a lock for more than ${inSeconds(t.lockMs)}: another sync's push, or a task on the hub, holds it. ${after}`, { cause: error });
  }
  if (code === '57014' && /statement timeout/iu.test(message ?? '')) {
    return new AssayError('HUB_TIMEOUT', `A step of ${DOING[action]} ran on the team hub at ${where} for more than ${inSeconds(t.statementMs)} and was stopped: the hub is overloaded or the link slow. ${after}`, { cause: error });
  }
  if (/Query read timeout/iu.test(message ?? '')) {
    return new AssayError('HUB_TIMEOUT', `The team hub at ${where} stopped answering during ${DOING[action]} (no reply in ${inSeconds(t.replyMs)}): the server or the network between is down or stuck. ${after}`, { cause: error });
  }
  return null;
}

/**
 * A failure met while talking to the hub, in words: what went wrong and what to do. Assay's
 * own errors pass as they are, and so does anything that is not the hub's (a bug, SQLite).
 */
export function hubErrorInWords(error: unknown, address: HubAddress, action: HubAction, timeouts: HubTimeouts = HUB_TIMEOUTS): unknown {
  if (isAssayError(error)) return error;
  const where = `${address.host}/${address.database}`;
  const message = (error as Error)?.message ?? String(error);
  const late = timedOut(error, where, action, timeouts);
  if (late) return late;
  if (connectionLost(error)) {
    return new AssayError('HUB_CONNECTION_LOST', `The connection to the team hub at ${where} was lost during ${DOING[action]} (${message}). ${AGAIN[action]}`, { cause: error });
  }
  if (fromServer(error)) {
    return new AssayError('HUB_ERROR', `The team hub at ${where} refused ${DOING[action]}: ${message} (PostgreSQL error ${error.code}). If it goes on, show this to whoever runs the hub.`, { cause: error });
  }
  return error;
}
