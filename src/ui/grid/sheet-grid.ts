import { createGrid, type CellKeyDownEvent, type Column, type FullWidthCellKeyDownEvent, type GridApi, type GridOptions } from 'ag-grid-community';
import { gridTheme } from './theme';
import { installClipboard } from './clipboard';
import { registerGridModules } from './modules';
import { CellRange } from './range';
import type { CellMarks } from './cell-marks';

/** A value typed into a cell and committed (Enter, Tab, a click elsewhere). */
export interface CellEdit<Row> {
  data: Row;
  column: Column;
  newValue: unknown;
}

export interface SheetGridSetup<Row> {
  host: HTMLElement;
  /** columns, rows, row ids and classes: everything that is not spreadsheet behaviour */
  options: GridOptions<Row>;
  rowHeight: number;
  /** a typed value: turn it into a command (the grid never changes its rows itself) */
  onEdit(e: CellEdit<Row>): void;
  /** a pasted TSV block at the focused cell (or the top-left of the selection) */
  onPaste(block: string[][], at: { rowIndex: number; colId: string }): void;
  /** Delete/Backspace over a selection of several cells */
  onClear(bounds: { rows: number[]; cols: string[] }): void;
  onCopied(cells: number): void;
  /** any other key on a cell (e.g. Enter on a cell that opens a dialog) */
  onCellKey?(e: CellKeyDownEvent<Row> | FullWidthCellKeyDownEvent<Row>): void;
}

export interface SheetGrid<Row> {
  api: GridApi<Row>;
  range: CellRange<Row>;
  setRowHeight(px: number): void;
  /** Focuses a body cell by row id (scrolled into view, selection reset); false when the row is not shown. */
  focusCell(rowId: string, colId: string): boolean;
  /** Redraws only the rows whose check marks differ between two sets (row id `grand`: the pinned total). */
  redrawMarked(before: CellMarks, after: CellMarks): void;
  destroy(): void;
}

/**
 * An AG Grid Community grid that behaves like a spreadsheet: edits go out to become store
 * commands (the grid never changes its rows itself), Enter moves down, a Shift-selected range can
 * be copied as TSV, pasted over and cleared with Delete. The plan, indicator and monitoring grids.
 *
 * A committed value reaches `onEdit` through the columns' value setter, which runs inside the
 * grid's own key handling and returns false (nothing written to the row). The grid's edit
 * request event (readOnlyEdit) would do the same, but AG Grid sends its events from a timer
 * after the key press, and the totals would start updating a frame later.
 */
export function createSheetGrid<Row>(s: SheetGridSetup<Row>): SheetGrid<Row> {
  registerGridModules();
  // The range is created after the grid; until then nothing is selected.
  let range: CellRange<Row> | undefined;
  const api = createGrid<Row>(s.host, {
    theme: gridTheme,
    rowHeight: s.rowHeight,
    headerHeight: s.rowHeight,
    groupHeaderHeight: s.rowHeight,
    singleClickEdit: false,
    enterNavigatesVertically: true,
    enterNavigatesVerticallyAfterEdit: true,
    stopEditingWhenCellsLoseFocus: true,
    tooltipShowDelay: 250,
    suppressColumnVirtualisation: true,
    animateRows: false,
    // Changed totals flash briefly; a long fade keeps the browser painting frames while people type.
    cellFlashDuration: 400,
    cellFadeDuration: 400,
    // Fewer off-screen rows to lay out on every frame (default 10 above and below).
    rowBuffer: 5,
    ...s.options,
    defaultColDef: {
      ...s.options.defaultColDef,
      valueSetter: (p) => {
        if (p.data !== undefined) s.onEdit({ data: p.data, column: p.column, newValue: p.newValue });
        return false;
      },
    },
    onCellKeyDown: (e) => s.onCellKey?.(e),
  });
  range = new CellRange(api, s.host);
  // Delete/Backspace over a selection of several cells clears them all as one command. Caught
  // before the grid sees the key: it would also clear the focused cell, as a second undo step.
  const clearKey = (k: KeyboardEvent) => {
    if ((k.key !== 'Delete' && k.key !== 'Backspace') || api.getEditingCells().length || !range?.isMulti()) return;
    k.preventDefault();
    k.stopPropagation();
    s.onClear(range.bounds()!);
  };
  s.host.addEventListener('keydown', clearKey, true);
  const uninstall = installClipboard(s.host, api, range, s.onPaste, s.onCopied);
  return {
    api,
    range,
    focusCell(rowId, colId) {
      const node = api.getRowNode(rowId);
      if (!node || node.rowIndex === null) return false;
      api.ensureIndexVisible(node.rowIndex, 'middle');
      api.ensureColumnVisible(colId);
      api.setFocusedCell(node.rowIndex, colId);
      range!.reset({ rowIndex: node.rowIndex, colId });
      return true;
    },
    redrawMarked(before, after) {
      // A full refresh on every keystroke is visible on a big plan: only the rows that changed.
      const rows = new Set<string>();
      const rowOf = (key: string) => key.slice(0, key.indexOf('|'));
      for (const [key, m] of after) if (before.get(key)?.message !== m.message) rows.add(rowOf(key));
      for (const key of before.keys()) if (!after.has(key)) rows.add(rowOf(key));
      if (!rows.size) return;
      const rowNodes = [...rows].flatMap((id) => (id === 'grand' ? api.getPinnedBottomRow(0) : api.getRowNode(id)) ?? []);
      api.refreshCells({ rowNodes, force: true, suppressFlash: true });
    },
    setRowHeight(px) {
      api.setGridOption('rowHeight', px);
      api.setGridOption('headerHeight', px);
      api.setGridOption('groupHeaderHeight', px);
      // Rows with wrapped text size themselves (autoHeight); the rest follow the new row height.
    },
    destroy() {
      s.host.removeEventListener('keydown', clearKey, true);
      uninstall();
      range?.destroy();
      api.destroy();
    },
  };
}
