import type { Migration } from './types.ts';

/**
 * A hub URL joined with "?password=…" kept the password in the workspace file (only one written before the host was
 * split off). It is taken out here; syncs then find the password where they find any other: the keychain, PGPASSWORD
 * or ~/.pgpass. Self-contained rather than calling hub-url.ts, so the step stays what it was when it shipped.
 */
export const hubUrlWithoutPassword: Migration = {
  version: 34,
  name: 'hub-url-without-password',
  up(db) {
    const stored = db.prepare('SELECT hub_url FROM team_state WHERE id = 1').pluck().get() as string | null | undefined;
    if (!stored) return;
    let url: URL;
    try {
      url = new URL(stored);
    } catch {
      return;
    }
    if (![...url.searchParams.keys()].some((k) => k.toLowerCase() === 'password')) return;
    for (const key of [...url.searchParams.keys()]) if (key.toLowerCase() === 'password') url.searchParams.delete(key);
    db.prepare('UPDATE team_state SET hub_url = ? WHERE id = 1').run(url.toString());
  },
};
