import type { CellKeyDownEvent, FullWidthCellKeyDownEvent } from 'ag-grid-community';
import type { Check } from '../../engine/checks';
import type { Indicator } from '../../model/schema';
import { editIndicators } from '../../store/commands/indicators';
import type { Change } from '../../store/db';
import { t } from '../../i18n';
import { marksOf, type CellMark } from '../grid/cell-marks';
import { createSheetGrid, type CellEdit, type SheetGrid } from '../grid/sheet-grid';
import type { Workbench, WorkbenchEvent } from '../state/workbench';
import { actualColId, indicatorRowId, targetColId, type IndicatorColumn } from './indicator-columns-info';
import { indicatorColumns } from './indicator-columns';
import { clearStep, indicatorPaste, stepFor } from './indicator-input';
import { indicatorRow, indicatorRows, type IndicatorRow } from './indicator-rows';

export interface IndicatorGridCallbacks {
  message(kind: 'info' | 'error', text: string, at?: { rowId: string; colId: string }): void;
  /** the person asked to choose the measures of an indicator (Enter or double click on «Заходи») */
  pickMeasures(ind: Indicator): void;
}

const REBUILD_TABLES = new Set(['priorities', 'measures', 'tasks']);

/**
 * The imperative side of the indicator grid, the same way the plan grid works: rows come from
 * the store's records and the engine's IndicatorResult; a typed or pasted value becomes one
 * command; the workbench's events update only the rows that changed.
 */
export class IndicatorGridController {
  private readonly grid: SheetGrid<IndicatorRow>;
  private columns: IndicatorColumn[] = [];
  private marks: ReadonlyMap<string, CellMark> = new Map();
  private monitoring: boolean;
  private unsubscribe: () => void;

  constructor(
    private readonly wb: Workbench,
    host: HTMLElement,
    private readonly cb: IndicatorGridCallbacks,
    rowHeight: number,
  ) {
    this.monitoring = wb.doc.programme.monitoring;
    this.grid = createSheetGrid<IndicatorRow>({
      host,
      rowHeight,
      options: {
        columnDefs: this.columnDefs(),
        rowData: indicatorRows(wb.doc, wb.indicators()),
        getRowId: (p) => p.data.rowId,
        onCellDoubleClicked: (e) => {
          if (e.column.getColId() === 'measures' && e.data) cb.pickMeasures(e.data.ind);
        },
      },
      onEdit: (e) => void this.commitEdit(e),
      onPaste: (block, at) => void this.paste(block, at),
      onClear: (b) => void this.clear(b),
      onCopied: (n) => cb.message('info', t('copied', { n })),
      onCellKey: (e) => this.onKey(e),
    });
    this.unsubscribe = wb.subscribe((e) => this.onEvent(e));
    this.setChecks(wb.checks());
  }

  get api() {
    return this.grid.api;
  }

  destroy(): void {
    this.unsubscribe();
    this.grid.destroy();
  }

  setChecks(checks: readonly Check[]): void {
    const before = this.marks;
    this.marks = marksOf(checks, (c) => this.cellOf(c));
    this.grid.redrawMarked(before, this.marks);
  }

  setRowHeight(px: number): void {
    this.grid.setRowHeight(px);
  }

  /** Column headers anew (after a language switch). */
  refreshColumns(): void {
    this.grid.api.setGridOption('columnDefs', this.columnDefs());
  }

  /** The indicator whose row has the keyboard focus. */
  focusedIndicator(): Indicator | null {
    const f = this.grid.api.getFocusedCell();
    if (!f || f.rowPinned) return null;
    return this.grid.api.getDisplayedRowAtIndex(f.rowIndex)?.data?.ind ?? null;
  }

  focusCell(rowId: string, colId: string): void {
    this.grid.focusCell(rowId, colId);
  }

  jumpToCheck(c: Check): void {
    const at = this.cellOf(c);
    if (at) this.focusCell(at.rowId, at.colId);
  }

  /** After undo/redo: focus the cell the step changed. */
  focusChange(changes: readonly Change[] | null): void {
    const c = changes?.find((x) => x.table === 'indicators');
    if (!c || !c.after) return;
    const before = c.before as Indicator | null;
    const after = c.after as Indicator;
    // The grid updates from the same changes; focus once the row is there.
    queueMicrotask(() => this.focusCell(indicatorRowId(after.id), this.changedColumn(before, after)));
  }

  // ---- edits -----------------------------------------------------------------------------------

  private async commitEdit(e: CellEdit<IndicatorRow>): Promise<void> {
    const col = this.columns.find((c) => c.colId === e.column.getColId());
    if (!col || col.kind === 'computed' || !e.data) return;
    const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
    const step = stepFor(col, text, e.data.ind, this.wb.doc.priorities);
    if (!step.ok) return this.cb.message('error', step.message, { rowId: e.data.rowId, colId: col.colId });
    await this.wb.run(editIndicators(this.wb.doc.programme.id, `Індикатор: ${col.label}`, [{ id: e.data.ind.id, edit: step.apply }]));
  }

  private async paste(block: string[][], at: { rowIndex: number; colId: string }): Promise<void> {
    const rows = this.displayed();
    const colIndex = this.columns.findIndex((c) => c.colId === at.colId);
    const r = indicatorPaste(block, rows.map((x) => x.ind), at.rowIndex, this.columns, colIndex, this.wb.doc.priorities);
    if (!r.ok) {
      const list = r.reasons.slice(0, 8).join('\n');
      const more = r.reasons.length > 8 ? `\n… та ще ${r.reasons.length - 8}` : '';
      return this.cb.message('error', `${t('pasteRefused')}\n${list}${more}`, { rowId: rows[at.rowIndex]?.rowId ?? '', colId: at.colId });
    }
    const res = await this.wb.run(editIndicators(this.wb.doc.programme.id, `Вставлення ${r.cells} клітинок`, r.edits));
    if (res.ok) this.cb.message('info', t('pasted', { n: r.cells }));
  }

  private async clear(b: { rows: number[]; cols: string[] }): Promise<void> {
    const rows = this.displayed();
    const steps = b.cols.map((id) => this.columns.find((c) => c.colId === id)).flatMap((c) => (c ? [clearStep(c)] : [])).filter((f) => f !== null);
    if (!steps.length) return;
    const edits = b.rows.flatMap((ri) => {
      const row = rows[ri];
      return row ? [{ id: row.ind.id, edit: (ind: Indicator) => steps.reduce((acc, f) => f(acc), ind) }] : [];
    });
    if (edits.length) await this.wb.run(editIndicators(this.wb.doc.programme.id, 'Очищення клітинок', edits));
  }

  private onKey(e: CellKeyDownEvent<IndicatorRow> | FullWidthCellKeyDownEvent<IndicatorRow>): void {
    const k = e.event as KeyboardEvent | undefined;
    if (k?.key !== 'Enter' || !('column' in e) || e.column.getColId() !== 'measures' || !e.data) return;
    k.preventDefault();
    this.cb.pickMeasures(e.data.ind);
  }

  // ---- following the store and the engine ----------------------------------------------------

  private onEvent(e: WorkbenchEvent): void {
    if (e.kind === 'changes') {
      const programme = e.changes.find((c) => c.table === 'programmes');
      if (programme) {
        this.monitoring = this.wb.doc.programme.monitoring;
        this.grid.api.setGridOption('columnDefs', this.columnDefs());
      }
      const structural = e.changes.some((c) => {
        if (c.table !== 'indicators') return REBUILD_TABLES.has(c.table);
        const b = c.before as Indicator | null;
        const a = c.after as Indicator | null;
        return !a || !b || a.order !== b.order;
      });
      if (structural || programme) return this.rebuild();
      const update = e.changes.filter((c) => c.table === 'indicators' && c.after).map((c) => indicatorRow(this.wb.doc, c.after as Indicator, this.wb.indicators()));
      if (update.length) this.grid.api.applyTransaction({ update });
      return;
    }
    const d = e.delta;
    if (d.full) return this.rebuild();
    if (!d.indicators.length) return;
    const results = this.wb.indicators();
    const update: IndicatorRow[] = [];
    for (const r of d.indicators) {
      const ind = this.wb.doc.indicators.find((x) => x.id === r.id);
      if (ind && this.grid.api.getRowNode(indicatorRowId(ind.id))) update.push(indicatorRow(this.wb.doc, ind, results));
    }
    if (update.length) this.grid.api.applyTransaction({ update });
  }

  private rebuild(): void {
    this.grid.api.setGridOption('rowData', indicatorRows(this.wb.doc, this.wb.indicators()));
    this.setChecks(this.wb.checks());
  }

  private displayed(): IndicatorRow[] {
    const out: IndicatorRow[] = [];
    this.grid.api.forEachNodeAfterFilterAndSort((n) => n.data && out.push(n.data));
    return out;
  }

  private columnDefs() {
    const p = this.wb.doc.programme;
    const years: number[] = [];
    for (let y = p.startYear; y <= p.endYear; y++) years.push(y);
    const built = indicatorColumns({
      years,
      priorities: this.wb.doc.priorities,
      monitoring: this.monitoring,
      marks: () => this.marks,
      inRange: (ri, colId, pinned) => this.grid?.range.contains(ri, colId, pinned) ?? false,
    });
    this.columns = built.info;
    return built.defs;
  }

  /** Where an indicator's check belongs: its value cell, or its name when that column is hidden. */
  private cellOf(c: Check): { rowId: string; colId: string } | null {
    const loc = c.location;
    if (loc.kind !== 'indicator') return null;
    const rowId = indicatorRowId(loc.id);
    const colId = loc.field === 'baseline' ? 'baseline' : loc.field === 'target' && loc.year ? targetColId(loc.year) : loc.field === 'actual' && loc.year ? actualColId(loc.year) : 'name';
    return { rowId, colId: this.columns.some((x) => x.colId === colId) ? colId : 'name' };
  }

  private changedColumn(before: Indicator | null, after: Indicator): string {
    if (!before) return 'name';
    for (const f of ['code', 'name', 'unit'] as const) if (before[f] !== after[f]) return f;
    if (before.priorityId !== after.priorityId) return 'priority';
    if (before.unitKind !== after.unitKind) return 'unit-kind';
    if (before.direction !== after.direction) return 'direction';
    if (JSON.stringify(before.baseline) !== JSON.stringify(after.baseline)) return 'baseline';
    for (const y of new Set([...Object.keys(before.targets), ...Object.keys(after.targets)])) if (before.targets[y] !== after.targets[y]) return targetColId(Number(y));
    for (const y of new Set([...Object.keys(before.actuals), ...Object.keys(after.actuals)])) if (before.actuals[y] !== after.actuals[y]) return this.monitoring ? actualColId(Number(y)) : 'name';
    if (before.measureIds.join() !== after.measureIds.join()) return 'measures';
    return 'name';
  }
}
