import type { ColDef, ColGroupDef, ICellRendererParams, TooltipCallbackParams, ValueFormatterParams } from 'ag-grid-community';
import type { IndicatorStatus } from '../../engine/indicators';
import { DIRECTION_LABELS, formatIndicatorValue, formatPlainNumber, UNIT_KIND_LABELS } from '../../model/indicator-values';
import type { Priority } from '../../model/schema';
import { cellRules, markTooltip, type CellMarks } from '../grid/cell-marks';
import { actualColId, targetColId, type IndicatorColumn } from './indicator-columns-info';
import { priorityLabel } from './indicator-input';
import type { IndicatorRow } from './indicator-rows';
import { dynamicsLabel } from './dynamics';
import { tr } from './strings';

export interface IndicatorColumnContext {
  years: number[];
  priorities: Priority[];
  monitoring: boolean;
  marks: () => CellMarks;
  inRange: (rowIndex: number, colId: string, pinned: string | null | undefined) => boolean;
}

export const STATUS_ICONS: Record<IndicatorStatus, string> = { achieved: '✔', 'on-track': '↗', behind: '⚠', 'no-data': '○' };

type Def = ColDef<IndicatorRow>;

/**
 * № | Пріоритет | Найменування | Одиниця | Тип | Напрям | Вихідні дані | targets by year | Динаміка
 * | (monitoring: actuals by year | Стан) | Заходи.
 */
export function indicatorColumns(ctx: IndicatorColumnContext): { defs: Array<Def | ColGroupDef<IndicatorRow>>; info: IndicatorColumn[] } {
  const info: IndicatorColumn[] = [];
  const rules = (colId: string) => cellRules<IndicatorRow>(ctx.marks, ctx.inRange, colId);
  const tip = (colId: string, extra?: (p: TooltipCallbackParams<IndicatorRow>) => string | undefined) => markTooltip<IndicatorRow>(ctx.marks, colId, extra);
  const editable = { editable: true, cellEditor: 'agTextCellEditor' };

  const text = (field: 'code' | 'name' | 'unit', label: string, width: number, wrap = false): Def => {
    info.push({ colId: field, kind: 'text', field, label });
    return {
      colId: field,
      headerName: label,
      width,
      valueGetter: (p) => p.data?.ind[field] ?? '',
      ...editable,
      wrapText: wrap,
      autoHeight: wrap,
      cellEditor: wrap ? 'agLargeTextCellEditor' : 'agTextCellEditor',
      cellEditorPopup: wrap,
      cellEditorParams: wrap ? { maxLength: 2000, rows: 5, cols: 60 } : undefined,
      cellClassRules: rules(field),
      tooltip: tip(field),
    };
  };
  const value = (colId: string, label: string, col: IndicatorColumn & { kind: 'value' }, get: (r: IndicatorRow) => Parameters<typeof formatIndicatorValue>[0]): Def => {
    info.push(col);
    return {
      colId,
      headerName: label,
      width: 104,
      type: 'rightAligned',
      valueGetter: (p) => (p.data ? formatIndicatorValue(get(p.data), p.data.ind) : ''),
      ...editable,
      cellClass: 'ag-right-aligned-cell cell-amount',
      cellClassRules: rules(colId),
      tooltip: tip(colId),
    };
  };
  const select = (colId: 'priority' | 'unit-kind' | 'direction', label: string, width: number, values: () => string[], get: (r: IndicatorRow) => string, show: (id: string, r: IndicatorRow | undefined) => string): Def => {
    info.push({ colId, kind: colId, label });
    return {
      colId,
      headerName: label,
      width,
      valueGetter: (p) => (p.data ? get(p.data) : ''),
      valueFormatter: (p: ValueFormatterParams<IndicatorRow, string>) => show(p.value ?? '', p.data),
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: values(), formatValue: (v: string) => show(v, undefined) },
      wrapText: colId === 'priority',
      autoHeight: colId === 'priority',
      cellClassRules: rules(colId),
      tooltip: tip(colId),
    };
  };
  const computed = (colId: string, label: string, width: number, get: (r: IndicatorRow) => string, extra: Partial<Def> = {}): Def => {
    info.push({ colId, kind: 'computed', label });
    return { colId, headerName: label, width, valueGetter: (p) => (p.data ? get(p.data) : ''), editable: false, cellClass: 'cell-computed', cellClassRules: rules(colId), ...extra };
  };

  const defs: Array<Def | ColGroupDef<IndicatorRow>> = [];
  defs.push({ ...text('code', tr('colNo'), 64), pinned: 'left' });
  defs.push(select('priority', tr('colPriority'), 170, () => ctx.priorities.map((p) => p.id), (r) => r.ind.priorityId ?? '', (id, r) => {
    const p = ctx.priorities.find((x) => x.id === id);
    return p ? priorityLabel(p) : (r?.priority ?? '');
  }));
  defs.push({ ...text('name', tr('colName'), 360, true), pinned: 'left' });
  defs.push(text('unit', tr('colUnit'), 110));
  defs.push(select('unit-kind', tr('colKind'), 130, () => Object.keys(UNIT_KIND_LABELS), (r) => r.ind.unitKind, (id) => UNIT_KIND_LABELS[id as keyof typeof UNIT_KIND_LABELS] ?? id));
  defs.push(select('direction', tr('colDirection'), 150, () => Object.keys(DIRECTION_LABELS), (r) => r.ind.direction, (id) => DIRECTION_LABELS[id as keyof typeof DIRECTION_LABELS] ?? id));
  defs.push(value('baseline', tr('colBaseline'), { colId: 'baseline', kind: 'value', field: 'baseline', label: tr('colBaseline') }, (r) => r.ind.baseline));
  defs.push({
    headerName: tr('colTargets'),
    groupId: 'targets',
    children: ctx.years.map((y) =>
      value(targetColId(y), String(y), { colId: targetColId(y), kind: 'value', field: 'target', year: y, label: `${tr('colTargets')}: ${y}` }, (r) => r.ind.targets[String(y)] ?? null),
    ),
  });
  defs.push(
    computed('dynamics', tr('colDynamics'), 150, (r) => dynamicsLabel(r.ind, r.res), {
      type: 'rightAligned',
      cellClass: 'ag-right-aligned-cell cell-amount cell-computed',
      tooltip: tip('dynamics', (p) => (p.data ? dynamicsHint(p.data) : undefined)),
    }),
  );
  if (ctx.monitoring) {
    defs.push({
      headerName: tr('colActuals'),
      groupId: 'actuals',
      children: ctx.years.map((y) =>
        value(actualColId(y), String(y), { colId: actualColId(y), kind: 'value', field: 'actual', year: y, label: `${tr('colActuals')}: ${y}` }, (r) => r.ind.actuals[String(y)] ?? null),
      ),
    });
    defs.push(
      computed('status', tr('colStatus'), 150, (r) => tr(`status_${r.res?.status ?? 'no-data'}`), {
        cellRenderer: (p: ICellRendererParams<IndicatorRow>) => statusCell(p.data?.res?.status ?? 'no-data'),
        tooltip: tip('status', (p) => (p.data ? statusHint(p.data) : undefined)),
      }),
    );
  }
  defs.push(computed('measures', tr('colMeasures'), 140, (r) => r.measures, { tooltip: () => tr('linkMeasuresHint'), cellClass: 'cell-computed cell-link' }));
  return { defs, info: orderInfo(defs, info) };
}

/** The status as an icon and words (never colour alone). */
export function statusCell(status: IndicatorStatus): HTMLElement {
  const span = document.createElement('span');
  span.className = `ind-status ind-status-${status}`;
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.className = 'ind-status-icon';
  icon.textContent = STATUS_ICONS[status];
  span.append(icon, document.createTextNode(` ${tr(`status_${status}`)}`));
  return span;
}

function statusHint(r: IndicatorRow): string {
  const status = r.res?.status ?? 'no-data';
  const lines = [tr(`statusHint_${status}`)];
  for (const [year, pct] of Object.entries(r.res?.achievement ?? {})) lines.push(tr('achievementOf', { year, pct: formatPlainNumber(Math.round(pct * 10) / 10) }));
  return lines.join('\n');
}

function dynamicsHint(r: IndicatorRow): string {
  const lines: string[] = [];
  if (r.res?.dynamicsAbs !== null && r.res?.dynamicsAbs !== undefined) lines.push(tr('dynamicsOf', { year: r.res.lastTargetYear ?? '' }));
  else lines.push(tr('dynamicsNone'));
  if (r.ind.declaredDynamics.trim()) lines.push(tr('dynamicsDeclared', { text: r.ind.declaredDynamics.trim() }));
  return lines.join('\n');
}

function orderInfo(defs: Array<Def | ColGroupDef<IndicatorRow>>, info: IndicatorColumn[]): IndicatorColumn[] {
  const byId = new Map(info.map((i) => [i.colId, i]));
  const out: IndicatorColumn[] = [];
  const walk = (ds: Array<Def | ColGroupDef<IndicatorRow>>) => {
    for (const d of ds) {
      if ('children' in d) walk(d.children as Array<Def | ColGroupDef<IndicatorRow>>);
      else if (d.colId && byId.has(d.colId)) out.push(byId.get(d.colId)!);
    }
  };
  walk(defs);
  return out;
}
