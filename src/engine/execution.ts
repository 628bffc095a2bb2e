/**
 * Execution (виконання) of the plan: actual money as a percentage of planned money, for every
 * figure a row of totals carries — the whole period, each year, each source, each (year, source)
 * cell. Computed from the engine's planned and actual Breakdowns, so the UI shows percentages
 * without adding up any money itself.
 */
import type { Breakdown } from './breakdown';
import type { NodeTotals } from './types';

/** Percentages with 6 decimals at most (money is exact, the ratio is for display). */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

export interface Execution {
  /** actual / planned × 100 over the programme period; null when nothing was planned */
  total: number | null;
  perYear: Array<number | null>;
  perSource: Array<number | null>;
  /** Y × S, year-major like Breakdown.cells */
  cells: Array<number | null>;
}

/**
 * actual / planned × 100; null when nothing was planned (money spent without a plan has no
 * percentage: it is shown as money, not as «∞ %»).
 * @example executionPct(12_000_000, 3_000_000) // 25
 */
export function executionPct(planned: number, actual: number): number | null {
  return planned === 0 ? null : tidy((actual / planned) * 100);
}

/** Execution of every figure of a planned / actual pair of Breakdowns. */
export function executionOfBreakdowns(planned: Breakdown, actual: Breakdown): Execution {
  return {
    total: executionPct(planned.total, actual.total),
    perYear: planned.perYear.map((p, i) => executionPct(p, actual.perYear[i] ?? 0)),
    perSource: planned.perSource.map((p, i) => executionPct(p, actual.perSource[i] ?? 0)),
    cells: planned.cells.map((p, i) => executionPct(p, actual.cells[i] ?? 0)),
  };
}

/**
 * Execution of a measure, task, priority or the programme.
 * @example executionOf(totalsMap.get('programme:prog')!).perYear[0] // 58.8 (% of 2026's plan spent)
 */
export function executionOf(node: NodeTotals): Execution {
  return executionOfBreakdowns(node.planned, node.actual);
}
