import type { Measure, ProgrammeDoc } from '../model/schema';

/**
 * The plan's measures in the order the plan shows them: by priority, then the measures straight
 * under the priority, then task by task; measures whose priority or task is missing come last.
 */
export function planOrder(doc: ProgrammeDoc): Measure[] {
  const byOrder = <T extends { order: number }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => a.order - b.order);
  const out: Measure[] = [];
  const seen = new Set<string>();
  const measures = byOrder(doc.measures);
  const add = (m: Measure) => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    out.push(m);
  };
  const under = new Map<string, Measure[]>(); // by `t:<task>` or `p:<priority>` for loose measures
  for (const m of measures) {
    const key = m.taskId === null ? `p:${m.priorityId}` : `t:${m.taskId}`;
    const list = under.get(key);
    if (list) list.push(m);
    else under.set(key, [m]);
  }
  const tasks = byOrder(doc.tasks);
  for (const p of byOrder(doc.priorities)) {
    for (const m of under.get(`p:${p.id}`) ?? []) add(m);
    for (const t of tasks) if (t.priorityId === p.id) for (const m of under.get(`t:${t.id}`) ?? []) add(m);
  }
  for (const m of measures) add(m);
  return out;
}

/**
 * Measures from the most to the least important: an explicit `rank` (1 = most important) counts
 * as that place in the plan; a measure without one keeps its place in the plan's order.
 * @example importanceOrder(doc).at(-1) // the measure «fit to ceilings» gives up first
 */
export function importanceOrder(doc: ProgrammeDoc): Measure[] {
  return planOrder(doc)
    .map((m, i) => ({ m, i, rank: m.rank ?? i + 1 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.m);
}
