import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { offerSamples } from '../../../electron/core/samples.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('the first-run sample workspace', () => {
  it('fills a new workspace with the sample documents, with their metrics, once', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    expect(offerSamples(ws)).toBe(3);
    const service = new Service(ws);
    const docs = service.call('documents.list', {});
    expect(docs.map((d) => d.title).sort()).toEqual(['China Northern Rare Earth — Q1 2025 briefing notes', 'Demand drivers for rare earth magnets', 'Pr-Nd Price Watch, July 2025']);
    const revenue = service.call('metrics.page', { label: 'operating revenue' }).rows[0]!;
    expect(revenue).toMatchObject({ value: 9287000000, unit: 'CNY', changeValue: 61.19, periodStart: '2025-01-01' });
    for (const d of docs) service.workspace.db.prepare('DELETE FROM documents WHERE id = ?').run(d.id);
    expect(offerSamples(ws)).toBe(0);
  });

  it('leaves a workspace that already has documents alone', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    ws.db.prepare(`INSERT INTO documents (title, file_name, format, created_at, updated_at) VALUES ('Mine', 'm.txt', 'txt', 'now', 'now')`).run();
    expect(offerSamples(ws)).toBe(0);
  });
});
