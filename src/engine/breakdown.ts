import type { Kop } from '../model/money';
import type { Axes } from './axes';

/** One money matrix with everything a total row or column shows, all in kopiykas. */
export interface Breakdown {
  /** Y * S cells, year-major, programme years only */
  cells: Kop[];
  perYear: Kop[];
  perSource: Kop[];
  /** the sum of all programme-year cells */
  total: Kop;
  /** money in years outside the programme period (not part of `total`) */
  outside: Kop;
}

/** Derives a Breakdown from a matrix stored at `m[offset .. offset + C)`. */
export function breakdownOf(axes: Axes, m: Float64Array, offset = 0): Breakdown {
  const { Y, S } = axes;
  const cells = new Array<Kop>(Y * S);
  const perYear = new Array<Kop>(Y).fill(0 as Kop);
  const perSource = new Array<Kop>(S).fill(0 as Kop);
  let total = 0;
  for (let y = 0; y < Y; y++) {
    let row = 0;
    for (let s = 0; s < S; s++) {
      const v = m[offset + y * S + s]!;
      cells[y * S + s] = v as Kop;
      row += v;
      perSource[s] = (perSource[s]! + v) as Kop;
    }
    perYear[y] = row as Kop;
    total += row;
  }
  let outside = 0;
  for (let s = 0; s < S; s++) outside += m[offset + Y * S + s]!;
  return { cells, perYear, perSource, total: total as Kop, outside: outside as Kop };
}

/** The amount a declared figure refers to: a cell, a year, a source or the whole total. */
export function pick(axes: Axes, b: Breakdown, year: number | null, sourceId: string | null): Kop | undefined {
  const yi = year === null ? null : year - axes.startYear;
  if (yi !== null && (yi < 0 || yi >= axes.Y)) return undefined;
  const si = sourceId === null ? null : axes.sourceIndex.get(sourceId);
  if (si === undefined) return undefined;
  if (yi === null && si === null) return b.total;
  if (yi === null) return b.perSource[si!];
  if (si === null) return b.perYear[yi];
  return b.cells[yi * axes.S + si];
}

export function addInto(target: Float64Array, tOffset: number, src: Float64Array, sOffset: number, C: number, sign: 1 | -1): void {
  for (let i = 0; i < C; i++) target[tOffset + i]! += sign * src[sOffset + i]!;
}
