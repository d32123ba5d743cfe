import type { Database } from 'better-sqlite3';
import type { TrashItem } from '../../../shared/annotations.ts';
import { TagStore } from '../db/tags.ts';
import { TrashStore } from '../db/trash.ts';
import type { TagTarget } from '../../../shared/tags.ts';
import { writeTransaction } from '../db/write.ts';
import { TagChanges } from './apply-tag.ts';
import { TeamStateStore } from './team-state.ts';

type Target = { kind: TagTarget; id: number };

/** The items a tag's trash entry held taggings of, each with the tag ids it carries now. */
function taggedItems(db: Database, trashId: number): Array<Target & { before: number[] }> {
  const payload = db.prepare('SELECT payload FROM trash WHERE id = ?').pluck().get(trashId) as string;
  const taggings = (JSON.parse(payload) as { taggings: Array<{ target_kind: TagTarget; target_id: number }> }).taggings;
  const unique = new Map(taggings.map((t) => [`${t.target_kind}:${t.target_id}`, { kind: t.target_kind, id: t.target_id }]));
  const store = new TagStore(db);
  return [...unique.values()].map((t) => ({ ...t, before: store.of(t.kind, t.id).map((x) => x.id) }));
}

/**
 * Brings an entry back from the trash. A tag comes back with the names its rows had when it
 * went; in a joined workspace the team may have renamed, moved or recolored it since (the
 * changes kept applying to its fields), so the tree is then made to match the team's again
 * and the items the team tagged with it are tagged again, with the recorder off as in a
 * pull. The items it comes back on here are then told to the team as their tags, since
 * another workspace may never have had those taggings (the tag went before this one joined).
 * One transaction.
 */
export function restoreFromTrash(db: Database, trashId: number, now: string): TrashItem {
  return writeTransaction(db, () => {
    const trash = new TrashStore(db);
    const state = new TeamStateStore(db);
    const tag = trash.list().find((t) => t.id === trashId)?.targetKind === 'tag' && state.joined();
    const tags = tag ? new TagChanges(db, now) : null;
    tags?.beforeRestore();
    const items = tag ? taggedItems(db, trashId) : [];
    const item = trash.restore(trashId);
    if (!tags) return item;
    state.setRecording(false);
    tags.rematch();
    state.setRecording(true);
    const store = new TagStore(db);
    for (const { kind, id, before } of items) {
      const after = store.of(kind, id).map((t) => t.id);
      if (after.length !== before.length || after.some((t) => !before.includes(t))) store.set(kind, id, after);
    }
    return item;
  });
}
