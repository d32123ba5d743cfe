import { escapeHtml } from './safe.ts';

/** Inline Markdown on text that is already escaped: strong, emphasis, code, and http(s) links only. */
function inline(escaped: string): string {
  return escaped
    .replace(/`([^`]+)`/gu, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/gu, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/gu, '$1<em>$2</em>')
    // Link text holds no "[" (the innermost bracket is the link, as in CommonMark), so a run of "[" is read once.
    .replace(/\[([^[\]]+)\]\((https?:\/\/[^)\s]+)\)/gu, '<a href="$2">$1</a>');
}

/**
 * An analyst's Markdown (a report summary, a note) as HTML that cannot run anything:
 * everything is escaped first, then paragraphs, lists, headings and inline marks are
 * rebuilt from the escaped text; only http(s) links become links; images stay text.
 */
export function markdownToHtml(markdown: string): string {
  return markdown.split(/\r?\n\s*\r?\n/u).filter((b) => b.trim()).map((block) => {
    const lines = block.split(/\r?\n/u);
    if (lines.every((l) => /^\s*[-*] /u.test(l))) return `<ul>${lines.map((l) => `<li>${inline(escapeHtml(l.replace(/^\s*[-*] /u, '')))}</li>`).join('')}</ul>`;
    const heading = /^(#{1,3}) (.*)$/u.exec(block.trim());
    if (heading && lines.length === 1) return `<h${heading[1]!.length + 2}>${inline(escapeHtml(heading[2]!))}</h${heading[1]!.length + 2}>`;
    return `<p>${lines.map((l) => inline(escapeHtml(l))).join('<br>')}</p>`;
  }).join('\n');
}
