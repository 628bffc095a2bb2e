/**
 * Types shared by the import pipeline: the plain cell matrix every reader produces, the column
 * mapping the detector guesses (and the wizard lets a person correct), and the result.
 */
import type { MoneyUnit } from '../model/money';
import type { ProgrammeDoc } from '../model/schema';

/** One non-empty cell, read once from SheetJS or CSV; empty cells are `null` in a row. */
export interface Cell {
  /** the text as shown (trimmed; runs of white space collapsed; known HTML tags removed) */
  text: string;
  kind: 'text' | 'number' | 'date' | 'bool' | 'error';
  /** the value of a number cell, exactly as stored (a float) */
  num?: number;
  /** the year of a date cell */
  year?: number;
  /** true when the value was copied from the top-left cell of a merged range */
  merged?: boolean;
  /** a formula whose cached value is missing */
  noValue?: boolean;
}

export type Row = ReadonlyArray<Cell | null>;

export interface SheetData {
  name: string;
  /** hidden or "very hidden" in the workbook */
  hidden: boolean;
  rows: Row[];
  /** 0-based indexes of hidden rows */
  hiddenRows: number[];
  /** number of columns (the widest row) */
  width: number;
}

export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

export interface WorkbookData {
  format: FileFormat;
  sheets: SheetData[];
  /** CSV only: the encoding and delimiter that were detected */
  encoding?: 'utf-8' | 'utf-16' | 'windows-1251';
  delimiter?: ',' | ';' | '\t';
}

export type LayoutId = 'six-rows' | 'one-row-source' | 'one-row-markers' | 'action-plan' | 'indicators';

export const LAYOUTS: readonly LayoutId[] = ['six-rows', 'one-row-source', 'one-row-markers', 'action-plan', 'indicators'];

/** What a column holds. Year fields carry the year in `ColumnMap.year`. */
export type ColumnField =
  | 'ignore'
  | 'code'
  | 'priority'
  | 'task'
  | 'name'
  | 'details'
  | 'responsible'
  | 'term'
  | 'source'
  | 'total'
  | 'year'
  | 'result'
  | 'ind-name'
  | 'ind-unit'
  | 'ind-baseline'
  | 'ind-target'
  | 'ind-dynamics';

export const COLUMN_FIELDS: readonly ColumnField[] = [
  'ignore', 'code', 'priority', 'task', 'name', 'details', 'responsible', 'term', 'source', 'total', 'year', 'result',
  'ind-name', 'ind-unit', 'ind-baseline', 'ind-target', 'ind-dynamics',
];

export interface ColumnMap {
  /** 0-based column index */
  col: number;
  field: ColumnField;
  /** for 'year' and 'ind-target' */
  year?: number;
}

/** How to read one sheet: which rows are the header, what each column holds, which layout. */
export interface ColumnMapping {
  layout: LayoutId;
  /** 0-based, inclusive: the header rows; data starts on the row after `last` */
  headerRows: { first: number; last: number };
  columns: ColumnMap[];
}

export interface ImportOptions {
  /** unit of the amounts in the file; default: detected from the header text, else тис. грн */
  unit?: MoneyUnit;
  /** import only this sheet (the plan or the indicator table) */
  sheet?: string;
  /** read `sheet` (or the first non-empty sheet) with this mapping instead of detecting one */
  mapping?: ColumnMapping;
  fileName?: string;
  /** called between stages; fraction in 0..1 */
  onProgress?: (stage: ImportStage, fraction: number) => void;
  /** for tests and the worker: `now` for createdAt/updatedAt */
  now?: Date;
}

export type ImportStage = 'check' | 'read' | 'detect' | 'map' | 'validate';

/** A finding of the import itself (not of the engine): where and what, in Ukrainian. */
export interface ImportFinding {
  code: ImportFindingCode;
  severity: 'error' | 'warning';
  sheet?: string;
  /** 1-based row number as Excel shows it */
  row?: number;
  /** column letter as Excel shows it */
  col?: string;
  message: string;
}

export type ImportFindingCode =
  | 'formula-error'
  | 'formula-no-value'
  | 'bad-amount'
  | 'several-amounts'
  | 'date-as-year'
  | 'hidden-rows'
  | 'hidden-sheet'
  | 'unit-detected'
  | 'undivided'
  | 'custom-source'
  | 'continuation'
  | 'orphan-total'
  | 'amount-outside-columns'
  | 'marker-in-total'
  | 'text-value'
  | 'no-priority';

export interface SkippedRow {
  sheet: string;
  row: number;
  reason: string;
}

export interface SheetReport {
  name: string;
  hidden: boolean;
  /** what the sheet was read as; null: not imported (empty, hidden, or not a table we know) */
  layout: LayoutId | null;
  /** 1-based header rows */
  headerRows?: { first: number; last: number };
  rowsRead: number;
  note?: string;
}

export interface ImportReport {
  fileName: string;
  format: FileFormat;
  encoding?: 'utf-8' | 'utf-16' | 'windows-1251';
  delimiter?: ',' | ';' | '\t';
  unit: MoneyUnit;
  /** where the unit came from */
  unitFrom: 'option' | 'header' | 'layout-default';
  sheets: SheetReport[];
  rowsRead: number;
  created: { priorities: number; tasks: number; measures: number; indicators: number };
  skipped: SkippedRow[];
  findings: ImportFinding[];
}

export type ImportErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'not-a-spreadsheet'
  | 'word-document'
  | 'corrupt'
  | 'password-protected'
  | 'zip-bomb'
  | 'too-many-rows'
  | 'empty-workbook'
  | 'sheet-not-found'
  | 'unrecognised-layout'
  | 'nothing-imported'
  | 'bad-mapping'
  | 'invalid-programme'
  | 'internal';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export type ImportResult =
  | { ok: true; doc: ProgrammeDoc; layout: LayoutId; report: ImportReport }
  | { ok: false; error: ImportError };
