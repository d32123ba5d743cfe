import { createElement, type ReactNode } from 'react';
import { markdownToSafeHtml } from '../shared/markdown.ts';

/**
 * A note's Markdown, rendered by the shared engine (shared/markdown.ts) into a
 * `<div class="md">`. Setting its HTML directly is safe because that HTML can only hold
 * what markdown-it makes of Markdown: raw HTML in the note ("<script>", "<img onerror=…>")
 * is escaped to text, links are only http(s) or mailto and open a new window without
 * referrer or opener, and images are shown as "[image: …]", never loaded.
 */
export function renderMarkdown(text: string): ReactNode {
  const __html = markdownToSafeHtml(text, { linksInNewWindow: true });
  return createElement('div', { className: 'md', dangerouslySetInnerHTML: { __html } });
}
