import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { exportAnnotations, listAnnotations } from '../../../electron/core/anchor/web-annotations.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function workspaceWith(bytes: Buffer) {
  const ws = await openWorkspace(tempWorkspacePath());
  const outcome = importBytes(importStores(ws.db), bytes, 'ir-record.txt', null);
  if (outcome.status === 'failed') throw new Error(outcome.error);
  return { ws, service: new Service(ws), documentId: outcome.documentId };
}

const bytes = fixture('ir-record.txt');
const text = bytes.toString('utf8');
const hash = createHash('sha256').update(bytes).digest('hex');

describe('W3C Web Annotation exchange', () => {
  it('exports an AnnotationCollection whose targets name the version by its SHA-256, with quote and position selectors', async () => {
    const { ws, service, documentId } = await workspaceWith(bytes);
    const at = text.indexOf('second kiln line');
    service.call('annotations.createRange', { documentId, start: at, end: at + 16, body: 'Which **supplier**?' });
    const collection = exportAnnotations(ws.db) as { type: string; total: number; first: { items: Array<{ target: { source: string; selector: unknown[] }; body: unknown[] }> } };
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
    const [item] = collection.first.items;
    expect(item!.target.source).toBe(`urn:sha256:${hash}`);
    expect(item!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'second kiln line', prefix: text.slice(at - 32, at), suffix: text.slice(at + 16, at + 48) },
      { type: 'TextPositionSelector', start: at, end: at + 16 },
    ]);
    expect(item!.body).toEqual([{ type: 'TextualBody', value: 'Which **supplier**?', format: 'text/markdown', purpose: 'commenting' }]);
  });

  it('round-trips into another workspace holding the same file, exactly', async () => {
    const a = await workspaceWith(bytes);
    for (const quote of ['second kiln line', '452,000 yuan/mt']) {
      const at = text.indexOf(quote);
      a.service.call('annotations.createRange', { documentId: a.documentId, start: at, end: at + quote.length, body: `On ${quote}` });
    }
    const exported = JSON.stringify(exportAnnotations(a.ws.db));
    const b = await workspaceWith(bytes);
    expect(b.service.call('annotations.import', { fileName: 'a.jsonld', text: exported }))
      .toEqual({ placed: 2, fuzzy: 0, orphaned: 0, unknownDocument: 0, unknownSources: [], skipped: [] });
    expect(listAnnotations(b.ws.db).map((n) => [n.quote, n.start, n.note])).toEqual(listAnnotations(a.ws.db).map((n) => [n.quote, n.start, n.note]));
  });

  it('places quote-only annotations from other tools, fuzzily on a changed version, and reports the rest', async () => {
    const changed = Buffer.from(`Editor's note.\n\n${text.replace('second kiln line', 'second kiln lines')}`);
    const { ws, service } = await workspaceWith(bytes);
    importBytes(importStores(ws.db), changed, 'ir-record.txt', null);
    const foreign = [
      { type: 'Annotation', body: { value: 'plain quote' }, target: { source: `urn:sha256:${hash}`, selector: { type: 'TextQuoteSelector', exact: 'Spot Pr-Nd oxide traded' } } },
      { type: 'Annotation', target: { source: `urn:sha256:${hash}`, selector: [{ type: 'TextQuoteSelector', exact: 'the second kiln line came' }] } },
      { type: 'Annotation', target: { source: `urn:sha256:${hash}`, selector: { type: 'TextQuoteSelector', exact: 'words that were never in the document at all' } } },
      { type: 'Annotation', target: { source: `urn:sha256:${'0'.repeat(64)}`, selector: { type: 'TextQuoteSelector', exact: 'anything' } } },
    ];
    const imported = (json: unknown) => service.call('annotations.import', { fileName: 'foreign.json', text: JSON.stringify(json) });
    expect(imported(foreign)).toMatchObject({ placed: 1, fuzzy: 1, orphaned: 1, unknownDocument: 1, skipped: [] });
    expect(() => imported({ hello: 'world' })).toThrow(/^foreign\.json holds no annotation: it is JSON, but neither W3C/u);
  });

  it('works from the command line: export, import, list', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ir-record.txt');
    fs.writeFileSync(file, bytes);
    const wsA = path.join(dir, 'a.assay');
    const wsB = path.join(dir, 'b.assay');
    await runCli(['import', file, '-w', wsA]);
    await runCli(['import', file, '-w', wsB]);
    const a = new Service(await openWorkspace(wsA));
    const at = text.indexOf('operating revenue was');
    const { id } = a.call('annotations.createRange', { documentId: 1, start: at, end: at + 21, body: 'Quarterly.' });
    a.call('tags.set', { targetKind: 'annotation', targetId: id, tagIds: [a.call('tags.create', { path: 'sector/rare earths' }).id] });
    a.workspace.db.close();
    const out = path.join(dir, 'notes.jsonld');
    expect((await runCli(['annotations', 'export', '--out', out, '-w', wsA])).code).toBe(0);
    const imported = await runCli(['annotations', 'import', out, '-w', wsB]);
    expect(imported.stdout.trim()).toBe('1 placed exactly, 0 placed fuzzily, 0 orphaned, 0 for documents not in this workspace, 0 skipped.');
    const listed = JSON.parse((await runCli(['annotations', 'list', '--json', '-w', wsB])).stdout);
    expect(listed).toMatchObject({ start: at, end: at + 21, quote: 'operating revenue was', note: 'Quarterly.', state: 'anchored', tags: ['sector/rare earths'] });
    expect(JSON.parse((await runCli(['annotations', 'list', '--tag', 'sector', '--json', '-w', wsB])).stdout).id).toBe(listed.id);
    expect((await runCli(['annotations', 'list', '--tag', 'guidance', '-w', wsB])).stdout.trim()).toBe('No annotation carries the tag "guidance".');
    expect((await runCli(['annotations', 'import', path.join(dir, 'missing.json'), '-w', wsB])).stderr).toContain('Cannot read');
  });
});
