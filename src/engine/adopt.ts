import type { Kop } from '../model/money';
import type { FundingCell, Measure, ProgrammeDoc } from '../model/schema';
import { scaleKop } from './rounding';
import { compileScenario, effectiveOverrides } from './scenario-rules';

export interface AdoptedPlan {
  /** measures whose funding changes, as they become */
  changed: Measure[];
  /** measures the scenario excludes: they leave the plan (the replaced plan is kept as a version) */
  removed: Measure[];
}

/**
 * The plan as it becomes when a scenario is adopted: every measure's planned money is the
 * scenario's, year by year — the same rules as the engine (set cells, then shifts, then scale
 * rules in order, each rounding half away from zero; see scenario-rules.ts), but keeping each
 * year as a year, so money shifted past the period stays in its real year (and the plan's
 * checks flag it) instead of being dropped. Actual amounts and markers stay where they were.
 * @example adoptScenario(doc, 'fits-2027').changed.length // measures whose money moves
 */
export function adoptScenario(doc: ProgrammeDoc, scenarioId: string): AdoptedPlan {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`сценарій ${scenarioId} не знайдено`);
  const c = compileScenario(scenario.id, effectiveOverrides(scenario, new Map(doc.scenarios.map((s) => [s.id, s]))));
  const sources = new Set(doc.programme.sources.map((s) => s.id));
  const taskPriority = new Map(doc.tasks.map((t) => [t.id, t.priorityId]));
  const out: AdoptedPlan = { changed: [], removed: [] };
  for (const m of doc.measures) {
    if (c.excluded.has(m.id)) {
      out.removed.push(m);
      continue;
    }
    const sets = c.sets.get(m.id);
    const shift = c.shifts.get(m.id) ?? 0;
    if (!sets && shift === 0 && c.scales.length === 0) continue;
    const priorityId = (m.taskId !== null && taskPriority.get(m.taskId)) || m.priorityId;
    // Planned money by (year, source) as the plan sums it; unknown sources are left as they are.
    const planned = new Map<string, { year: number; sourceId: string; v: number }>();
    for (const f of m.funding) {
      if (f.planned === null || !sources.has(f.sourceId)) continue;
      const key = `${f.year}|${f.sourceId}`;
      const cur = planned.get(key);
      planned.set(key, { year: f.year, sourceId: f.sourceId, v: (cur?.v ?? 0) + f.planned });
    }
    const kept = new Map(planned);
    for (const x of sets ?? []) {
      if (!sources.has(x.sourceId)) continue;
      const key = `${x.year}|${x.sourceId}`;
      if (x.planned === null) planned.delete(key);
      else planned.set(key, { year: x.year, sourceId: x.sourceId, v: x.planned });
    }
    const baseline = rebuildFunding(m.funding, kept, sources);
    const next = new Map<string, { year: number; sourceId: string; v: number }>();
    for (const p of planned.values()) {
      const year = p.year + shift;
      let v = p.v;
      for (const rule of c.scales) {
        const t = rule.target;
        if ((t.by === 'source' && t.sourceId === p.sourceId) || (t.by === 'year' && t.year === year) || (t.by === 'priority' && t.priorityId === priorityId)) v = scaleKop(v, rule.num, rule.den);
      }
      next.set(`${year}|${p.sourceId}`, { year, sourceId: p.sourceId, v });
    }
    const funding = rebuildFunding(m.funding, next, sources);
    // Compared in one canonical form, so that merely re-ordered cells are no change.
    if (JSON.stringify(funding) !== JSON.stringify(baseline)) out.changed.push({ ...m, funding });
  }
  return out;
}

/** New funding cells: the scenario's planned money, with each old cell's actual and marker kept in place. */
function rebuildFunding(old: readonly FundingCell[], planned: ReadonlyMap<string, { year: number; sourceId: string; v: number }>, sources: ReadonlySet<string>): FundingCell[] {
  const cells = new Map<string, FundingCell>();
  for (const f of old) {
    const key = `${f.year}|${f.sourceId}`;
    if (!sources.has(f.sourceId)) {
      cells.set(`${key}|${cells.size}`, f);
      continue;
    }
    const cur = cells.get(key);
    const actual = f.actual === null ? (cur?.actual ?? null) : (((cur?.actual ?? 0) + f.actual) as Kop);
    cells.set(key, { year: f.year, sourceId: f.sourceId, planned: null, actual, marker: cur?.marker ?? f.marker });
  }
  for (const [key, p] of planned) {
    const cur = cells.get(key);
    cells.set(key, { year: p.year, sourceId: p.sourceId, planned: p.v as Kop, actual: cur?.actual ?? null, marker: p.v === 0 ? (cur?.marker ?? null) : null });
  }
  return [...cells.values()]
    .filter((f) => f.planned !== null || f.actual !== null || f.marker !== null)
    .sort((a, b) => a.year - b.year || a.sourceId.localeCompare(b.sourceId));
}
