import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportGrid, exportFileName } from '../../../electron/core/export/export-grid.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { checkNote, fixture } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { formatOfFile } from '../../../shared/exports.ts';

describe('notes export (Obsidian / Zotero style)', () => {
  it('writes one Markdown note per document: front matter, highlights with tags, figures, each with its link', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    importBytes(importStores(service.workspace.db), fixture('ir-record.txt'), 'ir-record.txt', null);
    importBytes(importStores(service.workspace.db), checkNote('daily-a.md'), 'daily-a.md', null);
    const record = service.call('documents.list', {}).find((d) => d.fileName === 'ir-record.txt')!;
    const text = service.call('passages.list', { documentId: record.id }).passages.map((p) => p.text).join('\n');
    expect(text).toContain('second kiln line');
    const doc = service.call('documents.get', { id: record.id });
    const full = service.call('passages.list', { documentId: record.id }).passages;
    const passage = full.find((p) => p.text.includes('second kiln line'))!;
    const at = passage.start + passage.text.indexOf('second kiln line');
    const { id: note } = service.call('annotations.createRange', { documentId: record.id, start: at, end: at + 16, body: 'Ramp **matters**', color: null });
    const tag = service.call('tags.create', { path: 'capacity/kilns', color: null });
    service.call('tags.set', { targetKind: 'annotation', targetId: note, tagIds: [tag.id] });
    const revenue = service.call('metrics.page', { documentId: record.id, label: 'operating revenue' }).rows[0]!;
    service.call('metrics.update', { id: revenue.id, patch: { note: 'Beat guidance.' } });
    expect(doc.title).toContain('Baotou');

    const zip = unzipSync(new Uint8Array(await exportGrid(service.workspace.db, {}, 'notes', undefined, 'assay://open')));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(expect.arrayContaining(['Rare Earth Daily A.md']));
    expect(names).toHaveLength(2);
    const baotou = strFromU8(zip[names.find((n) => n.startsWith('Baotou'))!]!);
    expect(baotou).toMatch(/^---\ntitle: "Baotou Lanthanum Works[^"]*"\nfile: "ir-record.txt"\n/u);
    expect(baotou).toContain('## Highlights and notes\n\n> second kiln line\n>\nRamp **matters**\n\n#capacity/kilns\n[Open in Assay](assay://open?workspace=');
    expect(baotou).toMatch(/- \*\*operating revenue\*\* \(Baotou Lanthanum Works\): 2\.31 bn CNY · \\?\+24\.6% YoY · 1Q25 \[Open in Assay\]\(assay:\/\/open\?workspace=[^)]+&metric=\d+\)/u);
    expect(baotou).toContain('  - Beat guidance.');
    expect(exportFileName('notes', undefined, new Date('2026-12-01T00:00:00Z'))).toBe('assay-metrics-2026-12-01.notes.zip');
    expect(formatOfFile('assay-metrics-2026-12-01.notes.zip')).toBe('notes');
    expect(formatOfFile('weekly.md')).toBe('md');
  });
});
