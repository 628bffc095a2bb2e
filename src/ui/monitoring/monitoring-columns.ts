import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { formatAmount, type Kop, type MoneyUnit } from '../../model/money';
import { STATUS_LABELS } from '../../model/plan-ops';
import type { FundingSource, MeasureStatus } from '../../model/schema';
import { t } from '../../i18n';
import { cellRules, markTooltip, type CellMarks } from '../grid/cell-marks';
import { tr } from '../indicators/strings';
import type { MonRow } from './monitoring-rows';

/** What a monitoring-grid column holds, so editing, pasting and clearing know where a value goes. */
export type MonColumn =
  | { colId: string; kind: 'status'; label: string }
  | { colId: string; kind: 'actual'; sourceId: string; label: string }
  | { colId: 'codes'; kind: 'codes'; label: string }
  | { colId: string; kind: 'computed'; label: string };

export const actualCol = (sourceId: string): string => `act:${sourceId}`;

export interface MonColumnContext {
  year: number;
  sources: FundingSource[];
  shown: string[];
  unit: MoneyUnit;
  marks: () => CellMarks;
  inRange: (rowIndex: number, colId: string, pinned: string | null | undefined) => boolean;
}

const fmt = (v: Kop | null | undefined, unit: MoneyUnit) => (v === null || v === undefined ? '' : formatAmount(v, unit));
/** «58,8 %»: execution to one decimal, the Ukrainian way */
export const fmtPct = (v: number | null | undefined): string => (v === null || v === undefined ? '' : `${(Math.round(v * 10) / 10).toFixed(1).replace('.', ',')}\u00a0%`);
const isHeading = (r: MonRow | undefined) => !r || r.kind === 'priority';

/** A measure's planned cell: its money, else its marker (`+`), else blank; totals always show a number. */
function plannedText(r: MonRow, si: number, unit: MoneyUnit): string {
  const v = r.planned[si];
  if (r.kind !== 'measure' || v) return fmt(v, unit);
  const m = r.markers[si];
  return m === 'ongoing' ? '+' : m === 'within-allocations' ? 'в межах' : '';
}

/** № | Захід | Стан | per shown source: План, Факт, % | Разом: План, Факт, Виконання | Індикатори | Коди КПКВК. */
export function monitoringColumns(ctx: MonColumnContext): { defs: Array<ColDef<MonRow> | ColGroupDef<MonRow>>; info: MonColumn[] } {
  const info: MonColumn[] = [];
  const rules = (colId: string) => cellRules<MonRow>(ctx.marks, ctx.inRange, colId);
  const computed = (colId: string, label: string, get: (r: MonRow) => string, extra: Partial<ColDef<MonRow>> = {}): ColDef<MonRow> => {
    info.push({ colId, kind: 'computed', label });
    return {
      colId,
      headerName: label,
      width: 112,
      type: 'rightAligned',
      valueGetter: (p: ValueGetterParams<MonRow>) => (p.data && !isHeading(p.data) ? get(p.data) : ''),
      editable: false,
      cellClass: 'ag-right-aligned-cell cell-amount cell-computed',
      enableCellChangeFlash: true,
      cellClassRules: rules(colId),
      ...extra,
    };
  };

  const defs: Array<ColDef<MonRow> | ColGroupDef<MonRow>> = [];
  info.push({ colId: 'code', kind: 'computed', label: t('colCode') });
  defs.push({ colId: 'code', headerName: t('colCode'), width: 80, pinned: 'left', valueGetter: (p) => p.data?.code ?? '', cellClassRules: rules('code') });
  info.push({ colId: 'title', kind: 'computed', label: tr('colMeasure') });
  defs.push({
    colId: 'title',
    headerName: tr('colMeasure'),
    width: 330,
    pinned: 'left',
    wrapText: true,
    autoHeight: true,
    valueGetter: (p) => {
      const r = p.data;
      if (r?.kind === 'subtotal') return `${tr('totalPriority')} ${r.code || r.title}`;
      if (r?.kind === 'grand') return tr('totalProgramme');
      return r?.title ?? '';
    },
    cellClassRules: rules('title'),
  });
  info.push({ colId: 'status', kind: 'status', label: tr('colMeasureStatus') });
  defs.push({
    colId: 'status',
    headerName: tr('colMeasureStatus'),
    width: 140,
    valueGetter: (p) => p.data?.status ?? '',
    valueFormatter: (p: ValueFormatterParams<MonRow, MeasureStatus | ''>) => (p.value ? STATUS_LABELS[p.value] : ''),
    editable: (p) => p.data?.kind === 'measure',
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: Object.keys(STATUS_LABELS), formatValue: (v: MeasureStatus) => STATUS_LABELS[v] },
    cellClassRules: rules('status'),
  });

  ctx.shown.forEach((sid, si) => {
    const source = ctx.sources.find((s) => s.id === sid);
    const name = source?.name ?? sid;
    const actualId = actualCol(sid);
    info.push({ colId: `pl:${sid}`, kind: 'computed', label: `${name}: ${tr('colPlanned')}` });
    const planned: ColDef<MonRow> = {
      colId: `pl:${sid}`,
      headerName: tr('colPlanned'),
      width: 108,
      type: 'rightAligned',
      valueGetter: (p) => (p.data && !isHeading(p.data) ? plannedText(p.data, si, ctx.unit) : ''),
      cellClass: 'ag-right-aligned-cell cell-amount cell-computed',
      cellClassRules: rules(`pl:${sid}`),
    };
    info.push({ colId: actualId, kind: 'actual', sourceId: sid, label: `${name}: ${tr('colActual')}` });
    const actual: ColDef<MonRow> = {
      colId: actualId,
      headerName: tr('colActual'),
      width: 108,
      type: 'rightAligned',
      valueGetter: (p) => (p.data && !isHeading(p.data) ? fmt(p.data.actual[si], ctx.unit) : ''),
      editable: (p) => p.data?.kind === 'measure',
      cellEditor: 'agTextCellEditor',
      cellClass: (p) => (p.data?.kind === 'measure' ? 'ag-right-aligned-cell cell-amount cell-actual' : 'ag-right-aligned-cell cell-amount cell-computed'),
      cellClassRules: rules(actualId),
      tooltip: markTooltip<MonRow>(ctx.marks, actualId),
    };
    const pct = computed(`ex:${sid}`, `${name}: %`, (r) => fmtPct(r.execution[si]), { headerName: '%', width: 96 });
    defs.push({ headerName: name, groupId: `g:${sid}`, children: [planned, actual, pct] });
  });

  const total = tr('colTotalYear', { year: ctx.year });
  defs.push({
    headerName: total,
    groupId: 'gTotal',
    children: [
      computed('plannedTotal', `${total}: ${tr('colPlanned')}`, (r) => (r.kind === 'measure' && !r.plannedTotal ? '' : fmt(r.plannedTotal, ctx.unit)), { headerName: tr('colPlanned'), cellClass: 'ag-right-aligned-cell cell-amount cell-computed cell-total' }),
      computed('actualTotal', `${total}: ${tr('colActual')}`, (r) => fmt(r.actualTotal, ctx.unit), { headerName: tr('colActual'), cellClass: 'ag-right-aligned-cell cell-amount cell-computed cell-total' }),
      computed('execution', `${total}: ${tr('colExecution')}`, (r) => fmtPct(r.executionTotal), { headerName: tr('colExecution'), width: 104 }),
    ],
  });
  info.push({ colId: 'indicators', kind: 'computed', label: tr('colIndicators') });
  defs.push({ colId: 'indicators', headerName: tr('colIndicators'), width: 120, valueGetter: (p) => p.data?.indicators ?? '', cellClass: 'cell-computed' });
  info.push({ colId: 'codes', kind: 'codes', label: tr('colBudgetCodes') });
  defs.push({
    colId: 'codes',
    headerName: tr('colBudgetCodes'),
    headerTooltip: tr('budgetCodesHint'),
    width: 150,
    valueGetter: (p) => p.data?.budgetCodes ?? '',
    editable: (p) => p.data?.kind === 'measure',
    cellEditor: 'agTextCellEditor',
    cellClassRules: rules('codes'),
  });
  return { defs, info: orderInfo(defs, info) };
}

function orderInfo(defs: Array<ColDef<MonRow> | ColGroupDef<MonRow>>, info: MonColumn[]): MonColumn[] {
  const byId = new Map(info.map((i) => [i.colId, i]));
  const out: MonColumn[] = [];
  const walk = (ds: Array<ColDef<MonRow> | ColGroupDef<MonRow>>) => {
    for (const d of ds) {
      if ('children' in d) walk(d.children as Array<ColDef<MonRow> | ColGroupDef<MonRow>>);
      else if (d.colId && byId.has(d.colId)) out.push(byId.get(d.colId)!);
    }
  };
  walk(defs);
  return out;
}
