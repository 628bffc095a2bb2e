import type { Kop } from '../model/money';
import type { Axes } from './axes';
import { yearRow } from './axes';
import type { Breakdown } from './breakdown';
import { breakdownOf } from './breakdown';
import { capExcesses } from './caps';
import { compare, compareItem, PLAN_ID } from './compare';
import type { Engine } from './engine';
import type { CapExcess, CompareItem, Comparison } from './types';

/** Comparison item ids of versions: `v:<version id>`. */
export const VERSION_PREFIX = 'v:';
export const isVersionItem = (id: string): boolean => id.startsWith(VERSION_PREFIX);

interface Side {
  programme: Breakdown;
  priorities: Map<string, Breakdown>;
  capExcess: CapExcess[];
  /** every measure's planned matrix on the loaded programme's axes */
  measures: Map<string, Float64Array>;
}

/**
 * `compare()` with frozen versions among the items: each version is loaded in an engine of its
 * own (`versions`, by item id) and its money laid onto the working programme's years and sources
 * — money in a year or source the programme no longer has goes to `outside`. Without a version
 * among the ids and the reference this is exactly `compare()`.
 * @example compareWithVersions(engine, ['plan', 'v:approved'], 'v:approved', new Map([['v:approved', approvedEngine]]))
 */
export function compareWithVersions(engine: Engine, ids: readonly string[], referenceId: string, versions: ReadonlyMap<string, Engine>): Comparison {
  if (!ids.some(isVersionItem) && !isVersionItem(referenceId)) return compare(engine, ids, referenceId);
  const axes = engine.planState().axes;
  const sides = new Map<string, Side>();
  const sideOf = (id: string): Side | null => {
    if (!sides.has(id)) {
      const v = versions.get(id);
      const s = isVersionItem(id) ? (v ? versionSide(axes, v) : null) : engineSide(engine, id);
      if (!s) return null;
      sides.set(id, s);
    }
    return sides.get(id)!;
  };
  const ref = sideOf(referenceId) ?? sideOf(PLAN_ID)!;
  const items: CompareItem[] = [];
  for (const id of ids) {
    const s = sideOf(id);
    if (!s) continue;
    items.push(compareItem(id, s, ref, id === referenceId ? [] : differing(axes, s, ref)));
  }
  return { referenceId, years: [...axes.years], sourceIds: [...axes.sourceIds], items };
}

function differing(axes: Axes, s: Side, ref: Side): CompareItem['differing'] {
  const out: CompareItem['differing'] = [];
  const none = new Float64Array(axes.C);
  const inPeriod = (m: Float64Array) => {
    let v = 0;
    for (let i = 0; i < axes.Y * axes.S; i++) v += m[i]!;
    return v as Kop;
  };
  for (const id of new Set([...ref.measures.keys(), ...s.measures.keys()])) {
    const a = s.measures.get(id) ?? none;
    const b = ref.measures.get(id) ?? none;
    let differs = s.measures.has(id) !== ref.measures.has(id) && (inPeriod(a) !== 0 || inPeriod(b) !== 0);
    for (let i = 0; i < axes.C && !differs; i++) if (a[i] !== b[i]) differs = true;
    if (differs) out.push({ measureId: id, reference: inPeriod(b), value: inPeriod(a) });
  }
  return out;
}

function engineSide(engine: Engine, id: string): Side | null {
  const plan = engine.planState();
  const st = id === PLAN_ID ? null : engine.scenarioState(id);
  if (id !== PLAN_ID && !st) return null;
  const measures = new Map<string, Float64Array>();
  for (const [mid, slot] of plan.slotOf) {
    const m = new Float64Array(plan.axes.C);
    engine.measureMoney(st ? id : null, slot, m);
    measures.set(mid, m);
  }
  return st
    ? { programme: st.programme, priorities: st.priorities, capExcess: capExcesses(plan.axes, st.scenario.caps, st.programme), measures }
    : { programme: plan.programme, priorities: plan.priorities, capExcess: [], measures };
}

/** A version's plan laid onto the working programme's axes. */
function versionSide(axes: Axes, v: Engine): Side {
  const plan = v.planState();
  const from = plan.axes;
  const doc = v.document();
  const taskPriority = new Map(doc.tasks.map((t) => [t.id, t.priorityId]));
  const priorityOf = new Map(doc.measures.map((m) => [m.id, (m.taskId !== null && taskPriority.get(m.taskId)) || m.priorityId]));
  const programme = new Float64Array(axes.C);
  const priorities = new Map<string, Float64Array>(doc.priorities.map((p) => [p.id, new Float64Array(axes.C)]));
  const measures = new Map<string, Float64Array>();
  for (const [mid, slot] of plan.slotOf) {
    const m = new Float64Array(axes.C);
    for (let row = 0; row <= from.Y; row++) {
      for (let s = 0; s < from.S; s++) {
        const value = plan.cells[slot * 2 * from.C + row * from.S + s]!;
        if (value === 0) continue;
        const si = axes.sourceIndex.get(from.sourceIds[s]!);
        const to = row < from.Y && si !== undefined ? yearRow(axes, from.years[row]!) : axes.Y;
        m[to * axes.S + (si ?? 0)]! += value;
      }
    }
    measures.set(mid, m);
    const ps = priorities.get(priorityOf.get(mid) ?? '');
    for (let i = 0; i < axes.C; i++) {
      programme[i]! += m[i]!;
      if (ps) ps[i]! += m[i]!;
    }
  }
  return {
    programme: breakdownOf(axes, programme),
    priorities: new Map([...priorities].map(([pid, p]) => [pid, breakdownOf(axes, p)])),
    capExcess: [],
    measures,
  };
}

/**
 * Keeps, per item, only the `limit` measures whose money differs most (by the absolute change),
 * for a screen that shows a few; @returns how many each item had (a file export asks for all).
 */
export function trimDiffering(cmp: Comparison, limit: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const it of cmp.items) {
    counts[it.id] = it.differing.length;
    if (it.differing.length > limit) {
      it.differing = it.differing
        .map((d, i) => ({ d, i, by: Math.abs(d.value - d.reference) }))
        .sort((a, b) => b.by - a.by || a.i - b.i)
        .slice(0, limit)
        .map((x) => x.d);
    }
  }
  return counts;
}
