/** Shared by both Додаток 1 layouts: each measure's money and the sources the plan uses. */
import type { Axes } from '../../engine/axes';
import type { Marker } from '../../model/money';
import type { Measure } from '../../model/schema';
import type { MeasureMoney } from './measure-money';
import { measureMoney } from './measure-money';

export interface PlanMoney {
  byMeasure: Map<string, MeasureMoney>;
  /** indices of sources holding a planned amount or a marker somewhere */
  used: Set<number>;
  /** planned money outside the programme period, all measures */
  outside: number;
}

export function planMoney(measures: readonly Measure[], axes: Axes): PlanMoney {
  const byMeasure = new Map<string, MeasureMoney>();
  const used = new Set<number>();
  let outside = 0;
  for (const m of measures) {
    const mm = measureMoney(m, axes);
    byMeasure.set(m.id, mm);
    outside += mm.outside;
    for (let i = 0; i < mm.planned.length; i++) if (mm.written[i] || mm.markers[i]) used.add(i % axes.S);
  }
  return { byMeasure, used, outside };
}

export interface CellContent {
  kop: number;
  /** an amount (possibly 0) was written for one of the sources */
  written: boolean;
  marker: Marker | null;
}

/** The content of one year cell over a set of sources. */
export function cellOver(mm: MeasureMoney, axes: Axes, year: number, sources: readonly number[]): CellContent {
  let kop = 0;
  let written = false;
  let marker: Marker | null = null;
  for (const s of sources) {
    const i = year * axes.S + s;
    kop += mm.planned[i]!;
    written ||= mm.written[i]!;
    marker ??= mm.markers[i]!;
  }
  return { kop, written, marker: written ? null : marker };
}
