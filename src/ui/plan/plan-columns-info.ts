import type { MeasureTextField } from '../../model/plan-ops';

/** What a grid column holds, so editing, pasting and checks know where a value goes. */
export type ColumnInfo =
  | { colId: string; kind: 'text'; field: MeasureTextField; label: string }
  | { colId: string; kind: 'status'; label: string }
  | { colId: string; kind: 'cell'; year: number; sourceId: string; label: string }
  /** a year's total, editable while source columns are hidden: the amount goes to the measure's one source */
  | { colId: string; kind: 'year'; year: number; label: string }
  | { colId: string; kind: 'computed'; label: string };

export const cellColId = (year: number, sourceId: string) => `c${year}:${sourceId}`;
export const yearColId = (year: number) => `y${year}`;
export const sourceTotalColId = (sourceId: string) => `s:${sourceId}`;
export const TOTAL_COL = 'total';
