import { z } from 'zod';
import { AssayError } from '../../shared/errors.ts';
import { createHub, hubStatus, joinHub, localStatus } from '../core/team/team.ts';
import { argument, type CommandArgs, type Command } from './command.ts';
import type { Io } from './output.ts';
import { plural } from './output.ts';
import { openService } from './workspace-arg.ts';

const Url = z.string({ error: 'Give the hub URL: postgresql://USER@HOST:PORT/DATABASE' }).trim().min(1, 'Give the hub URL: postgresql://USER@HOST:PORT/DATABASE');
const Name = z.string({ error: 'Say who you are on the team: --as NAME' }).trim().min(1, 'Say who you are on the team: --as NAME').max(200);

async function create(args: CommandArgs, io: Io): Promise<number> {
  const result = await createHub(argument(Url, args.positionals[1]));
  if (args.values.json) {
    io.out(JSON.stringify(result));
    return 0;
  }
  io.out(result.from === result.to ? `${result.url} is already a hub at format ${result.to}; nothing to do.`
    : `${result.url} is ${result.from ? `upgraded from hub format ${result.from} to ${result.to}` : `now a team hub (format ${result.to})`}.`);
  io.out([
    'Give each analyst a login of their own in one of the hub\'s roles (as a login that may create roles), e.g.',
    `  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE ${result.roles.editor};   -- edits and syncs`,
    `  CREATE ROLE vera LOGIN PASSWORD '…' IN ROLE ${result.roles.viewer};    -- reads only`,
    'then each analyst joins with their own login in place of LOGIN:',
    `  assay team join ${withLoginPlaceholder(result.url)} --as NAME`,
  ].join('\n'));
  return 0;
}

/** The hub's URL with a placeholder for an analyst's login instead of the owner's, for the join line to copy. */
function withLoginPlaceholder(url: string): string {
  const parsed = new URL(url);
  parsed.username = 'LOGIN';
  parsed.password = '';
  return parsed.toString();
}

async function join(args: CommandArgs, io: Io): Promise<number> {
  const url = argument(Url, args.positionals[1]);
  const name = argument(Name, args.values.as);
  // Joining may start a new workspace, which the first sync fills with the team's documents.
  const service = await openService(args, { create: true });
  try {
    const result = await joinHub(service.workspace.db, url, name);
    if (args.values.json) io.out(JSON.stringify({ url: result.url, role: result.role }));
    else io.out(`${service.workspace.path} joined ${result.url} as ${name} (${result.role}). Run "assay sync" to bring in the team's changes.`);
    return 0;
  } finally {
    service.workspace.db.close();
  }
}

async function status(args: CommandArgs, io: Io): Promise<number> {
  const service = await openService(args);
  try {
    const local = localStatus(service.workspace.db);
    if (!local.joined) {
      if (args.values.json) io.out(JSON.stringify(local));
      else io.out('This workspace has not joined a team hub. Join one with "assay team join URL --as NAME".');
      return 0;
    }
    const hub = await hubStatus(service.workspace.db).catch((error: Error) => ({ error: error.message }));
    if (args.values.json) {
      io.out(JSON.stringify({ ...local, hub }));
      return 0;
    }
    io.out([
      `hub        ${local.hubUrl}`,
      `you        ${local.member}${'role' in hub ? ` (${hub.role})` : ''}`,
      `pending    ${plural(local.pending, 'change')} not pushed yet`,
      `last sync  ${local.lastSyncAt ?? 'never'}${local.lastError ? `; the last attempt failed: ${local.lastError}` : ''}`,
      'error' in hub ? `hub now    unreachable: ${hub.error}` : `hub now    format ${hub.version}, ${plural(hub.changes, 'change')}, members: ${hub.members.join(', ') || 'none'}`,
    ].join('\n'));
    return 0;
  } finally {
    service.workspace.db.close();
  }
}

export const teamCommand: Command = {
  name: 'team',
  usage: 'assay team create URL | join URL --as NAME | status [--workspace PATH] [--json]',
  summary: 'Team hub on PostgreSQL: prepare one, join this workspace to it, or show the sync state. The password comes from PGPASSWORD or ~/.pgpass, never the workspace.',
  options: { as: { type: 'string' } },
  async run(args, io) {
    const sub = args.positionals[0];
    if (sub === 'create') return create(args, io);
    if (sub === 'join') return join(args, io);
    if (sub === 'status') return status(args, io);
    throw new AssayError('USAGE', `Say what to do: "team create URL", "team join URL --as NAME" or "team status"${sub ? ` (not "${sub}")` : ''}.`);
  },
};
