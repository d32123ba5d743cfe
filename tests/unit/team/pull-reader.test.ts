import { monitorEventLoopDelay } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { importBytesAsync, importStores } from '../../../electron/core/import/import-file.ts';
import type { Service } from '../../../electron/core/service.ts';
import { sync } from '../../../electron/core/team/team.ts';
import { prose, writePdf } from '../../helpers/write-pdf.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { metricState, teamSuite, twoAnalysts } from './team-suite.ts';

/** A long report as a typesetting program writes it: parsing and extracting it takes about a second, storing it a tenth of that. */
function longReport(pages: number): Buffer {
  const page = (p: number) => Array.from({ length: 14 }, (_, k) => `In the quarter to June, output of Dy oxide at plant ${p}-${k} reached ${1000 + p * 14 + k} tonnes, `
    + `up ${(k % 9) + 1}.${k % 10}% year on year, while revenue rose to US$${((p + k) % 90) + 10}.${k}m.`).join(' ');
  return writePdf(Array.from({ length: pages }, (_, p) => ({ runs: prose(page(p), { x: 56, top: 60, chars: 90 }) })));
}

/** The longest the thread went without running a 5 ms timer, from now until `stop`. */
function stallWatch(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 5);
  return { stop: () => { clearInterval(timer); return longest; } };
}

/** Every document as stored: its text, passages and metrics, without rowids. */
function documentsState(service: Service): unknown[] {
  const db = service.workspace.db;
  return (db.prepare('SELECT d.file_name AS name, d.title, d.format, v.content_hash AS hash, v.text, v.source_path AS source, v.encoding FROM documents d JOIN document_versions v ON v.document_id = d.id ORDER BY v.content_hash').all() as Array<{ hash: string }>)
    .map((d) => ({ ...d, passages: db.prepare('SELECT p.ordinal, p.char_start, p.char_end, p.kind, p.debris FROM passages p JOIN document_versions v ON v.id = p.version_id WHERE v.content_hash = ? ORDER BY p.ordinal').all(d.hash) }));
}

teamSuite('pulled documents are read off the thread that pulls', (cluster) => {
  it('keeps the pulling thread answering while a long PDF is read, and stores what a local import of the same bytes stores', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    const stores = importStores(a.workspace.db);
    const pdf = longReport(120);
    // What reading the PDF on this thread holds it for, as a local import here does: the yardstick below, so a busy
    // machine slows both sides alike.
    const inline = stallWatch();
    expect((await importBytesAsync(stores, pdf, 'long-report.pdf', null)).status).toBe('imported');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const inlineLagMs = inline.stop();
    for (const name of ['ir-record.txt', 'market-note.md', 'news-page.html']) await importBytesAsync(stores, fixture(name), name, null);
    await sync(a.workspace.db);

    // Bo's thread answers calls while the pull runs: its event loop is never held for long.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    let answered = 0;
    const asking = setInterval(() => { b.call('documents.list', {}); answered++; }, 20);
    lag.enable();
    const progress: Array<[number, number]> = [];
    const started = performance.now();
    const counts = await sync(b.workspace.db, { onDocument: (read, planned) => progress.push([read, planned]) });
    const tookMs = performance.now() - started;
    lag.disable();
    clearInterval(asking);

    const maxLagMs = lag.max / 1e6;
    console.log(`pull of 4 documents (a ${Math.round(pdf.length / 1024)} KB, 120-page PDF among them): ${Math.round(tookMs)} ms; longest event-loop stall ${Math.round(maxLagMs)} ms (reading it here: ${Math.round(inlineLagMs)} ms); ${answered} calls answered meanwhile`);
    // Reading the PDF here holds the thread for about a second; storing it, all a pull still does here, a tenth of that.
    expect(maxLagMs).toBeLessThan(inlineLagMs / 3);
    expect(answered).toBeGreaterThan(tookMs / 20 / 3);
    expect(counts.documents).toBe(4);
    expect(progress).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);

    // The same documents, passages and metrics as the workspace that imported the bytes.
    expect(documentsState(b)).toEqual(documentsState(a));
    expect(metricState(b)).toEqual(metricState(a));
  });

  it('shows how far a sync through the contract has got while it runs: documents read of those met, changes received', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    const stores = importStores(a.workspace.db);
    for (const name of ['ir-record.txt', 'market-note.md', 'news-page.html']) await importBytesAsync(stores, fixture(name), name, null);
    await a.request('team.sync', {});

    const seen: unknown[] = [];
    const watching = setInterval(() => { const { progress } = b.call('team.status', {}); if (progress) seen.push(progress); }, 5);
    const result = await b.request('team.sync', {});
    clearInterval(watching);
    expect(result.documents).toBe(3);
    const pulling = seen.filter((p) => (p as { phase: string }).phase === 'pull');
    // Seen while the reader starts, and at the batch's end.
    expect(pulling).toContainEqual({ phase: 'pull', changes: 0, documentsRead: 0, documents: 3 });
    expect(pulling.at(-1)).toMatchObject({ documentsRead: 3, documents: 3, changes: expect.any(Number) });
    expect(b.call('team.status', {})).toMatchObject({ syncing: false, progress: null });
  });

  it('holds a pulled document to an import\'s budget: one over it is refused in words, and read again at the next sync', async () => {
    const { a, b } = await twoAnalysts(cluster, [[], []]);
    const stores = importStores(a.workspace.db);
    await importBytesAsync(stores, longReport(40), 'slow-report.pdf', null);
    const [metric] = a.call('metrics.page', { startRow: 0, endRow: 1 }).rows;
    a.call('metrics.update', { id: metric!.id, patch: { status: 'verified' } });
    await sync(a.workspace.db);

    // A reader that cannot finish a PDF in 1 ms: the PDF is refused as an import refuses it, and the edit to its figure waits.
    const refused = await sync(b.workspace.db, { budgets: { timeMs: 1 } });
    expect(refused.documents).toBe(0);
    expect(refused.warning).toMatch(/slow-report\.pdf was not imported: reading it took longer than 0\.001 s/u);
    // The version and the edit wait here, for the next sync.
    expect(refused.waiting).toBe(2);
    expect(b.call('documents.list', {})).toEqual([]);

    // The next sync, on the usual budget, reads it and applies the edit: nothing the team shared is lost for good.
    const again = await sync(b.workspace.db);
    expect(again.documents).toBe(1);
    expect(again.warning).toBeNull();
    expect(again.waiting).toBe(0);
    expect(b.call('documents.list', {}).map((d) => d.fileName)).toEqual(['slow-report.pdf']);
    expect(metricState(b)).toEqual(metricState(a));
  });
});
