import type { Database } from 'better-sqlite3';
import type { TrashItem } from '../../../shared/annotations.ts';
import { TrashStore } from '../db/trash.ts';
import { writeTransaction } from '../db/write.ts';
import { TagChanges } from './apply-tag.ts';
import { TeamStateStore } from './team-state.ts';

/**
 * Brings an entry back from the trash. A tag comes back with the names its rows had when it
 * went; in a joined workspace the team may have renamed, moved or recolored it since (the
 * changes kept applying to its fields), so the tree is then made to match the team's again
 * and the items the team tagged with it are tagged again, with the recorder off as in a
 * pull. One transaction.
 */
export function restoreFromTrash(db: Database, trashId: number, now: string): TrashItem {
  return writeTransaction(db, () => {
    const trash = new TrashStore(db);
    const state = new TeamStateStore(db);
    const tag = trash.list().find((t) => t.id === trashId)?.targetKind === 'tag' && state.joined();
    const tags = tag ? new TagChanges(db, now) : null;
    tags?.beforeRestore();
    const item = trash.restore(trashId);
    if (!tags) return item;
    state.setRecording(false);
    tags.rematch();
    state.setRecording(true);
    return item;
  });
}
