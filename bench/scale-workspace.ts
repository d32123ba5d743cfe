import { openWorkspace } from '../electron/core/db/workspace.ts';
import { EXTRACTOR_VERSION } from '../electron/core/extract/extract.ts';
import { seriesKey } from '../shared/series-key.ts';
import { random } from './random.ts';

/*
 * The scale bench's workspace: 1,000 documents of 1,000 passages, one metric each (the launch
 * bench's large workspace: 10,000 documents of 100). Each
 * document belongs to one of 200 companies and states 40 measures over a mix of months,
 * quarters and fiscal years (2023–2025), so the period sheet meets about 8,000 series and
 * 51 periods, with several documents stating the same figure, a few of them disagreeing.
 * Each metric records this build's extractor, as an import does: none is offered for re-extraction.
 */

export const DOCS = 1000;
const PER_DOC = 1000;

/** How many documents, and passages (each stating one metric) per document. */
export interface ScaleShape { docs: number; perDoc: number }

const PREFIXES = ['Otterby', 'Baotou', 'Ganzhou', 'Northern', 'Jiangxi', 'Sichuan', 'Harbor', 'Pacific', 'Atlas', 'Meridian',
  'Summit', 'Granite', 'Silver Lake', 'Redstone', 'Bluewater', 'Ironbridge', 'Westfield', 'Orion', 'Crescent', 'Lakeshore'];
const SUFFIXES = ['Mining', 'Rare Earths', 'Magnets', 'Metals', 'Shipping', 'Energy', 'Chemicals', 'Holdings', 'Materials', 'Logistics'];
const COMPANIES = PREFIXES.flatMap((p) => SUFFIXES.map((s) => `${p} ${s}`));

/** Measures with their units; four are prices, so a "price" filter keeps a tenth of the metrics. */
const MEASURES: Array<[string, string]> = [
  ['operating revenue', 'CNY'], ['net profit', 'CNY'], ['Pr-Nd oxide average price', 'CNY/t'], ['rare earth oxide production volume', 't'],
  ['sales volume', 't'], ['installed wind power capacity', 'kW'], ['gross margin', '%'], ['inventories', 'CNY'], ['capital expenditure', 'CNY'],
  ['magnet exports', 't'], ['average selling price', 'CNY/t'], ['cash cost', 'CNY/t'], ['operating cash flow', 'CNY'], ['free cash flow', 'CNY'],
  ['EBITDA', 'CNY'], ['EBITDA margin', '%'], ['net debt', 'CNY'], ['total assets', 'CNY'], ['headcount', 'count'], ['order backlog', 'CNY'],
  ['copper spot price', 'USD/t'], ['container throughput', 'TEU'], ['fleet capacity', 'dwt'], ['electricity generation', 'kWh'],
  ['R&D expenses', 'CNY'], ['selling expenses', 'CNY'], ['administrative expenses', 'CNY'], ['finance costs', 'CNY'], ['income tax', 'CNY'],
  ['return on equity', '%'], ['dividend per share', 'CNY'], ['earnings per share', 'CNY'], ['lithium carbonate spot price', 'CNY/t'],
  ['ore processed', 't'], ['recovery rate', '%'], ['capacity utilisation', '%'], ['new orders', 'CNY'], ['customer count', 'count'],
  ['contract liabilities', 'CNY'], ['goodwill', 'CNY'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Months, quarters and fiscal years of 2023–2025: 51 periods, more than the sheet's 36 columns. */
function periods(): Array<{ start: string; end: string; label: string }> {
  const list: Array<{ start: string; end: string; label: string }> = [];
  for (const y of [2023, 2024, 2025]) {
    for (let m = 1; m <= 12; m++) list.push({ start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${lastDay(y, m)}`, label: `month ${m} ${y}` });
    for (let q = 1; q <= 4; q++) list.push({ start: `${y}-${pad(q * 3 - 2)}-01`, end: `${y}-${pad(q * 3)}-${lastDay(y, q * 3)}`, label: `Q${q} ${y}` });
    list.push({ start: `${y}-01-01`, end: `${y}-12-31`, label: `FY${y}` });
  }
  return list;
}

/** Writes the workspace to `file` (1,000 × 1,000 unless `shape` says otherwise); returns the seconds it took. */
export async function buildScaleWorkspace(file: string, shape: ScaleShape = { docs: DOCS, perDoc: PER_DOC }): Promise<number> {
  const started = performance.now();
  const ws = await openWorkspace(file);
  const db = ws.db;
  const r = random(11);
  const insertDoc = db.prepare(`INSERT INTO documents (id, title, file_name, format, published, current_version_id, created_at, updated_at) VALUES (?, ?, ?, 'txt', ?, ?, 'now', 'now')`);
  const insertVersion = db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (?, ?, 1, ?, x'00', ?, 'utf-8', 'now')`);
  const insertPassage = db.prepare(`INSERT INTO passages (id, document_id, version_id, ordinal, kind, char_start, char_end, text) VALUES (?, ?, ?, ?, 'paragraph', ?, ?, ?)`);
  const index = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)');
  const insertMetric = db.prepare(`INSERT INTO metrics (document_id, passage_id, version_id, char_start, char_end, surface, label, entity, value, unit,
      display_value, kind, status, edited, period_start, period_end, period_label, series_key, extractor_version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'level', ?, ?, ?, ?, ?, ?, ?, 'now', 'now')`);
  const statuses = ['unreviewed', 'unreviewed', 'unreviewed', 'verified', 'disputed', 'unreviewed', 'unreviewed', 'verified', 'unreviewed', 'rejected'];
  const all = periods();
  let passageId = 0;
  for (let d = 1; d <= shape.docs; d++) {
    const company = COMPANIES[d % COMPANIES.length]!;
    db.transaction(() => {
      const figures: Array<{ label: string; entity: string; unit: string; value: number; period: (typeof all)[number] }> = [];
      for (let i = 0; i < shape.perDoc; i++) {
        const [label, unit] = MEASURES[i % MEASURES.length]!;
        const period = all[(Math.floor(i / MEASURES.length) + d * 7) % all.length]!;
        // One statement in twenty is a few percent off, so some cells have sources that disagree.
        const base = 1000 + ((d % COMPANIES.length) * 37 + (i % MEASURES.length) * 101) % 9000 + all.indexOf(period) * 13;
        const value = r() < 0.05 ? Math.round(base * 1.03) : base;
        // A price agency quoting prices in one document in five: those series belong to the market.
        figures.push({ label, entity: label.includes('price') && d % 5 === 0 ? 'SMM' : company, unit, value, period });
      }
      const paragraphs = figures.map((f, p) => `Paragraph ${p} of report ${d}: ${f.entity} ${f.label} was ${f.value} in ${f.period.label}.`);
      insertDoc.run(d, `${company} report ${d}`, `report-${d}.txt`, `${2023 + (d % 3)}-${pad((d % 12) + 1)}-15`, d);
      insertVersion.run(d, d, `hash-${d}`, paragraphs.join('\n\n'));
      let at = 0;
      paragraphs.forEach((p, i) => {
        passageId++;
        insertPassage.run(passageId, d, d, i, at, at + p.length, p);
        index.run(passageId, p);
        const f = figures[i]!;
        const figure = p.lastIndexOf(` ${f.value} `) + 1;
        insertMetric.run(d, passageId, d, at + figure, at + figure + String(f.value).length, String(f.value), f.label, f.entity, f.value, f.unit,
          String(f.value), statuses[(i + d) % statuses.length], i % 97 === 0 ? 1 : 0, f.period.start, f.period.end, f.period.label, seriesKey(f.label, f.entity), EXTRACTOR_VERSION);
        at += p.length + 2;
      });
    })();
  }
  db.close();
  return (performance.now() - started) / 1000;
}
