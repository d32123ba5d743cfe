import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchPassages } from '../../../electron/core/db/search.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/** Paragraphs with "quota" once, twice, three times…, so bm25 has a clear order. */
async function seeded(): Promise<Database> {
  const ws = await openWorkspace(tempWorkspacePath());
  const stores = importStores(ws.db);
  for (let i = 1; i <= 6; i++) {
    const body = Array.from({ length: i }, () => 'quota').join(' ');
    importBytes(stores, Buffer.from(`Note ${i}\n\nThe export ${body} was set.\n\nNothing else here.\n`), `note-${i}.txt`, null);
  }
  return ws.db;
}

/** What raw FTS5 returns for the query, best first: the order Assay must keep. */
const rawOrder = (db: Database, match: string) =>
  (db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank').all(match) as Array<{ rowid: number }>).map((r) => r.rowid);

describe('search ranking inside FTS5', () => {
  it('ranks as FTS5 does when fewer passages match than are scored', async () => {
    const db = await seeded();
    const hits = searchPassages(db, 'quota');
    expect(hits.map((h) => h.passageId)).toEqual(rawOrder(db, '"quota"'));
    expect(hits[0]!.documentTitle).toBe('Note 6');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it('pages through the same order with limit and offset', async () => {
    const db = await seeded();
    const all = searchPassages(db, 'quota').map((h) => h.passageId);
    const pages = [0, 2, 4].flatMap((offset) => searchPassages(db, 'quota', { limit: 2, offset }).map((h) => h.passageId));
    expect(pages).toEqual(all);
  });

  it('lists the newest matches first, unranked, when more match than are ranked', async () => {
    const db = await seeded();
    expect(searchPassages(db, 'quota').every((h) => h.ranked)).toBe(true);
    const hits = searchPassages(db, 'quota', { scored: 3 });
    expect(hits.map((h) => h.documentTitle)).toEqual(['Note 6', 'Note 5', 'Note 4', 'Note 3', 'Note 2', 'Note 1']);
    expect(hits.every((h) => h.ranked === false && h.score === 0)).toBe(true);
    expect(hits[0]!.snippet.filter((p) => p.match).length).toBeGreaterThan(0);
    expect(searchPassages(db, 'quota', { scored: 3, limit: 2, offset: 2 }).map((h) => h.documentTitle)).toEqual(['Note 4', 'Note 3']);
  });

  it('ranks exactly up to the limit, in the whole workspace and in one document', async () => {
    const db = await seeded();
    importBytes(importStores(db), Buffer.from('Long Note\n\nA quota.\n\nB quota.\n\nC quota.\n\nD quota.\n'), 'long.txt', null);
    // Ten passages hold "quota": six notes, four in the long one.
    expect(searchPassages(db, 'quota', { scored: 10 }).every((h) => h.ranked)).toBe(true);
    expect(searchPassages(db, 'quota', { scored: 9 }).every((h) => h.ranked === false)).toBe(true);
    const id = searchPassages(db, 'quota').find((h) => h.documentTitle === 'Long Note')!.documentId;
    expect(searchPassages(db, 'quota', { documentId: id, scored: 4 }).every((h) => h.ranked)).toBe(true);
    const newest = searchPassages(db, 'quota', { documentId: id, scored: 3 });
    expect(newest.map((h) => h.snippet.map((p) => p.text).join(''))).toEqual(['D quota.', 'C quota.', 'B quota.', 'A quota.']);
    expect(newest.every((h) => h.ranked === false)).toBe(true);
  });

  it('searches one document, its current version only', async () => {
    const db = await seeded();
    const stores = importStores(db);
    const id = searchPassages(db, 'quota').find((h) => h.documentTitle === 'Note 2')!.documentId;
    importBytes(stores, Buffer.from('Note 2\n\nThe quota was revised.\n'), 'note-2.txt', null);
    const hits = searchPassages(db, 'quota', { documentId: id });
    expect(hits.map((h) => h.snippet.map((p) => p.text).join(''))).toEqual(['The quota was revised.']);
    expect(searchPassages(db, 'quota', { documentId: 999 })).toEqual([]);
  });
});
