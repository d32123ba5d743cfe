import { CallError } from '../client.ts';

/**
 * What to tell the analyst when an edit to a metric was refused. A metric that another writer
 * removed or replaced meanwhile (a re-extraction, an import of a new version, a second window)
 * is named as such: the view is reloaded so the analyst sees what is there now.
 */
export function editFailure(error: Error, label: string): string {
  if (error instanceof CallError && error.code === 'NO_SUCH_METRIC') {
    return `"${label}" was removed or replaced while you edited it (a re-extraction, a new version or another window). `
      + 'Your change was not saved; the metrics were reloaded, so check the row and edit it again.';
  }
  return `Your change to "${label}" was not saved: ${error.message}`;
}
