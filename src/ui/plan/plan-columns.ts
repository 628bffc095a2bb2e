import type { CellClassParams, ColDef, ColGroupDef, TooltipCallbackParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { formatAmount, type Kop, type MoneyUnit } from '../../model/money';
import { STATUS_LABELS } from '../../model/plan-ops';
import type { FundingSource, MeasureStatus } from '../../model/schema';
import { t } from '../../i18n';
import { cellRules, markTooltip, type CellMarks } from '../grid/cell-marks';
import { cellColId, sourceTotalColId, TOTAL_COL, yearColId, type ColumnInfo } from './plan-columns-info';
import type { PlanRow } from './plan-rows';

export type ColumnPreset = 'by-year' | 'by-source' | 'full';

export interface ColumnContext {
  years: number[];
  sources: FundingSource[];
  unit: MoneyUnit;
  preset: ColumnPreset;
  /** check severity of a cell, by `${rowId}|${colId}` */
  marks: () => CellMarks;
  inRange: (rowIndex: number, colId: string, pinned: string | null | undefined) => boolean;
  renderCode: (row: PlanRow) => HTMLElement | string;
  /** tooltip of a cell the active scenario changed (tinted and marked); undefined: unchanged or no scenario */
  overridden?: (rowId: string, colId: string) => string | undefined;
  /** more words on a row's code cell (e.g. the indicators a measure drives) */
  codeTooltip?: (row: PlanRow) => string | undefined;
}

const fmt = (v: Kop | null | undefined, unit: MoneyUnit) => (v === null || v === undefined ? '' : formatAmount(v, unit));
const isNode = (r: PlanRow | undefined) => !r || r.kind === 'priority' || r.kind === 'task';

/** The grid's columns: fixed text columns, a group per year (total, then sources), totals, results. */
export function planColumns(ctx: ColumnContext): { defs: Array<ColDef<PlanRow> | ColGroupDef<PlanRow>>; info: ColumnInfo[] } {
  const info: ColumnInfo[] = [];
  const S = ctx.sources.length;
  const showSources = ctx.preset !== 'by-year';
  const showYears = ctx.preset !== 'by-source';

  const classRules = (colId: string) => ({
    ...cellRules<PlanRow>(ctx.marks, ctx.inRange, colId),
    'cell-overridden': (p: CellClassParams<PlanRow>) => !!p.data && ctx.overridden?.(p.data.rowId, colId) !== undefined,
  });
  const tooltip = (colId: string, extra?: (p: TooltipCallbackParams<PlanRow>) => string | undefined) =>
    markTooltip<PlanRow>(ctx.marks, colId, (p) => (p.data ? ctx.overridden?.(p.data.rowId, colId) : undefined) ?? extra?.(p));

  const text = (colId: 'code' | 'title' | 'responsible' | 'term' | 'result', label: string, width: number, wrap: boolean): ColDef<PlanRow> => {
    info.push({ colId, kind: 'text', field: colId, label });
    return {
      colId,
      headerName: label,
      headerTooltip: label,
      field: colId,
      width,
      wrapText: wrap,
      autoHeight: wrap,
      editable: (p) => p.data?.kind === 'measure',
      cellEditor: wrap ? 'agLargeTextCellEditor' : 'agTextCellEditor',
      cellEditorPopup: wrap,
      cellEditorParams: wrap ? { maxLength: 5000, rows: 6, cols: 60 } : undefined,
      cellClassRules: classRules(colId),
      tooltip: tooltip(colId),
    };
  };

  const amount = (colId: string, label: string, get: (r: PlanRow) => string, edit?: { year: number; sourceId?: string }): ColDef<PlanRow> => {
    info.push(!edit ? { colId, kind: 'computed', label } : edit.sourceId ? { colId, kind: 'cell', year: edit.year, sourceId: edit.sourceId, label } : { colId, kind: 'year', year: edit.year, label });
    return {
      colId,
      headerName: label,
      width: edit ? 112 : 124,
      type: 'rightAligned',
      valueGetter: (p: ValueGetterParams<PlanRow>) => (p.data && !isNode(p.data) ? get(p.data) : ''),
      editable: edit ? (p) => p.data?.kind === 'measure' : false,
      cellEditor: 'agTextCellEditor',
      cellClass: edit ? 'ag-right-aligned-cell cell-amount' : 'ag-right-aligned-cell cell-amount cell-computed',
      enableCellChangeFlash: !edit,
      cellClassRules: classRules(colId),
      tooltip: tooltip(colId, (p) => {
        const v = p.value as string;
        return v === '+' ? t('ongoing') : v.startsWith('в межах') ? t('withinAllocations') : undefined;
      }),
    };
  };

  const cellText = (r: PlanRow, yi: number, si: number) => {
    const i = yi * S + si;
    const v = r.cells[i];
    if (r.kind === 'measure' && !v) {
      const m = r.markers[i];
      if (m === 'ongoing') return '+';
      if (m === 'within-allocations') return 'в межах кошторисних призначень';
    }
    return r.kind === 'measure' && !v ? '' : fmt(v, ctx.unit);
  };
  const yearText = (r: PlanRow, yi: number) => {
    if (r.kind === 'measure' && !r.perYear[yi]) {
      const ms = r.markers.slice(yi * S, yi * S + S);
      if (ms.includes('ongoing')) return '+';
      if (ms.includes('within-allocations')) return 'в межах';
      return '';
    }
    return fmt(r.perYear[yi], ctx.unit);
  };

  const defs: Array<ColDef<PlanRow> | ColGroupDef<PlanRow>> = [];
  const code = text('code', t('colCode'), 112, false);
  defs.push({
    ...code,
    tooltip: tooltip('code', (p) => (p.data ? ctx.codeTooltip?.(p.data) : undefined)),
    pinned: 'left',
    // A measure's code cell carries the drag handle (moving by mouse; Alt+↑/↓ by keyboard).
    rowDrag: (p) => p.data?.kind === 'measure',
    cellRenderer: (p: { data?: PlanRow; value?: string }) => (p.data ? ctx.renderCode(p.data) : ''),
  });
  defs.push({
    ...text('title', t('colTitle'), 340, true),
    pinned: 'left',
    valueFormatter: (p: ValueFormatterParams<PlanRow, string>) => {
      const r = p.data;
      if (r?.kind === 'subtotal') return `${t('totalPriority')} ${r.code || r.title}`;
      if (r?.kind === 'grand') return t('totalProgramme');
      return p.value ?? '';
    },
  });
  defs.push(text('responsible', t('colResponsible'), 220, true));
  defs.push(text('term', t('colTerm'), 100, true));

  ctx.years.forEach((year, yi) => {
    const children: ColDef<PlanRow>[] = [];
    // Without source columns the year's total is where amounts are typed.
    if (showYears) children.push(amount(yearColId(year), `${year}: ${t('colTotal').toLowerCase()}`, (r) => yearText(r, yi), showSources ? undefined : { year }));
    if (showSources && showYears) {
      ctx.sources.forEach((s, si) => children.push(amount(cellColId(year, s.id), `${year}: ${s.name}`, (r) => cellText(r, yi, si), { year, sourceId: s.id })));
    }
    // A year with one column (by year) needs no group: one header row leaves more room for rows.
    if (showYears && children.length === 1) defs.push({ ...children[0]!, headerName: String(year) });
    else if (showYears) {
      defs.push({
        headerName: String(year),
        groupId: `g${year}`,
        children: children.map((c) => ({ ...c, headerName: c.headerName!.replace(`${year}: `, '') })),
      });
    }
  });
  const totals: ColDef<PlanRow>[] = [amount(TOTAL_COL, t('colTotal'), (r) => fmt(r.kind === 'measure' && !r.total && r.markers.some(Boolean) ? null : r.total, ctx.unit))];
  if (showSources) ctx.sources.forEach((s, si) => totals.push(amount(sourceTotalColId(s.id), s.name, (r) => fmt(r.kind === 'measure' && !r.perSource[si] ? null : r.perSource[si], ctx.unit))));
  const totalDefs = totals.map((c, i) => ({ ...c, headerName: i === 0 ? t('colTotal') : c.headerName, cellClass: i === 0 ? 'ag-right-aligned-cell cell-amount cell-computed cell-total' : 'ag-right-aligned-cell cell-amount cell-computed' }));
  if (totalDefs.length === 1) defs.push(totalDefs[0]!);
  else defs.push({ headerName: t('colTotal'), groupId: 'gTotal', children: totalDefs });

  defs.push(text('result', t('colResult'), 320, true));
  info.push({ colId: 'status', kind: 'status', label: t('colStatus') });
  defs.push({
    colId: 'status',
    headerName: t('colStatus'),
    field: 'status',
    width: 150,
    editable: (p) => p.data?.kind === 'measure',
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: Object.keys(STATUS_LABELS) },
    valueFormatter: (p: ValueFormatterParams<PlanRow, MeasureStatus | null>) => (p.value ? STATUS_LABELS[p.value] : ''),
    cellClassRules: classRules('status'),
  });
  return { defs, info: orderInfo(defs, info) };
}

/** Column infos in display order (the order defs appear, children included). */
function orderInfo(defs: Array<ColDef<PlanRow> | ColGroupDef<PlanRow>>, info: ColumnInfo[]): ColumnInfo[] {
  const byId = new Map(info.map((i) => [i.colId, i]));
  const out: ColumnInfo[] = [];
  const walk = (ds: Array<ColDef<PlanRow> | ColGroupDef<PlanRow>>) => {
    for (const d of ds) {
      if ('children' in d) walk(d.children as Array<ColDef<PlanRow> | ColGroupDef<PlanRow>>);
      else if (d.colId && byId.has(d.colId)) out.push(byId.get(d.colId)!);
    }
  };
  walk(defs);
  return out;
}
