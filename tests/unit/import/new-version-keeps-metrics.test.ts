import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { MetricDetail } from '../../../shared/metrics.ts';
import { fixture } from '../../helpers/fixtures.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

const original = fixture('ir-record.txt').toString('utf8');
/** A new version: a few words changed away from any figure, one figure's clause gone, nothing else. */
const changed = original
  .replace('The second kiln line came online in February.', 'The second kiln line started up in February.')
  .replace(', while sales volume was 3,950 mt', '');

async function imported() {
  const file = path.join(tempDir(), 'versions.assay');
  const service = new Service(await openWorkspace(file));
  const stores = importStores(service.workspace.db);
  const first = importBytes(stores, Buffer.from(original), 'ir-record.txt', null);
  if (first.status === 'failed') throw new Error(first.error);
  const newVersion = () => {
    const second = importBytes(stores, Buffer.from(changed), 'ir-record.txt', null);
    expect(second.status).toBe('new-version');
  };
  return { file, service, documentId: first.documentId, newVersion };
}

const state = (service: Service, id: number) => service.workspace.db.prepare(`SELECT m.anchor_state AS anchor, m.version_id = d.current_version_id AS current
  FROM metrics m JOIN documents d ON d.id = m.document_id WHERE m.id = ?`).get(id) as { anchor: string; current: number } | undefined;

describe('a new version of a document', () => {
  it("keeps every metric a report holds: placed again under its id where its words still are, kept and marked orphaned where they are not", async () => {
    const { service, documentId, newVersion } = await imported();
    const report = service.call('reports.create', { name: 'Q1 check' });
    const built = service.call('reports.addGrid', { id: report.id, section: 0, selection: { documentId } });
    const ids = built.sections[0]!.items.map((i) => (i.kind === 'metric' ? i.metricId : -1));
    const sales = service.call('metrics.page', { documentId, quick: '3,950' }).rows[0]!;
    expect(ids).toContain(sales.id);
    const quotes = new Map(ids.map((id) => [id, service.call('metrics.get', { id }).surface]));

    newVersion();

    // The report still names every one of its metrics, and they all still exist.
    expect(service.call('reports.get', { id: report.id }).sections[0]!.items).toEqual(built.sections[0]!.items);
    for (const id of ids) expect(() => service.call('metrics.get', { id }), `metric ${id}`).not.toThrow();
    // Those whose words are still there sit on the new version, on those words.
    const text = (service.workspace.db.prepare('SELECT v.text FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?')
      .get(documentId) as { text: string }).text;
    for (const id of ids.filter((i) => i !== sales.id)) {
      expect(state(service, id), `metric ${id}`).toEqual({ anchor: 'anchored', current: 1 });
      const m = service.call('metrics.get', { id });
      expect(text.slice(m.start!, m.end!)).toBe(quotes.get(id));
    }
    // The one whose clause is gone is kept with its quote, marked for review, not deleted.
    expect(state(service, sales.id)).toEqual({ anchor: 'orphaned', current: 0 });
    expect(service.call('metrics.get', { id: sales.id }).sentence).toContain('sales volume was 3,950 mt');
    // Never twice: a figure placed again is not also there as a fresh copy.
    const rows = service.call('metrics.page', { documentId, endRow: 1000 }).rows;
    expect(new Set(rows.map((r) => `${r.start}:${r.end}`)).size).toBe(rows.length);
    expect(rows).toHaveLength(ids.length);
  });

  it('keeps the ids of untouched figures it states again, so exported links still open them, and reuses no removed id', async () => {
    const { service, documentId, newVersion } = await imported();
    const before = service.call('metrics.page', { documentId, endRow: 1000 }).rows;
    const sales = before.find((r) => r.value === 3950)!;
    const top = Math.max(...before.map((r) => r.id));
    newVersion();
    const after = service.call('metrics.page', { documentId, endRow: 1000 }).rows;
    const byId = new Map(after.map((r) => [r.id, r]));
    for (const r of before.filter((b) => b.id !== sales.id)) {
      expect(byId.get(r.id), `${r.label} ${r.value}`).toMatchObject({ label: r.label, value: r.value, unit: r.unit, periodEnd: r.periodEnd });
    }
    expect(after).toHaveLength(before.length - 1);
    // The figure whose words are gone is replaced (it was never worked on), and its id is not given to another figure.
    expect(byId.has(sales.id)).toBe(false);
    expect(() => service.call('metrics.get', { id: sales.id })).toThrow(/There is no metric/u);
    expect(after.filter((r) => !before.some((b) => b.id === r.id)).every((r) => r.id > top)).toBe(true);
  });

  it('leaves a figure the analyst deleted in the trash when it states it again, and restoring it brings it back on the new version', async () => {
    const { service, documentId, newVersion } = await imported();
    const output = service.call('metrics.page', { documentId, endRow: 1000 }).rows.find((r) => r.value === 4200)!;
    service.call('metrics.delete', { id: output.id });
    newVersion();
    // Not read again as a fresh, unreviewed figure beside the deleted one.
    expect(service.call('metrics.page', { documentId, endRow: 1000 }).rows.filter((r) => r.value === 4200)).toEqual([]);
    service.call('trash.restore', { id: service.call('trash.list', {})[0]!.id });
    expect(state(service, output.id)).toEqual({ anchor: 'anchored', current: 1 });
    const text = service.workspace.db.prepare('SELECT v.text FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?').pluck().get(documentId) as string;
    const back = service.call('metrics.get', { id: output.id });
    expect(text.slice(back.start!, back.end!)).toBe('4,200 mt');
    expect(service.call('metrics.page', { documentId, endRow: 1000 }).rows.filter((r) => r.value === 4200)).toHaveLength(1);
  });

  it('exports the report with as many metrics from the command line before and after', async () => {
    const { file, service, documentId, newVersion } = await imported();
    const report = service.call('reports.create', { name: 'Q1 check' });
    const built = service.call('reports.addGrid', { id: report.id, section: 0, selection: { documentId } });
    const count = built.sections[0]!.items.length;
    const out = path.join(path.dirname(file), 'report.md');
    const exported = async () => {
      expect((await runCli(['export', '--report', 'Q1 check', '--format', 'md', '--out', out, '-w', file])).code).toBe(0);
      return fs.readFileSync(out, 'utf8');
    };
    expect(await exported()).toContain(`· ${count} metrics ·`);
    newVersion();
    const after = await exported();
    expect(after).toContain(`· ${count} metrics ·`);
    expect(after).toContain('3,950');
  });
});

describe('reading a document again with a newer extractor', () => {
  it('keeps the ids of the figures it reads again, and leaves the figures a report holds as they are', async () => {
    const { service, documentId } = await imported();
    const db = service.workspace.db;
    const [misread, reported] = service.call('metrics.page', { documentId, endRow: 1000 }).rows;
    db.prepare(`UPDATE metrics SET extractor_version = '1.1.0'`).run();
    db.prepare(`UPDATE metrics SET label = 'amount' WHERE id IN (?, ?)`).run(misread!.id, reported!.id);
    const report = service.call('reports.create', { name: 'Held' });
    const { id, name, updatedAt: _u, ...content } = report;
    service.call('reports.save', { id, name, content: { ...content, sections: [{ heading: '', commentary: '', items: [{ kind: 'metric', metricId: reported!.id }] }] } });

    const summary = service.call('metrics.reextract', {});
    expect(summary).toMatchObject({ changed: 1, added: 0, removed: 0, kept: 1 });
    expect(service.call('metrics.get', { id: misread!.id }).label).toBe(misread!.label);
    expect(service.call('metrics.get', { id: reported!.id }).label).toBe('amount');
    expect(service.call('workspace.info', {}).staleMetricCount).toBe(0);
  });
});

describe('where a metric stands after a new version', () => {
  it('is told through the contract: orphaned with the versions it is from and the reader shows, or fuzzy with the words it now sits on', async () => {
    const file = path.join(tempDir(), 'placement.assay');
    const service = new Service(await openWorkspace(file));
    const stores = importStores(service.workspace.db);
    const v1 = 'Rare earths weekly\n\nMP Materials sold 597 t of NdPr oxide in Q2 2025. Lynas reported revenue of 1.352 billion Australian dollars for the year.\n';
    const first = importBytes(stores, Buffer.from(v1), 'weekly.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    const rows = service.call('metrics.page', { documentId: first.documentId }).rows;
    const sold = rows.find((r) => r.value === 597)!;
    const revenue = rows.find((r) => r.label.includes('revenue'))!;
    expect(rows.map((r) => r.anchorState)).toEqual(rows.map(() => 'anchored'));
    for (const id of [sold.id, revenue.id]) service.call('metrics.update', { id, patch: { status: 'verified' } });
    importBytes(stores, Buffer.from(v1.replace('597 t', '600 t').replace('1.352 billion', '1.353 billion')), 'weekly.txt', null);

    const orphan = MetricDetail.parse(service.call('metrics.get', { id: sold.id }));
    expect(orphan).toMatchObject({ anchorState: 'orphaned', version: 1, currentVersion: 2, value: 597, status: 'verified' });
    expect(orphan.sentence).toContain('597 t');
    const moved = MetricDetail.parse(service.call('metrics.get', { id: revenue.id }));
    expect(moved).toMatchObject({ anchorState: 'fuzzy', version: 2, currentVersion: 2, surface: '1.352 billion Australian dollars', placedOn: '1.353 billion Australian dollars' });
    const page = service.call('metrics.page', { documentId: first.documentId }).rows;
    expect(page.find((r) => r.id === sold.id)!.anchorState).toBe('orphaned');
    expect(page.find((r) => r.value === 600)!.anchorState).toBe('anchored');
  });
});
