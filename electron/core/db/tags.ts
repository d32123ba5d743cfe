import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { Color, Tag, TagRef, TagTarget } from '../../../shared/tags.ts';
import { writeTransaction } from './write.ts';
import { recordAnnotationChange, recordMetricChange } from '../team/record.ts';

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

  /** The tag at `path`, creating it and any missing parents. */
  create(path: string, color: Color | null = null): TagRef {
    let parentId: number | null = null;
    for (const name of path.split('/').map((p) => p.trim())) {
      const found = this.db.prepare('SELECT id FROM tags WHERE name = ? AND parent_id IS ?').get(name, parentId) as { id: number } | undefined;
      parentId = found ? found.id : Number(this.db.prepare('INSERT INTO tags (name, parent_id) VALUES (?, ?)').run(name, parentId).lastInsertRowid);
    }
    if (color) this.db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(color, parentId);
    return this.ref(parentId!);
  }

  rename(id: number, name: string): TagRef {
    const tag = this.row(id);
    const clash = this.db.prepare('SELECT id FROM tags WHERE name = ? AND parent_id IS ? AND id != ?').get(name, tag.parentId, id);
    if (clash) throw new AssayError('TAG_EXISTS', `There is already a tag "${name}" at that level; merge the two instead of renaming.`);
    this.db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(name, id);
    return this.ref(id);
  }

  recolor(id: number, color: Color | null): TagRef {
    this.row(id);
    this.db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(color, id);
    return this.ref(id);
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

  /** Deletes the tag and the tags below it; the items themselves stay, untagged. */
  delete(id: number): number {
    const count = this.usage(id);
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(id);
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
    const paths = () => JSON.stringify(this.of(kind, targetId).map((t) => t.path));
    if (kind === 'metric') recordMetricChange(this.db, targetId, 'tags', paths);
    if (kind === 'annotation') recordAnnotationChange(this.db, targetId, 'tags', paths);
  }

  private mergeInto(from: number, into: number): void {
    this.db.prepare('INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) SELECT ?, target_kind, target_id FROM taggings WHERE tag_id = ?').run(into, from);
    for (const child of this.db.prepare('SELECT id, name FROM tags WHERE parent_id = ?').all(from) as Array<{ id: number; name: string }>) {
      const twin = this.db.prepare('SELECT id FROM tags WHERE parent_id = ? AND name = ?').get(into, child.name) as { id: number } | undefined;
      if (twin) this.mergeInto(child.id, twin.id);
      else this.db.prepare('UPDATE tags SET parent_id = ? WHERE id = ?').run(into, child.id);
    }
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(from);
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
