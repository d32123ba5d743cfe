import { z } from 'zod';

/** What reading a workspace's documents again with the current extractor changed. */
export const ReextractSummary = z.object({
  /** The extractor version now, and the versions the replaced figures had been read by. */
  extractorVersion: z.string(),
  previousVersions: z.array(z.string()),
  documents: z.number().int(),
  /** Figures found again with every field as before. */
  unchanged: z.number().int(),
  /** Figures at the same place whose label, value, unit, entity, change, period or kind now read differently. */
  changed: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  /** Figures an analyst created, edited, reviewed, tagged or annotated: never touched. */
  kept: z.number().int(),
  /** Up to 20 examples of changed figures, for the analyst to look at. */
  examples: z.array(z.object({ documentTitle: z.string(), text: z.string(), before: z.string(), after: z.string() })),
});
export type ReextractSummary = z.infer<typeof ReextractSummary>;
