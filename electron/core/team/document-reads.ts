import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { EXTRACTOR_VERSION } from '../extract/extract.ts';
import type { ReadFile } from '../import/import-file.ts';
import { FILE_BUDGETS, type FileBudgets } from '../jobs/budgets.ts';
import { forkReader, type LaunchReader } from '../jobs/reader-child.ts';
import { WatchedReader } from '../jobs/watched-reader.ts';
import type { PulledDocument } from './apply-document.ts';

/** A pulled document version this pull will read: its content hash and the file name its change gives. */
export interface WantedVersion { hash: string; fileName: string }

/** How pulled documents are read: where readers come from and what one document may cost. */
export interface ReadOptions {
  /** Forked under Node; in the desktop app, asked of its main process (relayed-reader.ts). */
  launch?: LaunchReader;
  budgets?: Partial<FileBudgets>;
  /** Called as pulled documents are planned and as each has been read (or refused): how many so far, of how many planned. */
  onRead?: (read: number, planned: number) => void;
}

/** A group of versions fetched together and read by one reader process. */
interface Group {
  dir: string;
  /** Position in the group by hash, for the versions whose bytes the hub holds. */
  index: Map<string, number>;
  /** Each file's read, until handed over. */
  reads: Array<Promise<ReadFile> | undefined>;
  otherExtractor: Map<string, boolean>;
  /** Versions the hub holds no bytes for (removed since): nothing to read. */
  absent: Set<string>;
  reader: WatchedReader | null;
}

/** A reader process reads at most this many pulled files, or bytes of them, fetched ahead (then a fresh group starts). */
const GROUP_FILES = 256;
const GROUP_BYTES = 64 * 1024 * 1024;

interface Deferred { promise: Promise<ReadFile>; resolve: (read: ReadFile) => void }

function deferred(): Deferred {
  let resolve!: (read: ReadFile) => void;
  const promise = new Promise<ReadFile>((r) => { resolve = r; });
  return { promise, resolve };
}

/**
 * Reads the document versions a pull brings, away from the thread that pulls (the one that
 * answers the UI): their bytes are fetched from the hub into a private temporary folder, a
 * group at a time, and read (parsed, repaired, extracted) by a reader process held to the
 * same budgets as an import's (jobs/budgets.ts, watched-reader.ts), reading ahead while the
 * pull stores what it already has. A version over its budget, or one the reader cannot read,
 * comes back as a failed read, as an import reports it. The results are those `readBytesAsync`
 * gives on this thread.
 */
export class DocumentReads {
  private readonly client: pg.Client;
  private readonly launch: LaunchReader;
  private readonly budgets: FileBudgets;
  private readonly onRead: ReadOptions['onRead'];
  /** Versions planned and not yet in a group, in pull order. */
  private queue: WantedVersion[] = [];
  private readonly planned = new Set<string>();
  private group: Group | null = null;
  private read = 0;
  private importer: PulledDocument['importer'] = null;

  constructor(client: pg.Client, options: ReadOptions = {}) {
    this.client = client;
    this.launch = options.launch ?? forkReader;
    this.budgets = { ...FILE_BUDGETS, ...options.budgets };
    this.onRead = options.onRead;
  }

  /** Versions the pull will want read, in the order it will ask for them (a hash once). */
  plan(versions: WantedVersion[]): void {
    const before = this.planned.size;
    for (const v of versions) {
      if (this.planned.has(v.hash)) continue;
      this.planned.add(v.hash);
      this.queue.push(v);
    }
    if (this.planned.size > before) this.onRead?.(this.read, this.planned.size);
  }

  /**
   * A planned version, read and ready to store (its read null when the hub no longer holds
   * its bytes). Asked in plan order; a version passed over is not read again.
   */
  async take(hash: string): Promise<PulledDocument> {
    this.importer ??= await import('../import/import-file.ts');
    const none = { read: null, otherExtractor: false, importer: this.importer };
    if (!this.group?.index.has(hash) && !this.group?.absent.has(hash)) {
      // Handed over once only: a version whose read was taken and could not be stored is not read again.
      if (!this.queue.some((v) => v.hash === hash)) return none;
      await this.nextGroup(hash);
    }
    const group = this.group!;
    const at = group.index.get(hash);
    const pending = at === undefined ? undefined : group.reads[at];
    if (at === undefined || !pending) return none;
    const read = await pending;
    // Let go of it here (the pull holds it until stored), and let the reader read further ahead meanwhile.
    group.reads[at] = undefined;
    group.reader?.stored(at + 1);
    this.onRead?.(++this.read, this.planned.size);
    return { read, otherExtractor: group.otherExtractor.get(hash) ?? false, importer: this.importer };
  }

  /** Stops the reader and removes the fetched bytes. */
  close(): void {
    this.closeGroup();
  }

  private closeGroup(): void {
    const group = this.group;
    this.group = null;
    if (!group) return;
    group.reader?.close();
    fs.rmSync(group.dir, { recursive: true, force: true });
  }

  /**
   * Fetches the versions from `hash` on in the queue into a fresh folder, up to a group's size,
   * one at a time (memory holds one document's bytes), and starts a reader on them.
   */
  private async nextGroup(hash: string): Promise<void> {
    this.closeGroup();
    const from = this.queue.findIndex((v) => v.hash === hash);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pull-'));
    const group: Group = { dir, index: new Map(), reads: [], otherExtractor: new Map(), absent: new Set(), reader: null };
    this.group = group;
    const files: string[] = [];
    const names: string[] = [];
    let size = 0;
    let taken = from;
    for (; taken < this.queue.length && files.length < GROUP_FILES && (files.length === 0 || size < GROUP_BYTES); taken++) {
      const { hash: h, fileName } = this.queue[taken]!;
      const row = await this.client.query('SELECT bytes, extractor_version FROM assay.blobs WHERE content_hash = $1', [h]);
      if (!row.rowCount) {
        group.absent.add(h);
        continue;
      }
      const { bytes, extractor_version: version } = row.rows[0] as { bytes: Buffer; extractor_version: string };
      const file = path.join(dir, String(files.length));
      fs.writeFileSync(file, bytes);
      group.index.set(h, files.length);
      group.otherExtractor.set(h, version !== EXTRACTOR_VERSION);
      files.push(file);
      names.push(fileName);
      size += bytes.length;
    }
    this.queue = this.queue.slice(taken);
    if (!files.length) return;
    const pending = files.map(() => deferred());
    group.reads = pending.map((d) => d.promise);
    group.reader = new WatchedReader(files, this.budgets, {
      onRead: (i, read) => pending[i]!.resolve(read),
      // Every file is reported before this (or the reader was closed, and nobody waits).
      onDone: () => undefined,
    }, this.launch, names);
  }
}
