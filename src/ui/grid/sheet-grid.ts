import { createGrid, type CellEditRequestEvent, type CellKeyDownEvent, type FullWidthCellKeyDownEvent, type GridApi, type GridOptions } from 'ag-grid-community';
import { gridTheme } from './theme';
import { installClipboard } from './clipboard';
import { registerGridModules } from './modules';
import { CellRange } from './range';

export interface SheetGridSetup<Row> {
  host: HTMLElement;
  /** columns, rows, row ids and classes: everything that is not spreadsheet behaviour */
  options: GridOptions<Row>;
  rowHeight: number;
  /** a typed value: turn it into a command (the grid never changes its rows itself) */
  onEdit(e: CellEditRequestEvent<Row>): void;
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
  destroy(): void;
}

/**
 * An AG Grid Community grid that behaves like a spreadsheet, as the plan grid does: edits go out
 * as edit requests (readOnlyEdit) to become store commands, Enter moves down, a Shift-selected
 * range can be copied as TSV, pasted over and cleared with Delete. Used by the indicator and
 * monitoring grids.
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
    readOnlyEdit: true,
    singleClickEdit: false,
    enterNavigatesVertically: true,
    enterNavigatesVerticallyAfterEdit: true,
    stopEditingWhenCellsLoseFocus: true,
    tooltipShowDelay: 250,
    suppressColumnVirtualisation: true,
    animateRows: false,
    ...s.options,
    onCellEditRequest: (e) => s.onEdit(e),
    onCellKeyDown: (e) => {
      s.onCellKey?.(e);
      const k = e.event as KeyboardEvent | undefined;
      if (!k || api.getEditingCells().length || !range) return;
      if ((k.key === 'Delete' || k.key === 'Backspace') && range.isMulti()) {
        k.preventDefault();
        s.onClear(range.bounds()!);
      }
    },
  });
  range = new CellRange(api, s.host, () => api.refreshCells({ force: true, suppressFlash: true }));
  const uninstall = installClipboard(s.host, api, range, s.onPaste, s.onCopied);
  return {
    api,
    range,
    setRowHeight(px) {
      api.setGridOption('rowHeight', px);
      api.setGridOption('headerHeight', px);
      api.setGridOption('groupHeaderHeight', px);
      // Rows with wrapped text size themselves (autoHeight); the rest follow the new row height.
    },
    destroy() {
      uninstall();
      range?.destroy();
      api.destroy();
    },
  };
}
