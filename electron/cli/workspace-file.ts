import { z } from 'zod';
import { defaultWorkspacePath } from '../core/app-paths.ts';
import { argument, type CommandArgs } from './command.ts';

/*
 * Kept apart from workspace-arg.ts, which opens the service: `assay serve` only needs the
 * path on its main thread (the core opens the workspace on its own thread), and importing
 * the service there would load the database, the extractor and SQLite for nothing.
 */

const WorkspaceArg = z.string().trim().min(1, '--workspace needs a file path').optional();

/** The workspace file named by --workspace, or the default one. */
export function workspaceFile(args: CommandArgs): string {
  return argument(WorkspaceArg, args.values.workspace) ?? defaultWorkspacePath();
}
