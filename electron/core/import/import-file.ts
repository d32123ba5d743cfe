import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AssayError, isAssayError } from '../../../shared/errors.ts';
import type { ImportOutcome } from '../../../shared/imports.ts';
import { DocumentStore } from '../db/documents.ts';
import { MetricStore } from '../db/metrics.ts';
import { extractDocument, type PassageMetric } from '../extract/extract-document.ts';
import { PassageStore } from '../db/passages.ts';
import { MAX_FILE_BYTES, parseDocument } from '../ingest/parse-document.ts';
import type { ParsedDocument } from '../ingest/types.ts';

/** Stores for one connection, prepared once and reused for every file of an import. */
export interface ImportStores {
  db: Database;
  documents: DocumentStore;
  passages: PassageStore;
  metrics: MetricStore;
}

export function importStores(db: Database): ImportStores {
  return { db, documents: new DocumentStore(db), passages: new PassageStore(db), metrics: new MetricStore(db) };
}

/**
 * Imports one file's bytes in one transaction: identical bytes add nothing, changed bytes
 * under a known identity (file name and stated source) add a version, anything else a new
 * document. A failure rolls the whole file back.
 */
export function importBytes(stores: ImportStores, bytes: Uint8Array, fileName: string, sourcePath: string | null): ImportOutcome {
  const file = sourcePath ?? fileName;
  try {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = stores.documents.findByHash(hash);
    if (existing) {
      const doc = stores.documents.get(existing.documentId);
      return { status: 'unchanged', file, documentId: doc.id, version: existing.version, title: doc.title, passages: doc.passageCount, metrics: doc.metricCount, repairs: [] };
    }
    const parsed = parseDocument(bytes, fileName);
    const metrics = extractDocument(parsed);
    return stores.db.transaction(() => store(stores, { parsed, metrics }, bytes, hash, path.basename(fileName), sourcePath, file))();
  } catch (error) {
    return failure(file, error);
  }
}

function store(stores: ImportStores, read: { parsed: ParsedDocument; metrics: PassageMetric[] }, bytes: Uint8Array, hash: string, fileName: string, sourcePath: string | null, file: string): ImportOutcome {
  const { parsed, metrics } = read;
  const now = new Date().toISOString();
  const title = parsed.meta.title ?? fileName;
  const known = stores.documents.findByIdentity(fileName, parsed.meta.source);
  const documentId = known ?? stores.documents.create(fileName, parsed.format, { ...parsed.meta, title }, now);
  if (known) {
    const previous = stores.documents.currentVersionId(known);
    if (previous !== null) stores.passages.unindexVersion(previous);
    stores.documents.refreshMeta(known, parsed.meta, now);
  }
  const version = known ? stores.documents.nextVersion(known) : 1;
  const versionId = stores.documents.addVersion({
    documentId, version, contentHash: hash, original: bytes, text: parsed.text, encoding: parsed.encoding,
    repairs: parsed.repairs, sourcePath, importedAt: now,
  });
  const passageIds = stores.passages.addAll(documentId, versionId, parsed.text, parsed.passages);
  stores.metrics.replaceExtracted(documentId, versionId, passageIds, metrics, now);
  return {
    status: known ? 'new-version' : 'imported', file, documentId, version, title: stores.documents.get(documentId).title,
    passages: parsed.passages.filter((p) => !p.debris).length, metrics: metrics.length, repairs: parsed.repairs,
  };
}

/** Reads a file from disk, refusing what cannot be read or is too large before reading it. */
export function readSourceFile(filePath: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    throw new AssayError('UNREADABLE', `Cannot read ${filePath}: ${describeFsError(error)}.`);
  }
  if (!stat.isFile()) throw new AssayError('UNREADABLE', `${filePath} is not a file.`);
  if (stat.size > MAX_FILE_BYTES) {
    throw new AssayError('FILE_TOO_LARGE', `${path.basename(filePath)} is ${(stat.size / 1048576).toFixed(1)} MB; Assay imports files up to ${MAX_FILE_BYTES / 1048576} MB. Split it into smaller files.`);
  }
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    throw new AssayError('UNREADABLE', `Cannot read ${filePath}: ${describeFsError(error)}.`);
  }
}

/** Imports a file from disk; every failure becomes an outcome, never an exception. */
export function importFile(stores: ImportStores, filePath: string): ImportOutcome {
  try {
    return importBytes(stores, readSourceFile(filePath), path.basename(filePath), path.resolve(filePath));
  } catch (error) {
    return failure(filePath, error);
  }
}

function failure(file: string, error: unknown): ImportOutcome {
  if (isAssayError(error)) return { status: 'failed', file, code: error.code, error: error.message };
  return { status: 'failed', file, code: 'INTERNAL', error: `Assay could not import this file because of an internal error (${(error as Error).message}). Nothing from it was saved.` };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}
