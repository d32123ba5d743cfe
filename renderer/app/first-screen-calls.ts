import { callEarly } from './early-calls.ts';
import { savedLibrarySort } from './library-sort.ts';

/**
 * Sends what the workbench's first screen asks the core for (the workspace, the library in
 * its saved order, the tags) before React renders it: App takes these answers as it mounts
 * (`firstCall`), with the same inputs it would send (#19).
 */
export function startFirstScreenCalls(): void {
  callEarly('workspace.info', {});
  callEarly('documents.list', { sort: savedLibrarySort() });
  callEarly('tags.list', {});
}
