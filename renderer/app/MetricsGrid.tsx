import { editFailure } from './edit-failure.ts';
import { AgGridReact } from 'ag-grid-react';
import {
  colorSchemeDark, colorSchemeLight, ModuleRegistry, themeQuartz,
  InfiniteRowModelModule, TextFilterModule, NumberFilterModule, RowSelectionModule, TextEditorModule, CellStyleModule, ColumnAutoSizeModule, ValidationModule,
  RowApiModule, ScrollApiModule, ColumnApiModule, EventApiModule,
  type ColDef, type GridApi, type IDatasource, type SortModelItem, type CellValueChangedEvent, type SelectionChangedEvent,
} from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BulkChange, MetricRow } from '../../shared/metrics.ts';
import type { ViewState } from '../../shared/views.ts';
import { BulkBar } from './BulkBar.tsx';
import { ViewsMenu } from './ViewsMenu.tsx';
import { CorrectionsImport } from './CorrectionsDialog.tsx';
import { PeriodSheet } from './PeriodSheet.tsx';
import { useDismiss } from './use-dismiss.ts';
import { TitledCell } from './TitledCell.tsx';
import { EditedMark } from './EditedMark.tsx';
import { applyGridState, filtersOf, gridStateOf, STATUS_FILTERS, statusFilterOf } from './grid-view-state.ts';
import type { Tag } from '../../shared/tags.ts';
import { TagFilter } from './tags/TagPicker.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { FilterChips, type ActiveFilter } from './FilterChips.tsx';
import { useDarkMode } from './useDarkMode.ts';
import type { GridSelection } from '../../shared/exports.ts';
import { call } from '../client.ts';
import { firstCall } from './early-calls.ts';
import { readValueInput } from '../../shared/value-input.ts';
import { DISPLAY_SCALES, formatChange, formatPeriodInFull, formatValueAt, gridPeriod, type DisplayScale } from '../../shared/format.ts';

ModuleRegistry.registerModules([RowApiModule, ScrollApiModule, ColumnApiModule, EventApiModule, InfiniteRowModelModule, TextFilterModule, NumberFilterModule, RowSelectionModule, TextEditorModule, CellStyleModule, ColumnAutoSizeModule, ...(import.meta.env.DEV ? [ValidationModule] : [])]);

const SORTABLE = new Map(Object.entries({ label: 'label', value: 'value', unit: 'unit', period: 'periodStart', entity: 'entity', document: 'documentTitle', status: 'status', kind: 'kind', change: 'changeValue' }));

/** Keys with which the grid moves its focused cell to another row: the row it lands on is selected. */
const MOVES = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);

const CONTAINS = { filterOptions: ['contains'], maxNumConditions: 1 };
/** A status as a narrow glyph; the word is in its tooltip and accessible name. */
const STATUS_GLYPHS = new Map(Object.entries({ unreviewed: '○', verified: '✓', disputed: '?', rejected: '✕' }));

/**
 * Keys ag-grid must not take while no cell is being edited: Enter (it selects the row and shows
 * its figure), and letters, digits, Backspace and Delete, which would start an edit and type
 * over the cell; V, D, R and U set a status instead. F2 or a double-click edits.
 */
function suppressTyping({ editing, event }: { editing: boolean; event: KeyboardEvent }): boolean {
  if (editing || event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete' || event.key.length === 1;
}

const COLUMNS: ColDef<MetricRow>[] = [
  { colId: 'label', field: 'label', headerName: 'Label', editable: true, filter: 'agTextColumnFilter', filterParams: CONTAINS, flex: 3, minWidth: 150,
    cellRenderer: (p: { value?: string | null; data?: MetricRow }) => <><EditedMark data={p.data} field="label" /><TitledCell value={p.value} /></> },
  // Edited as the grid shows it ("9.287 bn CNY"), so "9.5 bn" means billions; text that is no figure is refused (NaN).
  { colId: 'value', field: 'value', headerName: 'Value', editable: true, cellEditor: 'agTextCellEditor', cellEditorParams: { useFormatter: true },
    type: 'rightAligned', width: 116,
    valueFormatter: (p) => (p.data ? shownValue(p.data, p.colDef.context as DisplayScale | undefined) : ''),
    valueParser: (p) => {
      const typed = String(p.newValue ?? '');
      // Text left as shown keeps the stored figure: "9.287 bn" shown for 9,287,456,123 must not round it.
      if (p.data && typed.trim() === shownValue(p.data, p.colDef.context as DisplayScale | undefined)) return p.oldValue;
      const read = readValueInput(typed, p.data?.unit ?? null);
      if (read.ok) return read.value;
      if (p.data) valueRefusals.set(p.data.id, read.reason);
      return Number.NaN;
    },
    cellRenderer: (p: { valueFormatted?: string | null; data?: MetricRow }) => <><EditedMark data={p.data} field="value" />{p.valueFormatted}</> },
  { colId: 'unit', field: 'unit', headerName: 'Unit', editable: true, filter: 'agTextColumnFilter', filterParams: { filterOptions: ['equals'], maxNumConditions: 1 }, width: 80, hide: true },
  { colId: 'check', headerName: '⚠', headerTooltip: 'Cross-source checks', width: 30, sortable: false, resizable: false,
    valueGetter: (p) => (p.data ? [p.data.conflicts ? `${p.data.conflicts} conflict${p.data.conflicts === 1 ? '' : 's'}` : '', p.data.changeMismatch ? 'change mismatch' : '',
      p.data.anchorState === 'orphaned' ? 'not in the current version of its document' : p.data.anchorState === 'fuzzy' ? 'its words changed in the current version' : ''].filter(Boolean).join(', ') : ''),
    cellRenderer: (p: { value?: string }) => (p.value ? <span className="flag" title={p.value} aria-label={p.value}>⚠</span> : null) },
  { colId: 'status', field: 'status', headerName: '✓', headerTooltip: 'Review status', width: 36,
    cellRenderer: (p: { value?: string }) => p.value ? <span className={`status-glyph ${p.value}`} title={p.value} aria-label={p.value} data-status={p.value}>{STATUS_GLYPHS.get(p.value)}</span> : null },
  { colId: 'change', headerName: 'Change', width: 96, valueGetter: (p) => (p.data ? formatChange(p.data) : ''),
    cellRenderer: TitledCell,
    cellClass: (p) => (p.data?.changeDirection === 'down' ? 'change-down' : p.data?.changeDirection === 'up' ? 'change-up' : '') },
  { colId: 'period', headerName: 'Period', width: 86, valueGetter: (p) => (p.data ? gridPeriod(p.data) : ''), filter: 'agTextColumnFilter', filterParams: CONTAINS,
    cellRenderer: (p: { value?: string; data?: MetricRow }) => (p.data ? <><EditedMark data={p.data} field="period" /><span title={formatPeriodInFull(p.data)}>{p.value}</span></> : null) },
  { colId: 'entity', field: 'entity', headerName: 'Entity', editable: true, minWidth: 82, flex: 1, filter: 'agTextColumnFilter', filterParams: CONTAINS,
    cellRenderer: (p: { value?: string | null; data?: MetricRow }) => <><EditedMark data={p.data} field="entity" />{p.value}</> },
  { colId: 'document', field: 'documentTitle', headerName: 'Document', minWidth: 140, hide: true, filter: 'agTextColumnFilter', filterParams: CONTAINS },
  { colId: 'tags', field: 'tags', headerName: 'Tags', minWidth: 100, sortable: false, hide: true },
  { colId: 'kind', field: 'kind', headerName: 'Kind', width: 90, hide: true },
  { colId: 'note', field: 'note', headerName: 'Note', minWidth: 120, sortable: false, hide: true, valueFormatter: (p) => (p.value ? String(p.value).split('\n')[0]! : '') },
];

/** The value as its cell shows it: the qualifier, the figure at the chosen scale, the unit. */
function shownValue(m: MetricRow, scale: DisplayScale | undefined): string {
  return `${m.qualifier ? `${m.qualifier} ` : ''}${formatValueAt(m.value, m.unit, scale ?? 'auto')}`;
}

/** Why the value typed into a row (by metric id) was refused, from the parser, for the message. */
const valueRefusals = new Map<number, string>();

/** Why a cell's new text cannot be saved, in the analyst's words; null when it can. */
function refusedEdit(field: 'label' | 'value' | 'unit' | 'entity', value: number | string | null, id: number): string | null {
  if (field === 'value' && Number.isNaN(value)) {
    const reason = valueRefusals.get(id);
    valueRefusals.delete(id);
    return reason ?? 'that is not a figure. Type a number as the grid shows it, such as 9.5 bn, 950 mn, 9,500,000,000 or 12.5%.';
  }
  if (field === 'label' && value === null) return 'a metric needs a label. Type a short name for what is measured.';
  return null;
}

// Module constants, not objects written in the JSX: a new defaultColDef on each render made the grid
// rebuild its columns, putting every width an analyst had dragged back to its default.
const DEFAULT_COLUMN: ColDef<MetricRow> = { sortable: true, resizable: true, suppressKeyboardEvent: suppressTyping };
const ROW_SELECTION = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true } as const;

const SCALE_NAMES = new Map<DisplayScale, string>([['auto', 'Auto'], ['units', 'Units'], ['k', 'Thousands (k)'], ['mn', 'Millions (mn)'], ['bn', 'Billions (bn)']]);

/** ag-grid's sort and filter models as a metrics.page query. */
function toQuery(sortModel: SortModelItem[], filterModel: Record<string, { filter?: string }>) {
  return {
    sort: sortModel.filter((s) => SORTABLE.has(s.colId)).slice(0, 3).map((s) => ({ column: SORTABLE.get(s.colId) as never, direction: s.sort })),
    label: filterModel.label?.filter || undefined,
    unit: filterModel.unit?.filter || undefined,
    entity: filterModel.entity?.filter || undefined,
    document: filterModel.document?.filter || undefined,
    period: filterModel.period?.filter || undefined,
  };
}

/**
 * Every metric, or the reader's document's, paged from SQLite as the grid scrolls: sorting
 * and filtering happen in SQL, so a million metrics load no faster or slower than ten.
 */
export function MetricsGrid({ ready, onStarted, workspaceKey, documentId, followReader, onFollowReader, tags, selectedMetricId, onSelect, version, selectionRef, onQueryChange, onEdited, onDeleted }: {
  /** False while what the first page depends on is still unknown (the reader's document): no rows are asked for. */
  ready: boolean;
  /** The grid has asked for its first page: calls that would hold it up on the core may go now. */
  onStarted(): void;
  tags: Tag[];
  /** A cell was corrected in place: the inspector and the rest read the metric again. */
  onEdited(): void;
  /** Metrics were moved to the trash from the bulk bar: these, or (null) every metric the filter matched. */
  onDeleted(ids: number[] | null): void;
  /** Where the grid keeps its current query, for the chart panel and exports. */
  selectionRef: { current: GridSelection };
  /** The grid's filter or sort changed (the chart follows it). */
  onQueryChange(): void;
  /** Column state is remembered per workspace. */
  workspaceKey: string;
  documentId: number | null;
  followReader: boolean;
  onFollowReader(on: boolean): void;
  selectedMetricId: number | null;
  /** A row or a sheet cell was chosen: show its figure in the reader and the inspector. */
  onSelect(metric: Pick<MetricRow, 'id' | 'documentId' | 'passageId'>): void;
  version: number;
}) {
  const api = useRef<GridApi<MetricRow> | null>(null);
  const columnKey = `assay.grid.columns:${workspaceKey}`;
  useEffect(() => {
    const saved = localStorage.getItem(columnKey);
    if (saved && api.current) api.current.applyColumnState({ state: JSON.parse(saved) as never, applyOrder: true });
  }, [columnKey]);
  const [quick, setQuick] = useState('');
  const [status, setStatus] = useState<ViewState['status']>([]);
  const [tagId, setTagId] = useState<number | null>(null);
  useEffect(() => { if (tagId !== null && !tags.some((t) => t.id === tagId)) setTagId(null); }, [tags, tagId]);
  const [total, setTotal] = useState<number | null>(null);
  const [view, setView] = useState<ViewState['view']>('list');
  const [scale, setScale] = useState<DisplayScale>(() => (DISPLAY_SCALES as readonly string[]).includes(localStorage.getItem('assay.grid.scale') ?? '')
    ? localStorage.getItem('assay.grid.scale') as DisplayScale : 'auto');
  // A new scale is a new value column (ag-grid keeps its width, place and sort).
  const columns = useMemo(() => COLUMNS.map((c) => (c.colId === 'value' ? { ...c, context: scale } : c)), [scale]);
  const [columnFilters, setColumnFilters] = useState<ActiveFilter[]>([]);
  const clearFilters = () => {
    setQuick('');
    setStatus([]);
    setTagId(null);
    api.current?.setFilterModel(null);
  };
  const [chooser, setChooser] = useState(false);
  const chooserRef = useRef<HTMLDivElement | null>(null);
  useDismiss(chooser, chooserRef, useCallback(() => setChooser(false), []));
  const dark = useDarkMode();
  const theme = useMemo(() => themeQuartz.withPart(dark ? colorSchemeDark : colorSchemeLight).withParams({ fontSize: 12.5, rowHeight: 28, headerHeight: 30, spacing: 5, wrapperBorderRadius: 0 }), [dark]);

  // The selection is the grid's one cursor: while the grid has the keyboard, its focused cell goes with
  // the selected row (J, K, a figure chosen elsewhere, an undo), so the arrow keys go on from there.
  const box = useRef<HTMLDivElement | null>(null);
  const focusRow = useCallback((rowIndex: number) => {
    const grid = api.current;
    if (!grid || !box.current?.contains(document.activeElement)) return;
    const focused = grid.getFocusedCell();
    if (focused && focused.rowIndex === rowIndex && !focused.rowPinned) return;
    const column = focused?.column ?? grid.getAllDisplayedColumns()[0];
    if (column) grid.setFocusedCell(rowIndex, column);
  }, []);
  // Select the row of a figure chosen elsewhere (the reader, the inspector) when its block of rows is
  // loaded, and scroll to it once: a block that loads later, as the analyst scrolls on, must not pull
  // the grid back to that row, nor undo a selection the analyst has made since.
  const wanted = useRef<number | null>(null);
  const reveal = useRef(false);
  const applySelection = useCallback(() => {
    const grid = api.current;
    if (!grid || wanted.current === null) return;
    let node: ReturnType<typeof grid.getRowNode>;
    grid.forEachNode((n) => { if (n.data?.id === wanted.current) node = n; });
    if (!node?.data) return;
    if (!node.isSelected() && (reveal.current || !grid.getSelectedNodes().length)) {
      grid.deselectAll();
      node.setSelected(true);
      if (node.rowIndex !== null) focusRow(node.rowIndex);
    }
    if (!reveal.current || node.rowIndex === null) return;
    reveal.current = false;
    const { top, bottom } = grid.getVerticalPixelRange();
    const inView = node.rowTop !== null && node.rowTop >= top && node.rowTop + (node.rowHeight ?? 0) <= bottom;
    if (!inView) grid.ensureIndexVisible(node.rowIndex, 'middle');
  }, [focusRow]);
  useEffect(() => {
    wanted.current = selectedMetricId;
    reveal.current = true;
    applySelection();
  }, [selectedMetricId, applySelection]);

  // J and K anywhere, or the arrow keys in the grid, move the selection a row and show its figure; a key
  // that moves the grid's focused cell (the arrows, Page Up and Down) selects the row it lands on. J and K
  // once moved the selection alone, so J J J ↓ went on from the row last clicked.
  // A V, D, R or U pressed in the grid reloads its rows (the status is sorted and filtered on in SQL), and
  // the reload took the focused cell and the keyboard with it: the next ↓ or J went nowhere.
  const refocus = useRef<string | null>(null);
  const keepKeyboard = useCallback(() => {
    const grid = api.current;
    const column = refocus.current;
    const row = grid?.getSelectedNodes()[0]?.rowIndex;
    if (!grid || column === null || row === undefined || row === null) return;
    refocus.current = null;
    if (!document.activeElement || document.activeElement === document.body) grid.setFocusedCell(row, column);
  }, []);
  const selectAt = useCallback((rowIndex: number) => {
    const grid = api.current;
    const node = rowIndex >= 0 ? grid?.getDisplayedRowAtIndex(rowIndex) : undefined;
    if (!grid || !node?.data) return;
    grid.ensureIndexVisible(rowIndex);
    focusRow(rowIndex);
    if (node.isSelected() && grid.getSelectedNodes().length === 1) return;
    grid.deselectAll();
    node.setSelected(true);
    onSelect(node.data);
  }, [onSelect, focusRow]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const key = e.key.toLowerCase();
      if (e.ctrlKey || e.metaKey || e.altKey || (key !== 'j' && key !== 'k')) return;
      if (/^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName) || target.isContentEditable || !api.current) return;
      e.preventDefault();
      const selected = api.current.getSelectedNodes();
      // From the selected row; with several selected, from the focused one (the last clicked).
      const from = selected.length === 1 ? selected[0]!.rowIndex : (box.current?.contains(document.activeElement) ? api.current.getFocusedCell()?.rowIndex : null) ?? selected[0]?.rowIndex;
      selectAt((from ?? -1) + (key === 'j' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectAt]);

  // Bulk review: the rows selected (Ctrl/⌘-click, Shift-click), or every row the filter matches (Ctrl/⌘ A).
  const [allMatching, setAllMatching] = useState(false);
  const allMatchingRef = useRef(false);
  allMatchingRef.current = allMatching;
  // Rows that arrive while every match is selected show as selected too, as the bar says.
  const selectArrived = useCallback((rows: MetricRow[]) => {
    if (!allMatchingRef.current) return;
    const ids = new Set(rows.map((r) => r.id));
    api.current?.forEachNode((n) => { if (n.data && ids.has(n.data.id) && !n.isSelected()) n.setSelected(true, false, 'api'); });
  }, []);

  // The grid as it stands, for exports: the last query it ran, without the paging.
  const lastQuery = selectionRef;
  const datasource = useMemo<IDatasource>(() => ({
    getRows(params) {
      const query = {
        ...toQuery(params.sortModel, params.filterModel as Record<string, { filter?: string }>),
        documentId: documentId ?? undefined,
        startRow: params.startRow,
        endRow: params.endRow,
        quick: quick || undefined,
        status: status.length ? status : undefined,
        tagId: tagId ?? undefined,
      };
      if (!query.sort.length) query.sort = [{ column: 'position' as never, direction: 'asc' }];
      const { startRow: _s, endRow: _e, ...selection } = query;
      const changed = JSON.stringify(selection) !== JSON.stringify(lastQuery.current);
      lastQuery.current = selection as GridSelection;
      if (changed) onQueryChange();
      // The first page may have been asked for before React rendered (first-screen-calls.ts, same input).
      firstCall('metrics.page', query).then(
        (page) => {
          setTotal(page.total);
          params.successCallback(page.rows, page.total);
          setTimeout(() => { selectArrived(page.rows); applySelection(); keepKeyboard(); }, 0);
        },
        () => params.failCallback(),
      );
    },
  }), [documentId, quick, status, tagId, version, applySelection, selectArrived, onQueryChange, keepKeyboard]);

  // Each datasource is handed to the grid once, when both it and the grid are ready: every
  // hand-over asks for a first page, so two (a prop and a setGridOption) asked twice (#19).
  const startedRef = useRef(onStarted);
  startedRef.current = onStarted;
  const wantedSource = useRef<IDatasource | null>(null);
  const givenSource = useRef<IDatasource | null>(null);
  wantedSource.current = ready ? datasource : null;
  const giveDatasource = useCallback(() => {
    if (!api.current || !wantedSource.current || givenSource.current === wantedSource.current) return;
    givenSource.current = wantedSource.current;
    // New rows replace the focused cell's: the keyboard comes back to the selected row when they arrive.
    const focused = api.current.getFocusedCell();
    refocus.current = focused && box.current?.contains(document.activeElement) ? focused.column.getColId() : null;
    api.current.setGridOption('datasource', wantedSource.current);
    startedRef.current();
  }, []);
  useEffect(giveDatasource, [ready, datasource, giveDatasource]);
  // A new query (a filter, a reload after an edit) may move the chosen row: find it again.
  useEffect(() => { reveal.current = true; }, [datasource]);

  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  // A notice says what just happened, then gets out of the way.
  useEffect(() => {
    if (!notice) return undefined;
    const timer = window.setTimeout(() => setNotice(null), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);
  const clearSelection = useCallback(() => { api.current?.deselectAll(); setAllMatching(false); setSelectedIds([]); }, []);
  useEffect(clearSelection, [documentId, quick, status, tagId, clearSelection]);
  const bulkCount = allMatching ? total ?? 0 : selectedIds.length;
  const bulkTarget = useCallback(() => (allMatching ? { selection: lastQuery.current } : { ids: selectedIds }), [allMatching, selectedIds, lastQuery]);
  const applyBulk = useCallback((change: BulkChange) => {
    const target = bulkTarget();
    call('metrics.bulk', { ...target, change }).then(({ changed }) => {
      const what = 'status' in change ? `marked ${change.status}` : 'delete' in change ? 'moved to the trash' : 'addTag' in change ? 'tagged' : 'untagged';
      setNotice(`${changed.toLocaleString('en-US')} metric${changed === 1 ? '' : 's'} ${what}. Ctrl/⌘ Z undoes it.`);
      if ('delete' in change) { clearSelection(); onDeleted('ids' in target ? target.ids ?? [] : null); }
      onEdited();
    }, (e: Error) => setNotice(e.message));
  }, [bulkTarget, clearSelection, onEdited, onDeleted]);
  const copy = useCallback((target: { ids: number[] } | { selection: GridSelection }) => {
    call('metrics.tsv', target).then(async ({ text, rows, total: all }) => {
      await navigator.clipboard.writeText(text);
      setNotice(rows < all ? `Copied the first ${rows.toLocaleString('en-US')} of ${all.toLocaleString('en-US')} rows as TSV.` : `Copied ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'} as TSV (with a header row).`);
    }).catch((e: Error) => setNotice(`Could not copy: ${e.message}`));
  }, []);
  const selectAllMatching = useCallback(() => {
    api.current?.forEachNode((n) => n.setSelected(true, false, 'api'));
    setAllMatching(true);
  }, []);
  const onSelectionChanged = useCallback((e: SelectionChangedEvent<MetricRow>) => {
    // The grid tells of a click a moment after it happened (its events are asynchronous): a Ctrl/⌘ A
    // pressed in between has selected every row since, and only a row left out ends "all matching".
    if (e.source !== 'api') {
      let everyRow = true;
      e.api.forEachNode((n) => { if (n.data && !n.isSelected()) everyRow = false; });
      if (!everyRow) setAllMatching(false);
    }
    setSelectedIds(e.api.getSelectedNodes().sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0)).flatMap((n) => (n.data ? [n.data.id] : [])));
  }, []);
  // With more than one metric selected, V D R U and Delete act on all of them (before the inspector's keys see them).
  useEffect(() => {
    if (bulkCount < 2) return undefined;
    const keys = new Map<string, BulkChange>([['v', { status: 'verified' }], ['d', { status: 'disputed' }], ['r', { status: 'rejected' }], ['u', { status: 'unreviewed' }], ['delete', { delete: true }]]);
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const change = keys.get(e.key.toLowerCase());
      if (!change || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName) || target.isContentEditable) return;
      if (api.current?.getEditingCells().length) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      applyBulk(change);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [bulkCount, applyBulk]);
  // Ctrl/⌘ A selects every metric the filter matches; Ctrl/⌘ C copies the selection as TSV.
  const onGridKeys = (e: React.KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || api.current?.getEditingCells().length) return;
    const key = e.key.toLowerCase();
    if (key === 'a') { e.preventDefault(); e.stopPropagation(); selectAllMatching(); }
    if (key === 'c' && (allMatching || selectedIds.length)) { e.preventDefault(); e.stopPropagation(); copy(bulkTarget()); }
  };

  // The sheet shows the list's metrics: the same filters, its own sort.
  const sheetSelection = useMemo(() => ({
    documentId: documentId ?? undefined, quick: quick || undefined, status: status.length ? status : undefined, tagId: tagId ?? undefined,
    ...Object.fromEntries(columnFilters.map((f) => [f.colId, f.text])),
  }), [documentId, quick, status, tagId, columnFilters]);

  // A sort or a column moved, shown or hidden changes the view as it stands: the Views button says so.
  const [, setColumnsChanged] = useState(0);
  const columnsChanged = () => setColumnsChanged((n) => n + 1);
  const viewState = (): ViewState => ({
    view, quick, status, tagId, followReader, ...(api.current ? gridStateOf(api.current) : { columns: [], filters: {} }),
  });
  const applyView = (view: ViewState) => {
    setQuick(view.quick);
    setStatus(view.status);
    setTagId(view.tagId !== null && tags.some((t) => t.id === view.tagId) ? view.tagId : null);
    onFollowReader(view.followReader);
    setView(view.view);
    if (api.current) applyGridState(api.current, view);
  };

  const onCellValueChanged = useCallback((e: CellValueChangedEvent<MetricRow>) => {
    if (!e.data || e.newValue === e.oldValue) return;
    // A message about an earlier edit ("…was not saved") is stale once another edit is made.
    setNotice(null);
    const field = e.colDef.field as 'label' | 'value' | 'unit' | 'entity';
    const value = field === 'value' ? Number(e.newValue) : String(e.newValue ?? '').trim() || null;
    const label = field === 'label' ? String(e.oldValue ?? '') : e.data.label; // the data holds the new value already
    const refused = refusedEdit(field, value, e.data.id);
    if (refused) {
      setNotice(`Your change to "${label}" was not saved: ${refused}`);
      e.api.refreshInfiniteCache();
      return;
    }
    call('metrics.update', { id: e.data.id, patch: { [field]: value } }).then(() => { e.api.refreshInfiniteCache(); onEdited(); }, (err: Error) => {
      setNotice(editFailure(err, label));
      e.api.refreshInfiniteCache();
    });
  }, [onEdited]);

  return (
    <div className="grid-panel">
      <div className="toolbar" role="toolbar" aria-label="Metrics grid tools">
        <input type="search" placeholder="Quick filter" aria-label="Quick filter metrics" value={quick} onChange={(e) => setQuick(e.target.value)} />
        <select aria-label="Filter by status" value={statusFilterOf(status) ?? 'custom'}
          onChange={(e) => setStatus(STATUS_FILTERS.find((f) => f.id === e.target.value)?.statuses ?? [])}>
          {STATUS_FILTERS.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          {statusFilterOf(status) === null && <option value="custom">{status.join(' or ')}</option>}
        </select>
        {tags.length > 0 && <TagFilter tags={tags} value={tagId} onChange={setTagId} label="Filter metrics by tag" />}
        <label className="check"><input type="checkbox" checked={followReader} onChange={(e) => onFollowReader(e.target.checked)} /> This document only</label>
        <span className="count" aria-live="polite">{total === null ? '' : `${total.toLocaleString('en-US')} metric${total === 1 ? '' : 's'}`}</span>
        {view === 'list'
          ? <ExportMenu answersMenu target={() => ({ selection: lastQuery.current })} onCopy={() => copy({ selection: lastQuery.current })} />
          : <ExportMenu answersMenu target={() => ({ selection: sheetSelection, view: 'sheet' })} formats={['xlsx']} />}
        <div className="chooser" ref={chooserRef}>
          <button aria-expanded={chooser} aria-label="Columns" title="Show or hide columns" onClick={() => setChooser(!chooser)}>▦</button>
          {chooser && (
            <div className="menu" role="menu">
              <label className="scale-choice">Values in{' '}
                <select aria-label="Show values in" value={scale} onChange={(e) => { setScale(e.target.value as DisplayScale); localStorage.setItem('assay.grid.scale', e.target.value); }}>
                  {DISPLAY_SCALES.map((s) => <option key={s} value={s}>{SCALE_NAMES.get(s)}</option>)}
                </select>
              </label>
              {COLUMNS.map((c) => (
                <label key={c.colId} role="menuitemcheckbox" aria-checked={api.current?.getColumn(c.colId!)?.isVisible() ?? !c.hide}>
                  <input type="checkbox" defaultChecked={api.current?.getColumn(c.colId!)?.isVisible() ?? !c.hide}
                    onChange={(e) => api.current?.setColumnsVisible([c.colId!], e.target.checked)} /> {typeof c.headerTooltip === 'string' ? c.headerTooltip : c.headerName}
                </label>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className="view-bar">
        <div className="segmented" role="radiogroup" aria-label="Show the metrics as">
          <button role="radio" aria-checked={view === 'list'} onClick={() => setView('list')} title="One row per metric">List</button>
          <button role="radio" aria-checked={view === 'sheet'} onClick={() => { clearSelection(); setView('sheet'); }} title="Series by periods">Sheet</button>
        </div>
        <ViewsMenu current={viewState()} onApply={(v) => applyView(v.state)} />
        {view === 'sheet' ? null : bulkCount > 1
          ? <BulkBar count={bulkCount} allMatching={allMatching} tags={tags} onChange={applyBulk} onCopy={() => copy(bulkTarget())} onClear={clearSelection} />
          : <span className="hint">Ctrl/⌘-click or Shift-click rows to review several at once; Ctrl/⌘ A selects all.</span>}
        {/* The bulk bar needs the row's width: its Delete, Copy and × were clipped under this button at 1440 px. */}
        <CorrectionsImport buttonHidden={view === 'list' && bulkCount > 1} onApplied={(n) => { setNotice(`${n.toLocaleString('en-US')} metric${n === 1 ? '' : 's'} corrected from the workbook. Ctrl/⌘ Z undoes it.`); onEdited(); }} />
        {notice && <span className="notice" role="status">{notice} <button className="chip-x" aria-label="Dismiss" onClick={() => setNotice(null)}>×</button></span>}
      </div>
      <FilterChips filters={columnFilters} hidingAll={total === 0 && Boolean(columnFilters.length || quick || status.length || tagId !== null)}
        onRemove={(colId) => { void api.current?.setColumnFilterModel(colId, null).then(() => api.current?.onFilterChanged()); }} onClear={clearFilters} />
      {view === 'sheet' && <PeriodSheet selection={sheetSelection} theme={theme} version={version}
        onOpen={(id, doc, passageId) => onSelect({ id, documentId: doc, passageId })} />}
      <div className="grid" data-testid="metrics-grid" ref={box} onKeyDownCapture={onGridKeys} hidden={view === 'sheet'}>
        <AgGridReact<MetricRow>
          theme={theme}
          columnDefs={columns}
          defaultColDef={DEFAULT_COLUMN}
          rowModelType="infinite"
          suppressColumnVirtualisation
          cacheBlockSize={200}
          maxBlocksInCache={50}
          getRowId={(p) => String(p.data.id)}
          rowSelection={ROW_SELECTION}
          onSelectionChanged={onSelectionChanged}
          onRowClicked={(e) => {
            const ev = e.event as MouseEvent | null | undefined;
            // A Ctrl/⌘- or Shift-click builds a selection; only a plain click shows the row's figure.
            if (e.data && !(ev?.ctrlKey || ev?.metaKey || ev?.shiftKey)) onSelect(e.data);
          }}
          onCellKeyDown={(e) => {
            const key = e.event as KeyboardEvent | undefined;
            if (key?.key === 'Enter' && e.data) onSelect(e.data);
            // The grid has moved its focused cell by now (the event comes after its navigation): select where it went.
            const focused = e.api.getFocusedCell();
            if (key && !key.shiftKey && MOVES.has(key.key) && focused && !focused.rowPinned && focused.rowIndex !== e.rowIndex) selectAt(focused.rowIndex);
          }}
          onCellValueChanged={onCellValueChanged}
          onFilterChanged={(e) => {
            clearSelection();
            setColumnFilters(Object.entries(filtersOf(e.api.getFilterModel() as Record<string, { filter?: unknown }>))
              .map(([colId, text]) => ({ colId, column: COLUMNS.find((c) => c.colId === colId)?.headerName ?? colId, text })));
          }}
          onGridReady={(e) => {
            api.current = e.api;
            const saved = localStorage.getItem(columnKey);
            if (saved) e.api.applyColumnState({ state: JSON.parse(saved) as never, applyOrder: true });
            giveDatasource();
          }}
          onColumnMoved={(e) => { localStorage.setItem(columnKey, JSON.stringify(e.api.getColumnState())); if (e.finished) columnsChanged(); }}
          onColumnResized={(e) => { if (e.finished) localStorage.setItem(columnKey, JSON.stringify(e.api.getColumnState())); }}
          onColumnVisible={(e) => { localStorage.setItem(columnKey, JSON.stringify(e.api.getColumnState())); columnsChanged(); }}
          onSortChanged={(e) => { localStorage.setItem(columnKey, JSON.stringify(e.api.getColumnState())); columnsChanged(); }}
          overlayNoRowsTemplate="No metrics match."
        />
      </div>
    </div>
  );
}
