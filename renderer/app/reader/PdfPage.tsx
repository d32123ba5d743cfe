import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../client.ts';

GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

/** A PDF's pages, loaded once per document version. */
const cache = new Map<string, Promise<PDFDocumentProxy>>();

function load(documentId: number, versionKey: string): Promise<PDFDocumentProxy> {
  const key = `${documentId}:${versionKey}`;
  let found = cache.get(key);
  if (!found) {
    found = call('documents.original', { id: documentId }).then((f) => getDocument({ data: Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0)) }).promise);
    cache.set(key, found);
  }
  return found;
}

/**
 * The page of a PDF itself, drawn by pdf.js beside the reader's text, with the words of the
 * selected figure (`mark`) boxed where they are printed.
 */
export function PdfPage({ documentId, versionKey, page, mark, onClose }: { documentId: number; versionKey: string; page: number; mark: string | null; onClose(): void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [boxes, setBoxes] = useState<Array<{ left: number; top: number; width: number; height: number }>>([]);
  const [error, setError] = useState<string | null>(null);
  const [pages, setPages] = useState(0);

  useEffect(() => {
    let live = true;
    load(documentId, versionKey).then(async (pdf) => {
      setPages(pdf.numPages);
      const p = await pdf.getPage(Math.min(Math.max(page, 1), pdf.numPages));
      const width = canvas.current?.parentElement?.clientWidth ?? 480;
      const viewport = p.getViewport({ scale: (width - 2) / p.getViewport({ scale: 1 }).width });
      const target = canvas.current;
      if (!live || !target) return;
      target.width = Math.floor(viewport.width * devicePixelRatio);
      target.height = Math.floor(viewport.height * devicePixelRatio);
      target.style.width = `${viewport.width}px`;
      target.style.height = `${viewport.height}px`;
      await p.render({ canvas: target, viewport, transform: devicePixelRatio === 1 ? undefined : [devicePixelRatio, 0, 0, devicePixelRatio, 0, 0] }).promise;
      if (!live || !mark) { setBoxes([]); return; }
      // Box every printed run that holds the figure's words (a table cell, or part of a line).
      const content = await p.getTextContent();
      const found = content.items.flatMap((item) => {
        if (!('str' in item) || !item.str.includes(mark)) return [];
        const [x, y] = viewport.convertToViewportPoint(item.transform[4] as number, item.transform[5] as number) as [number, number];
        const scale = viewport.scale;
        const share = item.str.length ? item.str.indexOf(mark) / item.str.length : 0;
        return [{ left: x + item.width * scale * share, top: y - item.height * scale, width: Math.max(item.width * scale * (mark.length / Math.max(item.str.length, 1)), 6), height: item.height * scale * 1.2 }];
      });
      if (live) setBoxes(found);
    }).catch((e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [documentId, versionKey, page, mark]);

  // The page is taller than its panel: scroll the panel to the boxed figure.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const first = boxes[0];
    if (first && panel.current) panel.current.scrollTop = Math.max(0, first.top - panel.current.clientHeight / 2);
  }, [boxes]);

  return (
    <aside ref={panel} className="pdf-page" aria-label={`Page ${page} of the PDF`}>
      <div className="pdf-head"><span>Page {page}{pages ? ` of ${pages}` : ''}</span><button aria-label="Hide the page" onClick={onClose}>×</button></div>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="pdf-sheet">
        <canvas ref={canvas} />
        {boxes.map((b, i) => <span key={i} className="pdf-mark" data-testid="pdf-mark" style={{ left: b.left, top: b.top, width: b.width, height: b.height }} />)}
      </div>
    </aside>
  );
}
