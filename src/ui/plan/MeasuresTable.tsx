import type { ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import { createMemo } from 'solid-js';
import { formatAmount, type Kop } from '../../model/money';
import { t } from '../../i18n';
import { AgGrid } from '../grid/AgGrid';
import type { Workbench } from '../state/workbench';
import { planRows, type PlanRow } from './plan-rows';

/** The read-only table of measures with totals from the engine (the editable grid replaces it). */
export function MeasuresTable(props: { wb: Workbench }) {
  const unit = () => props.wb.doc.programme.unit;
  const years = createMemo(() => {
    const out: number[] = [];
    for (let y = props.wb.doc.programme.startYear; y <= props.wb.doc.programme.endYear; y++) out.push(y);
    return out;
  });
  const built = createMemo(() => planRows(props.wb.doc, props.wb.totals));
  const fmt = (v: Kop | null | undefined) => (v === null || v === undefined ? '' : formatAmount(v, unit()));

  const columns = createMemo((): Array<ColDef<PlanRow> | ColGroupDef<PlanRow>> => [
    { headerName: t('colCode'), field: 'code', width: 80, pinned: 'left' },
    {
      headerName: t('colTitle'),
      field: 'title',
      width: 340,
      pinned: 'left',
      wrapText: true,
      autoHeight: true,
      valueFormatter: (p: ValueFormatterParams<PlanRow, string>) => {
        const r = p.data;
        if (r?.kind === 'subtotal') return `${t('totalPriority')} ${r.title}`;
        if (r?.kind === 'grand') return t('totalProgramme');
        return p.value ?? '';
      },
    },
    { headerName: t('colResponsible'), field: 'responsible', width: 210, wrapText: true, autoHeight: true },
    { headerName: t('colTerm'), field: 'term', width: 110 },
    ...years().map(
      (y, i): ColDef<PlanRow> => ({
        headerName: String(y),
        colId: `y${y}`,
        width: 120,
        type: 'rightAligned',
        valueGetter: (p) => {
          const r = p.data;
          if (!r) return '';
          const v = r.perYear[i];
          const marker = r.markers[i];
          if (r.kind === 'measure' && !v && marker) return marker === 'ongoing' ? '+' : 'в межах';
          return r.kind === 'priority' || r.kind === 'task' ? '' : fmt(v);
        },
        tooltipValueGetter: (p) => {
          const m = p.data?.markers[i];
          return m === 'ongoing' ? t('ongoing') : m === 'within-allocations' ? t('withinAllocations') : undefined;
        },
      }),
    ),
    {
      headerName: t('colTotal'),
      colId: 'total',
      width: 130,
      type: 'rightAligned',
      valueGetter: (p) => {
        const r = p.data;
        if (!r || r.kind === 'priority' || r.kind === 'task') return '';
        // A measure that only runs (+) or is financed within allocations has no sum of its own.
        if (r.kind === 'measure' && !r.total && r.markers.some(Boolean)) return '—';
        return fmt(r.total);
      },
      cellClass: 'cell-total',
    },
    { headerName: t('colResult'), field: 'result', width: 360, wrapText: true, autoHeight: true },
  ]);

  return (
    <AgGrid<PlanRow>
      testId="plan-table"
      class="grid-host plan-grid"
      rows={built().rows}
      pinnedBottom={[built().grand]}
      columnDefs={columns()}
      options={{
        getRowId: (p) => p.data.rowId,
        rowClass: 'plan-row',
        getRowClass: (p) => `row-${p.data?.kind ?? 'measure'}`,
        suppressCellFocus: false,
        tooltipShowDelay: 300,
      }}
    />
  );
}
