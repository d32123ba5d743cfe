import { z } from 'zod';

/** The W3C Web Annotation Data Model's text selectors, as Assay writes and reads them (JSON-LD). */

export const TextQuoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() });
export const TextPositionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) });
