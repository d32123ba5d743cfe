import { z } from 'zod';
import { Color } from '../../../shared/tags.ts';

const Path = z.string().min(1).max(1000);
const Uid = z.string().min(1).max(64);

/**
 * An item's tags as shared: each tag by its uid, which survives renames and names the same
 * tag in every workspace, with its path for reading. A hub of format 3 holds plain paths (tag
 * uids did not travel then); those are read as paths.
 */
const ItemTags = z.array(z.union([Path.transform((path) => ({ uid: null, path })), z.object({ uid: Uid, path: Path })])).max(500);
export type ItemTag = { uid: string | null; path: string };

/** The tags a 'tags' change holds, or null when its value is not a valid list. */
export function itemTagsOf(value: string | null): ItemTag[] | null {
  const parsed = ItemTags.safeParse(jsonOrNull(value));
  return parsed.success ? parsed.data : null;
}

/** Where a tag sits, as a tag's 'place' change holds it: its parent by uid (null at the top) and its name. */
// A name as long as a path: tags imported from annotation files were never held to the 80 characters the workbench asks for.
export const TagPlace = z.object({ parent: Uid.nullable(), name: Path });
export type TagPlace = z.infer<typeof TagPlace>;

/** A tag's color as a 'color' change holds it (null: no color). */
export const TagColor = Color.nullable();

/** The uid a 'merge' change names: the tag this one was merged into. */
export const TagUid = Uid;

/** Parsed JSON, or null for text that is not JSON (a change from a broken client). */
export function jsonOrNull(text: string | null): unknown {
  try { return JSON.parse(text ?? 'null'); } catch { return null; }
}
