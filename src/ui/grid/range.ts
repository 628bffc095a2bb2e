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
  ) {
    host.addEventListener('keydown', this.onKey, true);
    host.addEventListener('mousedown', this.onKey, true);
    api.addEventListener('cellFocused', this.onFocus);
    api.addEventListener('displayedColumnsChanged', this.forget);
  }

  /** bounds() is asked for every cell drawn (its class rules): computed once per selection */
  private cached: { rows: number[]; cols: string[]; rowSet: Set<number>; colSet: Set<string> } | null | undefined;
  private readonly forget = () => {
    this.cached = undefined;
  };

  destroy(): void {
    this.api.removeEventListener('displayedColumnsChanged', this.forget);
    this.host.removeEventListener('keydown', this.onKey, true);
    this.host.removeEventListener('mousedown', this.onKey, true);
  }

  private readonly onFocus = (e: CellFocusedEvent<Row>) => {
    const col = e.column;
    const colId = typeof col === 'string' ? col : col?.getColId();
    if (e.rowIndex === null || e.rowIndex === undefined || !colId || e.rowPinned) return;
    const pos = { rowIndex: e.rowIndex, colId };
    const before = this.multiRows();
    if (this.shift && this.anchor) this.focus = pos;
    else this.anchor = this.focus = pos;
    this.cached = undefined;
    this.repaint(before);
  };

  /** The rows a multi-cell selection covers (a single cell is not drawn as a selection). */
  private multiRows(): number[] {
    return this.isMulti() ? this.bounds()!.rows : [];
  }

  /**
   * Redraws the rows whose selection marking changed: the rows of the old and the new
   * selection. Moving a single focused cell redraws nothing (a full refresh on every arrow key
   * is visible on a big plan).
   */
  private repaint(before: number[]): void {
    const rows = new Set([...before, ...this.multiRows()]);
    if (!rows.size) return;
    const rowNodes = [...rows].flatMap((i) => this.api.getDisplayedRowAtIndex(i) ?? []);
    this.api.refreshCells({ rowNodes, force: true, suppressFlash: true });
  }

  /** Row indexes and column ids covered, in display order. */
  bounds(): { rows: number[]; cols: string[] } | null {
    return this.compute();
  }

  private compute() {
    if (this.cached !== undefined) return this.cached;
    this.cached = this.measure();
    return this.cached;
  }

  private measure() {
    if (!this.anchor || !this.focus) return null;
    const cols = this.api.getAllDisplayedColumns().map((c) => c.getColId());
    const a = cols.indexOf(this.anchor.colId);
    const b = cols.indexOf(this.focus.colId);
    if (a < 0 || b < 0) return null;
    const rows: number[] = [];
    for (let r = Math.min(this.anchor.rowIndex, this.focus.rowIndex); r <= Math.max(this.anchor.rowIndex, this.focus.rowIndex); r++) rows.push(r);
    const picked = cols.slice(Math.min(a, b), Math.max(a, b) + 1);
    return { rows, cols: picked, rowSet: new Set(rows), colSet: new Set(picked) };
  }

  isMulti(): boolean {
    const b = this.bounds();
    return !!b && b.rows.length * b.cols.length > 1;
  }

  contains(rowIndex: number | null, colId: string, pinned: string | null | undefined): boolean {
    if (pinned || rowIndex === null || !this.isMulti()) return false;
    const b = this.compute()!;
    return b.rowSet.has(rowIndex) && b.colSet.has(colId);
  }

  /** Selects a single cell (after a jump or an undo). */
  reset(pos: CellPos | null): void {
    const before = this.multiRows();
    this.anchor = this.focus = pos;
    this.cached = undefined;
    this.repaint(before);
  }
}
