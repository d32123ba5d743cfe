/** One kind of change Assay made to a document's text while reading it, with examples. */
export interface Repair {
  kind: 'mojibake' | 'control-characters' | 'unicode-normalization' | 'web-debris' | 'line-endings';
  description: string;
  count: number;
  /** Up to a few before/after pairs, so an analyst can judge the repair. */
  examples: Array<{ before: string; after: string }>;
}
