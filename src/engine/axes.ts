import type { Programme } from '../model/schema';

/**
 * The shape of every money matrix: one row per programme year plus a last row for money that
 * lies outside the programme period, one column per funding source. Cell (year, source) sits at
 * `yearIndex * S + sourceIndex`.
 */
export interface Axes {
  readonly years: readonly number[];
  readonly sourceIds: readonly string[];
  /** number of programme years */
  readonly Y: number;
  /** number of sources */
  readonly S: number;
  /** cells per matrix, the outside-the-period row included: (Y + 1) * S */
  readonly C: number;
  readonly sourceIndex: ReadonlyMap<string, number>;
  readonly startYear: number;
}

export function axesOf(programme: Programme): Axes {
  const years: number[] = [];
  for (let y = programme.startYear; y <= programme.endYear; y++) years.push(y);
  const sourceIds = programme.sources.map((s) => s.id);
  return {
    years,
    sourceIds,
    Y: years.length,
    S: sourceIds.length,
    C: (years.length + 1) * sourceIds.length,
    sourceIndex: new Map(sourceIds.map((id, i) => [id, i])),
    startYear: programme.startYear,
  };
}

/** Row of a year in the matrix; years outside the period share the last row. */
export function yearRow(axes: Axes, year: number): number {
  const i = year - axes.startYear;
  return i >= 0 && i < axes.Y ? i : axes.Y;
}
