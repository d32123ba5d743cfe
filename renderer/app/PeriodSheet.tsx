import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ColGroupDef, GridApi, IDatasource, SortModelItem, Theme } from 'ag-grid-community';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GridSelection } from '../../shared/exports.ts';
import type { SheetCell, SheetPage, SheetPeriod, SheetRow, SheetSortColumn } from '../../shared/sheet.ts';
import { formatNumber, formatValue } from '../../shared/format.ts';
import { call } from '../client.ts';
import { TitledCell } from './TitledCell.tsx';
import { CHANGE_WIDTH, isQuarter, newestFitting, VALUE_WIDTH } from './sheet-widths.ts';

const SORTABLE = new Set<string>(['label', 'entity', 'unit', 'sources']);
/** Series read per step as the sheet scrolls. */
const PAGE = 100;

/** What a cell's marks mean, for its tooltip and accessible name. */
function describe(cell: SheetCell): string {
  return [
    cell.status !== 'unreviewed' ? cell.status : '',
    cell.sources > 1 ? `stated by ${cell.sources} documents` : '',
    cell.conflict ? 'the sources disagree' : '',
    cell.edited ? 'edited by the analyst' : '',
  ].filter(Boolean).join('; ');
}

function ValueCell({ cell, unit, onOpen }: { cell?: SheetCell; unit: string | null; onOpen(cell: SheetCell): void }) {
  if (!cell) return null;
  const marks = describe(cell);
  const classes = ['sheet-value', cell.conflict ? 'conflict' : '', cell.edited ? 'edited' : '', cell.status].filter(Boolean).join(' ');
  return (
    <button className={classes} title={`${formatValue(cell.value, unit)}${marks ? ` (${marks})` : ''}: open its source`} data-metric-id={cell.metricId}
      onClick={() => onOpen(cell)}>
      {cell.conflict && <span className="mark" aria-label="Sources disagree">⚠</span>}
      {cell.edited && <span className="mark audit-mark" aria-label="Edited">✎</span>}
      {formatValue(cell.value, unit === '%' || unit === 'pp' ? unit : null)}
      {cell.sources > 1 && <sup className="sources" aria-label={`${cell.sources} sources`}>×{cell.sources}</sup>}
    </button>
  );
}


/** Width of the pinned columns, to know how many periods fit. */
const PINNED = 150 + 96 + 56;
/** "+12.3%" for a change between periods; percentage points for shares. */
function formatDerived(value: number | null | undefined, unit: string | null): string {
  if (value === null || value === undefined) return '';
  const sign = value > 0 ? '+' : '';
  return unit === '%' ? `${sign}${formatNumber(value, 2)} pp` : `${sign}${formatNumber(value, 1)}%`;
}

/** The columns: the series' label (pinned), entity and unit, then a column per period, each with Q/Q and Y/Y when asked. */
function columnsOf(periods: SheetPeriod[], derived: boolean, onOpen: (cell: SheetCell) => void): Array<ColDef<SheetRow> | ColGroupDef<SheetRow>> {
  const fixed: ColDef<SheetRow>[] = [
    { colId: 'label', field: 'label', headerName: 'Series', pinned: 'left', width: 150, sortable: true, cellRenderer: TitledCell },
    { colId: 'entity', field: 'entity', headerName: 'Entity', pinned: 'left', width: 96, sortable: true, cellRenderer: TitledCell },
    { colId: 'unit', field: 'unit', headerName: 'Unit', pinned: 'left', width: 56, sortable: true, cellRenderer: TitledCell },
  ];
  const periodColumns = periods.map((p): ColDef<SheetRow> | ColGroupDef<SheetRow> => {
    const value: ColDef<SheetRow> = {
      colId: `p:${p.key}`, headerName: p.label, headerTooltip: p.start === p.end ? p.start : `${p.start} – ${p.end}`, width: VALUE_WIDTH, type: 'rightAligned', sortable: false,
      cellRenderer: (c: { data?: SheetRow }) => <ValueCell cell={c.data?.cells[p.key]} unit={c.data?.unit ?? null} onOpen={onOpen} />,
    };
    if (!derived) return value;
    const change = (kind: 'qoq' | 'yoy', name: string): ColDef<SheetRow> => ({
      colId: `${kind}:${p.key}`, headerName: name, width: CHANGE_WIDTH, type: 'rightAligned', sortable: false,
      valueGetter: (c) => formatDerived(c.data?.derived[p.key]?.[kind], c.data?.unit ?? null),
      cellClass: (c) => (String(c.value).startsWith('-') ? 'change-down' : c.value ? 'change-up' : ''),
    });
    return { groupId: p.key, headerName: p.label, children: [{ ...value, headerName: 'Value' }, ...(isQuarter(p) ? [change('qoq', 'Q/Q')] : []), change('yoy', 'Y/Y')] };
  });
  return [...fixed, ...periodColumns];
}

/** One object for every render: a new defaultColDef makes the grid rebuild its columns and lose dragged widths. */
const SHEET_DEFAULT_COLUMN = { resizable: true, suppressKeyboardEvent: () => false };

/**
 * The period sheet: the grid's query as series (label, entity, unit) by periods, paged
 * from SQLite like the list. A value is a button that opens its source in the reader;
 * marks say when several documents state it, when they disagree and when it was edited.
 */
export function PeriodSheet({ selection, theme, version, onOpen }: {
  /** The grid's filters: the sheet shows the same metrics. */
  selection: Omit<GridSelection, 'sort'>;
  theme: Theme;
  version: number;
  onOpen(metricId: number, documentId: number, passageId: number | null): void;
}) {
  const api = useRef<GridApi<SheetRow> | null>(null);
  const [first, setFirst] = useState<SheetPage | null>(null);
  const unread = useRef<SheetPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [derived, setDerived] = useState(() => localStorage.getItem('assay.sheet.derived') === '1');
  const key = JSON.stringify(selection);
  // The first page decides the columns (the periods of the whole filter); the grid then pages series.
  useEffect(() => {
    let live = true;
    call('metrics.sheet', { ...selection, startRow: 0, endRow: PAGE }).then((page) => {
      if (!live) return;
      unread.current = page;
      setFirst(page);
      setError(null);
    }, (e: Error) => setError(e.message));
    return () => { live = false; };
  }, [key, version]);

  const open = (cell: SheetCell) => onOpen(cell.metricId, cell.documentId, cell.passageId);
  const columns = useMemo(() => (first ? columnsOf(first.periods, derived, open) : []), [first?.periods, derived]);
  const datasource = useMemo<IDatasource>(() => ({
    getRows(params) {
      const sort = (params.sortModel as SortModelItem[]).filter((s) => SORTABLE.has(s.colId)).map((s) => ({ column: s.colId as SheetSortColumn, direction: s.sort }));
      // The page read for the columns is the grid's first block: shown as it is, not asked for twice.
      const cached = unread.current;
      unread.current = null;
      if (cached && params.startRow === 0 && !sort.length) {
        params.successCallback(cached.rows, cached.total);
        return;
      }
      call('metrics.sheet', { ...selection, startRow: params.startRow, endRow: params.endRow, sort }).then(
        (page) => params.successCallback(page.rows, page.total),
        (e: Error) => { setError(e.message); params.failCallback(); },
      );
    },
  }), [key, version]);
  useEffect(() => { api.current?.setGridOption('datasource', datasource); }, [datasource]);

  // The newest periods matter most: they are last, so the sheet opens (and re-opens) scrolled to its right
  // end, on the most recent periods that fit whole, widened to fill the room (the first of them at the
  // pinned columns' edge, no blank after the last); when every period fits, nothing moves.
  const box = useRef<HTMLDivElement | null>(null);
  const showNewest = () => {
    const periods = first?.periods ?? [];
    const last = periods[periods.length - 1];
    const grid = api.current;
    if (!grid || !last) return;
    // The scrolling part's own width: the grid's viewport (less any scrollbar) less its pinned columns as they are now.
    const pinned = grid.getAllDisplayedColumns().filter((c) => c.getPinned() === 'left').reduce((sum, c) => sum + c.getActualWidth(), 0);
    const room = (box.current?.querySelector('.ag-grid-viewport')?.clientWidth ?? box.current?.clientWidth ?? 0) - (pinned || PINNED);
    const widths = newestFitting(periods, derived, room);
    if (!widths) return;
    grid.setColumnWidths(widths);
    grid.ensureColumnVisible(derived ? `yoy:${last.key}` : `p:${last.key}`, 'end');
  };
  useEffect(() => { setTimeout(showNewest, 0); }, [columns]);

  if (error) return <div className="sheet-empty" role="alert">{error}</div>;
  if (!first) return <div className="sheet-empty">Reading the sheet…</div>;
  if (!first.total) return <div className="sheet-empty">No metrics with a value and a period match, so the sheet is empty. Clear filters or pick another document.</div>;
  return (
    <div className="sheet" data-testid="period-sheet">
      <div className="sheet-head">
        <span>{first.total.toLocaleString('en-US')} series × {first.periods.length} periods{first.hiddenPeriods ? ` (${first.hiddenPeriods} older periods not shown)` : ''}</span>
        <label className="check"><input type="checkbox" checked={derived}
          onChange={(e) => { setDerived(e.target.checked); localStorage.setItem('assay.sheet.derived', e.target.checked ? '1' : '0'); }} /> Q/Q and Y/Y</label>
        <span className="legend" aria-hidden="true">×2 two sources · ⚠ they disagree · ✎ edited</span>
      </div>
      <div className="grid" ref={box}>
        <AgGridReact<SheetRow>
          theme={theme}
          columnDefs={columns}
          defaultColDef={SHEET_DEFAULT_COLUMN}
          rowModelType="infinite"
          suppressColumnVirtualisation
          cacheBlockSize={PAGE}
          maxBlocksInCache={20}
          datasource={datasource}
          getRowId={(p) => p.data.key}
          onGridReady={(e) => { api.current = e.api; }}
          onFirstDataRendered={showNewest}
          overlayNoRowsTemplate="No series match."
        />
      </div>
    </div>
  );
}
