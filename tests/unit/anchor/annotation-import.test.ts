import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnnotations, listAnnotations } from '../../../electron/core/anchor/web-annotations.ts';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const IR = 'ir-record.txt';
const NEWS_URL = 'https://lanthanide.example/news/separation-plant-restarts';
const irHash = createHash('sha256').update(fixture(IR)).digest('hex');
const SOURCE = `urn:sha256:${irHash}`;

/** A workspace holding the Q&A record, the news page (its canonical URL) and the market note. */
async function workspace(files = [IR, 'news-page.html', 'market-note.md']) {
  const ws = await openWorkspace(tempWorkspacePath());
  for (const name of files) importBytes(importStores(ws.db), fixture(name), name, null);
  const service = new Service(ws);
  const importJson = (json: unknown, fileName = 'notes.json') => service.call('annotations.import', { fileName, text: JSON.stringify(json) });
  return { ws, service, importJson };
}

const quote = (exact: string, source = SOURCE) => ({ source, selector: { type: 'TextQuoteSelector', exact } });
const annotation = (exact: string, extra: object = {}) => ({ type: 'Annotation', target: quote(exact), ...extra });
const counts = (placed: number, fuzzy = 0, orphaned = 0, unknownDocument = 0) => ({ placed, fuzzy, orphaned, unknownDocument });

describe('importing W3C Web Annotations of every shape', () => {
  it('reads a single Annotation, an array, and an AnnotationPage whose next page is inline', async () => {
    const { importJson } = await workspace();
    expect(importJson(annotation('second kiln line'))).toMatchObject({ ...counts(1), skipped: [] });
    expect(importJson([annotation('sales volume'), annotation('annual capacity')])).toMatchObject(counts(2));
    const page = { type: 'AnnotationPage', items: [annotation('Spot Pr-Nd oxide')], next: { type: 'AnnotationPage', items: [annotation('operating revenue')] } };
    expect(importJson(page)).toMatchObject({ ...counts(2), skipped: [] });
  });

  it('reads a collection with an inline first page, one with items of its own, and @graph documents', async () => {
    const { importJson } = await workspace();
    const first = { type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', items: [annotation('sales volume')], next: { items: [annotation('Pr-Nd prices')] } } };
    expect(importJson(first)).toMatchObject({ ...counts(2), skipped: [] });
    const inline = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items: [annotation('second kiln line'), annotation('the quarterly report')] };
    expect(importJson(inline)).toMatchObject({ ...counts(2), skipped: [] });
    const graph = { '@context': 'http://www.w3.org/ns/anno.jsonld', '@graph': [annotation('annual capacity'), { ...inline, items: [annotation('sales volume')] }] };
    expect(importJson(graph)).toMatchObject({ ...counts(2), skipped: [] });
  });

  it('reads bodies as strings, arrays with tags, and bodyValue; targets as arrays; selectors inside refinedBy', async () => {
    const { ws, importJson } = await workspace([IR]);
    const items = [
      annotation('second kiln line', { body: 'A plain string body.' }),
      annotation('sales volume', { body: [{ type: 'TextualBody', value: 'Check **volume**.' }, { type: 'TextualBody', value: 'sector / rare earths', purpose: 'tagging' }, 'And more.'] }),
      annotation('annual capacity', { bodyValue: 'From bodyValue.', motivation: ['oa:bookmarking', 'highlighting'] }),
      { type: 'Annotation', body: 'Second target placed.', target: [NEWS_URL, quote('Pr-Nd prices')] },
      { type: 'Annotation', target: { source: SOURCE, selector: { type: 'FragmentSelector', value: 'char=0,10', refinedBy: { type: 'TextQuoteSelector', exact: 'operating revenue' } } } },
    ];
    expect(importJson(items)).toMatchObject({ ...counts(5), skipped: [] });
    expect(listAnnotations(ws.db).map((a) => [a.quote, a.note, a.tags])).toEqual([
      ['sales volume', 'Check **volume**.\n\nAnd more.', ['sector/rare earths']],
      ['second kiln line', 'A plain string body.', []],
      ['annual capacity', 'From bodyValue.', []],
      ['Pr-Nd prices', 'Second target placed.', []],
      ['operating revenue', '', []],
    ]);
  });

  it('places a position-only selector in the version its hash names, and reports one whose text Assay lacks', async () => {
    const { ws, importJson } = await workspace([IR, 'news-page.html']);
    const text = fixture(IR).toString('utf8');
    const at = text.indexOf('second kiln line');
    const position = (source: string) => ({ id: `urn:x:${source.length}`, type: 'Annotation', target: { source, selector: { type: 'TextPositionSelector', start: at, end: at + 16 } } });
    const result = importJson([position(SOURCE), position(NEWS_URL)]);
    expect(result).toMatchObject(counts(1));
    expect(result.skipped).toEqual([{ item: `item 2 (urn:x:${NEWS_URL.length})`, reason: `its only selector is a TextPositionSelector, whose offsets count in a text Assay does not have (${NEWS_URL}); add a TextQuoteSelector` }]);
    expect(listAnnotations(ws.db)[0]).toMatchObject({ quote: 'second kiln line', start: at, state: 'anchored' });
  });

  it('places the good items of a mixed file and reports each bad one by number or id, in words', async () => {
    const { service, importJson } = await workspace();
    const result = importJson({ type: 'AnnotationCollection', first: { items: [
      annotation('second kiln line'),
      42,
      { id: 'urn:uuid:no-target', type: 'Annotation', body: 'lost' },
      { type: 'Annotation', target: { source: SOURCE, selector: { type: 'XPathSelector', value: '/p[2]' } } },
      { type: 'Annotation', target: NEWS_URL, body: 'About the whole page' },
      { type: 'Annotation', target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: '' } } },
      annotation('words that appear in none of these documents', { target: quote('words that appear in none of these documents', 'https://elsewhere.example/a') }),
      annotation('restarted on August 1 after a six week upgrade', { target: quote('restarted on August 1 after a six week upgrade', NEWS_URL) }),
      annotation('a sentence the news page never printed', { target: quote('a sentence the news page never printed', NEWS_URL) }),
    ] } });
    expect(result).toEqual({ ...counts(1, 1, 1, 1), unknownSources: ['https://elsewhere.example/a'], skipped: [
      { item: 'item 2', reason: 'it is not an annotation but a number' },
      { item: 'item 3 (urn:uuid:no-target)', reason: 'it has no target' },
      { item: 'item 4', reason: 'the target has no TextQuoteSelector or TextPositionSelector' },
      { item: 'item 5', reason: `its target is the whole of ${NEWS_URL}, with no selector; Assay keeps notes on words, passages and metrics, not on whole documents` },
      { item: 'item 6', reason: 'its TextQuoteSelector has no "exact" text' },
    ] });
    // The whole import is one step: one undo takes every placed annotation back.
    expect(service.call('edits.undo', {})).toMatchObject({ targetKind: 'annotation', count: 3 });
  });

  it('says exactly what is wrong with a file that is not JSON or holds no annotation', async () => {
    const { service, importJson } = await workspace([IR]);
    expect(() => service.call('annotations.import', { fileName: 'notes.json', text: '<html>not json</html>' })).toThrow(/^notes\.json is not JSON \(.+\)\.$/u);
    expect(() => importJson({ hello: 'world' })).toThrow('notes.json holds no annotation: it is JSON, but neither W3C Web Annotations (an Annotation, a list of them, '
      + 'an AnnotationPage, an AnnotationCollection, a @graph) or a Hypothesis export (its "rows").');
    expect(() => importJson({ type: 'AnnotationCollection', total: 0, first: { type: 'AnnotationPage', items: [] } }))
      .toThrow('notes.json holds no annotation: it holds an empty list of annotations.');
    expect(() => importJson({ type: 'AnnotationCollection', first: 'https://example.org/annotations/page1' }))
      .toThrow('notes.json holds no annotation: page 1: it is at https://example.org/annotations/page1, not in the file; Assay reads only pages written out in the file.');
  });

  it("round-trips Assay's own export onto a changed version held under another hash: found by its quotes, changed ones fuzzy or orphaned", async () => {
    const a = await workspace([IR]);
    const text = fixture(IR).toString('utf8');
    for (const words of ['second kiln line', '452,000 yuan/mt', 'Leave a Reply']) {
      const at = text.indexOf(words);
      a.service.call('annotations.createRange', { documentId: 1, start: at, end: at + words.length, body: `On ${words}` });
    }
    const changed = `Editor's note.\n\n${text.replace('second kiln line', 'second kiln-line').replace('Leave a Reply\n', '')}`;
    const b = await workspace([]);
    importBytes(importStores(b.ws.db), Buffer.from(changed), IR, null);
    expect(b.importJson(exportAnnotations(a.ws.db))).toMatchObject(counts(1, 1, 1, 0));
  });
});

describe('importing Hypothesis exports', () => {
  const target = (uri: string, exact: string, extra: object[] = []) => [{ source: uri, selector: [
    { type: 'RangeSelector', startContainer: '/main[1]/p[1]', startOffset: 0, endContainer: '/main[1]/p[1]', endOffset: 10 },
    { type: 'TextPositionSelector', start: 5000, end: 5000 + exact.length },
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, ...extra,
  ] }];
  const row = (id: string, uri: string, exact: string, text = '', tags: string[] = []) => ({
    id, uri, text, tags, target: target(uri, exact), document: { title: ['A page'] }, created: '2025-06-01T10:00:00.000000+00:00',
    updated: '2025-06-02T10:00:00.000000+00:00', user: 'acct:analyst@hypothes.is', links: { html: `https://hypothes.is/a/${id}` },
  });

  it('matches documents by URL, file name or a quote found in one document; tags become tags and the note the body', async () => {
    const { ws, service, importJson } = await workspace();
    const rows = [
      row('h1', `${NEWS_URL}#section`, 'restarted on August 1', 'Restart **dated**.', ['sector/rare earths', 'to check']),
      row('h2', 'file:///home/me/Downloads/ir-record.txt', 'second kiln line', 'Which supplier?', ['to check']),
      row('h3', 'https://mirror.example/copy-of-note', 'separation plants held back supply'),
      row('h4', NEWS_URL, 'restarted on August 1 after a six week upgrade'),
      row('h5', NEWS_URL, 'a sentence the news page never printed'),
      row('h6', 'https://nowhere.example/', 'nothing in this workspace says this'),
      { ...row('h7', NEWS_URL, ''), target: [{ source: NEWS_URL }], text: 'A page note' },
      { ...row('h8', NEWS_URL, ''), target: [{ source: NEWS_URL }], references: ['h1'], text: 'A reply' },
    ];
    const result = importJson({ total: rows.length, rows }, 'hypothesis.json');
    expect(result).toEqual({ ...counts(3, 1, 1, 1), unknownSources: ['https://nowhere.example/'], skipped: [
      { item: 'item 7 (h7)', reason: `it is a note on the whole page ${NEWS_URL} with no selector; Assay keeps notes on words, passages and metrics, not on whole documents` },
      { item: 'item 8 (h8)', reason: 'it is a reply to another annotation, not a note on words' },
    ] });
    const listed = listAnnotations(ws.db);
    expect(listed.find((a) => a.quote === 'restarted on August 1')).toMatchObject({ document: 'Separation Plant Restarts After Upgrade | Lanthanide Weekly', note: 'Restart **dated**.', tags: ['sector/rare earths', 'to check'] });
    expect(listed.find((a) => a.quote === 'second kiln line')).toMatchObject({ note: 'Which supplier?', tags: ['to check'], state: 'anchored' });
    expect(listed.find((a) => a.quote === 'separation plants held back supply')?.document).toBe('Weekly Rare Earth Market Note');
    expect(service.call('tags.list', {}).map((t) => t.path)).toEqual(['sector', 'sector/rare earths', 'to check']);
  });

  it('accepts a bare array of rows', async () => {
    const { importJson } = await workspace();
    expect(importJson([row('h1', NEWS_URL, 'restarted on August 1')])).toMatchObject({ ...counts(1), skipped: [] });
  });
});

describe('assay annotations import', () => {
  it('prints the counts, each skipped item and each document not found, and exits 1 when items were skipped', async () => {
    const dir = tempDir();
    const file = path.join(dir, IR);
    fs.writeFileSync(file, fixture(IR));
    const ws = path.join(dir, 'w.assay');
    await runCli(['import', file, '-w', ws]);
    const notes = path.join(dir, 'notes.jsonld');
    fs.writeFileSync(notes, JSON.stringify({ type: 'AnnotationCollection', items: [annotation('second kiln line'), { type: 'Annotation' }, annotation('x', { target: quote('not here', 'https://elsewhere.example/b') })] }));
    const result = await runCli(['annotations', 'import', notes, '-w', ws]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      '1 placed exactly, 0 placed fuzzily, 0 orphaned, 1 for documents not in this workspace, 1 skipped.',
      '  skipped item 2: it has no target',
      '  not in this workspace: https://elsewhere.example/b',
      '',
    ]);
    fs.writeFileSync(notes, 'not json');
    expect((await runCli(['annotations', 'import', notes, '-w', ws])).stderr).toMatch(/ notes\.jsonld is not JSON \(.+\)\.$/mu);
  });
});
