import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../electron/core/db/documents.ts';
import { documentListingIndex } from '../../../electron/core/db/migrations/0024-document-listing-index.ts';
import { migrate } from '../../../electron/core/db/migrations/index.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const VERSION = documentListingIndex.version;

describe('the library list', () => {
  it(`00${VERSION}-document-listing-index upgrades a file: versions are listed from the index`, () => {
    const db = new BetterSqlite3(tempWorkspacePath());
    migrate(db, VERSION - 1);
    migrate(db, VERSION);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT v.version, v.imported_at FROM documents d JOIN document_versions v INDEXED BY document_versions_listing ON v.id = d.current_version_id`).all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX document_versions_listing');
  });

  it('pages through the same order as one list, with counts and versions, in every sort', async () => {
    const ws = await openWorkspace(tempWorkspacePath());
    const stores = importStores(ws.db);
    for (let i = 1; i <= 7; i++) importBytes(stores, Buffer.from(`Report ${8 - i}\n\nOutput was ${i * 10} t in May.\n\nMore text.\n`), `r-${i}.txt`, null);
    importBytes(stores, Buffer.from('Report 6\n\nOutput was 12 t in May.\n'), 'r-2.txt', null); // a second version
    const store = new DocumentStore(ws.db);
    for (const sort of ['imported', 'date', 'title', 'source'] as const) {
      const all = store.list({ sort });
      const pages = [0, 3, 6].flatMap((offset) => store.list({ sort, limit: 3, offset }));
      expect(pages).toEqual(all);
      expect(all).toHaveLength(7);
    }
    const second = store.list({ filter: 'Report 6' });
    expect(second.map((d) => [d.version, d.versionCount, d.passageCount])).toEqual([[2, 2, 2]]);
    expect(store.list({ sort: 'title' }).map((d) => d.title)).toEqual(['Report 1', 'Report 2', 'Report 3', 'Report 4', 'Report 5', 'Report 6', 'Report 7']);
  });
});
