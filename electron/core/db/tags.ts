import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { Color, Tag, TagRef, TagTarget } from '../../../shared/tags.ts';
import { TrashStore } from './trash.ts';
import { writeTransaction } from './write.ts';
import { recordAnnotationChange, recordMetricChange, recordPassageChange, recordTagChange } from '../team/record.ts';

interface TagRow { id: number; name: string; parentId: number | null; color: Color | null }

/**
 * SQL for the tag hierarchy (tags) and what carries each tag (taggings). A workspace has
 * a few hundred tags at most, so paths are built in memory from the whole table.
 */
export class TagStore {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
  }

  /** Every tag with its path and counts, in path order. */
  list(): Tag[] {
    const rows = this.rows();
    const own = new Map((this.db.prepare('SELECT tag_id AS id, count(*) AS n FROM taggings GROUP BY tag_id').all() as Array<{ id: number; n: number }>).map((r) => [r.id, r.n]));
    const paths = pathsOf(rows);
    const total = (id: number): number => (own.get(id) ?? 0) + rows.filter((r) => r.parentId === id).reduce((n, r) => n + total(r.id), 0);
    return rows.map((r) => ({ ...r, path: paths.get(r.id)!, count: own.get(r.id) ?? 0, totalCount: total(r.id) }))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * The tag at `path`, creating it and any missing parents. In a joined workspace each new
   * tag (and a new color) is logged for the team.
   */
  create(path: string, color: Color | null = null): TagRef {
    return writeTransaction(this.db, () => {
      let parentId: number | null = null;
      for (const name of path.split('/').map((p) => p.trim())) {
        const found = this.db.prepare('SELECT id FROM tags WHERE name = ? AND parent_id IS ?').get(name, parentId) as { id: number } | undefined;
        parentId = found ? found.id : this.insert(name, parentId);
      }
      if (color && this.row(parentId!).color !== color) this.recolor(parentId!, color);
      return this.ref(parentId!);
    });
  }

  private insert(name: string, parentId: number | null): number {
    const id = Number(this.db.prepare('INSERT INTO tags (name, parent_id) VALUES (?, ?)').run(name, parentId).lastInsertRowid);
    recordTagChange(this.db, id, 'place', () => this.placeJson(id));
    return id;
  }

  rename(id: number, name: string): TagRef {
    const tag = this.row(id);
    const clash = this.db.prepare('SELECT id FROM tags WHERE name = ? AND parent_id IS ? AND id != ?').get(name, tag.parentId, id);
    if (clash) throw new AssayError('TAG_EXISTS', `There is already a tag "${name}" at that level; merge the two instead of renaming.`);
    writeTransaction(this.db, () => {
      this.db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(name, id);
      recordTagChange(this.db, id, 'place', () => this.placeJson(id));
    });
    return this.ref(id);
  }

  recolor(id: number, color: Color | null): TagRef {
    this.row(id);
    writeTransaction(this.db, () => {
      this.db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(color, id);
      recordTagChange(this.db, id, 'color', color);
    });
    return this.ref(id);
  }

  /** Where a tag sits, as its 'place' change holds it: its parent's uid and its name. */
  placeJson(id: number): string {
    const row = this.db.prepare('SELECT t.name, p.uid AS parent FROM tags t LEFT JOIN tags p ON p.id = t.parent_id WHERE t.id = ?').get(id) as { name: string; parent: string | null };
    return JSON.stringify({ parent: row.parent, name: row.name });
  }

  /** Moves everything tagged `from` (and its children) onto `into`, then removes `from`. */
  merge(from: number, into: number): TagRef {
    if (from === into) throw new AssayError('BAD_INPUT', 'Choose a different tag to merge into.');
    this.row(from);
    this.row(into);
    if (this.descendants(from).includes(into)) throw new AssayError('BAD_INPUT', 'A tag cannot be merged into a tag below it; merge the lower tag upwards instead.');
    writeTransaction(this.db, () => this.mergeInto(from, into));
    return this.ref(into);
  }

  /** How many items carry the tag or a tag below it: what deleting it would untag. */
  usage(id: number): number {
    const ids = this.descendants(id);
    return (this.db.prepare(`SELECT count(*) AS n FROM taggings WHERE tag_id IN (${ids.map(() => '?').join(', ')})`).get(...ids) as { n: number }).n;
  }

  /**
   * Moves the tag and the tags below it to the trash; the items themselves stay, untagged
   * until it is restored. Only the tag itself is logged: the tags below go with it in every
   * workspace.
   */
  delete(id: number, now: string): number {
    const count = this.usage(id);
    new TrashStore(this.db).putTag(id, now);
    return count;
  }

  /** The tag and every tag below it. */
  descendants(id: number): number[] {
    return (this.db.prepare(`WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT t.id FROM tags t JOIN below b ON t.parent_id = b.id) SELECT id FROM below`)
      .all(id) as Array<{ id: number }>).map((r) => r.id);
  }

  /** The tags an item carries. */
  of(kind: TagTarget, targetId: number): TagRef[] {
    const ids = (this.db.prepare('SELECT tag_id AS id FROM taggings WHERE target_kind = ? AND target_id = ?').all(kind, targetId) as Array<{ id: number }>).map((r) => r.id);
    if (!ids.length) return [];
    const rows = this.rows();
    const paths = pathsOf(rows);
    return rows.filter((r) => ids.includes(r.id)).map((r) => ({ id: r.id, path: paths.get(r.id)!, color: r.color })).sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The tags of many items of one kind at once, for lists. */
  ofMany(kind: TagTarget, targetIds: number[]): Map<number, TagRef[]> {
    const out = new Map<number, TagRef[]>();
    if (!targetIds.length) return out;
    const rows = this.rows();
    const paths = pathsOf(rows);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const select = this.db.prepare(`SELECT target_id AS targetId, tag_id AS tagId FROM taggings WHERE target_kind = ? AND target_id IN (SELECT value FROM json_each(?))`);
    for (const { targetId, tagId } of select.all(kind, JSON.stringify(targetIds)) as Array<{ targetId: number; tagId: number }>) {
      const tag = byId.get(tagId)!;
      out.set(targetId, [...(out.get(targetId) ?? []), { id: tagId, path: paths.get(tagId)!, color: tag.color }]);
    }
    return out;
  }

  /** Replaces the tags an item carries. Call inside a transaction. */
  set(kind: TagTarget, targetId: number, tagIds: number[]): void {
    for (const id of tagIds) this.row(id);
    this.db.prepare('DELETE FROM taggings WHERE target_kind = ? AND target_id = ?').run(kind, targetId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) VALUES (?, ?, ?)');
    for (const id of tagIds) insert.run(id, kind, targetId);
    const shared = () => this.sharedJson(kind, targetId);
    if (kind === 'metric') recordMetricChange(this.db, targetId, 'tags', shared);
    if (kind === 'annotation') recordAnnotationChange(this.db, targetId, 'tags', shared);
    if (kind === 'passage') recordPassageChange(this.db, targetId, 'tags', shared);
  }

  /** An item's tags as a 'tags' change holds them: each by uid (which survives renames) and path. */
  sharedJson(kind: TagTarget, targetId: number): string {
    return this.sharedJsonOf(this.of(kind, targetId).map((t) => t.id));
  }

  /** Tags by id as a 'tags' change holds them (those no longer here left off), in path order. */
  sharedJsonOf(tagIds: number[]): string {
    const rows = this.db.prepare('SELECT id, name, parent_id AS parentId, color, uid FROM tags').all() as Array<TagRow & { uid: string }>;
    const paths = pathsOf(rows);
    const shared = rows.filter((r) => tagIds.includes(r.id)).map((r) => ({ uid: r.uid, path: paths.get(r.id)! }));
    return JSON.stringify(shared.sort((a, b) => a.path.localeCompare(b.path)));
  }

  /** Merges `from` into `into`, and each of its children into a twin of the same name under `into`; each merge is logged for the team. */
  private mergeInto(from: number, into: number): void {
    recordTagChange(this.db, from, 'merge', () => this.db.prepare('SELECT uid FROM tags WHERE id = ?').pluck().get(into) as string);
    this.db.prepare('INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) SELECT ?, target_kind, target_id FROM taggings WHERE tag_id = ?').run(into, from);
    for (const child of this.db.prepare('SELECT id, name FROM tags WHERE parent_id = ?').all(from) as Array<{ id: number; name: string }>) {
      const twin = this.db.prepare('SELECT id FROM tags WHERE parent_id = ? AND name = ?').get(into, child.name) as { id: number } | undefined;
      if (twin) this.mergeInto(child.id, twin.id);
      else this.db.prepare('UPDATE tags SET parent_id = ? WHERE id = ?').run(into, child.id);
    }
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(from);
  }

  /** Whether a tag is here (not deleted or merged away). */
  has(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM tags WHERE id = ?').get(id) !== undefined;
  }

  private rows(): TagRow[] {
    return this.db.prepare('SELECT id, name, parent_id AS parentId, color FROM tags').all() as TagRow[];
  }

  private row(id: number): TagRow {
    const row = this.db.prepare('SELECT id, name, parent_id AS parentId, color FROM tags WHERE id = ?').get(id) as TagRow | undefined;
    if (!row) throw new AssayError('NO_SUCH_TAG', `There is no tag ${id}; it may have been deleted or merged. Reload the tag list.`);
    return row;
  }

  private ref(id: number): TagRef {
    const row = this.row(id);
    return { id, path: pathsOf(this.rows()).get(id)!, color: row.color };
  }
}

function pathsOf(rows: TagRow[]): Map<number, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<number, string>();
  const path = (r: TagRow): string => {
    const known = paths.get(r.id);
    if (known !== undefined) return known;
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    const full = parent ? `${path(parent)}/${r.name}` : r.name;
    paths.set(r.id, full);
    return full;
  };
  rows.forEach(path);
  return paths;
}
