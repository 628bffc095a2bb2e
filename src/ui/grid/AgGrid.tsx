import { createGrid, themeQuartz, type GridApi, type GridOptions } from 'ag-grid-community';
import { createEffect, onCleanup, onMount } from 'solid-js';
import { registerGridModules } from './modules';

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 'var(--grid-font-size, 14px)',
  headerFontSize: 'var(--grid-font-size, 14px)',
  headerFontWeight: 700,
  wrapperBorderRadius: 0,
});

export interface AgGridProps<Row> {
  /** options fixed for the grid's lifetime (columns may still change via `columnDefs`) */
  options: GridOptions<Row>;
  rows: Row[];
  pinnedBottom?: Row[];
  columnDefs?: GridOptions<Row>['columnDefs'];
  onReady?: (api: GridApi<Row>) => void;
  class?: string;
  testId?: string;
}

/**
 * The bridge from Solid to AG Grid: the grid is created once; later changes to rows and pinned
 * rows are pushed into it (with `getRowId` the grid updates only the rows that changed).
 */
export function AgGrid<Row>(props: AgGridProps<Row>) {
  let host!: HTMLDivElement;
  let api: GridApi<Row> | undefined;
  onMount(() => {
    registerGridModules();
    api = createGrid<Row>(host, {
      theme: gridTheme,
      ...props.options,
      columnDefs: props.columnDefs ?? props.options.columnDefs,
      rowData: props.rows,
      pinnedBottomRowData: props.pinnedBottom ?? [],
    });
    props.onReady?.(api);
  });
  createEffect(() => {
    const rows = props.rows;
    api?.setGridOption('rowData', rows);
  });
  createEffect(() => {
    const pinned = props.pinnedBottom ?? [];
    api?.setGridOption('pinnedBottomRowData', pinned);
  });
  createEffect(() => {
    const cols = props.columnDefs;
    if (cols) api?.setGridOption('columnDefs', cols);
  });
  onCleanup(() => api?.destroy());
  return <div ref={host} class={props.class ?? 'grid-host'} data-testid={props.testId} />;
}
