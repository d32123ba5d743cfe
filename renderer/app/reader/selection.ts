import { snapToWords } from './snap-to-words.ts';

/** The reader's selection as document offsets, with where to show the toolbar. */
export type Selected = { start: number; end: number; x: number; y: number; text: string };

/** Characters before (node, offset) inside `container`, counting only its text. */
function offsetIn(container: Element, node: Node, offset: number): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent?.length ?? 0;
  }
  return total;
}

/** The document range of the reader's current selection, snapped to whole words, when it lies within one passage. */
export function currentSelection(root: HTMLElement): Selected | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return null;
  const elementOf = (n: Node) => (n.nodeType === Node.ELEMENT_NODE ? n as Element : n.parentElement);
  const a = elementOf(sel.anchorNode)?.closest('.ptext');
  const b = elementOf(sel.focusNode)?.closest('.ptext');
  if (!a || a !== b || !root.contains(a)) return null;
  const base = Number((a as HTMLElement).dataset.start);
  const x = offsetIn(a, sel.anchorNode, sel.anchorOffset);
  const y = offsetIn(a, sel.focusNode, sel.focusOffset);
  const text = a.textContent ?? '';
  const { start, end } = snapToWords(text, Math.min(x, y), Math.max(x, y));
  const rect = sel.getRangeAt(0).getBoundingClientRect();
  const box = root.getBoundingClientRect();
  const at = { x: rect.left - box.left + root.scrollLeft, y: rect.bottom - box.top + root.scrollTop + 4 };
  return { start: base + start, end: base + end, ...at, text: text.slice(start, end) };
}
