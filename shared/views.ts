import { z } from 'zod';
import { METRIC_STATUSES } from './metrics.ts';

/** A column as the grid keeps it: shown or hidden, its width, its place in the sort. */
export const ViewColumn = z.object({
  colId: z.string().max(50),
  hide: z.boolean().nullable().optional(),
  width: z.number().min(0).max(5000).optional(),
  sort: z.enum(['asc', 'desc']).nullable().optional(),
  sortIndex: z.number().int().nullable().optional(),
});

/** Everything a saved view restores: the grid's filters, sort and columns, and list or sheet. */
export const ViewState = z.object({
  view: z.enum(['list', 'sheet']).default('list'),
  quick: z.string().max(200).default(''),
  status: z.array(z.enum(METRIC_STATUSES)).max(METRIC_STATUSES.length).default([]),
  tagId: z.number().int().nullable().default(null),
  /** Column filters by column id: the text each contains. */
  filters: z.record(z.string().max(50), z.string().max(200)).default({}),
  columns: z.array(ViewColumn).max(50).default([]),
  /** Only the reader's document, or every document. */
  followReader: z.boolean().default(false),
});
export type ViewState = z.infer<typeof ViewState>;

export const ViewName = z.string().trim().min(1, 'Give the view a name').max(80, 'A view name is limited to 80 characters');

export const SavedView = z.object({ id: z.number().int(), name: z.string(), state: ViewState, updatedAt: z.string() });
export type SavedView = z.infer<typeof SavedView>;
