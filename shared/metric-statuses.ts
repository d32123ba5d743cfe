/*
 * A metric's review statuses, apart from the metrics' schemas: the grid's status filter needs
 * them at startup, and zod stays out of the renderer's first bundle (#19).
 */

/** Review statuses, in the order the workbench offers them. */
export const METRIC_STATUSES = ['unreviewed', 'verified', 'disputed', 'rejected'] as const;
