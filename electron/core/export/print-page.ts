/*
 * What runs in the page before Chromium prints an export (through the DevTools protocol, so
 * the export's CSP, which forbids scripts, does not apply). Plain JavaScript in a string: the
 * core is not compiled against the DOM. The page is hidden from the screen meanwhile, so none
 * of this costs a layout.
 */

/** What the page reports back: how many table rows it has and the most columns of any table. */
export interface PrintedPage { rows: number; columns: number }

/**
 * An expression that prepares the page and evaluates to a PrintedPage:
 *   - the running title (the document's <title>) and "Page X of Y" in the page margins, as
 *     CSS margin boxes (Chromium's header and footer templates cost ~16 ms a page); without
 *     `pageNumbers`, the title alone (a part of a document, numbered once merged: pdf-merge.ts);
 *   - long tables split every `chunkRows` rows (a note row stays with its metric);
 *   - past `largeRows` rows, in-page links replaced by their text (see LARGE_ROWS in pdf.ts; an element
 *     fewer per row to lay out); links back into Assay stay.
 */
export function preparePage(chunkRows: number, largeRows: number, pageNumbers = true): string {
  return `(() => {
  const rows = document.querySelectorAll('tr').length;
  if (rows > ${largeRows}) for (const a of document.querySelectorAll('a[href^="#"]')) a.replaceWith(...a.childNodes);
  for (const table of [...document.querySelectorAll('table')]) {
    const body = table.tBodies[0];
    if (!body || body.rows.length <= ${chunkRows}) continue;
    let last = table;
    let part = null;
    for (const row of [...body.rows].slice(${chunkRows})) {
      if (!part || (part.rows.length >= ${chunkRows} && !row.classList.contains('note-row'))) {
        const next = table.cloneNode(false);
        next.classList.add('continued');
        if (table.tHead) next.append(table.tHead.cloneNode(true));
        part = next.appendChild(document.createElement('tbody'));
        last.after(next);
        last = next;
      }
      part.append(row);
    }
  }
  const title = '"' + document.title.slice(0, 150).replace(/[\\\\"]/g, '\\\\$&').replace(/[\\n\\r\\f]/g, ' ') + '"';
  const style = document.createElement('style');
  const margin = 'font: 8px system-ui, sans-serif; color: #6b6f76;';
  style.textContent = '@page { margin: 0.6in 0.5in; @top-left { content: ' + title + '; ' + margin + ' }'
    + ${pageNumbers ? `' @bottom-right { content: "Page " counter(page) " of " counter(pages); ' + margin + ' }'` : "''"} + ' }'
    + ' table:has(+ table.continued) { margin-bottom: 0; } table.continued { margin-top: 0; }';
  document.head.append(style);
  const columns = Math.max(0, ...[...document.querySelectorAll('table')].map((t) => t.rows[0]?.cells.length ?? 0));
  return { rows, columns };
})()`;
}
