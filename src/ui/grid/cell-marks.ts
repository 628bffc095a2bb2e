import type { CellClassParams, TooltipCallbackParams } from 'ag-grid-community';
import type { Check } from '../../engine/checks';

/** A check shown on a cell: its outline and icon, and its sentences in the tooltip. */
export interface CellMark {
  severity: 'error' | 'warning';
  message: string;
}
export type CellMarks = ReadonlyMap<string, CellMark>;

export const markKey = (rowId: string, colId: string): string => `${rowId}|${colId}`;

/**
 * Places the engine's checks on cells: `cellOf` says where a check belongs (null: nowhere in this
 * grid). Several checks on one cell share it; an error outranks a warning.
 */
export function marksOf(checks: readonly Check[], cellOf: (c: Check) => { rowId: string; colId: string } | null): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const c of checks) {
    const at = cellOf(c);
    if (!at) continue;
    const key = markKey(at.rowId, at.colId);
    const prev = marks.get(key);
    if (!prev || (prev.severity === 'warning' && c.severity === 'error')) marks.set(key, { severity: c.severity, message: prev ? `${c.message}\n${prev.message}` : c.message });
    else prev.message += `\n${c.message}`;
  }
  return marks;
}

type InRange = (rowIndex: number, colId: string, pinned: string | null | undefined) => boolean;

/** Cell classes for a column: error / warning outline from the marks, and the selected range. */
export function cellRules<Row extends { rowId: string }>(marks: () => CellMarks, inRange: InRange, colId: string) {
  return {
    'cell-error': (p: CellClassParams<Row>) => marks().get(markKey(p.data?.rowId ?? '', colId))?.severity === 'error',
    'cell-warning': (p: CellClassParams<Row>) => marks().get(markKey(p.data?.rowId ?? '', colId))?.severity === 'warning',
    'cell-in-range': (p: CellClassParams<Row>) => inRange(p.rowIndex, colId, p.node.rowPinned),
  };
}

/** The tooltip of a cell: its checks' sentences, else what `extra` says. */
export function markTooltip<Row extends { rowId: string }>(marks: () => CellMarks, colId: string, extra?: (p: TooltipCallbackParams<Row>) => string | undefined) {
  return (p: TooltipCallbackParams<Row>) => marks().get(markKey(p.data?.rowId ?? '', colId))?.message ?? extra?.(p);
}
