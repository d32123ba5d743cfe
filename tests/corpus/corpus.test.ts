import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/workspace.ts';
import { startImport } from '../../electron/core/jobs/import-job.ts';
import { Service } from '../../electron/core/service.ts';
import type { DocumentSummary } from '../../shared/documents.ts';
import { SHARED } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';
import { tempWorkspacePath } from '../helpers/temp-workspace.ts';

/*
 * Imports the five real articles in ../shared/corpus (never copied into the project) and
 * checks the repairs and the Q&A structure the issue names.
 */

const CORPUS = path.join(SHARED, 'corpus');
const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
let service: Service;
let docs: DocumentSummary[];

function docFor(prefix: string): DocumentSummary {
  const stem = files.find((f) => f.startsWith(prefix))!;
  return docs.find((d) => d.fileName === stem)!;
}

function textOf(prefix: string): string {
  const doc = service.call('documents.get', { id: docFor(prefix).id });
  return (service.workspace.db.prepare('SELECT text FROM document_versions WHERE id = ?').get(doc.versionId) as { text: string }).text;
}

beforeAll(async () => {
  if (files.length !== 5) throw new Error(`Expected the five corpus files in ${CORPUS}; found ${files.length}. Put shared/ beside the checkout.`);
  const ws = await openWorkspace(tempWorkspacePath());
  const summary = await startImport(ws.path, files.map((f) => path.join(CORPUS, f))).result;
  expect(summary.outcomes.every((o) => o.status === 'imported')).toBe(true);
  service = new Service(ws);
  docs = service.call('documents.list', {});
});

describe('the corpus', () => {
  it('imports all five articles', () => {
    expect(docs).toHaveLength(5);
  });

  it('repairs the Windows-874 mojibake of 001 and 004 as the issue lists', () => {
    const t1 = textOf('001_');
    const t4 = textOf('004_');
    for (const expected of ['China’s', '© 2025', 'Exchanges™', '“world-class rare earth champion.”']) expect(t1).toContain(expected);
    for (const expected of ['2024–2025', '(CNRE)—the', 'world’s largest', 'isn’t corporate governance—it’s']) expect(t4).toContain(expected);
    for (const t of [t1, t4]) expect(t).not.toMatch(/[\u0e01-\u0e5b]/u);
  });

  it('records the repairs per document', () => {
    const repairs = service.call('documents.get', { id: docFor('004_').id }).repairs;
    expect(repairs.find((r) => r.kind === 'mojibake')?.count).toBeGreaterThan(20);
    expect(service.call('documents.get', { id: docFor('003_').id }).repairs.some((r) => r.kind === 'mojibake')).toBe(false);
  });

  it('leaves the clean articles\' text as it was, but for page hints', () => {
    const raw = fs.readFileSync(path.join(CORPUS, files.find((f) => f.startsWith('003_'))!), 'utf8');
    expect(textOf('003_')).toBe(raw);
  });

  it('splits the Q&A record of 003 into linked questions and answers', () => {
    const { passages } = service.call('passages.list', { documentId: docFor('003_').id });
    const questions = passages.filter((p) => p.kind === 'question');
    expect(questions).toHaveLength(10);
    for (const q of questions) {
      const answers = passages.filter((p) => p.questionId === q.id);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers[0]!.kind).toBe('answer');
      expect(answers[0]!.ordinal).toBe(q.ordinal + 1);
    }
    const revenue = passages.find((p) => p.text.includes('operating revenue of 9.287 billion yuan'))!;
    expect(revenue.kind).toBe('paragraph');
    expect(revenue.questionId).toBeNull();
  });

  it('drops or marks web-page debris', () => {
    for (const d of docs) {
      const { passages } = service.call('passages.list', { documentId: d.id });
      for (const p of passages) expect(p.text).not.toContain('(opens in a new tab)');
      for (const p of passages.filter((x) => /^(Leave a Reply|0 Comments|Spread the word:)$/u.test(x.text))) expect(p.debris).toBe(true);
    }
  });

  it('reads publication dates the articles state', () => {
    expect(docFor('000_').published).toBe('2025-06');
    expect(docFor('003_').published).toBe('2025-07-08');
  });

  it('finds "rare earth" with ranked snippets', () => {
    const hits = service.call('search.passages', { query: 'rare earth', limit: 10 });
    expect(hits).toHaveLength(10);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
    expect(hits[0]!.snippet.some((p) => p.match && /rare/iu.test(p.text))).toBe(true);
  });

  it('extracts the figures of the Q&A record with labels, changes and periods', () => {
    const rows = service.workspace.db.prepare('SELECT * FROM metrics WHERE document_id = ?').all(docFor('003_').id) as Array<Record<string, unknown>>;
    const find = (surface: string) => rows.find((r) => r.surface === surface)!;
    expect(find('9.287 billion yuan')).toMatchObject({ label: 'operating revenue', value: 9287000000, unit: 'CNY', change_value: 61.19, change_basis: 'yoy', period_start: '2025-01-01', period_end: '2025-03-31', entity: 'China Northern Rare Earth' });
    expect(find('5,700 mt')).toMatchObject({ label: 'rare earth oxide production volume', value: 5700, unit: 't', change_value: 33.99 });
    expect(find('444,500 yuan/mt')).toMatchObject({ label: 'Pr-Nd oxide average price', unit: 'CNY/t', change_value: 46500, change_basis: 'since', change_since: '2024-12-31', period_start: '2025-03-31' });
    expect(find('3.49 billion kW')).toMatchObject({ value: 3490000000, unit: 'kW', period_end: '2025-04-30' });
    expect(find('100,000 mt/year')).toMatchObject({ value: 100000, unit: 't/yr', kind: 'capacity' });
    expect(find('454,000 yuan/mt')).toMatchObject({ change_value: 3000, change_basis: 'dod', period_start: '2025-07-08' });
  });

  it('counts what the other articles count', () => {
    const counts = service.workspace.db.prepare(`SELECT surface FROM metrics WHERE unit = 'count'`).all() as Array<{ surface: string }>;
    expect(counts.map((c) => c.surface)).toEqual(expect.arrayContaining(['17 investor questions', '30 representatives', '100 ideological training sessions']));
  });

  it('prints the repaired text of 001 through assay text', async () => {
    const result = await runCli(['text', path.join(CORPUS, files.find((f) => f.startsWith('001_'))!)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Northern Rare Earth’s board emphasized');
  });
});
