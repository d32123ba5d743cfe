/** How much text either side of a quote is kept, to find it again in a changed document. */
export const CONTEXT = 32;

/** The W3C TextQuoteSelector of a range: the words, and the text just before and after them. */
export function quoteAround(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}
