import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { extractFromText } from '../electron/core/extract/extract.ts';
import { generateCorpus } from './generate-corpus.ts';

/*
 * Extraction throughput on one core over generated prose, beside Microsoft
 * Recognizers-Text (currency, dimension and percentage models, the same scope) on a slice
 * of the same text. Recognizers is far slower, so it reads a smaller slice; both figures
 * are MB of text per second.
 */

const MB = 1024 * 1024;

interface Model { parse(text: string): unknown[] }

/** The suite's models, built once (the suite's recognizeX helpers rebuild them on every call). */
function recognizersModels(): Model[] {
  const require = createRequire(import.meta.url);
  const { Culture } = require('@microsoft/recognizers-text-suite') as { Culture: { English: string } };
  const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit') as {
    NumberWithUnitRecognizer: new (culture: string) => { getCurrencyModel(c?: string): Model; getDimensionModel(c?: string): Model };
  };
  const { NumberRecognizer } = require('@microsoft/recognizers-text-number') as { NumberRecognizer: new (culture: string) => { getPercentageModel(c?: string): Model } };
  const units = new NumberWithUnitRecognizer(Culture.English);
  const numbers = new NumberRecognizer(Culture.English);
  return [units.getCurrencyModel(), units.getDimensionModel(), numbers.getPercentageModel()];
}

/** Paragraphs of the corpus's plain-text documents, up to `megabytes`. */
function paragraphs(files: string[], megabytes: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (const f of files) {
    if (!f.endsWith('.txt')) continue;
    for (const p of fs.readFileSync(f, 'utf8').split('\n\n')) {
      out.push(p);
      bytes += Buffer.byteLength(p);
      if (bytes >= megabytes * MB) return out;
    }
  }
  return out;
}

function rate(texts: string[], run: (t: string) => number): { mbps: number; found: number; seconds: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let found = 0;
  const started = performance.now();
  for (const t of texts) found += run(t);
  const seconds = (performance.now() - started) / 1000;
  return { mbps: bytes / MB / seconds, found, seconds };
}

export function extractBench(workDir: string, megabytes: number): Record<string, string> {
  const { files } = generateCorpus(path.join(workDir, `corpus-${Math.max(megabytes, 20)}mb`), Math.max(megabytes, 20));
  const dense = generateCorpus(path.join(workDir, 'corpus-dense-5mb'), 5, 7, true).files;
  const texts = paragraphs(files, megabytes);
  const options = { date: '2025-07-08', subject: null };
  rate(texts.slice(0, 200), (t) => extractFromText(t, options).length); // warm up the JIT
  const assay = rate(texts, (t) => extractFromText(t, options).length);
  const denseTexts = paragraphs(dense, 5);
  const heavy = rate(denseTexts, (t) => extractFromText(t, options).length);
  const models = recognizersModels();
  const slice = paragraphs(files, 1);
  const peer = rate(slice, (t) => models.reduce((n, m) => n + m.parse(t).length, 0));
  const ours = rate(slice, (t) => extractFromText(t, options).length);
  return {
    'Assay extraction': `${assay.mbps.toFixed(1)} MB/s on ${megabytes} MB of prose (${assay.found.toLocaleString('en-US')} metrics, ${(assay.found / (megabytes * 1024)).toFixed(1)}/KB, ${assay.seconds.toFixed(1)} s; target ≥ 5 MB/s)`,
    'Assay on figure-dense text': `${heavy.mbps.toFixed(1)} MB/s on 5 MB (${(heavy.found / (5 * 1024)).toFixed(1)} metrics/KB, every sentence a figure)`,
    'Recognizers-Text (currency+dimension+percent)': `${peer.mbps.toFixed(2)} MB/s on 1 MB (${peer.found.toLocaleString('en-US')} entities)`,
    'Assay on the same 1 MB': `${ours.mbps.toFixed(1)} MB/s (${ours.found.toLocaleString('en-US')} metrics)`,
  };
}
