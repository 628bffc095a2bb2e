import type { Breakdown } from './breakdown';
import { breakdownOf } from './breakdown';
import { capExcesses } from './caps';
import type { Engine } from './engine';
import type { CapExcess, NodeKind } from './types';

/** One row's planned money under a scenario. */
export interface ViewNode {
  kind: NodeKind;
  id: string;
  planned: Breakdown;
}

/**
 * What the plan grid shows while a scenario is active: the scenario's money for measures, tasks,
 * priorities and the programme, and the cap excesses. Measures are listed sparingly: a whole view
 * lists the measures whose money differs from the plan (every other one has the plan's money), a
 * partial view the measures asked for.
 */
export interface ScenarioView {
  id: string;
  whole: boolean;
  measures: ViewNode[];
  /** the same measures under the scenario's base (the plan, or the scenario it is built on) */
  base: ViewNode[];
  tasks: ViewNode[];
  priorities: ViewNode[];
  programme: ViewNode;
  capExcess: CapExcess[];
}

/**
 * Computes a scenario's view from the engine's current state. Task sums are not kept for
 * scenarios, so they are summed here, visiting only the non-plan money of measures the scenario
 * changes: O(measures) cheap additions, a few milliseconds on 10,000 measures.
 * @param measureIds the measures to list (a partial view), or undefined for a whole view
 * @returns null when the scenario does not exist
 * @example scenarioView(engine, 's1')            // after the scenario changed
 * @example scenarioView(engine, 's1', ['m42'])   // after a plan edit of measure m42
 */
export function scenarioView(engine: Engine, id: string, measureIds?: readonly string[]): ScenarioView | null {
  const st = engine.scenarioState(id);
  if (!st) return null;
  const plan = engine.planState();
  const { axes, cells, slotOf } = plan;
  const { C } = axes;
  const doc = engine.document();
  const baseId = st.scenario.baseId && engine.scenarioState(st.scenario.baseId) ? st.scenario.baseId : null;
  const taskSums = new Map(doc.tasks.map((t) => [t.id, new Float64Array(C)]));
  const money = new Float64Array(C);
  const wanted = measureIds ? new Set(measureIds) : null;
  const measures: ViewNode[] = [];
  const base: ViewNode[] = [];
  for (const m of doc.measures) {
    const slot = slotOf.get(m.id);
    if (slot === undefined) continue;
    const differs = engine.differsFromPlan(id, slot);
    const sum = m.taskId === null ? undefined : taskSums.get(m.taskId);
    if (differs) engine.measureMoney(id, slot, money);
    const src = differs ? money : cells;
    const at = differs ? 0 : slot * 2 * C;
    if (sum) for (let i = 0; i < C; i++) sum[i]! += src[at + i]!;
    if (wanted ? wanted.has(m.id) : differs) {
      measures.push({ kind: 'measure', id: m.id, planned: breakdownOf(axes, src, at) });
      engine.measureMoney(baseId, slot, money);
      base.push({ kind: 'measure', id: m.id, planned: breakdownOf(axes, money) });
    }
  }
  return {
    id,
    whole: wanted === null,
    measures,
    base,
    tasks: [...taskSums].map(([tid, sum]) => ({ kind: 'task', id: tid, planned: breakdownOf(axes, sum) })),
    priorities: [...st.priorities].map(([pid, b]) => ({ kind: 'priority', id: pid, planned: b })),
    programme: { kind: 'programme', id: doc.programme.id, planned: st.programme },
    capExcess: capExcesses(axes, st.scenario.caps, st.programme),
  };
}
