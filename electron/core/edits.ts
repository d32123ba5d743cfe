import type { Database } from 'better-sqlite3';
import { AnnotationPatch } from '../../shared/annotations.ts';
import { AssayError, isAssayError } from '../../shared/errors.ts';
import { type BulkChange, MetricPatch } from '../../shared/metrics.ts';
import type { TagTarget } from '../../shared/tags.ts';
import { ActionStore, type Action } from './db/actions.ts';
import { AnnotationStore, noteOnMetric } from './db/annotations.ts';
import { MetricStore, patchDiff } from './db/metrics.ts';
import { TagStore } from './db/tags.ts';
import { TrashStore } from './db/trash.ts';
import { writeTransaction } from './db/write.ts';
import { recordAnnotationChange } from './team/record.ts';
import { placementJson } from './team/shared-annotation.ts';

/** Where an annotation sits, saved whole so that placing it by hand can be undone. */
const POSITION = ['target_kind', 'version_id', 'passage_id', 'pos_start', 'pos_end', 'quote_exact', 'quote_prefix', 'quote_suffix', 'anchor_state'] as const;

/**
 * The analyst's edits that undo and redo can replay: tagging, deleting to the trash,
 * restoring, creating and placing annotations, annotation bodies and colors, corrections read
 * from a spreadsheet. (A single metric's field edits record their own actions in MetricStore.update.) An action's `before` and `after`
 * are patches with optional `tags`, `exists` and `position` keys besides the item's fields.
 */
export class Edits {
  private readonly db: Database;
  private readonly actions: ActionStore;
  private readonly metrics: MetricStore;
  private readonly annotations: AnnotationStore;
  private readonly tags: TagStore;
  private readonly trash: TrashStore;

  constructor(db: Database) {
    this.db = db;
    this.actions = new ActionStore(db);
    this.metrics = new MetricStore(db);
    this.annotations = new AnnotationStore(db);
    this.tags = new TagStore(db);
    this.trash = new TrashStore(db);
  }

  /** Replaces the tags of a metric, passage or annotation. */
  setTags(kind: TagTarget, id: number, tagIds: number[], now: string): void {
    writeTransaction(this.db, () => {
      // Taggings name their target without a foreign key, so a target deleted meanwhile (by
      // another process, or replaced by a new version's import) is refused here, in words.
      this.mustExist(kind, id);
      const before = this.tags.of(kind, id).map((t) => t.id);
      const after = [...new Set(tagIds)];
      if (same(before, after)) return;
      const onMetric = kind === 'annotation' && this.db.prepare(`SELECT 1 FROM annotations WHERE id = ? AND target_kind = 'metric'`).get(id);
      if (onMetric && after.some((t) => !before.includes(t))) throw noteOnMetric('tags');
      this.tags.set(kind, id, after);
      this.actions.record(kind, id, { tags: before }, { tags: after }, now);
    });
  }

  private mustExist(kind: TagTarget, id: number): void {
    if (this.db.prepare(`SELECT 1 FROM ${kind}s WHERE id = ?`).get(id)) return;
    const code = `NO_SUCH_${kind.toUpperCase()}`;
    throw new AssayError(code, `There is no ${kind} ${id} in this workspace any more: it was deleted or replaced by a new version of its document, so its tags were not changed. Reload to see the current one.`);
  }

  updateAnnotation(id: number, patch: AnnotationPatch, now: string): void {
    writeTransaction(this.db, () => {
      const current = this.db.prepare('SELECT body, color FROM annotations WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      if (!current) throw new AssayError('NO_SUCH_ANNOTATION', `There is no annotation ${id}; it may have been deleted (look in the trash).`);
      const changed = Object.keys(patch).filter((k) => patch[k as keyof AnnotationPatch] !== current[k]);
      if (!changed.length) return;
      this.annotations.update(id, patch, now);
      this.actions.record('annotation', id, pick(current, changed), pick(patch, changed), now);
    });
  }

  /** Records that an annotation was just created, so undo can take it back. */
  created(id: number, now: string): void {
    this.actions.record('annotation', id, { exists: false }, { exists: true }, now);
  }

  /** Records annotations created together (an imported file) as one step, which one undo takes back. */
  createdMany(ids: number[], now: string): void {
    let batch: number | undefined;
    writeTransaction(this.db, () => {
      for (const id of ids) batch = this.actions.record('annotation', id, { exists: false }, { exists: true }, now, batch);
    });
  }

  delete(kind: 'metric' | 'annotation', id: number, now: string): void {
    writeTransaction(this.db, () => {
      this.remove(kind, id, now);
      this.actions.record(kind, id, { exists: true }, { exists: false }, now);
    });
  }

  place(id: number, input: Parameters<AnnotationStore['place']>[1], now: string): void {
    writeTransaction(this.db, () => {
      const before = this.position(id);
      this.annotations.place(id, input, now);
      this.actions.record('annotation', id, { position: before }, { position: this.position(id) }, now);
    });
  }

  /**
   * One step over many metrics (bulk review): a status, a tag added or removed, or the
   * trash. Metrics already so are left alone; returns how many changed.
   */
  bulk(ids: number[], change: BulkChange, now: string): number {
    return writeTransaction(this.db, () => {
      let batch: number | undefined;
      const record = (id: number, before: Record<string, unknown>, after: Record<string, unknown>) => {
        batch = this.actions.record('metric', id, before, after, now, batch);
      };
      if ('status' in change) {
        const before = this.metrics.setStatuses(ids, change.status, now);
        for (const [id, status] of before) record(id, { status }, { status: change.status });
        return before.size;
      }
      if ('delete' in change) {
        for (const id of ids) { this.remove('metric', id, now); record(id, { exists: true }, { exists: false }); }
        return ids.length;
      }
      const tagId = 'addTag' in change ? change.addTag : change.removeTag;
      const current = this.tags.ofMany('metric', ids);
      let changed = 0;
      for (const id of ids) {
        const before = (current.get(id) ?? []).map((t) => t.id);
        const after = 'addTag' in change ? [...new Set([...before, tagId])] : before.filter((t) => t !== tagId);
        if (same(before, after)) continue;
        this.tags.set('metric', id, after);
        record(id, { tags: before }, { tags: after });
        changed++;
      }
      return changed;
    });
  }

  /**
   * Field corrections to many metrics (an edited XLSX export read back), applied as analyst
   * edits with their history, in one transaction and as one undo step. Returns how many
   * metrics changed.
   */
  applyCorrections(changes: Array<{ id: number; patch: MetricPatch }>, now: string): number {
    return writeTransaction(this.db, () => {
      let batch: number | undefined;
      let changed = 0;
      for (const { id, patch } of changes) {
        const { before, after } = patchDiff(this.metrics.get(id), patch);
        if (!Object.keys(after).length) continue;
        this.metrics.update(id, patch, now, false);
        batch = this.actions.record('metric', id, before, after, now, batch);
        changed++;
      }
      return changed;
    });
  }

  /**
   * Undoes the latest step, or redoes the latest undone one; null when there is none.
   * Returns the step's first target and how many items it changed.
   */
  step(kind: 'undo' | 'redo', now: string): { targetKind: string; targetId: number; count: number } | null {
    try {
      return writeTransaction(this.db, () => {
        const actions = this.actions.next(kind);
        if (!actions.length) return null;
        for (const action of actions) this.apply(action, kind === 'undo' ? action.before : action.after, now);
        this.actions.mark(actions.map((a) => a.id), kind === 'redo');
        const first = kind === 'undo' ? actions[actions.length - 1]! : actions[0]!;
        return { targetKind: first.targetKind, targetId: first.targetId, count: actions.length };
      });
    } catch (error) {
      if (!isAssayError(error) || error.code !== 'NOT_IN_TRASH') throw error;
      // A step that can never be taken is passed over, so the steps before it can still be undone.
      writeTransaction(this.db, () => this.actions.mark(this.actions.next(kind).map((a) => a.id), kind === 'redo'));
      const next = kind === 'undo' ? 'undo again to go on to the step before it' : 'redo again to go on to the next one';
      throw new AssayError('NOT_IN_TRASH', `${error.message} It was passed over: ${next}.`);
    }
  }

  private apply(action: Action, patch: Record<string, unknown>, now: string): void {
    const { targetKind: kind, targetId: id } = action;
    const { tags, exists, position, ...fields } = patch;
    if (exists === false) this.remove(kind as 'metric' | 'annotation', id, now);
    if (exists === true) this.restore(kind as 'metric' | 'annotation', id);
    // A tag deleted or merged away since the step is left out: undo brings back the tags still here.
    if (Array.isArray(tags)) this.tags.set(kind, id, (tags as number[]).filter((t) => this.tags.has(t)));
    if (position) this.setPosition(id, position as Record<string, unknown>, now);
    if (!Object.keys(fields).length) return;
    // A status alone (bulk review) skips the full read-modify-write of a metric's fields.
    if (kind === 'metric' && Object.keys(fields).length === 1 && typeof fields.status === 'string') {
      this.metrics.setStatuses([id], MetricPatch.parse(fields).status!, now);
      return;
    }
    if (kind === 'metric') this.metrics.update(id, MetricPatch.parse(fields), now, false);
    // Undo puts back what was there, a colour a note on a metric had before NOTE_ON_METRIC included.
    if (kind === 'annotation') this.annotations.update(id, AnnotationPatch.parse(fields), now, { restoring: true });
  }

  private remove(kind: 'metric' | 'annotation', id: number, now: string): void {
    if (kind === 'metric') this.trash.putMetric(id, now);
    else this.trash.putAnnotation(id, now);
  }

  private restore(kind: 'metric' | 'annotation', id: number): void {
    const entry = this.trash.latest(kind, id);
    if (entry !== undefined) {
      this.trash.restore(entry);
      return;
    }
    // Brought back from the Trash by hand since the step: what undo would do is done already.
    const table = kind === 'metric' ? 'metrics' : 'annotations';
    if (this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) return;
    throw new AssayError('NOT_IN_TRASH', `The ${kind} to bring back is no longer in the trash (the trash was emptied), so this step cannot be undone.`);
  }

  private position(id: number): Record<string, unknown> {
    return this.db.prepare(`SELECT ${POSITION.join(', ')} FROM annotations WHERE id = ?`).get(id) as Record<string, unknown>;
  }

  private setPosition(id: number, position: Record<string, unknown>, now: string): void {
    this.db.prepare(`UPDATE annotations SET ${POSITION.map((c) => `${c} = @${c}`).join(', ')}, modified_at = @now WHERE id = @id`).run({ ...position, now, id });
    recordAnnotationChange(this.db, id, 'place', () => placementJson(this.db, id));
  }
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}

function pick(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, from[k] ?? null]));
}
