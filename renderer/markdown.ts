import { createElement, Fragment, type ReactNode } from 'react';

/*
 * Notes are Markdown, rendered safely: the text becomes React elements (never HTML), so
 * "<script>" or "<img onerror=…>" in a note shows as text. Links work only for http(s) and
 * mailto; images are shown as their description and never loaded.
 */

const SAFE_LINK = /^(?:https?:\/\/|mailto:)/iu;
const INLINE = /(\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|`([^`]+)`|!\[([^[\]]*)\]\(([^)]*)\)|\[([^[\]]+)\]\(([^)\s]*)\))/gu;

function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index! > last) out.push(text.slice(last, m.index));
    const k = `${key}-${n++}`;
    if (m[2] ?? m[3]) out.push(createElement('strong', { key: k }, m[2] ?? m[3]));
    else if (m[4] ?? m[5]) out.push(createElement('em', { key: k }, m[4] ?? m[5]));
    else if (m[6]) out.push(createElement('code', { key: k }, m[6]));
    else if (m[8] !== undefined) out.push(createElement('span', { key: k, className: 'md-image' }, `[image: ${m[7] || 'no description'}]`));
    else if (m[9]) out.push(SAFE_LINK.test(m[10] ?? '') ? createElement('a', { key: k, href: m[10], rel: 'noreferrer noopener', target: '_blank' }, m[9]) : `${m[9]} (${m[10]})`);
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Markdown text as React elements: paragraphs, headings, lists, emphasis, code and links. */
export function renderMarkdown(text: string): ReactNode {
  const blocks = text.replace(/\r\n?/gu, '\n').split(/\n{2,}/u).filter((b) => b.trim());
  return createElement(Fragment, null, ...blocks.map((block, i) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*(?:[-*+]|\d+[.)])\s+/u.test(l))) {
      const ordered = /^\s*\d/u.test(lines[0]!);
      return createElement(ordered ? 'ol' : 'ul', { key: i }, ...lines.map((l, j) => createElement('li', { key: j }, ...inline(l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, ''), `${i}-${j}`))));
    }
    const heading = /^(#{1,6})\s+(\S.*)?$/u.exec(lines[0]!);
    if (heading && lines.length === 1) return createElement('strong', { key: i, className: 'md-heading' }, ...inline(heading[2] ?? '', `${i}`));
    return createElement('p', { key: i }, ...lines.flatMap((l, j) => (j ? [createElement('br', { key: `br${j}` }), ...inline(l, `${i}-${j}`)] : inline(l, `${i}-${j}`))));
  }));
}
