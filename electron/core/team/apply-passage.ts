import type { Database } from 'better-sqlite3';
import { TagStore } from '../db/tags.ts';
import type { Applied } from './apply-metric.ts';
import type { ItemTagResolver } from './apply-tag.ts';
import type { Change } from './change.ts';
import { FieldWinners } from './field-winners.ts';
import { itemTagsOf } from './tag-paths.ts';

/** How the local passage a key ('p:HASH:ORDINAL') names is found; null when its version is not here. */
export function passageFinder(db: Database): (key: string) => number | null {
  const find = db.prepare(`SELECT p.id FROM passages p JOIN document_versions v ON v.id = p.version_id
    WHERE v.content_hash = ? AND p.ordinal = ? ORDER BY p.id LIMIT 1`).pluck();
  return (key) => {
    const [, hash, ordinal] = key.split(':');
    return (find.get(hash, Number(ordinal)) as number | undefined) ?? null;
  };
}

/**
 * Applies pulled passage changes: a passage's tags, by the later clock stamp, on the passage
 * of the same ordinal in the version with the same bytes. Passages keep no history, so a
 * losing value stays in the change log only. A passage whose document is not here yet waits.
 * Call inside a transaction with the change recorder off.
 */
export class PassageChanges {
  private readonly winners: FieldWinners;
  private readonly tags: TagStore;
  private readonly itemTags: ItemTagResolver;
  private readonly find: (key: string) => number | null;

  constructor(db: Database, itemTags: ItemTagResolver) {
    this.winners = new FieldWinners(db, 'passage');
    this.tags = new TagStore(db);
    this.itemTags = itemTags;
    this.find = passageFinder(db);
  }

  apply(change: Change): Applied {
    const tags = change.field === 'tags' ? itemTagsOf(change.value) : null;
    if (tags === null) return 'invalid';
    const id = this.find(change.key);
    if (id === null) return 'missing';
    const winner = this.winners.of(change.key, change.field);
    if (winner && winner.hlc >= change.hlc) return 'lost';
    this.tags.set('passage', id, this.itemTags.resolve(tags));
    this.winners.take(change);
    return 'applied';
  }
}

