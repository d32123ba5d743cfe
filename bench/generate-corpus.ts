import fs from 'node:fs';
import path from 'node:path';
import { ProseWriter, VOCABULARY_SIZE, chineseVocabulary, englishVocabulary } from './prose.ts';
import { random } from './random.ts';

/*
 * A deterministic corpus of analyst-style documents for benchmarks: plain-text articles,
 * Q&A records, HTML pages, and one in ten damaged the way the real corpus was. Sentences
 * are templates written for Assay, filled with figures from a seeded generator.
 */

const COMPANIES = ['Baotou Lanthanum Works', 'Ganzhou Rare Metals', 'Sichuan Oxide Group', 'Northern Magnet Co.', 'Jiangxi Separation Ltd.', 'Inner Mongolia Alloys'];
const PRODUCTS = ['Pr-Nd oxide', 'Dy oxide', 'Tb metal', 'La-Ce carbonate', 'NdFeB blocks', 'Ce oxide'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences without figures, so generated articles have the figure density of real ones. */
const PROSE: Array<(pick: <T>(a: T[]) => T) => string> = [
  (pick) => `${pick(COMPANIES)} said it would keep a close watch on ${pick(['downstream demand', 'export licensing', 'raw material supply', 'environmental inspections'])} in the coming months.`,
  (pick) => `Traders in ${pick(['Baotou', 'Ganzhou', 'Shanghai', 'Ningbo'])} described the mood as ${pick(['cautious', 'upbeat', 'uncertain', 'steady'])}, with buyers reluctant to chase higher offers.`,
  (_pick) => `The company described its strategy as building a complete value chain from mining and separation to magnets and end applications.`,
  (pick) => `Analysts expect policy signals from the industry ministry to set the tone for ${pick(['the next quarter', 'the rest of the year', 'the coming tender season'])}.`,
  (_pick) => `Management emphasised investor communication, governance reforms and the digital upgrade of its production lines.`,
  (_pick) => `Separation plants in the region kept operating rates stable, while some metal producers trimmed output for maintenance.`,
  (pick) => `Several downstream makers of ${pick(['motors', 'wind turbines', 'consumer electronics', 'robots'])} reported steady orders and modest restocking.`,
  (_pick) => `Market participants said the spread between domestic and overseas prices was unlikely to persist for long.`,
];

const TEMPLATES: Array<(r: () => number, pick: <T>(a: T[]) => T, n: (lo: number, hi: number) => string) => string> = [
  (_r, pick, n) => `In Q${n(1, 4)}, ${pick(COMPANIES)} reported operating revenue of ${n(1, 30)}.${n(100, 999)} billion yuan, up ${n(1, 80)}.${n(10, 99)}% YoY.`,
  (_r, pick, n) => `The average price of ${pick(PRODUCTS)} on ${pick(MONTHS)} ${n(1, 28)} was ${n(300, 900)},${n(100, 999)} yuan/mt, ${n(1, 9)},${n(100, 999)} yuan/mt higher than a week earlier.`,
  (_r, pick, n) => `Output of ${pick(PRODUCTS)} reached ${n(1, 60)},${n(100, 999)} mt, while sales volume was ${n(1, 60)},${n(100, 999)} mt, up ${n(1, 60)}.${n(1, 9)}% from the same period last year.`,
  (_r, pick) => `Analysts at the desk said the market for ${pick(PRODUCTS)} stayed ${pick(['firm', 'quiet', 'tight', 'balanced', 'soft'])} as traders waited for the next quota announcement.`,
  (_r, pick, n) => `The company’s new line adds ${n(1, 50)},000 mt/year of capacity and cost about ${n(100, 900)} million yuan, according to the filing.`,
  (_r, pick, n) => `Installed wind power capacity reached ${n(300, 700)} million kW, up ${n(5, 30)}.${n(1, 9)}% YoY, which supports magnet demand through ${2025 + Number(n(0, 2))}.`,
  (_r, pick) => `Management said the ${pick(['reform plan', 'expansion', 'restructuring', 'export strategy'])} would be reviewed again at the next board meeting — a familiar “wait and see” stance.`,
];

/** Damages UTF-8 text as the real corpus was: read as Windows-874, bytes 0x80–0x9F lost. */
function damage(text: string): string {
  const thai = (b: number) => String.fromCharCode(b === 0xa0 ? 0xa0 : b <= 0xda ? 0x0e01 + b - 0xa1 : 0x0e3f + b - 0xdf);
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b >= 0xa0 && b <= 0xfb && !(b >= 0xdb && b <= 0xde)) out += thai(b);
  }
  return out;
}

/** How the sentences without figures are written. */
export type CorpusStyle = 'templates' | 'varied';

function article(r: () => number, paragraphs: number, dense: boolean, prose: ProseWriter | null): string {
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const n = (lo: number, hi: number) => String(lo + Math.floor(r() * (hi - lo + 1)));
  // About one sentence in five states a figure, as in the articles analysts import.
  const figure = () => pick(TEMPLATES)(r, pick, n);
  const sentence = () => (dense || r() < 0.2 ? figure() : pick(PROSE)(pick));
  // Varied prose: a Zipf-like paragraph (some Chinese), every other one with a figure sentence after it.
  const paragraph = prose
    ? () => (r() < 0.5 ? `${prose.paragraph()} ${figure()}` : prose.paragraph())
    : () => Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join(' ');
  const lines = [`${pick(COMPANIES)} ${pick(['Quarterly Review', 'Market Update', 'Investor Briefing', 'Capacity Report'])} ${n(1, 9999)}`, ''];
  for (let p = 0; p < paragraphs; p++) {
    if (r() < 0.1) lines.push(`Q: ${pick(['How do you see prices?', 'What is the capacity plan?', 'How are exports affected?'])}`);
    lines.push(paragraph(), '');
  }
  lines.push('Source: Assay benchmark desk, ' + pick(MONTHS) + ' 2025.');
  return lines.join('\n');
}

function asHtml(text: string): string {
  const [title, ...rest] = text.split('\n');
  const body = rest.filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><script>var x=1;</script></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>\n${body}</article><footer>© 2025 Bench</footer></body></html>`;
}

/**
 * Writes about `megabytes` of documents (~50 KB each) into `dir`, unless a previous run
 * already did. 'templates' fills the text between figures from a few fixed sentences (the
 * extraction bench's prose, kept so its figures compare across versions); 'varied' from
 * Zipf-like prose over VOCABULARY_SIZE words (the import bench, #19). Returns the files and their total size.
 */
export function generateCorpus(dir: string, megabytes: number, seed = 42, dense = false, style: CorpusStyle = 'templates'): { files: string[]; bytes: number } {
  const marker = path.join(dir, `.complete-${megabytes}-${seed}-${dense ? 'dense' : 'prose'}-${style}-v3`);
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const r = random(seed);
    const prose = style === 'varied' ? new ProseWriter(seed + 1, englishVocabulary(VOCABULARY_SIZE), chineseVocabulary(), 0.01) : null;
    let bytes = 0;
    for (let i = 0; bytes < megabytes * 1024 * 1024; i++) {
      const text = article(r, 60, dense, prose);
      const kind = i % 10;
      const name = `doc-${String(i).padStart(5, '0')}`;
      const [file, content] = kind === 0 ? [`${name}.txt`, damage(text)] : kind === 1 ? [`${name}.html`, asHtml(text)] : [`${name}.txt`, text];
      fs.writeFileSync(path.join(dir, file), content);
      bytes += Buffer.byteLength(content);
    }
    fs.writeFileSync(marker, '');
  }
  const files = fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(dir, f));
  return { files, bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0) };
}
