/*
 * Highlight and tag colors, apart from the tags' schemas: the reader's selection bar needs
 * them at startup, and zod stays out of the renderer's first bundle (#19).
 */

/** The colors an analyst can give highlights and tags; the UI maps each to a light and a dark shade. */
export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
