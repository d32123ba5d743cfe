/*
 * The words a search matched, marked in the passage it opened: the CSS Custom Highlight API
 * paints them over the reader's own spans and highlights without adding elements to the
 * passage (its runs of figures and highlights stay as they are).
 */

const NAME = 'search-hit';

/** Ranges of every occurrence of `terms` (any case) in the text of `root`. */
function rangesOf(root: Element, terms: string[]): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').toLowerCase();
    for (const term of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

/** Marks the matched words in `root` (the passage opened), replacing any marked before. */
export function paintSearchHits(root: Element | null | undefined, terms: string[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return; // an older engine: the passage still flashes
  const ranges = root && terms.length ? rangesOf(root, terms) : [];
  if (ranges.length) CSS.highlights.set(NAME, new Highlight(...ranges));
  else CSS.highlights.delete(NAME);
}
