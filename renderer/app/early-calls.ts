import type { Method, MethodInput, MethodOutput } from '../../shared/contract.ts';
import { call } from '../client.ts';

/*
 * The first screen's calls, sent before React's first render (main.tsx) so the core answers
 * them while React and ag-grid set up, instead of after (#19). A component asking for the
 * same call with the same input takes the answer in flight, once; every later call goes to
 * the core as usual.
 */

const early = new Map<string, Promise<unknown>>();

const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;

/** Sends a call now, for a component to take with `firstCall` when it mounts. */
export function callEarly<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const pending = call(method, input);
  // Its failure is reported to whoever takes it; until then it must not count as unhandled.
  pending.catch(() => undefined);
  early.set(keyOf(method, input), pending);
  return pending;
}

/** The call sent early with this very input, if no one took it yet; else the call itself, now. */
export function firstCall<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const key = keyOf(method, input);
  const pending = early.get(key) as Promise<MethodOutput<M>> | undefined;
  if (!pending) return call(method, input);
  early.delete(key);
  return pending;
}
