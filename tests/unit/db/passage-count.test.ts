import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('workspace.info passage count', () => {
  it('counts the passages search can find: current versions, no page debris', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const stores = importStores(ws.db);
    importBytes(stores, Buffer.from('Note\n\nOne.\n\nTwo.\n\nThree.\n'), 'note.txt', null);
    importBytes(stores, Buffer.from('Note\n\nOne, revised.\n'), 'note.txt', null);
    importBytes(stores, Buffer.from('<html><body><article><h1>Page</h1><p>Body text here.</p><p>Leave a Reply</p><p>Share this:</p></article></body></html>'), 'page.html', null);
    const joined = (ws.db.prepare(`SELECT count(*) AS n FROM passages p JOIN documents d ON d.current_version_id = p.version_id WHERE p.debris = 0`).get() as { n: number }).n;
    expect(new Service(ws).call('workspace.info', {}).passageCount).toBe(joined);
    expect(joined).toBeLessThan((ws.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n);
  });
  it('reads the count FTS5 keeps, also past one and two bytes of its varint, and after a new version replaces a document', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const stores = importStores(ws.db);
    const text = Array.from({ length: 17_000 }, (_, i) => `Paragraph ${i} notes shipments.`).join('\n\n');
    importBytes(stores, Buffer.from(text), 'long.txt', null);
    importBytes(stores, Buffer.from('Note\n\nOne.\n\nTwo.\n'), 'note.txt', null);
    const counted = () => (ws.db.prepare('SELECT count(*) AS n FROM passages_fts_docsize').get() as { n: number }).n;
    const service = new Service(ws);
    expect(counted()).toBeGreaterThan(16_384);
    expect(service.call('workspace.info', {}).passageCount).toBe(counted());
    const before = counted();
    importBytes(stores, Buffer.from('Note\n\nOne, revised.\n'), 'note.txt', null);
    expect(counted()).toBeLessThan(before);
    expect(service.call('workspace.info', {}).passageCount).toBe(counted());
  });
});
