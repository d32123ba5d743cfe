import fs from 'node:fs';
import path from 'node:path';
import { AssayError } from '../../shared/errors.ts';
import { openWorkspace } from '../core/db/workspace.ts';
import { Service } from '../core/service.ts';
import type { CommandArgs } from './command.ts';
import { workspaceFile } from './workspace-file.ts';

/**
 * Opens the workspace named by --workspace (or the default) and the service over it. Only
 * commands that put something into a workspace (import, team join) may `create` one: the
 * others read it, so a mistyped path is refused rather than answered from a new, empty file.
 */
export async function openService(args: CommandArgs, { create = false } = {}): Promise<Service> {
  const file = workspaceFile(args);
  if (!create) refuseMissing(file, args);
  return new Service(await openWorkspace(file));
}

/** Opens (creating or migrating) the named workspace, closes it, and returns its path. */
export async function prepareWorkspace(args: CommandArgs): Promise<string> {
  const service = await openService(args, { create: true });
  service.workspace.db.close();
  return service.workspace.path;
}

function refuseMissing(file: string, args: CommandArgs): void {
  if (fs.existsSync(file)) return;
  const named = args.values.workspace !== undefined ? '--workspace' : process.env.ASSAY_WORKSPACE?.trim() ? '$ASSAY_WORKSPACE' : null;
  const where = path.resolve(file);
  const quoted = /\s/u.test(file) ? `"${file}"` : file;
  throw new AssayError('NO_WORKSPACE', named
    ? `No workspace at ${where}. Check the path given by ${named}, or create a workspace there by importing into it: assay import FILE… -w ${quoted} (or assay serve -w ${quoted}).`
    : `No workspace at ${where} (the default) yet. Create it by importing documents (assay import FILE…) or by opening Assay, or name another with --workspace PATH.`);
}
