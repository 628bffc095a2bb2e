import type { Measure, Override, Scenario } from '../model/schema';
import type { Axes } from './axes';
import { yearRow } from './axes';
import { scaleKop } from './rounding';

/**
 * A scenario compiled for fast per-measure evaluation. Overrides apply in a fixed order whatever
 * order they were added in, so a scenario means the same thing however it was built:
 *   1. set-cell overrides (a later one for the same cell wins),
 *   2. shifts (a measure's shifts add up: +1 then -1 is no shift),
 *   3. scale rules, in the order they were added, each rounding every cell to the kopiyka
 *      (half away from zero) — a year rule applies to the year the money lands in after shifting,
 *   4. exclusion.
 * A scenario based on another one applies its base's overrides first, then its own.
 */
export interface CompiledScenario {
  readonly id: string;
  readonly sets: ReadonlyMap<string, ReadonlyArray<{ year: number; sourceId: string; planned: number | null }>>;
  readonly shifts: ReadonlyMap<string, number>;
  readonly excluded: ReadonlySet<string>;
  readonly scales: ReadonlyArray<Extract<Override, { kind: 'scale' }>>;
}

/** Resolves the chain of bases (plan ← A ← B) into one override list; a cycle stops at the repeat. */
export function effectiveOverrides(scenario: Scenario, byId: ReadonlyMap<string, Scenario>): Override[] {
  const chain: Scenario[] = [];
  const seen = new Set<string>();
  let s: Scenario | undefined = scenario;
  while (s && !seen.has(s.id)) {
    seen.add(s.id);
    chain.unshift(s);
    s = s.baseId ? byId.get(s.baseId) : undefined;
  }
  return chain.flatMap((c) => c.overrides);
}

export function compileScenario(id: string, overrides: readonly Override[]): CompiledScenario {
  const sets = new Map<string, Array<{ year: number; sourceId: string; planned: number | null }>>();
  const shifts = new Map<string, number>();
  const excluded = new Set<string>();
  const scales: Array<Extract<Override, { kind: 'scale' }>> = [];
  for (const o of overrides) {
    switch (o.kind) {
      case 'set-cell': {
        const list = sets.get(o.measureId) ?? [];
        list.push({ year: o.year, sourceId: o.sourceId, planned: o.planned });
        sets.set(o.measureId, list);
        break;
      }
      case 'shift':
        shifts.set(o.measureId, (shifts.get(o.measureId) ?? 0) + o.years);
        break;
      case 'exclude':
        excluded.add(o.measureId);
        break;
      case 'scale':
        // k/k leaves every cell as it is (no rounding either): no need to visit the plan for it.
        if (o.num !== o.den) scales.push(o);
        break;
    }
  }
  return { id, sets, shifts, excluded, scales };
}

/** Does the scenario touch this measure at all (so its money may differ from the plan)? */
export function touches(c: CompiledScenario, measureId: string): boolean {
  return (
    c.scales.length > 0 ||
    (c.sets.size > 0 && c.sets.has(measureId)) ||
    (c.shifts.size > 0 && c.shifts.has(measureId)) ||
    (c.excluded.size > 0 && c.excluded.has(measureId))
  );
}

/** Cells of one measure merged by (year, source), reused between calls to spare allocations. */
let grid = new Float64Array(0);
const merged = new Map<number, number>();
const NO_SCALES: CompiledScenario['scales'] = [];
type SetCells = ReadonlyArray<{ year: number; sourceId: string; planned: number | null }>;

/**
 * Writes the measure's planned matrix under the scenario into `out[offset .. offset + C)`.
 * Cells whose year would fall outside the period (after a set or a shift) go to the last row,
 * so no money is ever dropped silently. A cell is a (year, source) pair: funding entries that
 * repeat a pair are added up first, as in the plan, so a set-cell replaces their sum and a scale
 * rounds it once.
 */
export function evaluateMeasure(
  axes: Axes,
  c: CompiledScenario | null,
  m: Measure,
  priorityId: string,
  out: Float64Array,
  offset: number,
): void {
  const { S, C } = axes;
  out.fill(0, offset, offset + C);
  if (c?.excluded.has(m.id)) return;
  const sets = c?.sets.get(m.id);
  const shift = c?.shifts.get(m.id) ?? 0;
  const scales = c?.scales ?? NO_SCALES;
  if (!sets && scales.length === 0) {
    // Nothing replaced, nothing rounded: entries may be added one by one.
    for (const f of m.funding) {
      if (f.planned === null) continue;
      const si = axes.sourceIndex.get(f.sourceId);
      if (si !== undefined) out[offset + yearRow(axes, f.year + shift) * S + si]! += f.planned;
    }
    return;
  }
  if (plannedInPeriod(axes, m) && (!sets || sets.every((x) => x.year >= axes.startYear && x.year < axes.startYear + axes.Y))) {
    // The usual case: merge on a small grid of the programme's years.
    const n = axes.Y * S;
    if (grid.length < n) grid = new Float64Array(n);
    grid.fill(0, 0, n);
    for (const f of m.funding) {
      const si = f.planned === null ? undefined : axes.sourceIndex.get(f.sourceId);
      if (si !== undefined) grid[(f.year - axes.startYear) * S + si]! += f.planned!;
    }
    for (const x of sets ?? []) {
      const si = axes.sourceIndex.get(x.sourceId);
      if (si !== undefined) grid[(x.year - axes.startYear) * S + si] = x.planned ?? 0;
    }
    shiftAndScale(axes, scales, shift, priorityId, grid, 0, out, offset);
    return;
  }
  // Some money lies outside the period, where years share one row: merge by (year, source) key.
  mergeOutside(axes, m, sets);
  for (const [key, v] of merged) {
    const si = key % S;
    const year = (key - si) / S + shift;
    out[offset + yearRow(axes, year) * S + si]! += scaled(v, scales, axes.sourceIds[si]!, year, priorityId);
  }
}

function mergeOutside(axes: Axes, m: Measure, sets: SetCells | undefined): void {
  const S = axes.S;
  merged.clear();
  for (const f of m.funding) {
    const si = f.planned === null ? undefined : axes.sourceIndex.get(f.sourceId);
    if (si !== undefined) merged.set(f.year * S + si, (merged.get(f.year * S + si) ?? 0) + f.planned!);
  }
  for (const x of sets ?? []) {
    const si = axes.sourceIndex.get(x.sourceId);
    if (si === undefined) continue;
    if (x.planned === null) merged.delete(x.year * S + si);
    else merged.set(x.year * S + si, x.planned);
  }
}

/**
 * Shifts and scales a matrix of programme-year cells (`grid[at .. at + Y·S)`, year-major, e.g. a
 * measure's planned matrix in the plan) and adds the result into `out[offset .. offset + C)`.
 */
export function shiftAndScale(
  axes: Axes,
  scales: CompiledScenario['scales'],
  shift: number,
  priorityId: string,
  grid: Float64Array,
  at: number,
  out: Float64Array,
  offset: number,
): void {
  const { S, Y, startYear, sourceIds } = axes;
  for (let i = 0; i < Y * S; i++) {
    const v = grid[at + i]!;
    if (v === 0) continue;
    const row = Math.floor(i / S);
    const si = i - row * S;
    const to = row + shift;
    const value = scales.length ? scaled(v, scales, sourceIds[si]!, startYear + to, priorityId) : v;
    out[offset + (to >= 0 && to < Y ? to : Y) * S + si]! += value;
  }
}

/**
 * `shiftAndScale` visiting only the cell indices `cells[from .. from + count)` of the grid (a
 * measure's non-zero cells): the hot loop of scenarios over large plans.
 */
export function shiftAndScaleCells(
  axes: Axes,
  scales: CompiledScenario['scales'],
  shift: number,
  priorityId: string,
  grid: Float64Array,
  at: number,
  cells: Int32Array,
  from: number,
  count: number,
  out: Float64Array,
  offset: number,
): void {
  const { S, Y, startYear, sourceIds } = axes;
  const plain = scales.length === 0;
  for (let k = from; k < from + count; k++) {
    const i = cells[k]!;
    const v = grid[at + i]!;
    const row = Math.floor(i / S);
    const si = i - row * S;
    const to = row + shift;
    out[offset + (to >= 0 && to < Y ? to : Y) * S + si]! += plain ? v : scaled(v, scales, sourceIds[si]!, startYear + to, priorityId);
  }
}

/** One cell through the scale rules, in order, each rounding to the kopiyka. */
function scaled(v: number, scales: CompiledScenario['scales'], sourceId: string, year: number, priorityId: string): number {
  for (let r = 0; r < scales.length; r++) {
    const rule = scales[r]!;
    const t = rule.target;
    const hit =
      (t.by === 'source' && t.sourceId === sourceId) ||
      (t.by === 'year' && t.year === year) ||
      (t.by === 'priority' && t.priorityId === priorityId);
    if (hit) v = scaleKop(v, rule.num, rule.den);
  }
  return v;
}

/** Does all of the measure's planned money lie in programme years? */
export function plannedInPeriod(axes: Axes, m: Measure): boolean {
  const last = axes.startYear + axes.Y - 1;
  for (const f of m.funding) if (f.planned !== null && (f.year < axes.startYear || f.year > last)) return false;
  return true;
}
