import { markdownToSafeHtml } from '../../../shared/markdown.ts';

/**
 * An analyst's Markdown (a report summary, a note) as HTML that cannot run or load anything,
 * from the engine the workbench uses too (shared/markdown.ts): raw HTML is escaped, only
 * http(s) and mailto links are links, images stay text.
 */
export function markdownToHtml(markdown: string): string {
  return markdownToSafeHtml(markdown);
}
