import type { GridApi, IRowNode, RowDragEndEvent, RowDragEvent } from 'ag-grid-community';
import type { Check } from '../../engine/checks';
import { parseCellInput, parseStatus, setPlanned, setText, sourceForYear } from '../../model/plan-ops';
import type { Measure } from '../../model/schema';
import { blankMeasure, editMeasures, moveMeasureTo } from '../../store/commands/plan';
import { dropPlace, type Drop } from './plan-drop';
import type { Change } from '../../store/db';
import { t } from '../../i18n';
import { marksOf, type CellMark } from '../grid/cell-marks';
import { createSheetGrid, type CellEdit, type SheetGrid } from '../grid/sheet-grid';
import { rowHeightFor } from '../app/projector';
import type { CellRange } from '../grid/range';
import type { Workbench, WorkbenchEvent } from '../state/workbench';
import { newId } from '../../model/ids';
import { orderBetween } from '../../model/plan-ops';
import { cellColId, sourceTotalColId, TOTAL_COL, yearColId, type ColumnInfo } from './plan-columns-info';
import { planColumns, type ColumnPreset } from './plan-columns';
import { planPaste } from './plan-paste';
import { linkedIndicatorsNote } from '../indicators/links';
import { measureRow, nodeRow, planRows, shapeOf, type PlanRow } from './plan-rows';
import type { NodeTotals } from '../../engine/types';
import type { GridScenarioMode } from '../scenarios/grid-mode';

export interface PlanGridCallbacks {
  /** a message for the person at the keyboard; `at` places it next to a cell */
  message(kind: 'info' | 'error', text: string, at?: { rowId: string; colId: string }): void;
}

export interface PlanFilters {
  text: string;
  responsible: string;
  status: string;
}

const STRUCTURAL_TABLES = new Set(['priorities', 'tasks', 'programmes']);

/**
 * The imperative side of the plan grid: owns the AG Grid instance, turns the workbench's events
 * into row transactions (only changed rows are touched), and turns edits, pastes and clears into
 * store commands. The grid never holds state of its own: every value comes from the store's
 * records and the engine's totals.
 */
export class PlanGridController {
  readonly api: GridApi<PlanRow>;
  readonly range: CellRange<PlanRow>;
  private rows: PlanRow[] = [];
  private columns: ColumnInfo[] = [];
  private marks: ReadonlyMap<string, CellMark> = new Map();
  private collapsed: Set<string>;
  private filters: PlanFilters = { text: '', responsible: '', status: '' };
  private readonly grid: SheetGrid<PlanRow>;
  private unsubscribe: () => void;
  private pendingFocus: { rowId: string; colId: string } | null = null;
  /** the active scenario: the grid shows its money and edits go into it (null: the plan) */
  private scenario: GridScenarioMode | null = null;

  constructor(
    private readonly wb: Workbench,
    private readonly host: HTMLElement,
    private readonly cb: PlanGridCallbacks,
    private preset: ColumnPreset,
    private rowHeight: number,
  ) {
    this.collapsed = new Set(JSON.parse(localStorage.getItem(this.collapseKey()) ?? '[]') as string[]);
    const built = planRows(wb.raw(), wb.totalsMap, this.collapsed);
    this.rows = built.rows;
    this.grid = createSheetGrid<PlanRow>({
      host,
      rowHeight,
      options: {
        columnDefs: this.columnDefs(),
        rowData: this.rows,
        pinnedBottomRowData: [built.grand],
        getRowId: (p) => p.data.rowId,
        getRowClass: (p) => `row-${p.data?.kind ?? 'measure'}${this.scenario?.rowClass(p.data) ?? ''}`,
        isExternalFilterPresent: () => !!(this.filters.responsible || this.filters.status),
        doesExternalFilterPass: (node) => this.passesFilters(node),
        onRowDataUpdated: () => this.applyPendingFocus(),
        onRowDragMove: (e) => this.showDrop(this.dropOf(e)),
        onRowDragLeave: () => this.showDrop(null),
        onRowDragCancel: () => this.showDrop(null),
        onRowDragEnd: (e) => void this.drop(e),
      },
      onEdit: (e) => void this.commitEdit(e),
      onPaste: (block, at) => void this.paste(block, at),
      onClear: (b) => void this.clear(b),
      onCopied: (n) => cb.message('info', t('copied', { n })),
    });
    this.api = this.grid.api;
    this.range = this.grid.range;
    this.unsubscribe = wb.subscribe((e) => this.onEvent(e));
    this.setChecks(wb.checks());
  }

  destroy(): void {
    this.unsubscribe();
    this.grid.destroy();
  }

  // ---- state pushed in from Solid -----------------------------------------------------------

  setChecks(checks: readonly Check[]): void {
    const marks = marksOf(checks, (c) => this.cellOf(c));
    for (const [key, m] of this.scenario?.marks() ?? []) marks.set(key, m);
    const before = this.marks;
    this.marks = marks;
    this.grid.redrawMarked(before, marks);
  }

  /** Shows a scenario's money (edits go into it), or the plan again with null. */
  setScenario(mode: GridScenarioMode | null): void {
    if (mode === this.scenario) return;
    this.scenario = mode;
    this.rebuild();
  }

  /** The active scenario's money or marks changed. */
  scenarioChanged(): void {
    if (this.scenario) this.rebuild();
  }

  private totals(): ReadonlyMap<string, NodeTotals> {
    return this.scenario?.totals() ?? this.wb.totalsMap;
  }

  setPreset(preset: ColumnPreset): void {
    this.preset = preset;
    this.api.setGridOption('columnDefs', this.columnDefs());
  }

  setRowHeight(px: number): void {
    this.rowHeight = px;
    this.grid.setRowHeight(px);
    this.api.setGridOption('columnDefs', this.columnDefs());
    this.api.resetRowHeights();
  }

  setFilters(f: PlanFilters): void {
    this.filters = f;
    this.api.setGridOption('quickFilterText', f.text);
    this.api.onFilterChanged();
  }

  toggleCollapsed(rowId: string): void {
    if (this.collapsed.has(rowId)) this.collapsed.delete(rowId);
    else this.collapsed.add(rowId);
    localStorage.setItem(this.collapseKey(), JSON.stringify([...this.collapsed]));
    this.rebuild();
  }

  isCollapsed(rowId: string): boolean {
    return this.collapsed.has(rowId);
  }

  /** The row that has the keyboard focus (for row actions). */
  focusedRow(): PlanRow | null {
    const f = this.api.getFocusedCell();
    if (!f || f.rowPinned) return null;
    return this.api.getDisplayedRowAtIndex(f.rowIndex)?.data ?? null;
  }

  /** Moves the focus to a cell (after an undo, a jump from the checks panel, a new row). */
  focusCell(rowId: string, colId: string): void {
    if (rowId === 'grand') {
      this.api.ensureColumnVisible(colId);
      this.api.setFocusedCell(0, colId, 'bottom');
      return;
    }
    // Not shown yet (the row arrives with the next row data): focused then.
    if (!this.grid.focusCell(rowId, colId)) this.pendingFocus = { rowId, colId };
  }

  jumpToCheck(c: Check): void {
    const at = this.cellOf(c);
    if (!at) return;
    // A collapsed parent hides the row: open it first.
    const m = c.location.kind === 'measure' ? this.doc.measures.find((x) => x.id === c.location.id) : undefined;
    if (m) this.reveal(m.priorityId, m.taskId);
    this.focusCell(at.rowId, at.colId);
  }

  /** Unfolds a priority and task so the rows in them are shown. */
  private reveal(priorityId: string, taskId: string | null): void {
    let changed = false;
    for (const key of [`p:${priorityId}`, taskId ? `t:${taskId}` : '']) if (key && this.collapsed.delete(key)) changed = true;
    if (!changed) return;
    localStorage.setItem(this.collapseKey(), JSON.stringify([...this.collapsed]));
    this.rebuild();
  }

  /** After undo/redo: focus the first cell the step changed, so the room sees what happened. */
  focusChange(changes: readonly Change[] | null): void {
    const c = changes?.find((x) => x.table === 'measures' || x.table === 'tasks' || x.table === 'priorities');
    if (!c) return;
    const prefix = c.table === 'measures' ? 'm' : c.table === 'tasks' ? 't' : 'p';
    const after = (c.after ?? c.before) as Record<string, unknown> | null;
    if (!after) return;
    const colId = c.table === 'measures' ? this.changedColumn(c.before as Measure | null, c.after as Measure | null) : 'title';
    this.focusCell(`${prefix}:${after['id'] as string}`, colId);
  }

  // ---- edits -----------------------------------------------------------------------------------

  private async commitEdit(e: CellEdit<PlanRow>): Promise<void> {
    const row = e.data;
    const colId = e.column.getColId();
    if (row.kind !== 'measure' || !row.measure) return;
    const col = this.columns.find((c) => c.colId === colId);
    if (!col || col.kind === 'computed') return;
    const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
    if (this.scenario) return this.scenario.editCell(row, col, text);
    let edit: ((m: Measure) => Measure) | null = null;
    if (col.kind === 'text') edit = (m) => setText(m, col.field, text);
    else if (col.kind === 'status') {
      const s = parseStatus(text) ?? (text in { planned: 1, 'in-progress': 1, done: 1, cancelled: 1 } ? (text as Measure['status']) : null);
      if (!s) return this.cb.message('error', `«${text}» — невідомий статус.`, { rowId: row.rowId, colId });
      edit = (m) => ({ ...m, status: s });
    } else {
      const v = parseCellInput(text, this.doc.programme.unit);
      if (!v.ok) return this.cb.message('error', v.message, { rowId: row.rowId, colId });
      const src = col.kind === 'cell' ? { ok: true as const, sourceId: col.sourceId } : sourceForYear(row.measure, col.year, this.sourceIds());
      if (!src.ok) return this.cb.message('error', src.message, { rowId: row.rowId, colId });
      edit = (m) => setPlanned(m, col.year, src.sourceId, v.value);
    }
    await this.wb.run(editMeasures(this.doc.programme.id, `Зміна: ${col.label}`, [{ id: row.refId, edit }]));
  }

  private async paste(block: string[][], at: { rowIndex: number; colId: string }): Promise<void> {
    const displayed = this.displayedRows();
    const colIndex = this.columns.findIndex((c) => c.colId === at.colId);
    const r = planPaste(block, displayed, at.rowIndex, this.columns, colIndex, this.doc.programme.unit, this.sourceIds());
    if (!r.ok) {
      const list = r.reasons.slice(0, 8).join('\n');
      const more = r.reasons.length > 8 ? `\n… та ще ${r.reasons.length - 8}` : '';
      return this.cb.message('error', `${t('pasteRefused')}\n${list}${more}`, { rowId: displayed[at.rowIndex]?.rowId ?? '', colId: at.colId });
    }
    const { plan } = r;
    const inserts: Measure[] = [];
    if (plan.newRows.length && plan.appendAfter) {
      const ref = plan.appendAfter;
      const siblings = this.doc.measures.filter((m) => m.taskId === ref.taskId && m.priorityId === ref.priorityId);
      const next = siblings.find((m) => m.order > ref.order)?.order;
      let prev = ref.order;
      for (const build of plan.newRows) {
        const order = orderBetween(prev, next);
        prev = order;
        inserts.push(build({ ...blankMeasure(this.doc.programme.id, ref.priorityId, ref.taskId, order), id: newId('m-') }));
      }
    }
    if (this.scenario) return this.scenario.editMeasures(`Вставлення ${plan.cells} клітинок`, plan.edits, inserts.length);
    const res = await this.wb.run(editMeasures(this.doc.programme.id, `Вставлення ${plan.cells} клітинок`, plan.edits, inserts));
    if (res.ok) this.cb.message('info', t('pasted', { n: plan.cells }));
  }

  private async clear(b: { rows: number[]; cols: string[] }): Promise<void> {
    const displayed = this.displayedRows();
    const edits: Array<{ id: string; edit: (m: Measure) => Measure }> = [];
    for (const ri of b.rows) {
      const r = displayed[ri];
      if (r?.kind !== 'measure') continue;
      const steps: Array<(m: Measure) => Measure> = [];
      for (const colId of b.cols) {
        const col = this.columns.find((c) => c.colId === colId);
        if (col?.kind === 'cell') steps.push((m) => setPlanned(m, col.year, col.sourceId, { kind: 'empty' }));
        else if (col?.kind === 'year') steps.push((m) => ({ ...m, funding: m.funding.filter((f) => f.year !== col.year || f.actual !== null).map((f) => (f.year === col.year ? { ...f, planned: null, marker: null } : f)) }));
        else if (col?.kind === 'text' && col.field !== 'code') steps.push((m) => setText(m, col.field, ''));
      }
      if (steps.length) edits.push({ id: r.refId, edit: (m) => steps.reduce((acc, f) => f(acc), m) });
    }
    if (edits.length && this.scenario) await this.scenario.editMeasures('Очищення клітинок', edits, 0);
    else if (edits.length) await this.wb.run(editMeasures(this.doc.programme.id, 'Очищення клітинок', edits));
  }

  // ---- moving measures by drag and drop -----------------------------------------------------

  private dropOf(e: RowDragEvent<PlanRow>): { drop: Drop; over?: PlanRow; lower: boolean } {
    const over = e.overNode?.data;
    const top = e.overNode?.rowTop ?? 0;
    const lower = e.y - top > (e.overNode?.rowHeight ?? 0) / 2;
    const priorityOfTask = (id: string) => this.doc.tasks.find((x) => x.id === id)?.priorityId;
    return { drop: e.node.data ? dropPlace(e.node.data, over, lower, priorityOfTask) : null, over, lower };
  }

  private dropMarked: Element[] = [];

  /** Marks the row under the pointer: a line where the measure will go, or a refusal. */
  private showDrop(d: { drop: Drop; over?: PlanRow; lower: boolean } | null): void {
    for (const el of this.dropMarked) el.classList.remove('drop-before', 'drop-after', 'drop-refused');
    this.dropMarked = [];
    if (!d?.drop || !d.over) return;
    const cls = !d.drop.ok ? 'drop-refused' : d.over.kind === 'measure' && d.lower ? 'drop-after' : d.over.kind === 'measure' ? 'drop-before' : 'drop-after';
    this.dropMarked = [...this.host.querySelectorAll(`.ag-row[row-id="${CSS.escape(d.over.rowId)}"]`)];
    for (const el of this.dropMarked) el.classList.add(cls);
  }

  private async drop(e: RowDragEndEvent<PlanRow>): Promise<void> {
    const d = this.dropOf(e);
    this.showDrop(null);
    const row = e.node.data;
    if (!d.drop || !row) return;
    if (!d.drop.ok) return this.cb.message('error', d.drop.message, { rowId: row.rowId, colId: 'code' });
    const r = await this.wb.run(moveMeasureTo(this.doc.programme.id, row.refId, d.drop.place));
    if (!r.ok) return;
    // Dropped on a folded task or priority: open it, so the moved measure is seen where it went.
    this.reveal(d.drop.place.priorityId, d.drop.place.taskId);
    this.focusCell(row.rowId, 'title');
  }

  // ---- following the store and the engine ----------------------------------------------------

  private onEvent(e: WorkbenchEvent): void {
    if (e.kind === 'changes') {
      const structural = e.changes.some((c) => {
        if (STRUCTURAL_TABLES.has(c.table)) return true;
        if (c.table !== 'measures') return false;
        const b = c.before as Measure | null;
        const a = c.after as Measure | null;
        return !a || !b || a.order !== b.order || a.taskId !== b.taskId || a.priorityId !== b.priorityId;
      });
      if (structural) return this.rebuild();
      const shape = shapeOf(this.doc);
      const update: PlanRow[] = [];
      for (const c of e.changes) {
        if (c.table !== 'measures' || !c.after) continue;
        if (this.api.getRowNode(`m:${c.id}`)) update.push(measureRow(shape, c.after as Measure, this.totals()));
      }
      const interrupted = e.remote ? this.stopEditingChanged(e.changes) : null;
      this.updateRows(update);
      // Said once the engine's answer to this very change has updated the cell (amounts come from it).
      if (interrupted) this.interrupted = { ...interrupted, label: e.label, cause: e.changes };
      return;
    }
    const d = e.delta;
    if (d.full) {
      this.rebuild();
      this.tellInterrupted(e.cause);
      return;
    }
    const shape = shapeOf(this.doc);
    const update: PlanRow[] = [];
    let grand: PlanRow | null = null;
    const node = (rowId: string) => this.api.getRowNode(rowId)?.data;
    for (const n of d.nodes) {
      if (n.kind === 'measure') {
        // The row holds the measure's latest record (the change arrived before the engine's answer).
        const m = node(`m:${n.id}`)?.measure;
        if (m) update.push(measureRow(shape, m, this.totals()));
      } else if (n.kind === 'task') {
        const row = node(`t:${n.id}`);
        if (row) update.push(nodeRow(shape, 'task', row.refId, row.code, row.title, this.totals()));
      } else if (n.kind === 'priority') {
        for (const kind of ['priority', 'subtotal'] as const) {
          const row = node(`${kind === 'priority' ? 'p' : 's'}:${n.id}`);
          if (row) update.push(nodeRow(shape, kind, row.refId, row.code, row.title, this.totals()));
        }
      } else {
        grand = nodeRow(shape, 'grand', this.doc.programme.id, '', '', this.totals());
      }
    }
    // The grand total first: it is what the room watches.
    if (grand) this.setGrand(grand);
    this.updateRows(update);
    this.tellInterrupted(e.cause);
  }

  /**
   * Rows whose place does not change are updated in place (only their changed cells are redrawn);
   * a transaction would re-run the row model over every row of a big plan. With a find or
   * filter active the rows are re-filtered, as a changed text may now match or not.
   */
  private updateRows(rows: readonly PlanRow[]): void {
    if (!rows.length) return;
    for (const r of rows) this.api.getRowNode(r.rowId)?.updateData(r);
    if (this.filters.text || this.filters.responsible || this.filters.status) this.api.onFilterChanged();
  }

  private setGrand(grand: PlanRow): void {
    const node = this.api.getPinnedBottomRow(0);
    if (node) node.updateData(grand);
    else this.api.setGridOption('pinnedBottomRowData', [grand]);
  }

  /**
   * Someone in another tab changed the cell this person is typing in: the edit is closed (their
   * value would silently overwrite the other one) and what they typed is kept for the message.
   * A change to other cells of the row leaves the edit open.
   */
  private stopEditingChanged(changes: readonly Change[]): { rowId: string; colId: string; typed: string } | null {
    const cell = this.api.getEditingCells()[0];
    const rowId = cell ? this.api.getDisplayedRowAtIndex(cell.rowIndex)?.id : undefined;
    const colId = cell?.column?.getColId();
    if (!cell || !rowId || !colId) return null;
    const c = changes.find((x) => x.table === 'measures' && `m:${x.id}` === rowId);
    if (!c || !this.cellChanged(colId, c.before as Measure | null, c.after as Measure | null)) return null;
    const typed = String((this.api.getCellEditorInstances()[0]?.getValue?.() as unknown) ?? '');
    this.api.stopEditing(true);
    return { rowId, colId, typed };
  }

  /** Whether a change of a measure's record changes what a column shows. */
  private cellChanged(colId: string, before: Measure | null, after: Measure | null): boolean {
    if (!before || !after) return true;
    const col = this.columns.find((x) => x.colId === colId);
    if (!col || col.kind === 'computed') return false;
    if (col.kind === 'text') return col.field === 'term' ? before.term.text !== after.term.text : before[col.field] !== after[col.field];
    if (col.kind === 'status') return before.status !== after.status;
    const money = (m: Measure) => JSON.stringify(m.funding.filter((f) => f.year === col.year && (col.kind === 'year' || f.sourceId === col.sourceId)).map((f) => [f.sourceId, f.planned, f.marker]));
    return money(before) !== money(after);
  }

  /** An edit closed by another tab's change, told when the engine has answered that change. */
  private interrupted: { rowId: string; colId: string; typed: string; label: string; cause: readonly Change[] } | null = null;

  /** Says what the cell holds now and what the person had typed, next to the cell. */
  private tellInterrupted(cause: readonly Change[] | null): void {
    const at = this.interrupted;
    if (!at || at.cause !== cause) return;
    this.interrupted = null;
    const node = this.api.getRowNode(at.rowId);
    const now = node ? String(this.api.getCellValue({ rowNode: node, colKey: at.colId, useFormatter: true }) ?? '') : '';
    this.cb.message('error', t('remoteEdit', { label: at.label, now, typed: at.typed }), { rowId: at.rowId, colId: at.colId });
  }

  private rebuild(): void {
    const built = planRows(this.doc, this.totals(), this.collapsed);
    this.rows = built.rows;
    this.api.setGridOption('rowData', this.rows);
    this.setGrand(built.grand);
    this.setChecks(this.wb.checks());
  }

  private applyPendingFocus(): void {
    const p = this.pendingFocus;
    if (!p) return;
    this.pendingFocus = null;
    if (this.api.getRowNode(p.rowId)) this.focusCell(p.rowId, p.colId);
  }

  private displayedRows(): PlanRow[] {
    const out: PlanRow[] = [];
    this.api.forEachNodeAfterFilterAndSort((n) => n.data && out.push(n.data));
    return out;
  }

  private passesFilters(node: IRowNode<PlanRow>): boolean {
    const r = node.data;
    if (!r || r.kind !== 'measure') return true;
    if (this.filters.responsible && !r.responsible.toLowerCase().includes(this.filters.responsible.toLowerCase())) return false;
    if (this.filters.status && r.status !== this.filters.status) return false;
    return true;
  }

  private columnDefs() {
    const built = planColumns({
      years: shapeOf(this.doc).years,
      sources: this.doc.programme.sources,
      unit: this.doc.programme.unit,
      preset: this.preset,
      marks: () => this.marks,
      overridden: (rowId, colId) => this.scenario?.overridden(rowId, colId),
      inRange: (ri, colId, pinned) => this.range?.contains(ri, colId, pinned) ?? false,
      renderCode: (row) => this.renderCode(row),
      codeTooltip: (row) => (row.kind === 'measure' ? linkedIndicatorsNote(this.doc.indicators, row.refId) : undefined),
    });
    this.columns = built.info;
    // Columns grow with the projector's font scale so amounts are never cut to «8 7…».
    return scaleWidths(built.defs, this.rowHeight / rowHeightFor(1));
  }

  private renderCode(row: PlanRow): HTMLElement | string {
    if (row.kind !== 'priority' && row.kind !== 'task') return row.code;
    const wrap = document.createElement('span');
    wrap.className = 'code-toggle';
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'toggle';
    const collapsed = this.collapsed.has(row.rowId);
    btn.textContent = collapsed ? '▸' : '▾';
    btn.title = collapsed ? t('expand') : t('collapse');
    btn.setAttribute('aria-expanded', String(!collapsed));
    btn.addEventListener('click', (ev) => {
      ev.stopPropagation();
      this.toggleCollapsed(row.rowId);
    });
    wrap.append(btn, document.createTextNode(` ${row.code}`));
    return wrap;
  }

  /** Where a check belongs in the grid. */
  private cellOf(c: Check): { rowId: string; colId: string } | null {
    const loc = c.location;
    const rowId =
      loc.kind === 'measure' ? `m:${loc.id}`
      : loc.kind === 'task' ? `t:${loc.id}`
      : loc.kind === 'priority' ? `s:${loc.id}`
      : loc.kind === 'programme' ? 'grand'
      : null;
    if (!rowId) return null;
    if (loc.field === 'amount') {
      if (loc.year && loc.sourceId && this.columns.some((x) => x.colId === cellColId(loc.year!, loc.sourceId!))) return { rowId, colId: cellColId(loc.year, loc.sourceId) };
      if (loc.year && loc.year >= this.doc.programme.startYear && loc.year <= this.doc.programme.endYear) return { rowId, colId: yearColId(loc.year) };
      if (loc.sourceId && this.columns.some((x) => x.colId === sourceTotalColId(loc.sourceId!))) return { rowId, colId: sourceTotalColId(loc.sourceId) };
      return { rowId, colId: TOTAL_COL };
    }
    return { rowId, colId: loc.field && ['code', 'title', 'responsible', 'term', 'result'].includes(loc.field) ? loc.field : 'title' };
  }

  private changedColumn(before: Measure | null, after: Measure | null): string {
    if (!before || !after) return 'title';
    for (const f of ['code', 'title', 'responsible', 'result'] as const) if (before[f] !== after[f]) return f;
    if (before.term.text !== after.term.text) return 'term';
    if (before.status !== after.status) return 'status';
    const key = (m: Measure) => new Map(m.funding.map((f) => [`${f.year}|${f.sourceId}`, JSON.stringify(f)]));
    const a = key(before);
    const b = key(after);
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      if (a.get(k) !== b.get(k)) {
        const [y, s] = k.split('|');
        const id = cellColId(Number(y), s!);
        return this.columns.some((c) => c.colId === id) ? id : yearColId(Number(y));
      }
    }
    return 'title';
  }

  /** The records as plain objects: the controller reads thousands at a time, outside any reactive scope. */
  private get doc() {
    return this.wb.raw();
  }

  private sourceIds(): string[] {
    return this.doc.programme.sources.map((s) => s.id);
  }

  private collapseKey(): string {
    return `hw.collapsed.${this.doc.programme.id}`;
  }
}

/**
 * Column widths at the projector's font scale: amounts and codes grow with the font so numbers
 * are never cut to «8 7…»; text columns grow less and wrap more (enough that a long word still
 * fits), so the money stays on screen.
 */
function scaleWidths<T extends { width?: number; colId?: string; children?: unknown[] }>(defs: T[], k: number): T[] {
  if (k === 1) return defs;
  const growth = (colId: string | undefined) =>
    colId === 'title' || colId === 'result' ? Math.min(k, 1.2) : colId === 'responsible' || colId === 'code' ? Math.min(k, 1.35) : colId === 'term' ? 1 : k;
  return defs.map((d) => ({
    ...d,
    ...(d.width ? { width: Math.round(d.width * growth(d.colId)) } : {}),
    ...(d.children ? { children: scaleWidths(d.children as T[], k) } : {}),
  }));
}
