import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveTree, type TagFields } from '../../../electron/core/team/tag-tree.ts';

const tag = (uid: string, name: string, parent: string | null = null, more: Partial<TagFields> = {}): TagFields =>
  ({ uid, place: { parent, name }, color: null, merge: null, deleted: false, ...more });

/** The derived tree as paths, for reading. */
function paths(fields: TagFields[]): string[] {
  const { live } = deriveTree(fields);
  const path = (uid: string): string => {
    const t = live.get(uid)!;
    return t.parent === null ? t.name : `${path(t.parent)}/${t.name}`;
  };
  return [...live.keys()].map((uid) => `${path(uid)} (${uid})`).sort();
}

describe('deriveTree', () => {
  it('makes two tags at one path one: the lesser uid wins, and the tags below them meet level by level', () => {
    const tree = deriveTree([tag('b', 'Review'), tag('b2', 'Q3', 'b'), tag('a', 'Review'), tag('a2', 'Q3', 'a'), tag('a3', 'Q4', 'a')]);
    expect(paths([tag('b', 'Review'), tag('b2', 'Q3', 'b'), tag('a', 'Review'), tag('a2', 'Q3', 'a'), tag('a3', 'Q4', 'a')]))
      .toEqual(['Review (a)', 'Review/Q3 (a2)', 'Review/Q4 (a3)']);
    expect(tree.resolve('b')).toBe('a');
    expect(tree.resolve('b2')).toBe('a2');
    expect(tree.collisions).toEqual([{ loser: 'b', winner: 'a' }, { loser: 'b2', winner: 'a2' }]);
  });

  it('follows merges to their end, ends a circle of merges at its least uid, and keeps a deletion final', () => {
    const circle = deriveTree([tag('x', 'one', null, { merge: 'y' }), tag('y', 'two', null, { merge: 'z' }), tag('z', 'three', null, { merge: 'x' })]);
    expect([...circle.live.keys()]).toEqual(['x']);
    expect(['x', 'y', 'z'].map((u) => circle.resolve(u))).toEqual(['x', 'x', 'x']);
    const deleted = deriveTree([tag('p', 'parent', null, { deleted: true }), tag('c', 'child', 'p'), tag('m', 'merged', null, { merge: 'p' }), tag('k', 'kept')]);
    expect([...deleted.live.keys()]).toEqual(['k']);
    expect(['p', 'c', 'm', 'k'].map((u) => deleted.resolve(u))).toEqual([null, null, null, 'k']);
    // A merge into a tag no change placed here yet waits: the tag stands for itself meanwhile.
    expect(deriveTree([tag('q', 'q', null, { merge: 'unknown' })]).resolve('q')).toBe('q');
  });

  it('depends on the fields alone, not on the order they are listed in', () => {
    const uid = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const fields = fc.uniqueArray(fc.record({
      uid,
      place: fc.record({ parent: fc.option(uid, { nil: null }), name: fc.constantFrom('x', 'y') }),
      color: fc.constant(null),
      merge: fc.option(uid, { nil: null }),
      deleted: fc.boolean(),
    }), { selector: (f) => f.uid });
    fc.assert(fc.property(fields, (list) => {
      const forward = deriveTree(list);
      const backward = deriveTree([...list].reverse());
      expect([...backward.live.entries()].sort()).toEqual([...forward.live.entries()].sort());
      for (const f of list) expect(backward.resolve(f.uid)).toBe(forward.resolve(f.uid));
      // A live tag hangs under a live tag, and the tree has one tag per path.
      for (const t of forward.live.values()) if (t.parent !== null) expect(forward.live.has(t.parent)).toBe(true);
      const places = [...forward.live.values()].map((t) => JSON.stringify([t.parent, t.name]));
      expect(new Set(places).size).toBe(places.length);
    }), { numRuns: 500 });
  });
});
