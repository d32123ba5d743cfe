import type { Color } from '../../../shared/tags.ts';
import type { TagPlace } from './tag-paths.ts';

/** The values a tag's fields hold in a workspace: each the latest by clock among the changes known there. */
export interface TagFields {
  uid: string;
  place: TagPlace | null;
  color: Color | null;
  /** The uid of the tag this one was merged into. */
  merge: string | null;
  deleted: boolean;
}

/** A tag of the derived tree: its parent by uid (null at the top), name and color. */
export interface TreeTag { parent: string | null; name: string; color: Color | null }

/** The tag tree a team's workspaces converge on, derived from the fields alone. */
export interface TagTree {
  /** The tags an analyst sees, by uid. */
  live: Map<string, TreeTag>;
  /** Every tag the team's changes placed somewhere, live or not. */
  known: Set<string>;
  /** The live tag a uid stands for now (itself, or the tag it was merged into); null when it was deleted or is not known. */
  resolve(uid: string): string | null;
  /** Tags found at the same path as another, each with the tag it becomes an alias of (not yet a recorded merge). */
  collisions: Array<{ loser: string; winner: string }>;
}

/**
 * Derives the tag tree from each tag's field values. It depends on those values only, never
 * on the order changes arrived in, so workspaces holding the same changes hold the same tree:
 *
 * - a tag merged into another stands for that one (following merges to their end; merges that
 *   go round in a circle end at the circle's least uid);
 * - a deleted tag is gone with everything below it and every tag merged into it: a deletion is
 *   final, even over a rename made elsewhere at the same time;
 * - the alias rule: two live tags at the same path (made under one path on two workspaces
 *   before either synced, or renamed onto each other concurrently) are one tag, the one whose
 *   uid sorts first; the other becomes its alias, as if merged into it, and so do the tags
 *   below them, level by level.
 */
export function deriveTree(fields: TagFields[]): TagTree {
  const byUid = new Map(fields.filter((f) => f.place !== null).map((f) => [f.uid, f]));
  const merges = new Map(fields.flatMap((f) => (f.merge !== null && byUid.has(f.merge) ? [[f.uid, f.merge] as const] : [])));
  const collisions: TagTree['collisions'] = [];
  for (;;) {
    const tree = liveTree(byUid, merges);
    const found = sameNames(tree.live);
    if (!found.length) return { ...tree, collisions };
    for (const pair of found) {
      merges.set(pair.loser, pair.winner);
      collisions.push(pair);
    }
  }
}

/** The live tags and how uids resolve, for the given merges. */
function liveTree(byUid: Map<string, TagFields>, merges: Map<string, string>): Omit<TagTree, 'collisions'> {
  const roots = new Map<string, string>();
  const root = (uid: string): string => {
    const known = roots.get(uid);
    if (known !== undefined) return known;
    const end = mergeEnd(uid, merges);
    roots.set(uid, end);
    return end;
  };
  const deletedOnWay = (uid: string): boolean => mergeChain(uid, merges).some((u) => byUid.get(u)?.deleted);
  const parents = new Map<string, string | null>();
  for (const [uid, f] of byUid) {
    if (root(uid) !== uid) continue;
    parents.set(uid, f.place!.parent !== null && byUid.has(f.place!.parent) ? root(f.place!.parent) : null);
  }
  const dead = deadTags(parents, (uid) => deletedOnWay(uid));
  const live = new Map<string, TreeTag>();
  for (const [uid, parent] of parents) {
    if (dead.has(uid)) continue;
    const f = byUid.get(uid)!;
    live.set(uid, { parent, name: f.place!.name, color: f.color });
  }
  return {
    live,
    known: new Set(byUid.keys()),
    resolve: (uid) => (byUid.has(uid) && live.has(root(uid)) && !deletedOnWay(uid) ? root(uid) : null),
  };
}

/** The uids a merge chain passes through from `uid`, up to its end or the point it comes round. */
function mergeChain(uid: string, merges: Map<string, string>): string[] {
  const chain = [uid];
  for (let next = merges.get(uid); next !== undefined && !chain.includes(next); next = merges.get(next)) chain.push(next);
  return chain;
}

/** Where a uid's merges end: the last tag of its chain, or the least uid of the circle it runs into. */
function mergeEnd(uid: string, merges: Map<string, string>): string {
  const chain = mergeChain(uid, merges);
  const last = chain[chain.length - 1]!;
  const back = merges.get(last);
  if (back === undefined) return last;
  return chain.slice(chain.indexOf(back)).sort()[0]!;
}

/**
 * The tags deleted or below a deleted one. A parent chain that comes round (two tags each
 * merged below the other at once) is cut at its least uid, which is placed at the top.
 */
function deadTags(parents: Map<string, string | null>, deleted: (uid: string) => boolean): Set<string> {
  const dead = new Set<string>();
  for (const uid of parents.keys()) {
    const chain = [uid];
    for (let p = parents.get(uid); p != null && !chain.includes(p); p = parents.get(p)) chain.push(p);
    const top = parents.get(chain[chain.length - 1]!);
    if (top != null) parents.set(chain.slice(chain.indexOf(top)).sort()[0]!, null);
  }
  for (const uid of parents.keys()) {
    const chain = [uid];
    for (let p = parents.get(uid); p != null && !chain.includes(p); p = parents.get(p)) chain.push(p);
    if (chain.some(deleted)) dead.add(uid);
  }
  return dead;
}

/** Live tags at the same path as another, the top-most level first: each loser with the least uid of its group. */
function sameNames(live: Map<string, TreeTag>): Array<{ loser: string; winner: string }> {
  const groups = new Map<string, string[]>();
  for (const [uid, t] of live) {
    const key = JSON.stringify([t.parent, t.name]);
    groups.set(key, [...(groups.get(key) ?? []), uid]);
  }
  return [...groups.values()].filter((g) => g.length > 1).flatMap((g) => {
    const [winner, ...losers] = g.sort();
    return losers.map((loser) => ({ loser, winner: winner! }));
  });
}
