/** What a passage is in its document's structure. */
export const PASSAGE_KINDS = ['heading', 'paragraph', 'question', 'answer', 'list_item', 'table', 'quote'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/** The formats Assay reads. */
export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
