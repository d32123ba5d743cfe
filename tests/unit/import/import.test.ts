import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../electron/core/db/workspace.ts';
import { importBytes, importFile, importStores, readBytes, storeRead } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import { fixture, fixturePath } from '../../helpers/fixtures.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';

async function workspace(): Promise<{ ws: Workspace; service: Service }> {
  const ws = await openWorkspace(tempWorkspacePath());
  return { ws, service: new Service(ws) };
}

const count = (ws: Workspace, table: string) => (ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('import', () => {
  it('stores the document, its original bytes, repaired text and passages', async () => {
    const { ws, service } = await workspace();
    const outcome = importFile(importStores(ws.db), fixturePath('ir-record.txt'));
    expect(outcome).toMatchObject({ status: 'imported', version: 1 });
    if (outcome.status === 'failed') return;
    const doc = service.call('documents.get', { id: outcome.documentId });
    expect(doc).toMatchObject({ format: 'txt', fileName: 'ir-record.txt', published: '2025-05-20', version: 1, versionCount: 1 });
    const original = ws.db.prepare('SELECT original, text FROM document_versions WHERE id = ?').get(doc.versionId) as { original: Buffer; text: string };
    expect(original.original.equals(fixture('ir-record.txt'))).toBe(true);
    const { passages } = service.call('passages.list', { documentId: doc.id });
    for (const p of passages) expect(original.text.slice(p.start, p.end)).toBe(p.text);
    const answer = passages.find((p) => p.kind === 'answer')!;
    expect(passages.find((p) => p.id === answer.questionId)?.kind).toBe('question');
  });

  it('adds nothing for identical bytes, whatever the file is called', async () => {
    const { ws } = await workspace();
    const stores = importStores(ws.db);
    importBytes(stores, fixture('wrapped.txt'), 'wrapped.txt', null);
    const again = importBytes(stores, fixture('wrapped.txt'), 'renamed.txt', null);
    expect(again.status).toBe('unchanged');
    expect(count(ws, 'documents')).toBe(1);
    expect(count(ws, 'document_versions')).toBe(1);
  });

  it('makes changed bytes with the same name and source a new version, keeping the old one', async () => {
    const { ws, service } = await workspace();
    const stores = importStores(ws.db);
    const first = importBytes(stores, fixture('wrapped.txt'), 'wrapped.txt', null);
    const edited = Buffer.from(fixture('wrapped.txt').toString('utf8').replace('Tuesday', 'Wednesday'));
    const second = importBytes(stores, edited, 'wrapped.txt', null);
    expect(second).toMatchObject({ status: 'new-version', version: 2 });
    if (first.status === 'failed' || second.status === 'failed') return;
    expect(second.documentId).toBe(first.documentId);
    const doc = service.call('documents.get', { id: first.documentId });
    expect(doc.versions.map((v) => v.version)).toEqual([1, 2]);
    // Search sees only the current version.
    expect(service.call('search.passages', { query: 'Wednesday' })).toHaveLength(1);
    expect(service.call('search.passages', { query: 'Tuesday' })).toHaveLength(0);
    expect(count(ws, 'passages')).toBeGreaterThan(service.call('passages.list', { documentId: doc.id }).total);
  });

  it('keeps metadata the analyst edited when a new version arrives', async () => {
    const { service, ws } = await workspace();
    const stores = importStores(ws.db);
    const first = importBytes(stores, fixture('wrapped.txt'), 'wrapped.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    service.call('documents.update', { id: first.documentId, patch: { title: 'My title', published: '2025-07-15' } });
    importBytes(stores, Buffer.from(`${fixture('wrapped.txt').toString('utf8')}\nOne more line at the end.\n`), 'wrapped.txt', null);
    expect(service.call('documents.get', { id: first.documentId })).toMatchObject({ title: 'My title', published: '2025-07-15', version: 2, editedFields: ['title', 'published'] });
  });

  it('rejects bad metadata edits with a clear message and keeps the old values', async () => {
    const { service, ws } = await workspace();
    const first = importBytes(importStores(ws.db), fixture('wrapped.txt'), 'wrapped.txt', null);
    if (first.status === 'failed') throw new Error(first.error);
    expect(() => service.call('documents.update', { id: first.documentId, patch: { published: 'July 2025' } })).toThrow(/YYYY-MM-DD/);
    expect(() => service.call('documents.update', { id: first.documentId, patch: { title: '  ' } })).toThrow(/title cannot be empty/);
    expect(service.call('documents.get', { id: first.documentId }).published).toBe('2025-07');
  });

  it('fails bad files one by one with a reason, leaving nothing half-imported', async () => {
    const { ws } = await workspace();
    const stores = importStores(ws.db);
    const dir = tempDir();
    const cases: Record<string, Buffer> = {
      'empty.txt': Buffer.alloc(0),
      'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]),
      'scan.pdf': Buffer.from('%PDF-1.4\n%âãÏÓ\n'),
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      'data.xyz': Buffer.from('plain words'),
    };
    for (const [name, bytes] of Object.entries(cases)) fs.writeFileSync(path.join(dir, name), bytes);
    const outcomes = [...Object.keys(cases), 'missing.txt'].map((name) => importFile(stores, path.join(dir, name)));
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('failed'));
    for (const o of outcomes) if (o.status === 'failed') expect(o.error.length).toBeGreaterThan(20);
    expect(count(ws, 'documents')).toBe(0);
    expect(count(ws, 'passages')).toBe(0);
  });
});

describe('import with the search index held back for a group of files', () => {
  const matches = (ws: Workspace, word: string) => (ws.db.prepare('SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH ?').get(word) as { n: number }).n;
  const text = (word: string) => new TextEncoder().encode(`Notes ${word}\n\nOutput reached 120 mt in the quarter, the ${word} desk said.\n`);

  it('indexes nothing until flushed, then what a file stored at once would have, a version superseded in the group included', async () => {
    const { ws } = await workspace();
    const stores = importStores(ws.db, { deferIndex: true });
    ws.db.exec('BEGIN IMMEDIATE');
    expect(importBytes(stores, text('alphaword'), 'note.txt', null).status).toBe('imported');
    expect(importBytes(stores, text('betaword'), 'note.txt', null).status).toBe('new-version');
    expect(matches(ws, 'betaword')).toBe(0);
    stores.passages.flushIndex();
    ws.db.exec('COMMIT');
    expect([matches(ws, 'alphaword'), matches(ws, 'betaword')]).toEqual([0, 2]);
    expect(stores.passages.indexedCount()).toBe(2);
    expect(() => ws.db.prepare("INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('forgets the index writes of a file that failed and was rolled back', async () => {
    const { ws } = await workspace();
    const stores = importStores(ws.db, { deferIndex: true });
    ws.db.exec('BEGIN IMMEDIATE');
    importBytes(stores, text('alphaword'), 'a.txt', null);
    const held = stores.passages.heldBackCount();
    const bad = readBytes(text('betaword'), 'b.txt', null);
    if (!bad.ok) throw new Error('fixture unread');
    (bad.metrics[0] as { kind: string }).kind = 'not-a-kind'; // refused by the table's CHECK, after the passages are written
    expect(storeRead(stores, bad).status).toBe('failed');
    expect(stores.passages.heldBackCount()).toBe(held);
    expect(stores.passages.heldBackChars()).toBe(ws.db.prepare('SELECT sum(length(text)) FROM passages WHERE debris = 0').pluck().get());
    stores.passages.flushIndex();
    ws.db.exec('COMMIT');
    expect([matches(ws, 'alphaword'), matches(ws, 'betaword')]).toEqual([2, 0]);
    expect(() => ws.db.prepare("INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('flushes a file stored outside any transaction in its own', async () => {
    const { ws } = await workspace();
    const stores = importStores(ws.db, { deferIndex: true });
    importBytes(stores, text('alphaword'), 'a.txt', null);
    expect(stores.passages.heldBackCount()).toBe(0);
    expect(matches(ws, 'alphaword')).toBe(2);
  });
});
