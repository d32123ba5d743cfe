import { useCallback, useEffect, useState } from 'react';

type Widths = { library: number; grid: number };
const DEFAULTS: Widths = { library: 230, grid: 620 };

function load(key: string): Widths {
  try {
    return { ...DEFAULTS, ...JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Widths> };
  } catch {
    return DEFAULTS;
  }
}

/** Panel widths, kept per workspace in local storage so the layout survives a restart. */
export function usePanelWidths(workspaceKey: string): Widths & { set(panel: keyof Widths, px: number): void } {
  const key = `assay.panels:${workspaceKey}`;
  const [widths, setWidths] = useState<Widths>(() => load(key));
  useEffect(() => setWidths(load(key)), [key]);
  const set = useCallback((panel: keyof Widths, px: number) => {
    setWidths((w) => {
      const next = { ...w, [panel]: Math.max(panel === 'library' ? 160 : 360, Math.min(px, panel === 'library' ? 480 : 1200)) };
      localStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  }, [key]);
  return { ...widths, set };
}

/** A draggable divider between panels; arrow keys move it too. */
export function Splitter({ label, onDrag }: { label: string; onDrag(dx: number): void }) {
  const start = (e: React.PointerEvent) => {
    let last = e.clientX;
    const move = (ev: PointerEvent) => { onDrag(ev.clientX - last); last = ev.clientX; };
    const up = () => { window.removeEventListener('pointermove', move); window.removeEventListener('pointerup', up); };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return (
    <div className="splitter" role="separator" aria-orientation="vertical" aria-label={label} tabIndex={0} onPointerDown={start}
      onKeyDown={(e) => { if (e.key === 'ArrowLeft') onDrag(-16); if (e.key === 'ArrowRight') onDrag(16); }} />
  );
}
