import { z } from 'zod';

/** An item's tags as shared: the paths of its tags (tag ids differ between workspaces). */
const TagPaths = z.array(z.string().min(1).max(1000)).max(500);

/** The tag paths a 'tags' change holds, or null when its value is not a valid list. */
export function tagPathsOf(value: string | null): string[] | null {
  const parsed = TagPaths.safeParse(jsonOrNull(value));
  return parsed.success ? parsed.data : null;
}

/** Parsed JSON, or null for text that is not JSON (a change from a broken client). */
export function jsonOrNull(text: string | null): unknown {
  try { return JSON.parse(text ?? 'null'); } catch { return null; }
}
