import type { Check } from '../../engine/checks';
import type { Measure } from '../../model/schema';
import { editMeasures } from '../../store/commands/plan';
import type { Change } from '../../store/db';
import { t } from '../../i18n';
import { marksOf, type CellMark } from '../grid/cell-marks';
import { createSheetGrid, type CellEdit, type SheetGrid } from '../grid/sheet-grid';
import { tr } from '../indicators/strings';
import type { Workbench, WorkbenchEvent } from '../state/workbench';
import { actualCol, monitoringColumns, type MonColumn } from './monitoring-columns';
import { monitoringPaste, monStep } from './monitoring-input';
import { measureRow, monitoringRows, nodeRow, shownSources, type MonRow, type MonShape } from './monitoring-rows';

export interface MonitoringGridCallbacks {
  message(kind: 'info' | 'error', text: string, at?: { rowId: string; colId: string }): void;
}

const STRUCTURAL = new Set(['priorities', 'tasks', 'programmes', 'indicators']);

/**
 * The monitoring grid for one year: plan next to actual per source, execution from the engine,
 * editable actuals, statuses and budget codes — each edit one command, rows updated by
 * transactions as the plan grid does.
 */
export class MonitoringGridController {
  private readonly grid: SheetGrid<MonRow>;
  private columns: MonColumn[] = [];
  private marks: ReadonlyMap<string, CellMark> = new Map();
  private shape: MonShape;
  private unsubscribe: () => void;

  constructor(
    private readonly wb: Workbench,
    host: HTMLElement,
    private readonly cb: MonitoringGridCallbacks,
    private year: number,
    private allSources: boolean,
    rowHeight: number,
  ) {
    this.shape = shownSources(wb.doc, year, wb.totalsMap, allSources);
    const built = monitoringRows(wb.doc, this.shape, wb.totalsMap);
    this.grid = createSheetGrid<MonRow>({
      host,
      rowHeight,
      options: {
        columnDefs: this.columnDefs(),
        rowData: built.rows,
        pinnedBottomRowData: [built.grand],
        getRowId: (p) => p.data.rowId,
        getRowClass: (p) => `row-${p.data?.kind ?? 'measure'}`,
      },
      onEdit: (e) => void this.commitEdit(e),
      onPaste: (block, at) => void this.paste(block, at),
      onClear: (b) => void this.clear(b),
      onCopied: (n) => cb.message('info', t('copied', { n })),
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

  setYear(year: number, allSources: boolean): void {
    this.year = year;
    this.allSources = allSources;
    this.rebuild(true);
  }

  setRowHeight(px: number): void {
    this.grid.setRowHeight(px);
  }

  /** Column headers anew (after a language switch). */
  refreshColumns(): void {
    this.grid.api.setGridOption('columnDefs', this.columnDefs());
  }

  setChecks(checks: readonly Check[]): void {
    // Only findings about this year's actual money are placed on cells here (the plan's are in the plan).
    const before = this.marks;
    this.marks = marksOf(checks, (c) => {
      const loc = c.location;
      if (loc.kind !== 'measure' || loc.field !== 'amount' || loc.year !== this.year || !loc.sourceId || !c.key.endsWith('|actual')) return null;
      return this.columns.some((x) => x.colId === actualCol(loc.sourceId!)) ? { rowId: `m:${loc.id}`, colId: actualCol(loc.sourceId) } : null;
    });
    this.grid.redrawMarked(before, this.marks);
  }

  focusCell(rowId: string, colId: string): void {
    this.grid.focusCell(rowId, colId);
  }

  /** After undo/redo: focus the first measure the step changed, in the column that changed. */
  focusChange(changes: readonly Change[] | null): void {
    const c = changes?.find((x) => x.table === 'measures' && x.after);
    if (!c) return;
    const before = c.before as Measure | null;
    const after = c.after as Measure;
    let colId = 'title';
    if (before && before.status !== after.status) colId = 'status';
    else if (before && before.budgetCodes.join() !== after.budgetCodes.join()) colId = 'codes';
    else {
      const changed = after.funding.find((f) => f.year === this.year && before?.funding.find((b) => b.year === f.year && b.sourceId === f.sourceId)?.actual !== f.actual)
        ?? before?.funding.find((f) => f.year === this.year && f.actual !== null && !after.funding.some((a) => a.year === f.year && a.sourceId === f.sourceId && a.actual !== null));
      if (changed && this.columns.some((x) => x.colId === actualCol(changed.sourceId))) colId = actualCol(changed.sourceId);
    }
    queueMicrotask(() => this.focusCell(`m:${after.id}`, colId));
  }

  // ---- edits -----------------------------------------------------------------------------------

  private async commitEdit(e: CellEdit<MonRow>): Promise<void> {
    const col = this.columns.find((c) => c.colId === e.column.getColId());
    const m = e.data?.measure;
    if (!col || col.kind === 'computed' || !m || !e.data) return;
    const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
    const step = monStep(col, text, this.year, this.wb.doc.programme.unit);
    if (!step.ok) {
      const where = tr('measureWhere', { code: m.code || `«${m.title.slice(0, 30)}»`, col: col.label.toLowerCase() });
      return this.cb.message('error', `${where}: ${step.message}`, { rowId: e.data.rowId, colId: col.colId });
    }
    await this.wb.run(editMeasures(this.wb.doc.programme.id, `${col.label} (${this.year})`, [{ id: m.id, edit: step.apply }]));
  }

  private async paste(block: string[][], at: { rowIndex: number; colId: string }): Promise<void> {
    const rows = this.displayed();
    const colIndex = this.columns.findIndex((c) => c.colId === at.colId);
    const r = monitoringPaste(block, rows, at.rowIndex, this.columns, colIndex, this.year, this.wb.doc.programme.unit);
    if (!r.ok) {
      const list = r.reasons.slice(0, 8).join('\n');
      const more = r.reasons.length > 8 ? `\n… та ще ${r.reasons.length - 8}` : '';
      return this.cb.message('error', `${t('pasteRefused')}\n${list}${more}`, { rowId: rows[at.rowIndex]?.rowId ?? '', colId: at.colId });
    }
    if (!r.edits.length) return;
    const res = await this.wb.run(editMeasures(this.wb.doc.programme.id, `Вставлення ${r.cells} клітинок`, r.edits));
    if (res.ok) this.cb.message('info', t('pasted', { n: r.cells }));
  }

  private async clear(b: { rows: number[]; cols: string[] }): Promise<void> {
    const rows = this.displayed();
    const cols = b.cols.map((id) => this.columns.find((c) => c.colId === id)).filter((c): c is MonColumn => !!c && (c.kind === 'actual' || c.kind === 'codes'));
    const edits = b.rows.flatMap((ri) => {
      const m = rows[ri]?.measure;
      if (!m || !cols.length) return [];
      const steps = cols.map((c) => monStep(c, '', this.year, this.wb.doc.programme.unit)).flatMap((s) => (s.ok ? [s.apply] : []));
      return [{ id: m.id, edit: (x: Measure) => steps.reduce((acc, f) => f(acc), x) }];
    });
    if (edits.length) await this.wb.run(editMeasures(this.wb.doc.programme.id, 'Очищення клітинок', edits));
  }

  // ---- following the store and the engine ----------------------------------------------------

  private onEvent(e: WorkbenchEvent): void {
    if (e.kind === 'changes') {
      const structural = e.changes.some((c) => {
        if (STRUCTURAL.has(c.table)) return true;
        if (c.table !== 'measures') return false;
        const b = c.before as Measure | null;
        const a = c.after as Measure | null;
        return !a || !b || a.order !== b.order || a.taskId !== b.taskId || a.priorityId !== b.priorityId;
      });
      if (structural) return this.rebuild(e.changes.some((c) => c.table === 'programmes'));
      const update = e.changes.flatMap((c) => (c.table === 'measures' && c.after && this.grid.api.getRowNode(`m:${c.id}`) ? [measureRow(this.wb.doc, this.shape, c.after as Measure, this.wb.totalsMap)] : []));
      if (update.length) this.grid.api.applyTransaction({ update });
      return;
    }
    const d = e.delta;
    // A source that gets its first money this year becomes a column.
    const shape = shownSources(this.wb.doc, this.year, this.wb.totalsMap, this.allSources);
    if (d.full || shape.shown.join() !== this.shape.shown.join()) return this.rebuild(true);
    const update: MonRow[] = [];
    let grand: MonRow | null = null;
    const doc = this.wb.doc;
    for (const n of d.nodes) {
      if (n.kind === 'measure') {
        const m = doc.measures.find((x) => x.id === n.id);
        if (m && this.grid.api.getRowNode(`m:${n.id}`)) update.push(measureRow(doc, this.shape, m, this.wb.totalsMap));
      } else if (n.kind === 'task') {
        const task = doc.tasks.find((x) => x.id === n.id);
        if (task) update.push(nodeRow(this.shape, 'task', task.id, task.code, task.title, this.wb.totalsMap));
      } else if (n.kind === 'priority') {
        const p = doc.priorities.find((x) => x.id === n.id);
        if (p) update.push(nodeRow(this.shape, 'subtotal', p.id, p.code, p.title, this.wb.totalsMap));
      } else grand = nodeRow(this.shape, 'grand', doc.programme.id, '', '', this.wb.totalsMap);
    }
    if (update.length) this.grid.api.applyTransaction({ update: update.filter((r) => this.grid.api.getRowNode(r.rowId)) });
    if (grand) this.setGrand(grand);
  }

  private setGrand(grand: MonRow): void {
    const node = this.grid.api.getPinnedBottomRow(0);
    if (node) node.setData(grand);
    else this.grid.api.setGridOption('pinnedBottomRowData', [grand]);
  }

  private rebuild(columns = false): void {
    this.shape = shownSources(this.wb.doc, this.year, this.wb.totalsMap, this.allSources);
    if (columns) this.grid.api.setGridOption('columnDefs', this.columnDefs());
    const built = monitoringRows(this.wb.doc, this.shape, this.wb.totalsMap);
    this.grid.api.setGridOption('rowData', built.rows);
    this.setGrand(built.grand);
    this.setChecks(this.wb.checks());
  }

  private displayed(): MonRow[] {
    const out: MonRow[] = [];
    this.grid.api.forEachNodeAfterFilterAndSort((n) => n.data && out.push(n.data));
    return out;
  }

  private columnDefs() {
    const p = this.wb.doc.programme;
    const built = monitoringColumns({
      year: this.year,
      sources: p.sources,
      shown: this.shape.shown,
      unit: p.unit,
      marks: () => this.marks,
      inRange: (ri, colId, pinned) => this.grid?.range.contains(ri, colId, pinned) ?? false,
    });
    this.columns = built.info;
    return built.defs;
  }
}
