import { useEffect, useState } from 'react';
import { onBusy } from '../client.ts';

/**
 * Says so while calls wait for another process's write (an import, a sync, a second window):
 * the change is not lost, it is being retried, and it lands when the other writer pauses.
 */
export function BusyBanner() {
  const [waiting, setWaiting] = useState(0);
  useEffect(() => onBusy(setWaiting), []);
  if (waiting === 0) return null;
  return (
    <div className="banner info" role="status" aria-label="Workspace busy">
      Another Assay process is writing to this workspace. {waiting === 1 ? 'Your change is' : `${waiting} changes are`} waiting
      and will be saved as soon as it pauses.
    </div>
  );
}
