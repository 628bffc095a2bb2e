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
        scales.push(o);
        break;
    }
  }
  return { id, sets, shifts, excluded, scales };
}

/** Does the scenario touch this measure at all (so its money may differ from the plan)? */
export function touches(c: CompiledScenario, measureId: string): boolean {
  return c.scales.length > 0 || c.sets.has(measureId) || c.shifts.has(measureId) || c.excluded.has(measureId);
}

/**
 * Writes the measure's planned matrix under the scenario into `out[offset .. offset + C)`.
 * Cells whose year would fall outside the period (after a set or a shift) go to the last row,
 * so no money is ever dropped silently.
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
  const scales = c?.scales ?? [];
  // Start from the plan's cells, then apply set-cell overrides on (year, source) keys.
  let cells: Array<{ year: number; sourceId: string; planned: number }> = [];
  if (!sets) {
    for (const f of m.funding) if (f.planned !== null && f.planned !== 0) cells.push({ year: f.year, sourceId: f.sourceId, planned: f.planned });
  } else {
    const byKey = new Map<string, { year: number; sourceId: string; planned: number }>();
    for (const f of m.funding) if (f.planned !== null) byKey.set(`${f.year}|${f.sourceId}`, { year: f.year, sourceId: f.sourceId, planned: f.planned });
    for (const s of sets) {
      const key = `${s.year}|${s.sourceId}`;
      if (s.planned === null) byKey.delete(key);
      else byKey.set(key, { year: s.year, sourceId: s.sourceId, planned: s.planned });
    }
    cells = [...byKey.values()];
  }
  for (const cell of cells) {
    const si = axes.sourceIndex.get(cell.sourceId);
    if (si === undefined) continue;
    const year = cell.year + shift;
    let v = cell.planned;
    for (const rule of scales) {
      const t = rule.target;
      const hit =
        (t.by === 'source' && t.sourceId === cell.sourceId) ||
        (t.by === 'year' && t.year === year) ||
        (t.by === 'priority' && t.priorityId === priorityId);
      if (hit) v = scaleKop(v, rule.num, rule.den);
    }
    out[offset + yearRow(axes, year) * S + si]! += v;
  }
}
