import type { Measure } from '../model/schema';
import type { Axes } from './axes';
import type { CompiledScenario } from './scenario-rules';
import { evaluateMeasure, shiftAndScaleCells, touches } from './scenario-rules';

/**
 * The plan's money, one slot per measure: 2·C numbers of kopiykas in one Float64Array (the
 * planned matrix, then the actual one; integers well inside 2^53, so sums are exact). A slot also
 * records where its planned money is — the indices of its non-zero programme-year cells and
 * whether all of it lies in programme years — because a measure fills a handful of the C cells
 * and scenarios, evaluated measure by measure, need visit only those.
 */
export class Slots {
  /** the slot of each measure */
  readonly of = new Map<string, number>();
  /** the measure in each slot (undefined: free) */
  readonly measure: Array<Measure | undefined> = [];
  /** the priority each slot's money is summed under (kept by the engine, which knows the tasks) */
  readonly priority: string[] = [];
  capacity: number;
  cells: Float64Array;
  /** `nonZero[slot·C ..]`: the slot's non-zero planned programme-year cells, `nonZeroCount[slot]` of them */
  nonZero: Int32Array;
  nonZeroCount: Int32Array;
  /** 1 when all the slot's planned money lies in programme years */
  inPeriod: Uint8Array;
  private free: number[] = [];

  constructor(readonly axes: Axes, measures: Iterable<Measure>, count: number) {
    this.capacity = Math.max(16, count);
    this.cells = new Float64Array(this.capacity * 2 * axes.C);
    this.nonZero = new Int32Array(this.capacity * axes.C);
    this.nonZeroCount = new Int32Array(this.capacity);
    this.inPeriod = new Uint8Array(this.capacity);
    let slot = 0;
    for (const m of measures) {
      this.of.set(m.id, slot);
      this.write(m, slot++, false);
    }
    for (let s = this.capacity - 1; s >= slot; s--) this.free.push(s);
  }

  /** The slot of a measure, taking a free one for a new measure (and growing when there is none). */
  take(id: string): number {
    const had = this.of.get(id);
    if (had !== undefined) return had;
    if (this.free.length === 0) this.grow();
    const slot = this.free.pop()!;
    this.of.set(id, slot);
    return slot;
  }

  release(id: string): void {
    const slot = this.of.get(id);
    if (slot === undefined) return;
    this.of.delete(id);
    this.measure[slot] = undefined;
    this.cells.fill(0, slot * 2 * this.axes.C, (slot + 1) * 2 * this.axes.C);
    this.nonZeroCount[slot] = 0;
    this.free.push(slot);
  }

  /** Writes a measure's funding into its slot. @param clear false when the slot is known to be empty */
  write(m: Measure, slot: number, clear = true): void {
    const { axes, cells } = this;
    const { C, S, Y, startYear, sourceIndex } = axes;
    const base = slot * 2 * C;
    this.measure[slot] = m;
    if (clear) cells.fill(0, base, base + 2 * C);
    let inPeriod = 1;
    for (const f of m.funding) {
      const row = f.year - startYear;
      const inside = row >= 0 && row < Y; // years outside the period share the last row
      if (f.planned !== null && !inside) inPeriod = 0;
      const si = sourceIndex.get(f.sourceId);
      if (si === undefined) continue;
      const i = base + (inside ? row : Y) * S + si;
      if (f.planned !== null) cells[i]! += f.planned;
      if (f.actual !== null) cells[i + C]! += f.actual;
    }
    let n = 0;
    for (let i = 0; i < Y * S; i++) if (cells[base + i] !== 0) this.nonZero[slot * C + n++] = i;
    this.nonZeroCount[slot] = n;
    this.inPeriod[slot] = inPeriod;
  }

  /**
   * Writes the planned money of the measure in `slot` under a compiled scenario into
   * `out[at .. at + C)`. Unless `whole`, a result that sits in the slot's non-zero plan cells
   * (@returns true then) is written to those cells only: the caller reads no others.
   */
  moneyUnder(c: CompiledScenario, slot: number, out: Float64Array, at: number, whole = false): boolean {
    const { axes, cells } = this;
    const { C } = axes;
    const m = this.measure[slot]!;
    const plan = slot * 2 * C;
    if (!touches(c, m.id)) {
      for (let i = 0; i < C; i++) out[at + i] = cells[plan + i]!;
      return this.inPeriod[slot] === 1;
    }
    const priorityId = this.priority[slot]!;
    if ((c.excluded.size && c.excluded.has(m.id)) || (c.sets.size && c.sets.has(m.id)) || !this.inPeriod[slot]) {
      evaluateMeasure(axes, c, m, priorityId, out, at);
      return false;
    }
    // Shifts and scales only: work from the plan's matrix, where the cells are already merged.
    const shift = (c.shifts.size && c.shifts.get(m.id)) || 0;
    if (shift !== 0 || whole) for (let i = at; i < at + C; i++) out[i] = 0;
    else for (let k = slot * C, end = k + this.nonZeroCount[slot]!; k < end; k++) out[at + this.nonZero[k]!] = 0;
    shiftAndScaleCells(axes, c.scales, shift, priorityId, cells, plan, this.nonZero, slot * C, this.nonZeroCount[slot]!, out, at);
    return shift === 0;
  }

  /** Does a measure's money (`money[0 .. C)`, as `moneyUnder` wrote it, `shaped` as it said) differ from its plan? */
  differsFromPlan(slot: number, money: Float64Array, shaped: boolean): boolean {
    const { C } = this.axes;
    const plan = slot * 2 * C;
    if (shaped) {
      // Both sit only in the plan's non-zero cells.
      for (let k = slot * C, end = k + this.nonZeroCount[slot]!; k < end; k++) {
        const i = this.nonZero[k]!;
        if (money[i] !== this.cells[plan + i]) return true;
      }
      return false;
    }
    for (let i = 0; i < C; i++) if (money[i] !== this.cells[plan + i]) return true;
    return false;
  }

  private grow(): void {
    const { C } = this.axes;
    const old = this.capacity;
    this.capacity = old * 2;
    this.cells = larger(this.cells, new Float64Array(this.capacity * 2 * C));
    this.nonZero = larger(this.nonZero, new Int32Array(this.capacity * C));
    this.nonZeroCount = larger(this.nonZeroCount, new Int32Array(this.capacity));
    this.inPeriod = larger(this.inPeriod, new Uint8Array(this.capacity));
    for (let s = this.capacity - 1; s >= old; s--) this.free.push(s);
  }
}

function larger<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
