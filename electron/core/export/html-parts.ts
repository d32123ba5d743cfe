/*
 * An export's body as blocks, so that a large one can be cut into several documents that
 * Chromium prints at once (pdf-parts.ts): a fixed run of HTML, or a list (a table's rows, the
 * numbered sources) that may be cut between any two of its items. Cuts fall only inside lists,
 * so a heading stays with the rows after it and the title block is always in the first part.
 */

/** A list whose items may go to different documents; `open(first)` opens the piece starting at item `first`. */
export interface ListBlock { open(first: number): string; items: string[]; close: string }

/** A run of body HTML: fixed, or a list that may be cut. */
export type Block = string | ListBlock;

/** The whole body as one string: blocks as they are, a list's items one a line. */
export function joinBlocks(blocks: Block[]): string {
  return blocks.map((b) => (typeof b === 'string' ? b : `${b.open(0)}${b.items.join('\n')}${b.close}`)).join('');
}

/** How many table rows the blocks hold, counted as Chromium counts them (`<tr>` elements; content is escaped, so none is text). */
export function countRows(blocks: Block[]): number {
  let rows = 0;
  for (const b of blocks) for (const text of typeof b === 'string' ? [b] : b.items) rows += occurrences(text, '<tr');
  return rows;
}

function occurrences(text: string, what: string): number {
  let n = 0;
  for (let at = text.indexOf(what); at !== -1; at = text.indexOf(what, at + what.length)) n++;
  return n;
}

/**
 * What laying out and printing `html` costs, roughly: a unit a tag (each element is a box to lay
 * out; the table cells most) and a unit a hundred characters (text to shape). 10,000 rows with
 * notes (26 tags and 457 characters a row) and their 10,000 sources (8 tags, 279 characters)
 * printed in two halves of rows, the second with the sources: 5.9 s and 10.2 s, against
 * 153,000 and 261,000 units; by characters alone a source looked 1.7 times as costly as it is.
 */
function weight(html: string): number {
  return occurrences(html, '<') + html.length / 100;
}

/**
 * The body cut into at most `n` bodies of about equal weight. A list cut in two is closed in one
 * body and opened again, at the item it stopped at, in the next. An element left open across a
 * cut (a report's <section>, which has no style of its own) is closed by the parser at the body's end.
 */
export function splitBlocks(blocks: Block[], n: number): string[] {
  const weights = blocks.map((b) => (typeof b === 'string' ? [weight(b)] : b.items.map(weight)));
  const total = weights.flat().reduce((a, b) => a + b, 0);
  const bodies: string[] = [];
  let current: string[] = [];
  let done = 0;
  const full = () => bodies.length < n - 1 && done >= (total * (bodies.length + 1)) / n;
  blocks.forEach((b, k) => {
    if (typeof b === 'string') {
      current.push(b);
      done += weights[k]![0]!;
      return;
    }
    let first = 0;
    b.items.forEach((_, i) => {
      done += weights[k]![i]!;
      if (!full() || i === b.items.length - 1) return;
      current.push(b.open(first), b.items.slice(first, i + 1).join('\n'), b.close);
      bodies.push(current.join(''));
      current = [];
      first = i + 1;
    });
    current.push(b.open(first), b.items.slice(first).join('\n'), b.close);
  });
  bodies.push(current.join(''));
  return bodies;
}
