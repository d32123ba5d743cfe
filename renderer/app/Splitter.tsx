import { useCallback, useEffect, useState } from 'react';

type Widths = { library: number; grid: number };
/**
 * Until the analyst drags a divider, the grid takes about half a wide window, and on a laptop
 * (1280 to 1440 px) the 730 to 760 px its columns need to show a label, a price with its unit,
 * a change such as "+46,500 CNY/t YoY", "Jan–May 2025" and "China Northern Rare Earth" whole,
 * beside a vertical scrollbar, leaving the reader 320 px or more (the library narrows a little
 * below 1400 px to help).
 */
function defaults(): Widths {
  const width = window.innerWidth;
  const library = width < 1400 ? 210 : 230;
  return { library, grid: Math.max(Math.round(width * 0.48), Math.min(760, width - library - 336)) };
}

function load(key: string): Widths {
  try {
    return { ...defaults(), ...JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Widths> };
  } catch {
    return defaults();
  }
}

/**
 * Panel widths, kept per workspace in local storage so the layout survives a restart.
 * `nudge` widens a panel by `dx` from its current width (not from the width a render saw,
 * so a drag's many small moves add up).
 */
export function usePanelWidths(workspaceKey: string): Widths & { nudge(panel: keyof Widths, dx: number): void } {
  const key = `assay.panels:${workspaceKey}`;
  const [widths, setWidths] = useState<Widths>(() => load(key));
  useEffect(() => setWidths(load(key)), [key]);
  const nudge = useCallback((panel: keyof Widths, dx: number) => {
    setWidths((w) => {
      const px = w[panel] + dx;
      const next = { ...w, [panel]: Math.max(panel === 'library' ? 160 : 360, Math.min(px, panel === 'library' ? 480 : 1200)) };
      localStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  }, [key]);
  return { ...widths, nudge };
}

/** A draggable divider between panels; arrow keys move it too. Dragging selects no text. */
export function Splitter({ label, onDrag }: { label: string; onDrag(dx: number): void }) {
  const start = (e: React.PointerEvent) => {
    e.preventDefault();
    let last = e.clientX;
    document.body.classList.add('resizing');
    const move = (ev: PointerEvent) => { onDrag(ev.clientX - last); last = ev.clientX; };
    const up = () => {
      document.body.classList.remove('resizing');
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return (
    <div className="splitter" role="separator" aria-orientation="vertical" aria-label={label} tabIndex={0} onPointerDown={start}
      onKeyDown={(e) => { if (e.key === 'ArrowLeft') onDrag(-16); if (e.key === 'ArrowRight') onDrag(16); }} />
  );
}
