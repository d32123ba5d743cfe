import { formatValue } from '../../shared/format.ts';
import type { Command } from './command.ts';
import { clip, table } from './output.ts';
import { openService } from './workspace-arg.ts';

export const checkCommand: Command = {
  name: 'check',
  usage: 'assay check [--workspace PATH] [--json]',
  summary: 'List metrics stated differently by several documents, and stated changes that disagree with their levels. Exits 1 when there are any.',
  async run(args, io) {
    const service = await openService(args);
    const { conflicts, mismatches } = service.call('checks.list', {});
    if (args.values.json) {
      for (const c of conflicts) io.out(JSON.stringify({ kind: 'conflict', ...c }));
      for (const m of mismatches) io.out(JSON.stringify({ kind: 'change-mismatch', ...m }));
      return conflicts.length || mismatches.length ? 1 : 0;
    }
    if (!conflicts.length && !mismatches.length) {
      io.out('No conflicts: every metric stated by several documents agrees, and every checkable change matches its levels.');
      return 0;
    }
    if (conflicts.length) {
      io.out(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'} (one metric, different values):`);
      io.out(table(['METRIC', 'PERIOD', 'VALUE', 'METRIC ID', 'DOCUMENT'], conflicts.flatMap((c) => c.sources.map((s, i) => [
        i ? '' : clip([c.label, c.entity].filter(Boolean).join(' · '), 40), i ? '' : c.periodStart === c.periodEnd ? c.periodStart : `${c.periodStart}–${c.periodEnd}`,
        formatValue(s.value, s.unit), String(s.id), clip(s.documentTitle, 50),
      ]))));
    }
    if (mismatches.length) {
      io.out(mismatches.length === 1 ? '1 stated change that disagrees with the levels it joins:' : `${mismatches.length} stated changes that disagree with the levels they join:`);
      io.out(table(['METRIC ID', 'METRIC', 'STATED', 'FROM THE LEVELS', 'BASE (METRIC ID)', 'DOCUMENT'], mismatches.map((m) => [
        String(m.id), clip(m.label, 30), formatValue(m.stated, m.unit), formatValue(Number(m.expected.toFixed(4)), m.unit), `${formatValue(m.previousValue, null)} (${m.previousId})`, clip(m.documentTitle, 40),
      ])));
    }
    return 1;
  },
};
