/**
 * Keyboard movement between and within the workbench's panels: F6 and Shift+F6 cycle the
 * library, the reader, the grid and the details pane (as in VS Code and browsers), and the
 * arrow keys move between the options of a list.
 */

/** Where focus lands in each panel, in order; the first selector that matches wins. */
const PANELS: string[][] = [
  ['nav[aria-label="Library"] [role="option"][aria-selected="true"]', 'nav[aria-label="Library"] [role="option"]', 'nav[aria-label="Library"] input'],
  ['article.reader:not([hidden])'],
  ['[data-testid="metrics-grid"] .ag-row-selected .ag-cell', '[data-testid="metrics-grid"] .ag-cell', '[data-testid="metrics-grid"] .ag-header-cell'],
  ['[role="tablist"][aria-label="Details"] [role="tab"][aria-selected="true"]'],
];
const CONTAINERS = ['nav[aria-label="Library"]', 'article.reader', '[data-testid="metrics-grid"]', '.right'];

/** Moves focus to the next panel (or the previous one with `back`), skipping a hidden one. */
export function cyclePanels(back: boolean): void {
  const active = document.activeElement;
  const current = CONTAINERS.findIndex((c) => active?.closest(c));
  for (let step = 1; step <= PANELS.length; step++) {
    const n = (current + (back ? -step : step) + PANELS.length * 2) % PANELS.length;
    const target = PANELS[n]!.map((s) => document.querySelector<HTMLElement>(s)).find(Boolean);
    if (target) { target.focus(); return; }
  }
}

/** Arrow Down and Up move focus between the options of the list the event came from. */
export function moveInList(e: React.KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const options = [...(e.currentTarget.closest('[role="listbox"]')?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  const at = options.indexOf(e.currentTarget);
  const next = options[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}
