import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  EventApiModule,
  ExternalFilterModule,
  HighlightChangesModule,
  LargeTextEditorModule,
  ModuleRegistry,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  RowDragModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';

let registered = false;

/** Registers only the Community modules the app uses (never AllCommunityModule: bundle size). */
export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    ClientSideRowModelApiModule,
    PinnedRowModule,
    RowStyleModule,
    CellStyleModule,
    RowAutoHeightModule,
    RowDragModule,
    ColumnAutoSizeModule,
    TooltipModule,
    TextEditorModule,
    LargeTextEditorModule,
    SelectEditorModule,
    HighlightChangesModule,
    QuickFilterModule,
    ExternalFilterModule,
    CellApiModule,
    ColumnApiModule,
    RowApiModule,
    ScrollApiModule,
    RenderApiModule,
    EventApiModule,
    // In development the grid names any feature used without its module.
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
}
