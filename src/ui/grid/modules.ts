import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnAutoSizeModule,
  ModuleRegistry,
  PinnedRowModule,
  RowAutoHeightModule,
  RowStyleModule,
  TooltipModule,
} from 'ag-grid-community';

let registered = false;

/** Registers only the Community modules the app uses (never AllCommunityModule: bundle size). */
export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    PinnedRowModule,
    RowStyleModule,
    CellStyleModule,
    RowAutoHeightModule,
    ColumnAutoSizeModule,
    TooltipModule,
  ]);
}
