/** The import pipeline's public API (pure: no DOM; runs in the io worker, the CLI and tests). */
export { importWorkbook, pickSheets } from './import';
export { detectLayout, findTables } from './detect';
export type { Detection, TableInfo } from './detect';
export { readWorkbook } from './read';
export { checkFileSize } from './size';
export { planReimport } from './reimport';
export type { ReimportPlan, ReimportItem } from './reimport';
export { importApi } from './api';
export type { ImportPreview, IoResult } from './api';
export { inspectWorkbook } from './inspect';
export type { SheetPreview, WorkbookPreview } from './inspect';
export { summarize } from './summary';
export type { ImportSummary, SummaryFinding } from './summary';
export { FIELD_LABELS, validateMapping } from './mapping';
export { LIMITS } from './limits';
export * from './types';
