import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/extract/extract-document.ts';
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

  it('keeps every figure of a table with spanning cells under its own heading, a group heading over its columns', () => {
    const html = `<h1>Segments</h1><p>US$ million</p><table>
      <tr><th rowspan="2">Segment</th><th colspan="2">FY2024</th><th colspan="2">FY2025E</th></tr>
      <tr><th>Revenue</th><th>EBITDA</th><th>Revenue</th><th>EBITDA</th></tr>
      <tr><td>Sensors</td><td>398</td><td>71</td><td>452</td><td>88</td></tr>
      <tr><td rowspan="2">Services</td><td>230</td><td>(12)</td><td>262</td><td>9</td></tr>
      <tr><td>118</td><td>4</td><td>131</td><td>6</td></tr></table>`;
    const page = parseDocument(Buffer.from(html), 'segments.html');
    const table = page.passages.find((p) => p.kind === 'table')!;
    expect(page.text.slice(table.start, table.end).split('\n')).toEqual(['Segment\tFY2024\t\tFY2025E\t', '\tRevenue\tEBITDA\tRevenue\tEBITDA',
      'Sensors\t398\t71\t452\t88', 'Services\t230\t(12)\t262\t9', '\t118\t4\t131\t6']);
    const metrics = extractDocument(page).filter((m) => m.label.startsWith('Sensors'));
    expect(metrics.map((m) => [m.label, m.value, m.period?.label])).toEqual([
      ['Sensors — Revenue', 398e6, 'FY2024'], ['Sensors — EBITDA', 71e6, 'FY2024'], ['Sensors — Revenue', 452e6, 'FY2025E'], ['Sensors — EBITDA', 88e6, 'FY2025E']]);
  });
});

describe('a German interim report in HTML: a decimal comma, a caption and a footer note', () => {
  const html = `<h1>Halbjahresbericht zum 30. Juni 2024</h1>
    <p>Der Umsatz stieg im ersten Halbjahr 2024 um 4,7 % auf 2.318,6 Mio. Euro. Das EBIT lag bei 141,9 Mio. €.</p>
    <table><caption>Kennzahlen (in Mio. €)</caption>
    <thead><tr><th></th><th>H1 2024</th><th>H1 2023</th><th>Veränderung</th></tr></thead>
    <tbody><tr><td>Umsatz</td><td>2.318,6</td><td>2.214,5</td><td>4,7 %</td></tr>
    <tr><td>Periodenergebnis</td><td>38,2</td><td>–7,4</td><td>–</td></tr>
    <tr><td>Mitarbeiter (Anzahl)</td><td>5.206</td><td>5.011</td><td>3,9 %</td></tr></tbody>
    <tfoot><tr><td colspan="4">Vorjahreswerte angepasst.</td></tr></tfoot></table>`;
  const page = parseDocument(Buffer.from(html), 'bericht.html');

  it('keeps the caption before the table and the footer note after it, as passages of their own', () => {
    expect(page.passages.map((p) => [p.kind, page.text.slice(p.start, p.end).split('\n')[0]])).toEqual([
      ['heading', 'Halbjahresbericht zum 30. Juni 2024'], ['paragraph', expect.stringMatching(/^Der Umsatz/u)],
      ['paragraph', 'Kennzahlen (in Mio. €)'], ['table', '\tH1 2024\tH1 2023\tVeränderung'], ['paragraph', 'Vorjahreswerte angepasst.']]);
  });

  it('reads "2.318,6 Mio. €" as 2,318.6 million euros and "5.206" employees as five thousand, never 5.206', () => {
    const metrics = extractDocument(page);
    // German prose gives its values and units; its labels and periods are beyond the English and Chinese readers.
    expect(metrics.slice(0, 3).map((m) => [m.text, m.value, m.unit])).toEqual([
      ['4,7 %', 4.7, '%'], ['2.318,6 Mio. Euro', 2_318.6e6, 'EUR'], ['141,9 Mio. €', 141.9e6, 'EUR']]);
    expect(metrics.slice(3).map((m) => [m.label, m.value, m.unit, m.period?.label ?? null, m.change?.value ?? null])).toEqual([
      ['Umsatz', 2_318.6e6, 'EUR', 'H1 2024', 4.7], ['Umsatz', 2_214.5e6, 'EUR', 'H1 2023', null],
      ['Periodenergebnis', 38.2e6, 'EUR', 'H1 2024', null], ['Periodenergebnis', -7.4e6, 'EUR', 'H1 2023', null],
      ['Mitarbeiter', 5_206, 'count', 'H1 2024', 3.9], ['Mitarbeiter', 5_011, 'count', 'H1 2023', null]]);
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
