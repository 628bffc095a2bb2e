import type { CellFocusedEvent, GridApi } from 'ag-grid-community';

export interface CellPos {
  rowIndex: number;
  colId: string;
}

/**
 * A rectangular cell selection for AG Grid Community (range selection is Enterprise-only):
 * a click sets the anchor, Shift+click or Shift+arrows extend it to the focused cell.
 * Only body rows take part (the pinned total row is read-only).
 */
export class CellRange<Row> {
  anchor: CellPos | null = null;
  focus: CellPos | null = null;
  private shift = false;
  private readonly onKey = (e: KeyboardEvent | MouseEvent) => {
    this.shift = e.shiftKey;
  };

  constructor(
    private readonly api: GridApi<Row>,
    private readonly host: HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addEventListener('keydown', this.onKey, true);
    host.addEventListener('mousedown', this.onKey, true);
    api.addEventListener('cellFocused', this.onFocus);
  }

  destroy(): void {
    this.host.removeEventListener('keydown', this.onKey, true);
    this.host.removeEventListener('mousedown', this.onKey, true);
  }

  private readonly onFocus = (e: CellFocusedEvent<Row>) => {
    const col = e.column;
    const colId = typeof col === 'string' ? col : col?.getColId();
    if (e.rowIndex === null || e.rowIndex === undefined || !colId || e.rowPinned) return;
    const pos = { rowIndex: e.rowIndex, colId };
    if (this.shift && this.anchor) this.focus = pos;
    else this.anchor = this.focus = pos;
    this.onChange();
  };

  /** Row indexes and column ids covered, in display order. */
  bounds(): { rows: number[]; cols: string[] } | null {
    if (!this.anchor || !this.focus) return null;
    const cols = this.api.getAllDisplayedColumns().map((c) => c.getColId());
    const a = cols.indexOf(this.anchor.colId);
    const b = cols.indexOf(this.focus.colId);
    if (a < 0 || b < 0) return null;
    const rows: number[] = [];
    for (let r = Math.min(this.anchor.rowIndex, this.focus.rowIndex); r <= Math.max(this.anchor.rowIndex, this.focus.rowIndex); r++) rows.push(r);
    return { rows, cols: cols.slice(Math.min(a, b), Math.max(a, b) + 1) };
  }

  isMulti(): boolean {
    const b = this.bounds();
    return !!b && b.rows.length * b.cols.length > 1;
  }

  contains(rowIndex: number | null, colId: string, pinned: string | null | undefined): boolean {
    if (pinned || rowIndex === null || !this.isMulti()) return false;
    const b = this.bounds()!;
    return b.rows.includes(rowIndex) && b.cols.includes(colId);
  }

  /** Selects a single cell (after a jump or an undo). */
  reset(pos: CellPos | null): void {
    this.anchor = this.focus = pos;
    this.onChange();
  }
}
