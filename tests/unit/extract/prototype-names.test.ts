import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { extractFromText } from '../../../electron/core/extract/extract.ts';
import { extractTable, readUnitsLine } from '../../../electron/core/extract/tables.ts';
import { importBytes, importStores } from '../../../electron/core/import/import-file.ts';
import { Service } from '../../../electron/core/service.ts';
import type { ExtractedMetric } from '../../../shared/metrics.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

/*
 * Words that name what Object.prototype holds: a plain object used as a table of words
 * finds "constructor" or "toString" in every document. Each is fed through extraction,
 * import, search, tags, notes, annotations and metric edits.
 */
const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** Sentences that put a name where the extractor looks up labels, units, currencies, scales, periods and entities. */
function sentences(name: string): string[] {
  return [
    `Prices are ${name} 965,974 yuan/mt.`,
    `${name} revenue rose 5% to 3.2 billion ${name}.`,
    `${name} 12 hasOwnProperty`,
    `Output was 12 ${name} in Q1 2025, up 3% ${name}.`,
    `Sales reached ${name} 5.5 million in the ${name} quarter of 2024.`,
    `The company ${name} 1,200 mt of ${name} in ${name} 2024.`,
    `${name} Group said its ${name} revenue was US$ 7 ${name}, a ${name} increase of 4%.`,
    `A ${name} 50,000 ${name}/${name} project costs 8 ${name} per ${name}.`,
    `${name}: 42 ${name}; ${name} ${name} ${name}.`,
  ];
}

function expectPlain(m: ExtractedMetric): void {
  for (const text of [m.label, m.unit, m.entity ?? '', m.period?.label ?? '', m.display.unit ?? '', m.display.scale ?? '']) {
    expect(typeof text).toBe('string');
    expect(text).not.toMatch(/native code|\[object /u);
  }
  expect(Number.isFinite(m.value)).toBe(true);
}

function sourceOf(format: 'txt' | 'md' | 'html'): string {
  const prose = NAMES.flatMap(sentences);
  if (format === 'txt') return `Report on ${NAMES.join(' ')}\n\n${prose.join('\n\n')}\n`;
  if (format === 'md') {
    const table = ['| | 2024 | 2025 |', '| --- | --- | --- |', ...NAMES.map((n) => `| ${n} | 1,${n.length}00 | 2 |`)].join('\n');
    return `---\ntitle: ${NAMES[0]}\nsource: toString\n---\n# ${NAMES.join(' ')}\n\n${prose.join('\n\n')}\n\nUnits (${NAMES[1]})\n\n${table}\n`;
  }
  const cells = NAMES.map((n) => `<tr><td>${n}</td><td>${n.length}</td></tr>`).join('');
  return `<html><head><title>${NAMES[2]}</title><meta name="source" content="constructor"></head><body><article>`
    + `<h1 class="__proto__">${NAMES.join(' ')}</h1>${prose.map((p) => `<p id="${p.slice(0, 9)}">${p}</p>`).join('')}`
    + `<constructor>12 mt</constructor><toString>5%</toString><table><tr><th>${NAMES[3]}</th><th>2024</th></tr>${cells}</table>`
    + '</article></body></html>';
}

async function service(): Promise<Service> {
  return new Service(await openWorkspace(tempWorkspacePath()));
}

describe('words that name Object.prototype properties', () => {
  it('are read by extraction as the words they are', () => {
    for (const name of NAMES) {
      for (const sentence of sentences(name)) {
        const metrics = extractFromText(sentence, { date: '2025-06-30', subject: null });
        metrics.forEach(expectPlain);
      }
      expect(extractFromText(`Prices are ${name} 965,974 yuan/mt`, { date: null, subject: null }).map((m) => [m.value, m.unit]))
        .toEqual([[965974, 'CNY/t']]);
      expect(extractFromText(`${name} 12 hasOwnProperty`, { date: null, subject: null })).toEqual([]);
      expect(readUnitsLine(`Output (${name})`)).toBeNull();
      const table = `\t${name}\t2024\n${name}\t5\t6`;
      extractTable(table, 0, table.length, null, { date: null, subject: name }).forEach(expectPlain);
    }
  });

  it('import as text, Markdown and HTML with plain labels', async () => {
    for (const format of ['txt', 'md', 'html'] as const) {
      const s = await service();
      const outcome = importBytes(importStores(s.workspace.db), Buffer.from(sourceOf(format)), `constructor.${format}`, null);
      expect(outcome.status, format).toBe('imported');
      const { rows, total } = s.call('metrics.page', { endRow: 1000 });
      expect(total, format).toBeGreaterThan(NAMES.length);
      for (const row of rows) {
        for (const text of [row.label, row.unit ?? '', row.entity ?? '', row.periodLabel ?? '']) expect(text).not.toMatch(/native code|\[object /u);
      }
      const doc = s.call('documents.list', {})[0]!;
      expect(doc.title).not.toMatch(/native code/u);
    }
  });

  it('name a page\'s charset or a file\'s extension without harm', async () => {
    const s = await service();
    const stores = importStores(s.workspace.db);
    for (const name of NAMES) {
      const page = Buffer.concat([Buffer.from(`<html><head><meta charset="${name}"></head><body><p>Caf`), Buffer.from([0xe9]), Buffer.from(` ${name}</p></body></html>`)]);
      expect(importBytes(stores, page, `${name}.html`, null).status, name).toBe('imported');
      expect(importBytes(stores, Buffer.from(`Text of ${name}`), `notes.${name}`, null).status, name).toBe('failed');
    }
    const texts = s.call('documents.list', {}).map((d) => d.title);
    expect(texts.every((t) => !/native code/u.test(t))).toBe(true);
  });

  it('are searched, tagged, noted and edited as text', async () => {
    const s = await service();
    importBytes(importStores(s.workspace.db), Buffer.from(sourceOf('txt')), 'names.txt', null);
    expect(s.call('search.passages', { query: 'constructor' }).length).toBeGreaterThan(0);
    for (const name of NAMES) {
      s.call('search.passages', { query: name });
      s.call('search.passages', { query: `"${name}" OR ${name}*` });
      s.call('metrics.page', { quick: name, label: name, entity: name, unit: name, period: name });
    }
    const metric = s.call('metrics.page', {}).rows[0]!;
    const passage = s.call('passages.list', { documentId: metric.documentId }).passages[0]!;

    const paths = ['constructor', '__proto__', '__proto__/toString', 'toString/constructor/hasOwnProperty'];
    const tags = paths.map((path) => s.call('tags.create', { path }));
    expect(tags.map((t) => t.path)).toEqual(paths);
    expect(s.call('tags.create', { path: ' __proto__ / toString ' }).id).toBe(tags[2]!.id);
    expect(s.call('tags.list', {}).map((t) => t.path).sort()).toEqual([...paths, 'toString', 'toString/constructor'].sort());
    s.call('tags.set', { targetKind: 'metric', targetId: metric.id, tagIds: tags.map((t) => t.id) });
    expect(s.call('metrics.get', { id: metric.id }).tagRefs.map((t) => t.path).sort()).toEqual([...paths].sort());
    expect(s.call('metrics.page', { tagId: tags[1]!.id }).rows.map((r) => r.id)).toEqual([metric.id]);
    expect(s.call('tags.rename', { id: tags[0]!.id, name: 'valueOf' }).path).toBe('valueOf');

    for (const name of NAMES) {
      const note = s.call('annotations.createOnPassage', { passageId: passage.id, body: name, color: null });
      expect(s.call('annotations.get', { id: note.id }).body).toBe(name);
      expect(s.call('annotations.update', { id: note.id, patch: { body: `${name} ${name}` } }).body).toBe(`${name} ${name}`);
      s.call('tags.set', { targetKind: 'annotation', targetId: note.id, tagIds: [tags[2]!.id] });

      const edited = s.call('metrics.update', { id: metric.id, patch: { label: name, unit: name, entity: name, periodLabel: name, note: name } });
      expect([edited.label, edited.unit, edited.entity, edited.periodLabel, edited.note]).toEqual([name, name, name, name, name]);
      const again = s.call('metrics.get', { id: metric.id });
      expect([again.label, again.unit, again.entity, again.periodLabel, again.note]).toEqual([name, name, name, name, name]);
    }
    expect(s.call('annotations.list', { documentId: metric.documentId }).map((a) => a.body))
      .toEqual(expect.arrayContaining(NAMES.map((n) => `${n} ${n}`)));
    s.call('edits.undo', {});
    expect(s.call('metrics.get', { id: metric.id }).label).toBe(NAMES[NAMES.length - 2]);
    s.call('edits.redo', {});
    expect(s.call('metrics.get', { id: metric.id }).label).toBe(NAMES[NAMES.length - 1]);
  });
});
