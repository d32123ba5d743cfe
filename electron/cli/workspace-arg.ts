import { z } from 'zod';
import { defaultWorkspacePath } from '../core/app-paths.ts';
import { openWorkspace } from '../core/db/workspace.ts';
import { Service } from '../core/service.ts';
import { argument, type CommandArgs } from './command.ts';

const WorkspaceArg = z.string().trim().min(1, '--workspace needs a file path').optional();

/** The workspace file named by --workspace, or the default one. */
export function workspaceFile(args: CommandArgs): string {
  return argument(WorkspaceArg, args.values.workspace) ?? defaultWorkspacePath();
}

/** Opens the workspace named by --workspace (or the default) and the service over it. */
export async function openService(args: CommandArgs): Promise<Service> {
  return new Service(await openWorkspace(workspaceFile(args)));
}

/** Opens (creating or migrating) the named workspace, closes it, and returns its path. */
export async function prepareWorkspace(args: CommandArgs): Promise<string> {
  const service = await openService(args);
  service.workspace.db.close();
  return service.workspace.path;
}
