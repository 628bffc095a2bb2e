import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../src/engine/breakdown';
import { compare, PLAN_ID } from '../../../src/engine/compare';
import { Engine } from '../../../src/engine/engine';
import type { NodeTotals, Patch, ScenarioTotals, Snapshot } from '../../../src/engine/types';
import type { Override, ProgrammeDoc } from '../../../src/model/schema';
import { scenario } from '../../fixtures/builders';
import { applyDelta, modelOf } from '../../fixtures/delta-model';
import type { Model } from '../../fixtures/delta-model';
import { applyPatchToDoc, docOf, docSpec, opSpec, patchOf, scenarioOf, scenarioSpec } from '../../fixtures/random-docs';

const RUNS = Number(process.env.PROP_RUNS ?? 150);
const TIMEOUT = Math.max(30_000, RUNS * 50);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function fresh(d: ProgrammeDoc): Model {
  return modelOf(new Engine().load(structuredClone(d)));
}

/** Cells, years, sources and the total of one breakdown agree with each other. */
function expectConsistent(b: Breakdown, years: number, sources: number): void {
  expect(b.cells).toHaveLength(years * sources);
  expect(sum(b.cells)).toBe(b.total);
  expect(sum(b.perYear)).toBe(b.total);
  expect(sum(b.perSource)).toBe(b.total);
  for (let y = 0; y < years; y++) expect(sum(b.cells.slice(y * sources, (y + 1) * sources))).toBe(b.perYear[y]);
  for (let s = 0; s < sources; s++) expect(sum(b.cells.filter((_, i) => i % sources === s))).toBe(b.perSource[s]);
}

/** Cell-by-cell sum of breakdowns (outside included). */
function add(bs: readonly Breakdown[], cells: number): { cells: number[]; outside: number } {
  const out = new Array<number>(cells).fill(0);
  let outside = 0;
  for (const b of bs) {
    b.cells.forEach((v, i) => (out[i]! += v));
    outside += b.outside;
  }
  return { cells: out, outside };
}

const byKind = (s: Snapshot, kind: NodeTotals['kind']): NodeTotals[] => s.nodes.filter((n) => n.kind === kind);
const scenarioOfSnap = (s: Snapshot, id: string): ScenarioTotals => s.scenarios.find((x) => x.id === id)!;
const planOf = (s: Snapshot): NodeTotals => byKind(s, 'programme')[0]!;

/** A scenario's totals without its id, for comparing two scenarios that must mean the same. */
const meaning = (s: ScenarioTotals) => ({ programme: s.programme, priorities: new Map(s.priorities.map((p) => [p.id, p.planned])), differing: s.differing });

function withScenarios(d: ProgrammeDoc, ...extra: Array<{ id: string; baseId?: string | null; overrides: Override[] }>): ProgrammeDoc {
  const out = structuredClone(d);
  for (const x of extra) out.scenarios.push(scenario({ id: x.id, baseId: x.baseId ?? null, overrides: x.overrides, order: out.scenarios.length }));
  return out;
}

describe('totals', () => {
  it('every grouping (cells, years, sources, measures, tasks, priorities) sums to the grand total', () => {
    fc.assert(
      fc.property(docSpec, (spec) => {
        const d = docOf(spec, true);
        const snap = new Engine().load(d);
        const Y = snap.years.length;
        const S = snap.sourceIds.length;
        const C = Y * S;
        for (const side of ['planned', 'actual'] as const) {
          const prog = planOf(snap)[side];
          for (const n of snap.nodes) expectConsistent(n[side], Y, S);
          // measures → programme, cell by cell, outside the period included
          expect(add(byKind(snap, 'measure').map((n) => n[side]), C)).toEqual({ cells: prog.cells, outside: prog.outside });
          // priorities → programme
          expect(add(byKind(snap, 'priority').map((n) => n[side]), C)).toEqual({ cells: prog.cells, outside: prog.outside });
          // tasks and measures straight under a priority → priority; measures → task
          for (const p of d.priorities) {
            const tasks = d.tasks.filter((t) => t.priorityId === p.id).map((t) => snap.nodes.find((n) => n.kind === 'task' && n.id === t.id)![side]);
            const direct = d.measures.filter((m) => m.taskId === null && m.priorityId === p.id).map((m) => snap.nodes.find((n) => n.id === m.id)![side]);
            const pr = snap.nodes.find((n) => n.kind === 'priority' && n.id === p.id)![side];
            expect(add([...tasks, ...direct], C)).toEqual({ cells: pr.cells, outside: pr.outside });
          }
          for (const t of d.tasks) {
            const ms = d.measures.filter((m) => m.taskId === t.id).map((m) => snap.nodes.find((n) => n.id === m.id)![side]);
            const tt = snap.nodes.find((n) => n.kind === 'task' && n.id === t.id)![side];
            expect(add(ms, C)).toEqual({ cells: tt.cells, outside: tt.outside });
          }
        }
        for (const s of snap.scenarios) {
          expectConsistent(s.programme, Y, S);
          for (const p of s.priorities) expectConsistent(p.planned, Y, S);
          expect(add(s.priorities.map((p) => p.planned), C)).toEqual({ cells: s.programme.cells, outside: s.programme.outside });
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('incremental calculation', () => {
  it('deltas applied to the first snapshot equal a full recomputation after any sequence of edits', () => {
    fc.assert(
      fc.property(
        docSpec,
        fc.boolean(),
        fc.array(fc.array(opSpec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        (spec, wellFormed, steps) => {
          const shadow = docOf(spec, wellFormed); // what the store holds
          const removed: Patch[] = [];
          const engine = new Engine();
          let model = modelOf(engine.load(structuredClone(shadow)));
          steps.forEach((ops, si) => {
            const patches: Patch[] = [];
            ops.forEach((op, oi) => {
              const p = patchOf({ doc: shadow, wellFormed, removed }, op, `n${si}_${oi}`);
              if (!p) return;
              applyPatchToDoc(shadow, p);
              patches.push(p);
            });
            model = applyDelta(model, engine.patch(patches));
            const expected = fresh(engine.document());
            expect(model).toEqual(expected);
            expect(modelOf(engine.snapshot())).toEqual(expected);
          });
          expect(engine.document()).toEqual(shadow);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('scenario laws', () => {
  it('a scenario without overrides (alone or on another empty one) equals the plan', () => {
    fc.assert(
      fc.property(docSpec, fc.boolean(), (spec, wellFormed) => {
        const d = withScenarios(docOf(spec, wellFormed), { id: 'empty', overrides: [] }, { id: 'empty2', baseId: 'empty', overrides: [] });
        const snap = new Engine().load(d);
        const plan = planOf(snap).planned;
        const planPriorities = new Map(byKind(snap, 'priority').map((p) => [p.id, p.planned]));
        for (const id of ['empty', 'empty2']) {
          expect(meaning(scenarioOfSnap(snap, id))).toEqual({ programme: plan, priorities: planPriorities, differing: 0 });
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('excluding a measure removes exactly its money in the base scenario, nothing else', () => {
    fc.assert(
      fc.property(docSpec, fc.boolean(), fc.nat(10), fc.nat(3), (spec, wellFormed, mi, bi) => {
        const base = docOf(spec, wellFormed);
        fc.pre(base.measures.length > 0);
        const m = base.measures[mi % base.measures.length]!;
        const baseId = base.scenarios.length ? base.scenarios[bi % base.scenarios.length]!.id : null;
        const d = withScenarios(base, { id: 'x', baseId, overrides: [{ kind: 'exclude', measureId: m.id }] });
        const engine = new Engine();
        const snap = engine.load(d);
        const plan = engine.planState();
        const slot = plan.slotOf.get(m.id)!;
        const { C } = plan.axes;
        const Y = plan.axes.Y * plan.axes.S;
        const eff = new Float64Array(C);
        engine.measureMoney(baseId, slot, eff);
        const ref = baseId ? engine.scenarioState(baseId)!.programme : planOf(snap).planned;
        const x = scenarioOfSnap(snap, 'x').programme;
        expect(x.cells).toEqual(ref.cells.map((v, i) => v - eff[i]!));
        expect(x.outside).toBe(ref.outside - sum([...eff.slice(Y)]));
        const cmp = compare(engine, ['x'], baseId ?? PLAN_ID);
        const money = sum([...eff.slice(0, Y)]);
        expect(cmp.items[0]!.differing).toEqual(eff.some((v) => v !== 0) ? [{ measureId: m.id, reference: money, value: 0 }] : []);
        expect(cmp.items[0]!.delta.total.abs).toBe(0 - money);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('shifting by +n then −n (in one scenario or across a base) restores the scenario; money is never dropped', () => {
    fc.assert(
      fc.property(docSpec, scenarioSpec, fc.nat(10), fc.integer({ min: 1, max: 4 }), (spec, sspec, mi, n) => {
        const d0 = docOf(spec, true);
        fc.pre(d0.measures.length > 0);
        const m = d0.measures[mi % d0.measures.length]!.id;
        const own = scenarioOf({ doc: d0, wellFormed: true }, 'own', { ...sspec, base: null }).overrides;
        const d = withScenarios(
          d0,
          { id: 'ref', overrides: own },
          { id: 'same', overrides: [...own, { kind: 'shift', measureId: m, years: n }, { kind: 'shift', measureId: m, years: -n }] },
          { id: 'there', overrides: [{ kind: 'shift', measureId: m, years: n }] },
          { id: 'back', baseId: 'there', overrides: [{ kind: 'shift', measureId: m, years: -n }] },
        );
        const snap = new Engine().load(d);
        expect(meaning(scenarioOfSnap(snap, 'same'))).toEqual(meaning(scenarioOfSnap(snap, 'ref')));
        const plan = planOf(snap).planned;
        expect(scenarioOfSnap(snap, 'back').programme).toEqual(plan);
        expect(scenarioOfSnap(snap, 'back').differing).toBe(0);
        const there = scenarioOfSnap(snap, 'there').programme;
        expect(there.total + there.outside).toBe(plan.total + plan.outside);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('scaling by 1/1 (any source, year or priority) is the identity', () => {
    fc.assert(
      fc.property(docSpec, scenarioSpec, fc.constantFrom('source' as const, 'year' as const, 'priority' as const), fc.integer({ min: 1, max: 3 }), fc.integer({ min: -1, max: 3 }), (spec, sspec, by, k, i) => {
        const d0 = docOf(spec, false);
        const c = { doc: d0, wellFormed: false };
        const own = scenarioOf(c, 'own', { ...sspec, base: null }).overrides;
        const unit = scenarioOf(c, 'unit', { base: null, caps: [], overrides: [{ kind: 'scale', by, i, num: k, den: k }] }).overrides;
        const d = withScenarios(d0, { id: 'ref', overrides: own }, { id: 'same', overrides: [...own, ...unit] }, { id: 'unit', overrides: unit });
        const snap = new Engine().load(d);
        expect(meaning(scenarioOfSnap(snap, 'same'))).toEqual(meaning(scenarioOfSnap(snap, 'ref')));
        expect(scenarioOfSnap(snap, 'unit').programme).toEqual(planOf(snap).planned);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
