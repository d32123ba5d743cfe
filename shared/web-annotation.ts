import { z } from 'zod';

/** W3C Web Annotation Data Model, the parts Assay writes and reads (JSON-LD). */

export const TextQuoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() });
export const TextPositionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) });
const Selector = z.union([TextQuoteSelector, TextPositionSelector, z.object({ type: z.string() }).passthrough()]);

export const WebAnnotation = z.object({
  id: z.string().optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string())]).optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([
    z.object({ type: z.string().optional(), value: z.string(), format: z.string().optional(), purpose: z.string().optional() }).passthrough(),
    z.array(z.object({ type: z.string().optional(), value: z.string(), purpose: z.string().optional() }).passthrough()),
  ]).optional(),
  target: z.object({ source: z.string(), selector: z.union([Selector, z.array(Selector)]) }).passthrough(),
}).passthrough();
export type WebAnnotation = z.infer<typeof WebAnnotation>;

/** An AnnotationCollection with its annotations in one page, or a plain list of annotations. */
export const WebAnnotationFile = z.union([
  z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(WebAnnotation) }).passthrough() }).passthrough(),
  z.array(WebAnnotation),
]);
