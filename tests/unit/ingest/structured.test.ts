import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../electron/core/ingest/parse-document.ts';
import { fixture } from '../../helpers/fixtures.ts';

function passages(name: string) {
  const doc = parseDocument(fixture(name), name);
  return { doc, list: doc.passages.map((p) => ({ kind: p.kind, depth: p.depth, text: doc.text.slice(p.start, p.end) })) };
}

describe('HTML import', () => {
  const { doc, list } = passages('news-page.html');

  it('keeps only the readable content', () => {
    const all = list.map((p) => p.text).join('\n');
    for (const furniture of ['window.tracking', 'font-family', 'We use cookies', 'Prices', 'Related:', 'Share this', 'All rights reserved']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('keeps headings, lists, quotes and tables as passage kinds', () => {
    expect(list[0]).toEqual({ kind: 'heading', depth: 1, text: 'Separation Plant Restarts After Upgrade' });
    expect(list).toContainEqual({ kind: 'heading', depth: 2, text: 'What changed' });
    expect(list).toContainEqual({ kind: 'list_item', depth: 0, text: 'New solvent extraction cells' });
    expect(list).toContainEqual({ kind: 'list_item', depth: 1, text: 'cuts fresh water use by a third' });
    expect(list).toContainEqual({ kind: 'quote', depth: 0, text: 'We expect full output by October.' });
    expect(list).toContainEqual({ kind: 'table', depth: 0, text: 'Line\t2024\t2025\nMixed oxides (mt)\t9,500\t12,000' });
  });

  it('reads inline markup as text and drops "(opens in a new tab)"', () => {
    expect(list[1]!.text).toContain('capacity to 12,000 mt/year of mixed oxides');
    expect(list[2]!.text).toBe('The operator said the work cost 380 million yuan and was finished on schedule.');
  });

  it('takes metadata from the head', () => {
    expect(doc.meta).toEqual({
      title: 'Separation Plant Restarts After Upgrade | Lanthanide Weekly',
      source: null,
      publisher: 'Lanthanide Weekly',
      url: 'https://lanthanide.example/news/separation-plant-restarts',
      published: '2025-08-02',
    });
  });

  it('has exact offsets', () => {
    for (const p of doc.passages) expect(doc.text.slice(p.start, p.end).trim()).toBe(doc.text.slice(p.start, p.end));
  });
});

describe('Markdown import', () => {
  const { doc, list } = passages('market-note.md');

  it('reads front matter as metadata', () => {
    expect(doc.meta).toMatchObject({ title: 'Weekly Rare Earth Market Note', published: '2025-07-11', source: 'Example Research Desk', url: 'https://research.example/notes/2025-07-11' });
  });

  it('turns blocks into passages with inline markup removed', () => {
    expect(list[0]).toEqual({ kind: 'heading', depth: 1, text: 'Weekly Rare Earth Market Note' });
    expect(list[1]!.text).toBe('Oxide prices firmed this week as separation plants held back supply. See the price table below.');
    expect(list).toContainEqual({ kind: 'table', depth: 0, text: 'Product\tPrice (yuan/mt)\tChange\nPr-Nd oxide\t455,000\t+1.2%\nDy oxide\t1,620,000\t-0.4%' });
    expect(list).toContainEqual({ kind: 'list_item', depth: 1, text: 'mostly light rare earths' });
    expect(list[list.length - 1]).toEqual({ kind: 'quote', depth: 0, text: 'Traders expect quotas to be issued in stages.' });
  });
});
