import { AssayError } from '../../shared/errors.ts';
import { defaultWorkspacePath } from '../core/app-paths.ts';
import type { CommandArgs } from './command.ts';

/*
 * Kept apart from workspace-arg.ts, which opens the service: `assay serve` only needs the
 * path on its main thread (the core opens the workspace on its own thread), and importing
 * the service there would load the database, the extractor and SQLite for nothing. Nor zod
 * (~100 ms and ~18 MB there): the value is checked by hand, trimmed and not empty.
 */

/** The workspace file named by --workspace, or the default one. */
export function workspaceFile(args: CommandArgs): string {
  const value = args.values.workspace;
  if (value === undefined) return defaultWorkspacePath();
  const file = String(value).trim();
  if (!file) throw new AssayError('USAGE', '--workspace needs a file path');
  return file;
}
