import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/core/db/fts-query.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function seeded(): Promise<Service> {
  const ws = await openWorkspace(tempWorkspacePath());
  const stores = importStores(ws.db);
  const docs: Record<string, string> = {
    'oxide.txt': 'Oxide Report\n\nRare earth oxide output rose sharply. Rare earth prices followed rare earth demand.\n\nMagnets were steady.\n',
    'metal.txt': 'Metal Report\n\nPraseodymium metal was quiet; earth movers bought rare parts.\n\nMagnetic separation improved.\n',
    'quota.txt': 'Quota Note\n\nThe rare earth quota was issued late.\n',
  };
  for (const [name, text] of Object.entries(docs)) importBytes(stores, Buffer.from(text), name, null);
  return new Service(ws);
}

const texts = (hits: Array<{ snippet: Array<{ text: string }> }>) => hits.map((h) => h.snippet.map((p) => p.text).join(''));

describe('search', () => {
  it('ranks by bm25: more matches of the phrase rank higher', async () => {
    const service = await seeded();
    const hits = service.call('search.passages', { query: '"rare earth"' });
    expect(hits).toHaveLength(2);
    expect(texts(hits)[0]).toContain('Rare earth oxide output');
    expect(hits[0]!.score).toBeLessThan(hits[1]!.score);
  });

  it('marks matched words in snippets, a phrase as one mark', async () => {
    const service = await seeded();
    const [hit] = service.call('search.passages', { query: '"late"' });
    expect(hit!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['late']);
    const [phrase] = service.call('search.passages', { query: '"rare earth quota"' });
    expect(phrase!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['rare earth quota']);
  });

  it('supports prefixes and AND / OR / NOT', async () => {
    const service = await seeded();
    expect(service.call('search.passages', { query: 'magnet*' })).toHaveLength(2);
    expect(service.call('search.passages', { query: 'rare AND earth NOT oxide' })).toHaveLength(2);
    expect(service.call('search.passages', { query: 'quiet OR late' })).toHaveLength(2);
    expect(service.call('search.passages', { query: '(quiet OR late) AND quota' })).toHaveLength(1);
  });

  it('finds a Chinese word at the start of a run of characters, which the index keeps as one token', async () => {
    const service = await seeded();
    importBytes(importStores(service.workspace.db), Buffer.from('业绩公告\n\n一季度，营业收入92.87亿元，同比增长61.19%。\n'), 'zh.txt', null);
    expect(texts(service.call('search.passages', { query: '营业收入' }))).toEqual([expect.stringContaining('营业收入92')]);
    expect(service.call('search.passages', { query: '同比增长' })).toHaveLength(1);
    expect(toFtsQuery('营业收入')).toBe(toFtsQuery('营业收入*'));
  });

  it('searches the words of malformed queries instead of failing', async () => {
    const service = await seeded();
    expect(service.call('search.passages', { query: '"rare earth' }).length).toBe(3);
    expect(texts(service.call('search.passages', { query: 'AND( quota' })).sort()).toEqual(['Quota Note', 'The rare earth quota was issued late.']);
    expect(service.call('search.passages', { query: 'NEAR(rare' }).length).toBeGreaterThan(0);
    expect(service.call('search.passages', { query: ')))' })).toEqual([]);
  });

  it('never throws, whatever is typed (property)', async () => {
    const service = await seeded();
    const input = fc.string({ unit: fc.constantFrom(...'rare earth"()*:^-+AND OR NOT NEAR{}[],.\'\\'.split('')), maxLength: 40 });
    fc.assert(fc.property(input, (query) => {
      expect(() => service.call('search.passages', { query })).not.toThrow();
    }), { numRuns: 400 });
  });

  it('renders queries as quoted FTS5 terms', () => {
    expect(toFtsQuery('rare earth*')).toBe('"rare" "earth"*');
    expect(toFtsQuery('ra* r* 稀土* 稀*')).toBe('"ra"* "r" "稀土"* "稀"');
    expect(toFtsQuery('a OR b')).toBe('"a" OR "b"');
    expect(toFtsQuery('OR a')).toBe('"a"');
    expect(toFtsQuery('say "hi"')).toBe('"say" "hi"');
    expect(toFtsQuery('   ')).toBeNull();
  });
});
