import { useState, type FormEvent } from 'react';
import { call, inDesktop } from '../client.ts';

/**
 * Asks for the team hub's password when the hub wants one this session lacks (or refused the
 * one given). The core holds it in memory; the desktop app can also keep it in the system
 * keychain. Browser mode cannot, and says where a lasting password goes instead (~/.pgpass).
 */
export function HubPassword({ onGiven }: { onGiven: (note: string | null) => void }) {
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(inDesktop);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const wanted = inDesktop && remember;
      const { remembered } = await call('team.password', { password, remember: wanted });
      setPassword('');
      onGiven(wanted && !remembered ? 'password used for this session; this computer offers no keychain to keep it in' : null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form className="hub-password" onSubmit={(e) => void submit(e)} aria-label="Hub password">
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder="Hub password"
        aria-label="Hub password" autoComplete="current-password" required />
      {inDesktop
        ? <label><input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Remember in the keychain</label>
        : <small title="Browser mode keeps the password only until the server stops; ~/.pgpass or PGPASSWORD keeps it for good">this session only</small>}
      <button type="submit" disabled={!password}>Use password</button>
      {error && <small className="error" role="alert">{error}</small>}
    </form>
  );
}
