import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('sorting the grid by value', () => {
  it('never mixes units: values are sorted within each unit, units kept together', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    for (const name of ['ir-record.txt', 'market-note.md']) importBytes(importStores(service.workspace.db), fixture(name), name, null);
    // Values of two units that interleave when sorted by number alone.
    const note = 'Wexford Copper output and prices\n\nWexford Copper produced 4,100 t of cathode in March 2025 and 4,400 t in April 2025.\n\n'
      + 'Cathode sold at 4,200 USD/t in March 2025 and 4,300 USD/t in April 2025.\n';
    importBytes(importStores(service.workspace.db), Buffer.from(note), 'wexford.txt', null);
    for (const direction of ['asc', 'desc'] as const) {
      const rows = service.call('metrics.page', { endRow: 1000, sort: [{ column: 'value', direction }] }).rows;
      const units = rows.map((r) => r.unit);
      expect(new Set(units).size).toBeGreaterThan(2);
      // Each unit appears as one run.
      const runs = units.filter((u, i) => i === 0 || u !== units[i - 1]);
      expect(runs).toEqual([...new Set(units)]);
      for (const unit of new Set(units)) {
        const values = rows.filter((r) => r.unit === unit && r.value !== null).map((r) => r.value!);
        expect(values).toEqual([...values].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
      }
    }
  });
});
