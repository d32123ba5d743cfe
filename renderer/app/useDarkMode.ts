import { useEffect, useMemo, useState } from 'react';

/** Whether the system is in dark mode, following it as it changes. */
export function useDarkMode(): boolean {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const listen = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', listen);
    return () => query.removeEventListener('change', listen);
  }, [query]);
  return dark;
}
