/** What an indicator-grid column holds, so editing, pasting, clearing and checks know where a value goes. */
export type IndicatorColumn =
  | { colId: string; kind: 'text'; field: 'code' | 'name' | 'unit'; label: string }
  | { colId: string; kind: 'priority'; label: string }
  | { colId: string; kind: 'unit-kind'; label: string }
  | { colId: string; kind: 'direction'; label: string }
  | { colId: string; kind: 'value'; field: 'baseline'; label: string }
  | { colId: string; kind: 'value'; field: 'target' | 'actual'; year: number; label: string }
  | { colId: string; kind: 'computed'; label: string };

export const targetColId = (year: number): string => `t${year}`;
export const actualColId = (year: number): string => `a${year}`;
export const indicatorRowId = (id: string): string => `i:${id}`;
