import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AssayError, isAssayError } from '../../../shared/errors.ts';
import type { ImportOutcome } from '../../../shared/imports.ts';
import { DocumentStore } from '../db/documents.ts';
import { MetricStore } from '../db/metrics.ts';
import { PassageStore } from '../db/passages.ts';
import { extractDocument, type PassageMetric } from '../extract/extract-document.ts';
import { keysOnVersion, reanchorDocument } from '../anchor/reanchor.ts';
import { carriedIds, placerBetween, untouchedFigures } from './carry-ids.ts';
import { carryTrash } from './carry-trash.ts';
import { MAX_FILE_BYTES, parseDocument } from '../ingest/parse-document.ts';
import { parseAnyDocument } from '../ingest/parse-any.ts';
import type { ParsedDocument } from '../ingest/types.ts';
import { writeTransaction } from '../db/write.ts';
import { isBusy } from '../db/busy.ts';

/*
 * Importing a file is two steps. Reading (bytes → hash → parsed text, passages, metrics)
 * touches no database, so it can run on another thread. Storing writes one file in one
 * transaction: identical bytes add nothing, changed bytes under a known identity (file
 * name and stated source) add a version, anything else a new document. A version pulled
 * from a team says which document it joins instead (`DocumentTarget`).
 */

/** Stores for one connection, prepared once and reused for every file of an import. */
export interface ImportStores {
  db: Database;
  documents: DocumentStore;
  passages: PassageStore;
  metrics: MetricStore;
}

/**
 * `deferIndex`: search-index writes wait for `stores.passages.flushIndex()`, which the caller
 * must make inside the transaction its files are stored in, before committing it (the import
 * worker, which stores files in groups). A file stored outside any transaction flushes its own.
 */
export function importStores(db: Database, { deferIndex = false } = {}): ImportStores {
  return { db, documents: new DocumentStore(db), passages: new PassageStore(db, { deferIndex }), metrics: new MetricStore(db) };
}

/** A file read and understood, ready to store: or why it could not be. */
export type ReadFile =
  | { ok: true; file: string; fileName: string; sourcePath: string | null; bytes: Uint8Array; hash: string; parsed: ParsedDocument; metrics: PassageMetric[] }
  | { ok: false; outcome: ImportOutcome };

/**
 * Reads a text file's bytes (TXT, Markdown, HTML) into everything import stores, on this
 * thread and at once. Pure: no database. PDF and DOCX need `readBytesAsync`.
 */
export function readBytes(bytes: Uint8Array, fileName: string, sourcePath: string | null): ReadFile {
  const file = sourcePath ?? fileName;
  try {
    return understood(bytes, fileName, sourcePath, parseDocument(bytes, fileName));
  } catch (error) {
    return { ok: false, outcome: failure(file, error) };
  }
}

/** Reads any file's bytes, PDF and DOCX included, into everything import stores. Pure: no database. */
export async function readBytesAsync(bytes: Uint8Array, fileName: string, sourcePath: string | null): Promise<ReadFile> {
  const file = sourcePath ?? fileName;
  try {
    return understood(bytes, fileName, sourcePath, await parseAnyDocument(bytes, fileName));
  } catch (error) {
    return { ok: false, outcome: failure(file, error) };
  }
}

function understood(bytes: Uint8Array, fileName: string, sourcePath: string | null, parsed: ParsedDocument): ReadFile {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, file: sourcePath ?? fileName, fileName: path.basename(fileName), sourcePath, bytes, hash, parsed, metrics: extractDocument(parsed) };
}

/** Reads a file from disk into everything import stores. */
export async function readFile(filePath: string): Promise<ReadFile> {
  try {
    return await readBytesAsync(readSourceFile(filePath), path.basename(filePath), path.resolve(filePath));
  } catch (error) {
    return { ok: false, outcome: failure(filePath, error) };
  }
}

/**
 * Reads bytes kept in a file on disk as the document `fileName`, with no source path: a
 * version pulled from a team hub, written to a temporary file for a reader process. The same
 * as `readBytesAsync` on those bytes.
 */
export async function readNamedFile(filePath: string, fileName: string): Promise<ReadFile> {
  try {
    return await readBytesAsync(readSourceFile(filePath), fileName, null);
  } catch (error) {
    return { ok: false, outcome: failure(fileName, error) };
  }
}

/**
 * Which document a read file joins: the one of the same identity (file name and stated source),
 * as an import by the analyst does, or one given (`documentId`; null for a new document), as a
 * version pulled from a team names its document itself. `behind`: a teammate's version made at
 * the same time as the current one and stamped earlier, kept among the versions but not made current.
 */
export type DocumentTarget = 'by-identity' | { documentId: number | null; behind?: boolean };

/** Stores what `readBytes` or `readFile` produced, in one transaction. */
export function storeRead(stores: ImportStores, read: ReadFile, target: DocumentTarget = 'by-identity'): ImportOutcome {
  if (!read.ok) return read.outcome;
  // Each try waits for another process's write lock under busy_timeout; a few tries ride out a
  // long write (another import's large file) before the file is reported as not imported.
  for (let attempt = 1; ; attempt++) {
    const heldBack = stores.passages.heldBackCount();
    try {
      return storeOnce(stores, read, target);
    } catch (error) {
      // The file's rows were rolled back: so are the index writes held back for them.
      stores.passages.dropIndexWrites(heldBack);
      if (isBusy(error) && attempt < BUSY_TRIES) continue;
      return failure(read.file, isBusy(error) ? busyFailure(read.file, attempt) : error);
    }
  }
}

/** How many times a file waits for another process's write lock before it is reported. */
const BUSY_TRIES = 4;

function busyFailure(file: string, tries: number): AssayError {
  return new AssayError('BUSY', `${path.basename(file)} was not imported: another Assay process kept the workspace busy `
    + `(${tries} waits for its write lock). Nothing from it was saved; import it again when that process has finished.`);
}

function storeOnce(stores: ImportStores, read: ReadFile & { ok: true }, target: DocumentTarget): ImportOutcome {
  // Outside a transaction this one commits the file, so index writes held back must be made in it.
  const ownTransaction = !stores.db.inTransaction;
  // The hash is looked up inside the write transaction: another process importing the same
  // file stores it once, and this one then finds it unchanged.
  return writeTransaction(stores.db, (): ImportOutcome => {
    const existing = stores.documents.findByHash(read.hash);
    if (existing) {
      const doc = stores.documents.get(existing.documentId);
      return { status: 'unchanged', file: read.file, documentId: doc.id, version: existing.version, title: doc.title, passages: doc.passageCount, metrics: doc.metricCount, repairs: [] };
    }
    const outcome = store(stores, read, target);
    if (ownTransaction) stores.passages.flushIndex();
    return outcome;
  });
}

/** Imports one text file's bytes on this thread. */
export function importBytes(stores: ImportStores, bytes: Uint8Array, fileName: string, sourcePath: string | null): ImportOutcome {
  return storeRead(stores, readBytes(bytes, fileName, sourcePath));
}

/** Imports one file's bytes of any format (PDF and DOCX included) on this thread. */
export async function importBytesAsync(stores: ImportStores, bytes: Uint8Array, fileName: string, sourcePath: string | null): Promise<ImportOutcome> {
  return storeRead(stores, await readBytesAsync(bytes, fileName, sourcePath));
}

/** Imports a text file from disk on this thread; every failure becomes an outcome, never an exception. */
export function importFile(stores: ImportStores, filePath: string): ImportOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readSourceFile(filePath);
  } catch (error) {
    return failure(filePath, error);
  }
  return storeRead(stores, readBytes(bytes, path.basename(filePath), path.resolve(filePath)));
}

function store(stores: ImportStores, read: Extract<ReadFile, { ok: true }>, target: DocumentTarget): ImportOutcome {
  const { parsed, metrics } = read;
  const now = new Date().toISOString();
  const title = parsed.meta.title ?? read.fileName;
  const known = target === 'by-identity' ? stores.documents.findByIdentity(read.fileName, parsed.meta.source) : target.documentId ?? undefined;
  if (known !== undefined && target !== 'by-identity' && target.behind) return storeBehind(stores, read, known, now);
  const documentId = known ?? stores.documents.create(read.fileName, parsed.format, { ...parsed.meta, title }, now);
  const previous = known ? stores.documents.currentVersionId(known) : null;
  if (known) {
    if (previous !== null) stores.passages.unindexVersion(previous);
    stores.documents.refreshMeta(known, parsed.meta, now);
  }
  const version = known ? stores.documents.nextVersion(known) : 1;
  const versionId = addVersionOf(stores, read, documentId, version, now);
  const passageIds = stores.passages.addAll(documentId, versionId, parsed.text, parsed.passages);
  const oldText = previous === null ? '' : stores.documents.text(previous);
  // Untouched figures the new version states again keep their ids (links, undo steps); the analyst's own move after.
  const place = placerBetween(oldText, parsed.text);
  const carried = previous === null ? [] : carriedIds(untouchedFigures(stores.db, documentId, previous), place, oldText, parsed.text, metrics);
  // Read before the new reading replaces the untouched figures: a key's rank counts them.
  const keys = previous === null ? new Map<number, string | null>() : keysOnVersion(stores.db, previous);
  if (known) stores.metrics.replaceExtracted(documentId, versionId, passageIds, metrics, now, carried);
  else stores.metrics.addExtracted(documentId, versionId, passageIds, metrics, now);
  if (previous !== null) {
    reanchorDocument(stores.db, documentId, previous, versionId, oldText, parsed.text, now, carried, keys);
    carryTrash(stores.db, documentId, versionId, parsed.text, carried);
  }
  return {
    status: known ? 'new-version' : 'imported', file: read.file, documentId, version, title: known ? stores.documents.title(documentId) : title,
    passages: readPassages(parsed), metrics: metrics.length, repairs: parsed.repairs,
  };
}

/** Stores a read file's bytes and text as a version of a document, made current unless `current` is false. */
function addVersionOf(stores: ImportStores, read: Extract<ReadFile, { ok: true }>, documentId: number, version: number, now: string, current = true): number {
  const { parsed } = read;
  return stores.documents.addVersion({
    documentId, version, contentHash: read.hash, original: read.bytes, text: parsed.text, encoding: parsed.encoding,
    repairs: parsed.repairs, sourcePath: read.sourcePath, importedAt: now,
  }, current);
}

/** The passages a reader sees in a parsed file: page debris left out. */
const readPassages = (parsed: ParsedDocument): number => parsed.passages.filter((p) => !p.debris).length;

/**
 * A version kept behind the document's current one (two analysts' new versions of one document, the later-stamped
 * current everywhere): stored with its passages, searched by none, its figures not read; the current version stays.
 */
function storeBehind(stores: ImportStores, read: Extract<ReadFile, { ok: true }>, documentId: number, now: string): ImportOutcome {
  const { parsed } = read;
  const version = stores.documents.nextVersion(documentId);
  const versionId = addVersionOf(stores, read, documentId, version, now, false);
  stores.passages.addAll(documentId, versionId, parsed.text, parsed.passages);
  stores.passages.unindexVersion(versionId);
  return {
    status: 'new-version', file: read.file, documentId, version, title: stores.documents.title(documentId),
    passages: readPassages(parsed), metrics: 0, repairs: parsed.repairs,
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

function failure(file: string, error: unknown): ImportOutcome {
  if (isAssayError(error)) return { status: 'failed', file, code: error.code, error: naming(file, error.message) };
  const limit = limitHit(file, error);
  if (limit) return limit;
  return { status: 'failed', file, code: 'INTERNAL', error: `Assay could not import this file because of an internal error (${(error as Error).message}). Nothing from it was saved.` };
}

/** The message, opening with the file's name unless it already says it, so every line of a batch's report stands alone. */
function naming(file: string, message: string): string {
  const name = path.basename(file);
  return message.includes(name) ? message : `${name} was not imported. ${message}`;
}

/** A JavaScript engine limit a hostile file ran into, said as what it means for the file. */
function limitHit(file: string, error: unknown): ImportOutcome | null {
  const message = (error as Error)?.message ?? '';
  const name = path.basename(file);
  if (/Maximum call stack size exceeded/u.test(message)) {
    return { status: 'failed', file, code: 'TOO_DEEP', error: `${name} is nested too deeply to read (it may be built to crash a reader). Nothing from it was saved. If it is a real document, save it again from the program that made it and import that.` };
  }
  if (/Invalid string length|Array buffer allocation failed|Invalid typed array length|Invalid array length/u.test(message)) {
    return { status: 'failed', file, code: 'TOO_LARGE', error: `${name} holds more than Assay can read at once (${message}). Nothing from it was saved. Split it into smaller files and import those.` };
  }
  return null;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'it is a symbolic link that leads back to itself (a loop)';
  return (error as Error).message;
}
