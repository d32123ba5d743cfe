import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { random } from '../../../bench/random.ts';
import { toFtsQuery } from '../../../electron/core/db/fts-query.ts';
import { searchPassages } from '../../../electron/core/db/search.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * A ranked page is raw FTS5's: the rows of `MATCH ? ORDER BY rank LIMIT ? OFFSET ?`, their
 * rank as score, their snippet, put in (score, id) order. Search scores the matches itself
 * rather than reading FTS5's rank order (search.ts says why); this holds it to that.
 */

const WORDS = 'rare earth export quota market price china lithium magnets the of prices oxide'.split(' ');

/** Forty notes of seeded prose, and a sentence written again and again, so scores tie across page ends. */
async function seeded(): Promise<Database> {
  const ws = await openWorkspace(tempWorkspacePath());
  const stores = importStores(ws.db);
  const r = random(19);
  const sentence = () => Array.from({ length: 4 + Math.floor(r() * 12) }, () => WORDS[Math.floor(r() * r() * WORDS.length)]).join(' ');
  for (let d = 1; d <= 40; d++) {
    const paragraphs = Array.from({ length: 6 }, () => `${sentence()}.`);
    if (d % 2 === 0) paragraphs.push('The rare earth export quota rose.', '稀土出口配额上调。');
    importBytes(stores, Buffer.from(`Note ${d}\n\n${paragraphs.join('\n\n')}\n`), `note-${d}.txt`, null);
  }
  return ws.db;
}

/** Raw FTS5's page for the query, as rows of id, score, snippet text and the words it marks. */
function rawPage(db: Database, input: string, limit: number, offset: number) {
  const rows = db.prepare(`SELECT rowid AS id, rank AS score, snippet(passages_fts, 0, '[', ']', '…', 24) AS snippet
    FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`).all(toFtsQuery(input), limit, offset) as Array<{ id: number; score: number; snippet: string }>;
  return rows.sort((a, b) => a.score - b.score || a.id - b.id).map((r) => ({
    id: r.id,
    score: r.score,
    text: r.snippet.replace(/[[\]]/gu, ''),
    // Search joins marks with only spaces between them ("rare earth" is one mark).
    marked: [...r.snippet.replace(/\](\s+)\[/gu, '$1').matchAll(/\[([^\]]*)\]/gu)].map((m) => m[1]),
  }));
}

function assayPage(db: Database, input: string, limit: number, offset: number) {
  return searchPassages(db, input, { limit, offset }).map((h) => ({
    id: h.passageId,
    score: h.score,
    text: h.snippet.map((p) => p.text).join(''),
    marked: h.snippet.filter((p) => p.match).map((p) => p.text),
  }));
}

describe('a ranked page of search', () => {
  it('is raw FTS5\'s page: the same rows, scores, order and snippets, ties across page ends included', async () => {
    const db = await seeded();
    const queries = ['quota', 'rare earth', 'market AND price', '"rare earth"', '"export quota"', 'pri*', 'lithium OR magnets', 'earth NOT quota', 'the', '"of the"'];
    for (const query of queries) {
      for (const [limit, offset] of [[20, 0], [20, 20], [7, 13], [50, 0], [3, 17]] as const) {
        const expected = rawPage(db, query, limit, offset);
        expect(assayPage(db, query, limit, offset), `${query} (${limit} from ${offset})`).toEqual(expected);
      }
    }
    // The repeated sentence scores the same in each of its twenty notes, so a page can end inside the tie.
    const scores = rawPage(db, '"export quota"', 50, 0).map((r) => r.score);
    expect(new Set(scores).size).toBeLessThan(scores.length - 10);
  });
});
