import type { Database, Statement } from 'better-sqlite3';
import type { Color } from '../../../shared/tags.ts';
import { TagStore } from '../db/tags.ts';
import { TrashStore } from '../db/trash.ts';
import { metricFinder, type Applied } from './apply-metric.ts';
import { passageFinder } from './apply-passage.ts';
import type { Change } from './change.ts';
import { FieldWinners } from './field-winners.ts';
import { deriveTree, type TagFields, type TagTree } from './tag-tree.ts';
import { itemTagsOf, jsonOrNull, TagColor, TagPlace, TagUid, type ItemTag } from './tag-paths.ts';

/** Turns an item's shared tags into this workspace's tag ids. */
export interface ItemTagResolver {
  resolve(tags: ItemTag[]): number[];
}

interface Row { id: number; uid: string; name: string; parentId: number | null; color: Color | null }

/** An item whose latest shared tags are held here. */
interface TaggedItem { kind: 'metric' | 'annotation' | 'passage'; key: string; value: string | null }

/** Whether a tag change holds a value this build can read. */
function valid(change: Change): boolean {
  if (change.field === 'place') return TagPlace.safeParse(jsonOrNull(change.value)).success;
  if (change.field === 'color') return TagColor.safeParse(change.value).success;
  if (change.field === 'merge') return TagUid.safeParse(change.value).success;
  return change.field === 'exists' && (change.value === '0' || change.value === '1');
}

/**
 * Applies pulled tag changes by uid. Each field (place, color, merge, exists) holds the later
 * change by clock, as for other items (a losing change stays in the change log); the tree
 * here is then made to match `deriveTree` over those fields, which depends on them alone, so
 * every workspace holding the same changes shows the same tree. Items whose shared tags name
 * a tag that now stands for another (merged, an alias, deleted) are tagged again from their
 * latest 'tags' change. Call inside a transaction with the change recorder off, and `finish`
 * before it ends.
 */
export class TagChanges implements ItemTagResolver {
  private readonly winners: FieldWinners;
  private readonly store: TagStore;
  private readonly metricOf: (key: string) => number | null;
  private readonly passageOf: (key: string) => number | null;
  private readonly fields: Statement;
  private readonly rows: Statement;
  private readonly insert: Statement;
  private readonly aside: Statement;
  private readonly place: Statement;
  private readonly squatter: Statement;
  private readonly moveTaggings: Statement;
  private readonly remove: Statement;
  private readonly naming: Statement;
  private readonly annotation: Statement;
  /** The tree as this workspace holds it now; null until first needed. */
  private tree: TagTree | null = null;
  /** Whether tag changes were applied since the tree was last made to match. */
  private dirty = false;
  /** Tag ids by uid, read once per tree (a pull may tag thousands of items). */
  private rowIds: Map<string, number> | null = null;
  /** The tags whose own latest 'exists' is a deletion, as of the last `derive`. */
  private deleted = new Set<string>();
  private readonly trash: TrashStore;
  private readonly now: string;

  constructor(db: Database, now: string) {
    this.now = now;
    this.trash = new TrashStore(db);
    this.winners = new FieldWinners(db, 'tag');
    this.store = new TagStore(db);
    this.metricOf = metricFinder(db);
    this.passageOf = passageFinder(db);
    this.fields = db.prepare(`SELECT f.key, f.field, c.value FROM team_fields f JOIN team_changes c ON c.id = f.change_id WHERE f.kind = 'tag'`);
    this.rows = db.prepare('SELECT id, uid, name, parent_id AS parentId, color FROM tags');
    this.insert = db.prepare(`INSERT INTO tags (name, parent_id, uid) VALUES (char(1) || @uid, NULL, @uid)`);
    // Out of the way while the tree is rearranged: the final names may be held by rows still to move.
    this.aside = db.prepare('UPDATE tags SET name = char(1) || uid WHERE id = ?');
    this.place = db.prepare('UPDATE tags SET name = ?, parent_id = ?, color = ? WHERE id = ?');
    this.squatter = db.prepare('SELECT id FROM tags WHERE name = ? AND parent_id IS ? AND id != ?').pluck();
    this.moveTaggings = db.prepare('INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) SELECT ?, target_kind, target_id FROM taggings WHERE tag_id = ?');
    this.remove = db.prepare('DELETE FROM tags WHERE id = ?');
    this.naming = db.prepare(`SELECT f.kind, f.key, c.value FROM team_fields f JOIN team_changes c ON c.id = f.change_id
      WHERE f.field = 'tags' AND f.kind IN ('metric', 'annotation', 'passage') AND instr(c.value, ?) > 0`);
    this.annotation = db.prepare('SELECT id FROM annotations WHERE uid = ?').pluck();
  }

  apply(change: Change): Applied {
    if (!valid(change)) return 'invalid';
    const winner = this.winners.of(change.key, change.field);
    if (winner && winner.hlc >= change.hlc) return 'lost';
    this.tree ??= this.derive();
    this.winners.take(change);
    this.dirty = true;
    return 'applied';
  }

  /**
   * This workspace's ids for an item's shared tags: each uid stands for the live tag it
   * resolves to; a deleted one is left off. A tag known by path only (a change from a hub of
   * format 3, or a tag no change placed) is found or made by its path.
   */
  resolve(tags: ItemTag[]): number[] {
    this.settle();
    return this.idsOf(tags);
  }

  /** Makes the tree match the changes applied, and returns the aliases the rule made that no change holds yet (to be logged). */
  finish(): Array<{ loser: string; winner: string }> {
    this.settle();
    return this.tree?.collisions ?? [];
  }

  private idsOf(tags: ItemTag[]): number[] {
    const tree = this.tree ??= this.derive();
    const byUid = this.rowIds ??= new Map((this.rows.all() as Row[]).map((r) => [r.uid, r.id]));
    const ids = tags.flatMap((t) => {
      if (t.uid !== null && tree.known.has(t.uid)) {
        const live = tree.resolve(t.uid);
        if (live === null) return []; // deleted
        const id = byUid.get(live);
        if (id !== undefined) return [id];
      }
      // Found or made here by its path (a tag no change placed yet), outside the team's tree until the next sync offers it.
      return [this.store.create(t.path).id];
    });
    return [...new Set(ids)];
  }

  private settle(): void {
    if (!this.dirty) return;
    const before = this.tree!;
    const after = this.derive();
    this.materialize(after);
    this.rowIds = null;
    this.tree = after;
    this.dirty = false;
    this.retag(before, after);
  }

  /** Notes the tree as it stands, before a tag comes back from this workspace's trash (see `rematch`). */
  beforeRestore(): void {
    this.tree = this.derive();
  }

  /**
   * Makes the tags table hold the team's tree again once a tag came back from this
   * workspace's trash: its rows hold the names they had when it went, and the team may have
   * renamed them since; items the team tagged with it meanwhile are tagged again, as in every
   * other workspace. Call inside a transaction with the change recorder off.
   */
  rematch(): void {
    this.dirty = true;
    this.settle();
  }

  /** Every tag's fields as they stand here. */
  private derive(): TagTree {
    const byUid = new Map<string, TagFields>();
    this.deleted = new Set();
    for (const { key, field, value } of this.fields.all() as Array<{ key: string; field: string; value: string | null }>) {
      const uid = key.slice(2);
      const f = byUid.get(uid) ?? { uid, place: null, color: null, merge: null, deleted: false };
      // Only valid values take a field (see `valid`); a damaged one reads as unset rather than stopping every pull.
      if (field === 'place') f.place = TagPlace.safeParse(jsonOrNull(value)).data ?? null;
      if (field === 'color') f.color = TagColor.safeParse(value).data ?? null;
      if (field === 'merge') f.merge = value;
      if (field === 'exists') f.deleted = value === '0';
      if (f.deleted) this.deleted.add(uid);
      else this.deleted.delete(uid);
      byUid.set(uid, f);
    }
    return deriveTree([...byUid.values()]);
  }

  /**
   * Makes the tags table hold the tree: new tags made under their uids, every tag the team
   * placed set to its name, parent and color, and tags merged away or deleted removed, their
   * items handed to the tag they stand for. A tag here that no change placed and that sits
   * where a team tag goes is merged into it.
   */
  private materialize(tree: TagTree): void {
    const rows = this.rows.all() as Row[];
    // Read before the tree is rearranged, while the deleted tags still have their names and items.
    const trashed = this.deletedHere(tree, rows).map((row) => this.trash.tagSnapshot(row.id, (uid) => !tree.live.has(uid)));
    const ids = this.placeLive(tree, rows);
    const gone = rows.filter((r) => tree.known.has(r.uid) && !tree.live.has(r.uid));
    for (const row of gone) {
      const into = tree.resolve(row.uid);
      if (into !== null) this.moveTaggings.run(ids.get(into)!, row.id);
    }
    // Only once every item has moved: deleting a tag deletes what hangs below it.
    for (const row of gone) this.remove.run(row.id);
    // A tag deleted elsewhere waits in this trash too, and one restored elsewhere leaves it.
    for (const snapshot of trashed) this.trash.addTag(snapshot, this.now);
    this.trash.dropTags(new Set(tree.live.keys()));
  }

  /** The rows of tags deleted by a change (not merely below one, which go inside its entry), still here. */
  private deletedHere(tree: TagTree, rows: Row[]): Row[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const going = new Set(rows.filter((r) => this.deleted.has(r.uid) && !tree.live.has(r.uid)).map((r) => r.id));
    const under = (row: Row): boolean => {
      for (let p = row.parentId; p !== null; p = byId.get(p)?.parentId ?? null) if (going.has(p)) return true;
      return false;
    };
    return rows.filter((r) => going.has(r.id) && !under(r));
  }

  /** Makes and places the live tags; returns the row id of each. Rows already in place are not written. */
  private placeLive(tree: TagTree, rows: Row[]): Map<string, number> {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ids = new Map<string, number>();
    const moving = new Set<string>();
    for (const row of rows) {
      if (!tree.known.has(row.uid)) continue;
      const t = tree.live.get(row.uid);
      if (t) ids.set(row.uid, row.id);
      const parent = row.parentId === null ? null : byId.get(row.parentId)!.uid;
      if (t && t.name === row.name && t.parent === parent && t.color === row.color) continue;
      if (t) moving.add(row.uid);
      this.aside.run(row.id);
    }
    for (const uid of tree.live.keys()) {
      if (ids.has(uid)) continue;
      ids.set(uid, Number(this.insert.run({ uid }).lastInsertRowid));
      moving.add(uid);
    }
    for (const uid of moving) {
      const t = tree.live.get(uid)!;
      const id = ids.get(uid)!;
      const parentId = t.parent === null ? null : ids.get(t.parent)!;
      this.evictSquatter(t.name, parentId, id);
      this.place.run(t.name, parentId, t.color, id);
    }
    return ids;
  }

  /**
   * A tag no change placed (made here from a bare path) sitting where a team tag goes is merged
   * into it; set aside instead in the odd case that the team tag hangs below it.
   */
  private evictSquatter(name: string, parentId: number | null, id: number): void {
    const squatter = this.squatter.get(name, parentId, id) as number | undefined;
    if (squatter === undefined) return;
    if (this.store.descendants(squatter).includes(id)) this.aside.run(squatter);
    else this.store.merge(squatter, id);
  }

  /** Tags again, from their latest shared tags, the items naming a uid that stands for another tag now than before. */
  private retag(before: TagTree, after: TagTree): void {
    const moved = [...new Set([...before.known, ...after.known])].filter((uid) => before.resolve(uid) !== after.resolve(uid));
    const items = new Map<string, TaggedItem>();
    for (const uid of moved) {
      for (const item of this.naming.all(`"uid":"${uid}"`) as TaggedItem[]) items.set(`${item.kind} ${item.key}`, item);
    }
    for (const { kind, key, value } of items.values()) {
      const tags = itemTagsOf(value);
      const id = this.itemOf(kind, key);
      if (tags && id !== null) this.store.set(kind, id, this.idsOf(tags));
    }
  }

  /** The local row of an item a shared key names, or null when it is not here. */
  private itemOf(kind: TaggedItem['kind'], key: string): number | null {
    if (kind === 'metric') return this.metricOf(key);
    if (kind === 'passage') return this.passageOf(key);
    return (this.annotation.get(key.slice(2)) as number | undefined) ?? null;
  }
}
