import { z } from 'zod';
import { COLORS } from './tag-colors.ts';
import { normalizeTagPath } from './tag-path.ts';

export { COLORS, normalizeTagPath };

export const Color = z.enum(COLORS);
export type Color = z.infer<typeof Color>;

/** A tag as it appears on an item: its full path ("sector/rare earths") and color. */
export const TagRef = z.object({ id: z.number().int(), path: z.string(), color: Color.nullable() });
export type TagRef = z.infer<typeof TagRef>;

/** A tag of the workspace's hierarchy, with how many items carry it or a tag below it. */
export const Tag = TagRef.extend({
  name: z.string(),
  parentId: z.number().int().nullable(),
  /** Items tagged with this tag itself. */
  count: z.number().int(),
  /** Items tagged with this tag or any tag below it. */
  totalCount: z.number().int(),
});
export type Tag = z.infer<typeof Tag>;

/** One level of a tag path: no slashes, not blank. */
export const TagName = z.string().trim().min(1, 'A tag name cannot be empty').max(80, 'Keep a tag name under 80 characters')
  .refine((s) => !s.includes('/'), 'A tag name cannot contain "/" (it separates levels: "sector/rare earths")');

/** "sector/rare earths": levels separated by slashes, each a TagName. */
export const TagPath = z.string().trim().min(1, 'Name the tag').max(300)
  .refine((p) => p.split('/').every((part) => TagName.safeParse(part).success), 'Each level of a tag path needs a name: "sector/rare earths"');

export const TAG_TARGETS = ['metric', 'passage', 'annotation'] as const;
export const TagTarget = z.enum(TAG_TARGETS);
export type TagTarget = z.infer<typeof TagTarget>;
