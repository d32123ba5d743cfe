import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainWords, toFtsQuery } from '../../../electron/core/db/fts-query.ts';
import { searchPassages } from '../../../electron/core/db/search.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/** Pieces a hostile query is made of: FTS5's syntax, control characters (NUL first), words and any code point. */
const piece = fc.oneof(
  fc.constantFrom('"', '(', ')', '*', ' ', ':', '^', '-', '+', '.', '\'', 'AND', 'OR', 'NOT', 'NEAR', 'rare', 'earth', 'a_b', '%'),
  fc.constantFrom('\u0000', '\u0001', '\t', '\n', '\u001f', '\u007f', '\u0085', '\u200b', '\ufeff', '\ud800'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const query = fc.string({ unit: piece, maxLength: 60 });

async function seeded() {
  const ws = await openWorkspace(tempWorkspacePath());
  importBytes(importStores(ws.db), Buffer.from('Rare Earth Note\n\nRare earth oxide output rose; rare earth prices followed.\n'), 'note.txt', null);
  return ws.db;
}

describe('search on hostile queries', () => {
  it('reads a NUL or another control character as a space', async () => {
    const db = await seeded();
    expect(toFtsQuery('rare\u0000earth')).toBe('"rare" "earth"');
    expect(toFtsQuery('"rare\u0000earth"')).toBe('"rare earth"');
    expect(plainWords('rare\u0001earth')).toBe('"rare" "earth"');
    expect(searchPassages(db, 'rare\u0000earth* \u0000').length).toBeGreaterThan(0);
  });

  it('builds a query without a control character from any string (property)', () => {
    fc.assert(fc.property(query, (input) => {
      const built = toFtsQuery(input);
      expect(built === null || !/\p{Cc}/u.test(built)).toBe(true);
    }), { numRuns: 3000, seed: 20 });
  });

  it('never throws, whatever is typed (property)', async () => {
    const db = await seeded();
    fc.assert(fc.property(query, (input) => {
      expect(() => searchPassages(db, input)).not.toThrow();
    }), { numRuns: 1500, seed: 20 });
  });
});
