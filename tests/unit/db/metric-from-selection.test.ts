import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('a metric made from a selection', () => {
  it('reads a count the extractor leaves alone, in words or digits, and refuses a selection with no number', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    const text = 'Halden launch\n\nIn 2025 Halden Copper launched seven new products in Europe and opened 3 depots.\n';
    importBytes(importStores(service.workspace.db), Buffer.from(text), 'launch.txt', null);
    const documentId = service.call('documents.list', {})[0]!.id;
    const select = (words: string) => ({ documentId, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const seven = service.call('metrics.create', select('seven new products in Europe'));
    expect([seven.label, seven.value, seven.unit, seven.surface, seven.origin]).toEqual(['new products', 7, 'count', 'seven', 'analyst']);
    const depots = service.call('metrics.create', select('3 depots'));
    expect([depots.label, depots.value]).toEqual(['depots', 3]);
    expect(() => service.call('metrics.create', select('In 2025'))).toThrow(/holds no figure/u);
    expect(() => service.call('metrics.create', select('launched'))).toThrow(/holds no figure/u);
  });
});
