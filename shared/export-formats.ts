/*
 * The export formats, apart from the exports' schemas: the grid's Export menu needs them at
 * startup, and zod stays out of the renderer's first bundle (#19).
 */

/** `notes`: one Markdown note per document (Obsidian/Zotero style), zipped. */
export const EXPORT_FORMATS = ['html', 'pdf', 'docx', 'md', 'xlsx', 'csv', 'json', 'notes'] as const;
