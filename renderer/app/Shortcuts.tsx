/** Every keyboard shortcut, in one place (Help ▸ Keyboard Shortcuts, or ?). */
const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ K', 'Search passages'],
  ['? or Ctrl/⌘ /', 'Show or hide these shortcuts'],
  ['Tab, Shift+Tab', 'Move between controls'],
  ['Enter or Space', 'Open the focused document; select the focused figure'],
  ['F6 / Shift+F6', 'Move to the next or previous panel: library, reader, grid, details'],
  ['J / K, or ↑ ↓ in the grid', 'Select the next or previous metric and show it'],
  ['↑ ↓ in the library and search results', 'Move between documents or results; Enter opens'],
  ['Enter in the grid', 'Select the row and show its figure'],
  ['F2 or double-click in a grid cell', 'Edit a label, value, unit or entity'],
  ['Shift-click, Ctrl/⌘-click in the grid', 'Select a run of metrics, or add and remove one'],
  ['Ctrl/⌘ A in the grid', 'Select every metric the filters match'],
  ['Ctrl/⌘ C in the grid', 'Copy the selected metrics as TSV with a header row, for Excel'],
  ['V D R U or Delete, several selected', 'Set the status of all of them, or move them to the trash (one undo step)'],
  ['F2 or double-click on a document title', 'Rename the document in the library'],
  ['V', 'Mark the selected metric verified'],
  ['D', 'Mark it disputed'],
  ['R', 'Mark it rejected'],
  ['U', 'Mark it unreviewed'],
  ['Ctrl/⌘ Z', 'Undo the last change (the last 100 are kept, across restarts)'],
  ['Shift+Ctrl/⌘ Z or Ctrl Y', 'Redo'],
  ['← → on a divider', 'Resize panels'],
  ['Esc', 'Close search results, dialogs and this panel; stop placing an annotation'],
];

export function Shortcuts({ onClose }: { onClose(): void }) {
  return (
    <div className="shortcuts" role="dialog" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>{SHORTCUTS.map(([keys, what]) => <div key={keys}><dt><kbd>{keys}</kbd></dt><dd>{what}</dd></div>)}</dl>
      <button onClick={onClose} autoFocus>Close</button>
    </div>
  );
}
