/**
 * A measure's planned money as the annex prints it: a year × source matrix over the programme's
 * years and sources, in kopiykas, summed exactly as the engine sums it (cells of unknown sources
 * are ignored, repeated cells add up, years outside the period are set apart).
 */
import type { Axes } from '../../engine/axes';
import type { Marker } from '../../model/money';
import type { Measure } from '../../model/schema';

export interface MeasureMoney {
  /** Y × S planned kopiykas, year-major */
  planned: number[];
  /** whether any planned amount (even 0) was written for the cell: blank and 0 differ */
  written: boolean[];
  /** a marker for cells with no planned amount («+», «в межах кошторисних призначень») */
  markers: Array<Marker | null>;
  /** planned money in years outside the programme period */
  outside: number;
}

export function measureMoney(m: Measure, axes: Axes): MeasureMoney {
  const n = axes.Y * axes.S;
  const planned = new Array<number>(n).fill(0);
  const written = new Array<boolean>(n).fill(false);
  const markers = new Array<Marker | null>(n).fill(null);
  let outside = 0;
  for (const f of m.funding) {
    const s = axes.sourceIndex.get(f.sourceId);
    if (s === undefined) continue;
    const y = f.year - axes.startYear;
    if (y < 0 || y >= axes.Y) {
      outside += f.planned ?? 0;
      continue;
    }
    const i = y * axes.S + s;
    if (f.planned !== null) {
      planned[i]! += f.planned;
      written[i] = true;
    } else if (f.marker) markers[i] = f.marker;
  }
  return { planned, written, markers, outside };
}

export const MARKER_TEXT: Record<Marker, string> = { ongoing: '+', 'within-allocations': 'в межах кошторисних призначень' };
