import { sync } from '../core/team/team.ts';
import type { Command } from './command.ts';
import { plural } from './output.ts';
import { openService } from './workspace-arg.ts';

export const syncCommand: Command = {
  name: 'sync',
  usage: 'assay sync [--workspace PATH] [--json]',
  summary: 'Push this workspace\'s changes to its team hub, then pull the team\'s. Safe to cut and run again.',
  async run(args, io) {
    const service = await openService(args);
    try {
      const counts = await sync(service.workspace.db);
      if (args.values.json) {
        io.out(JSON.stringify(counts));
        return 0;
      }
      const lines = [`Pushed ${plural(counts.pushed, 'change')}, pulled ${plural(counts.pulled, 'change')} (${counts.applied} applied, ${counts.lost} older than an edit here).`];
      if (counts.conflicts) lines.push(`${plural(counts.conflicts, 'metric')} edited concurrently elsewhere: the later edit won, and they are marked disputed for a second look.`);
      if (counts.warning) lines.push(counts.warning);
      if (counts.waiting) lines.push(`${plural(counts.waiting, 'change')} wait for documents not imported here yet.`);
      if (counts.role === 'viewer') lines.push(`You are a viewer on this hub: nothing was pushed, and ${plural(counts.held, 'local change')} ${counts.held === 1 ? 'stays' : 'stay'} in this workspace only.`);
      io.out(lines.join('\n'));
      return 0;
    } finally {
      service.workspace.db.close();
    }
  },
};
