import type { Kop } from '../model/money';
import type { Breakdown } from './breakdown';
import { capExcesses } from './caps';
import type { Engine } from './engine';
import type { CapExcess, CompareItem, Comparison, DeltaFigure } from './types';

export const PLAN_ID = 'plan';

interface Side {
  /** the scenario id, or null for the plan */
  scenarioId: string | null;
  programme: Breakdown;
  priorities: Map<string, Breakdown>;
  capExcess: CapExcess[];
}

/** The totals of one side of a comparison: programme, priorities and cap excesses. */
export interface SideTotals {
  programme: Breakdown;
  priorities: ReadonlyMap<string, Breakdown>;
  capExcess: CapExcess[];
}

/** One compared item: its totals and their deltas against the reference (absolute and %). */
export function compareItem(id: string, s: SideTotals, ref: SideTotals, differing: CompareItem['differing']): CompareItem {
  return {
    id,
    programme: s.programme,
    priorities: [...s.priorities].map(([pid, planned]) => ({ id: pid, planned })),
    capExcess: s.capExcess,
    delta: {
      total: figure(s.programme.total, ref.programme.total),
      perYear: s.programme.perYear.map((v, i) => figure(v, ref.programme.perYear[i]!)),
      perSource: s.programme.perSource.map((v, i) => figure(v, ref.programme.perSource[i]!)),
      cells: s.programme.cells.map((v, i) => figure(v, ref.programme.cells[i]!)),
      priorities: [...s.priorities].map(([pid, b]) => ({ id: pid, total: figure(b.total, ref.priorities.get(pid)?.total ?? 0) })),
    },
    differing,
  };
}

function figure(value: number, reference: number): DeltaFigure {
  const abs = value - reference;
  return { abs: abs as Kop, pct: reference === 0 ? null : Math.round((abs / reference) * 100 * 1e4) / 1e4 };
}

/**
 * Compares the plan and scenarios against a reference, side by side: the year × source matrix,
 * priority totals, deltas (absolute and %), cap excesses and the measures whose money differs.
 * @throws never; unknown ids are skipped (the UI only offers existing ones)
 */
export function compare(engine: Engine, ids: readonly string[], referenceId: string): Comparison {
  const plan = engine.planState();
  const { axes, slotOf } = plan;
  const { C } = axes;
  const side = (id: string): Side | null => {
    if (id === PLAN_ID) return { scenarioId: null, programme: plan.programme, priorities: plan.priorities, capExcess: [] };
    const st = engine.scenarioState(id);
    if (!st) return null;
    return { scenarioId: id, programme: st.programme, priorities: st.priorities, capExcess: capExcesses(axes, st.scenario.caps, st.programme) };
  };
  const ref = side(referenceId) ?? side(PLAN_ID)!;
  const slots = [...slotOf];
  const money = new Float64Array(C);
  const refMoney = new Float64Array(C);
  const items: CompareItem[] = [];
  for (const id of ids) {
    const s = side(id);
    if (!s) continue;
    const differing: CompareItem['differing'] = [];
    if (id !== referenceId) {
      for (const [measureId, slot] of slots) {
        // Two sides that both keep the plan's money for a measure agree on it.
        if (!engine.differsFromPlan(s.scenarioId, slot) && !engine.differsFromPlan(ref.scenarioId, slot)) continue;
        engine.measureMoney(s.scenarioId, slot, money);
        engine.measureMoney(ref.scenarioId, slot, refMoney);
        let sa = 0;
        let sb = 0;
        let differs = false;
        for (let i = 0; i < C; i++) {
          const va = money[i]!;
          const vb = refMoney[i]!;
          if (va !== vb) differs = true;
          if (i < axes.Y * axes.S) {
            sa += va;
            sb += vb;
          }
        }
        if (differs) differing.push({ measureId, reference: sb as Kop, value: sa as Kop });
      }
    }
    items.push(compareItem(id, s, ref, differing));
  }
  return { referenceId, years: [...axes.years], sourceIds: [...axes.sourceIds], items };
}
