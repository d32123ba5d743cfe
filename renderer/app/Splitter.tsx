import { useCallback, useEffect, useState } from 'react';

type Widths = { library: number; grid: number };
/** Until the analyst drags a divider, the grid takes about half a wide window (at least 620 px). */
function defaults(): Widths {
  return { library: 230, grid: Math.max(620, Math.round(window.innerWidth * 0.48)) };
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

/**
 * The panels' columns. The library gives way to what the reader and grid need at least, and in a
 * window under 900 px the reader's minimum narrows too (250 px at 800), so the panels never add up
 * to more than the window: fixed minimums of 230 + 280 + 360 made an 800-pixel page 880 wide,
 * cutting off the grid's tools. A wide window keeps the widths as dragged.
 */
export function panelColumns(widths: Widths): string {
  const reader = 'min(280px, 31.25vw)';
  return `min(${widths.library}px, max(180px, 100vw - 650px)) 5px minmax(${reader}, 1fr) 5px minmax(360px, ${widths.grid}px)`;
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
