/**
 * The scenario algebra (set-cell, exclude, shift, scale, caps, bases) against an independent,
 * naive model of the rules in scenario-rules.ts, and the engine's views of it — full load,
 * patches one override at a time, the grid's scenario view, and adoption as the plan — against
 * each other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptScenario } from '../../../src/engine/adopt';
import { Engine } from '../../../src/engine/engine';
import { scaleKop } from '../../../src/engine/rounding';
import { scenarioView } from '../../../src/engine/scenario-view';
import type { Snapshot } from '../../../src/engine/types';
import type { Override, ProgrammeDoc, Scenario } from '../../../src/model/schema';
import { docOf, docSpec, scenarioOf, scenarioSpec } from '../../fixtures/random-docs';

const RUNS = 150;
const TIMEOUT = 60_000;

/** The rules written out the slow, obvious way: one measure, one (year, source) at a time. */
function naive(d: ProgrammeDoc, s: Scenario): { cells: number[]; outside: number; priorities: Map<string, number> } {
  const byId = new Map(d.scenarios.map((x) => [x.id, x]));
  const chain: Scenario[] = [];
  const seen = new Set<string>();
  for (let x: Scenario | undefined = s; x && !seen.has(x.id); x = x.baseId ? byId.get(x.baseId) : undefined) {
    seen.add(x.id);
    chain.unshift(x);
  }
  const overrides: Override[] = chain.flatMap((x) => x.overrides);
  const { startYear, endYear } = d.programme;
  const sources = d.programme.sources.map((x) => x.id);
  const Y = endYear - startYear + 1;
  const S = sources.length;
  const cells = new Array<number>(Y * S).fill(0);
  let outside = 0;
  const priorities = new Map(d.priorities.map((p) => [p.id, 0]));
  for (const m of d.measures) {
    if (overrides.some((o) => o.kind === 'exclude' && o.measureId === m.id)) continue;
    const pid = (m.taskId !== null && d.tasks.find((t) => t.id === m.taskId)?.priorityId) || m.priorityId;
    const money = new Map<string, number>();
    for (const f of m.funding) if (f.planned !== null && sources.includes(f.sourceId)) money.set(`${f.year}|${f.sourceId}`, (money.get(`${f.year}|${f.sourceId}`) ?? 0) + f.planned);
    for (const o of overrides) {
      if (o.kind !== 'set-cell' || o.measureId !== m.id || !sources.includes(o.sourceId)) continue;
      if (o.planned === null) money.delete(`${o.year}|${o.sourceId}`);
      else money.set(`${o.year}|${o.sourceId}`, o.planned);
    }
    const shift = overrides.reduce((n, o) => n + (o.kind === 'shift' && o.measureId === m.id ? o.years : 0), 0);
    for (const [key, v0] of money) {
      const [ys, sid] = key.split('|') as [string, string];
      const year = Number(ys) + shift;
      let v = v0;
      for (const o of overrides) {
        if (o.kind !== 'scale') continue;
        const t = o.target;
        if ((t.by === 'source' && t.sourceId === sid) || (t.by === 'year' && t.year === year) || (t.by === 'priority' && t.priorityId === pid)) v = scaleKop(v, o.num, o.den);
      }
      if (year < startYear || year > endYear) {
        outside += v;
        continue;
      }
      cells[(year - startYear) * S + sources.indexOf(sid)]! += v;
      if (priorities.has(pid)) priorities.set(pid, priorities.get(pid)! + v);
    }
  }
  return { cells, outside, priorities };
}

const scenarioIn = (snap: Snapshot, id: string) => snap.scenarios.find((x) => x.id === id)!;

describe('scenario algebra', () => {
  it('every scenario of a random programme equals the naive rules: cells, outside, priorities, cap excesses', () => {
    fc.assert(
      fc.property(docSpec, (spec) => {
        const d = docOf(spec, true);
        const snap = new Engine().load(d);
        for (const s of d.scenarios) {
          const want = naive(d, s);
          const got = scenarioIn(snap, s.id);
          expect(got.programme.cells).toEqual(want.cells);
          expect(got.programme.outside).toBe(want.outside);
          for (const p of got.priorities) expect(p.planned.total).toBe(want.priorities.get(p.id));
          const S = d.programme.sources.length;
          const excess = s.caps
            .map((c) => {
              if (c.year !== null && (c.year < d.programme.startYear || c.year > d.programme.endYear)) return null;
              const v = want.cells.reduce((a, x, i) => a + ((c.year === null || Math.floor(i / S) === c.year - d.programme.startYear) && (c.sourceId === null || d.programme.sources[i % S]!.id === c.sourceId) ? x : 0), 0);
              return v > c.amount ? { cap: c, computed: v, over: v - c.amount } : null;
            })
            .filter((x) => x !== null);
          expect(got.capExcess).toEqual(excess);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('building a scenario one override at a time through patches ends where a full load starts', () => {
    fc.assert(
      fc.property(docSpec, scenarioSpec, (spec, sspec) => {
        const d = docOf(spec, true);
        const target = scenarioOf({ doc: d, wellFormed: true }, 'built', { ...sspec, base: null }, 99);
        const engine = new Engine();
        engine.load(d);
        let s: Scenario = { ...target, overrides: [], caps: [] };
        engine.patch([{ table: 'scenarios', id: s.id, value: s }]);
        for (const o of target.overrides) {
          s = { ...s, overrides: [...s.overrides, o] };
          engine.patch([{ table: 'scenarios', id: s.id, value: s }]);
        }
        engine.patch([{ table: 'scenarios', id: s.id, value: target }]);
        const full = new Engine().load({ ...d, scenarios: [...d.scenarios, target] });
        expect(engine.snapshot().scenarios).toEqual(full.scenarios);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the grid\'s scenario view adds up: measures to tasks, tasks and loose measures to priorities, to the programme', () => {
    fc.assert(
      fc.property(docSpec, (spec) => {
        const d = docOf(spec, true);
        const engine = new Engine();
        const snap = engine.load(d);
        const plan = new Map(snap.nodes.map((n) => [`${n.kind}:${n.id}`, n.planned]));
        for (const s of d.scenarios) {
          const v = scenarioView(engine, s.id)!;
          const measures = new Map(v.measures.map((n) => [n.id, n.planned]));
          // A measure not listed keeps the plan's money.
          const money = (id: string) => measures.get(id) ?? plan.get(`measure:${id}`)!;
          for (const t of v.tasks) {
            const sum = d.measures.filter((m) => m.taskId === t.id).reduce((a, m) => a + money(m.id).total, 0);
            expect(t.planned.total).toBe(sum);
          }
          expect(v.programme.planned.total).toBe(d.measures.reduce((a, m) => a + money(m.id).total, 0));
          expect(v.programme.planned).toEqual(scenarioIn(snap, s.id).programme);
          const partial = scenarioView(engine, s.id, d.measures.map((m) => m.id))!;
          for (const n of partial.measures) expect(n.planned).toEqual(money(n.id));
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('adopting a scenario as the plan gives a plan with exactly the scenario\'s money', () => {
    fc.assert(
      fc.property(docSpec, (spec) => {
        const d = docOf(spec, true);
        const snap = new Engine().load(d);
        for (const s of d.scenarios) {
          const adopted = adoptScenario(d, s.id);
          const removed = new Set(adopted.removed.map((m) => m.id));
          const changed = new Map(adopted.changed.map((m) => [m.id, m]));
          const next: ProgrammeDoc = { ...d, measures: d.measures.filter((m) => !removed.has(m.id)).map((m) => changed.get(m.id) ?? m), scenarios: [] };
          const plan = new Engine().load(next).nodes.find((n) => n.kind === 'programme')!.planned;
          const want = scenarioIn(snap, s.id).programme;
          expect(plan.cells).toEqual(want.cells);
          expect(plan.outside).toBe(want.outside);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
