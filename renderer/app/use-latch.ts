import { useRef } from 'react';

/**
 * False until `value` is first true, then true for good: for a start that must wait for
 * something once, and never undo itself when that something changes later.
 */
export function useLatch(value: boolean): boolean {
  const latched = useRef(false);
  // Setting it during render is safe: it only ever goes from false to true, whatever renders twice.
  if (value) latched.current = true;
  return latched.current;
}
