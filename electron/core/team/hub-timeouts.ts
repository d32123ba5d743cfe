/**
 * How long a sync waits on the hub before it gives up in words, rather than leave the
 * workbench on "Syncing…" (and the command hanging) for ever. Generous: a batch carries up
 * to a thousand changes and 32 MB of documents, and pushes queue behind one another.
 */
export interface HubTimeouts {
  /** To open the connection (TCP, TLS, login). */
  connectMs: number;
  /** Any one lock wait on the hub: another sync's push, a maintenance task holding a table. */
  lockMs: number;
  /** Any one statement on the hub, lock waits included. */
  statementMs: number;
  /** A transaction left open by a client gone silent, so its locks are let go (set on the server). */
  idleInTransactionMs: number;
  /** A reply to any one query (the client's own clock): a server or network that stopped answering. */
  replyMs: number;
  /** Quiet time before TCP keepalive probes a connection, so a dead link is noticed. */
  keepAliveMs: number;
}

export const HUB_TIMEOUTS: HubTimeouts = {
  connectMs: 10_000,
  lockMs: 60_000,
  statementMs: 300_000,
  idleInTransactionMs: 120_000,
  replyMs: 330_000,
  keepAliveMs: 10_000,
};

/** The timeouts in effect: the defaults, with any given instead (tests and callers that know better). */
export function hubTimeouts(given: Partial<HubTimeouts> = {}): HubTimeouts {
  return { ...HUB_TIMEOUTS, ...given };
}

/** A duration as an analyst reads it: "300 ms", "60 s", "5 min". */
export function inSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000 || ms % 60_000 !== 0) return `${Math.round(ms / 1000)} s`;
  return `${ms / 60_000} min`;
}

/** The pg client settings for them. */
export function timeoutConfig(t: HubTimeouts): {
  connectionTimeoutMillis: number; keepAlive: true; keepAliveInitialDelayMillis: number; statement_timeout: number; lock_timeout: number;
  idle_in_transaction_session_timeout: number; query_timeout: number;
} {
  return {
    connectionTimeoutMillis: t.connectMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: t.keepAliveMs,
    statement_timeout: t.statementMs,
    lock_timeout: t.lockMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    query_timeout: t.replyMs,
  };
}
