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

  it('finds a Chinese word anywhere in a run of characters, and marks it in the snippet', async () => {
    const service = await seeded();
    const stores = importStores(service.workspace.db);
    importBytes(stores, Buffer.from('业绩公告\n\n一季度公司实现营业收入92.87亿元，同比增长61.19%；净利润4.31亿元。\n'), 'zh.txt', null);
    importBytes(stores, Buffer.from('简报\n\n营业部门 收入稳定。\n\nLithium 营业收入 fell.\n'), 'zh2.txt', null);
    const marked = (query: string) => service.call('search.passages', { query }).map((h) => h.snippet.filter((p) => p.match).map((p) => p.text));
    expect(texts(service.call('search.passages', { query: '营业收入' })).sort()).toEqual([
      expect.stringContaining('Lithium 营业收入 fell'), expect.stringContaining('实现营业收入92.87亿元')]);
    expect(marked('营业收入')).toEqual([['营业收入'], ['营业收入']]);
    expect(marked('净利润')).toEqual([['净利润']]);
    expect(service.call('search.passages', { query: '收入' })).toHaveLength(3);
    expect(service.call('search.passages', { query: '润' })).toHaveLength(1);
    // Words of one run only: 营业 and 收入 in two runs are not 营业收入, and a mixed query still works.
    expect(service.call('search.passages', { query: '业收' })).toHaveLength(2);
    expect(marked('lithium AND 营业收入')).toEqual([['Lithium', '营业收入']]);
    expect(service.call('search.passages', { query: '营业收入 NOT lithium' })).toHaveLength(1);
    expect(service.call('search.passages', { query: '"营业收入"' })).toHaveLength(2);
  });

  it('takes a re-imported version\'s Chinese out of search with the rest of its text', async () => {
    const service = await seeded();
    const stores = importStores(service.workspace.db);
    importBytes(stores, Buffer.from('公告\n\n公司实现营业收入92.87亿元。\n'), 'zh.txt', null);
    importBytes(stores, Buffer.from('公告\n\n公司实现净利润4.31亿元。\n'), 'zh.txt', null);
    expect(service.call('search.passages', { query: '营业收入' })).toEqual([]);
    expect(service.call('search.passages', { query: '净利润' })).toHaveLength(1);
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
    expect(toFtsQuery('ra* r* 稀土* 稀*')).toBe('"ra"* "r" grams : "稀土" grams : "稀"*');
    expect(toFtsQuery('营业收入 2024年')).toBe('grams : "营业 业收 收入" "2024年"*');
    expect(toFtsQuery('a OR b')).toBe('"a" OR "b"');
    expect(toFtsQuery('OR a')).toBe('"a"');
    expect(toFtsQuery('say "hi"')).toBe('"say" "hi"');
    expect(toFtsQuery('   ')).toBeNull();
  });
});
