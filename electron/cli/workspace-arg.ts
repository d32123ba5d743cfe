import { openWorkspace } from '../core/db/workspace.ts';
import { Service } from '../core/service.ts';
import type { CommandArgs } from './command.ts';
import { workspaceFile } from './workspace-file.ts';

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
