import { describe, expect, it } from 'vitest';
import { compare, PLAN_ID } from '../../../src/engine/compare';
import { Engine } from '../../../src/engine/engine';
import { scaleKop } from '../../../src/engine/rounding';
import type { ScenarioTotals, Snapshot } from '../../../src/engine/types';
import type { Measure, Override, Scenario } from '../../../src/model/schema';
import {
  cap, cell, doc, exclude, measure, priority, scalePriority, scaleSource, scaleYear, scenario, setCell, shift, task, th,
} from '../../fixtures/builders';

// Two priorities: pr1 (task t1: m1, m2) and pr2 (task t2: m3). Years 2026–2028, standard sources
// (state, regional, district, local, other): cell (y, s) of a breakdown is cells[(y − 2026) * 5 + s].
const m1 = measure({ id: 'm1', funding: [cell(2026, 'local', th(100)), cell(2027, 'local', th(50)), cell(2027, 'state', th(20))] });
const m2 = measure({ id: 'm2', funding: [cell(2028, 'other', th(30))] });
const m3 = measure({ id: 'm3', priorityId: 'pr2', taskId: 't2', funding: [cell(2026, 'state', th(10)), cell(2028, 'local', th(40))] });

function load(scenarios: Scenario[], measures: Measure[] = [m1, m2, m3]): { engine: Engine; snap: Snapshot } {
  const engine = new Engine();
  const snap = engine.load(doc({
    priorities: [priority({ id: 'pr1' }), priority({ id: 'pr2', code: '2' })],
    tasks: [task({ id: 't1' }), task({ id: 't2', priorityId: 'pr2', code: '2.1' })],
    measures,
    scenarios,
  }));
  return { engine, snap };
}
const only = (overrides: Override[], more: Partial<Scenario> = {}) => load([scenario({ id: 's', overrides, ...more })]);
const sc = (snap: Snapshot, id = 's'): ScenarioTotals => snap.scenarios.find((s) => s.id === id)!;
const prio = (s: ScenarioTotals, id: string) => s.priorities.find((p) => p.id === id)!.planned;
const at = (year: number, source: 'state' | 'local' | 'other') => (year - 2026) * 5 + ['state', 'regional', 'district', 'local', 'other'].indexOf(source);

describe('the plan as a scenario', () => {
  it('a scenario without overrides shows the plan: 260 = 110 / 70 / 70 тис. грн', () => {
    const s = sc(only([]).snap);
    expect(s.programme.perYear).toEqual([th(110), th(70), th(70)]);
    expect(s.programme.total).toBe(th(250));
    expect(prio(s, 'pr1').total).toBe(th(200));
    expect(prio(s, 'pr2').total).toBe(th(50));
    expect(s.differing).toBe(0);
  });
});

describe('set-cell', () => {
  it('replaces a cell, adds a new one, and removes one with null', () => {
    const s = sc(only([setCell('m1', 2026, 'local', th(80)), setCell('m1', 2028, 'state', th(5)), setCell('m1', 2027, 'state', null)]).snap);
    expect(s.programme.cells[at(2026, 'local')]).toBe(th(80));
    expect(s.programme.cells[at(2028, 'state')]).toBe(th(5));
    expect(s.programme.cells[at(2027, 'state')]).toBe(0);
    expect(s.programme.total).toBe(th(250 - 20 - 20 + 5));
    expect(s.differing).toBe(1);
  });

  it('a later override of the same cell wins', () => {
    const s = sc(only([setCell('m2', 2028, 'other', th(1)), setCell('m2', 2028, 'other', th(2))]).snap);
    expect(s.programme.cells[at(2028, 'other')]).toBe(th(2));
  });

  it('a cell set outside the period lands in `outside`', () => {
    const s = sc(only([setCell('m2', 2030, 'other', th(9))]).snap);
    expect(s.programme.total).toBe(th(250));
    expect(s.programme.outside).toBe(th(9));
  });

  it('leaves the other cells of the measure as they are, duplicates of one cell included', () => {
    const twice = measure({ id: 'm9', funding: [cell(2026, 'local', th(1)), cell(2026, 'local', th(2)), cell(2027, 'local', th(4))] });
    const { snap } = load([scenario({ id: 's', overrides: [setCell('m9', 2027, 'local', th(5))] }), scenario({ id: 'half', overrides: [scaleSource('local', 1, 2)] })], [twice]);
    expect(sc(snap).programme.cells[at(2026, 'local')]).toBe(th(3));
    expect(sc(snap).programme.cells[at(2027, 'local')]).toBe(th(5));
    // the plan sums the two entries into one cell; a scale rounds that cell once
    expect(sc(snap, 'half').programme.cells[at(2026, 'local')]).toBe(th(1.5));
  });
});

describe('exclude', () => {
  it('removes exactly the measure\'s money from the scenario and its priority', () => {
    const s = sc(only([exclude('m1')]).snap);
    expect(s.programme.perYear).toEqual([th(10), 0, th(70)]);
    expect(prio(s, 'pr1').total).toBe(th(30));
    expect(prio(s, 'pr2').total).toBe(th(50));
    expect(s.differing).toBe(1);
  });

  it('wins over everything else on that measure', () => {
    const s = sc(only([setCell('m2', 2026, 'local', th(1)), shift('m2', 1), exclude('m2'), scaleSource('other', 2, 1)]).snap);
    expect(s.programme.total).toBe(th(220));
    expect(s.programme.outside).toBe(0);
  });
});

describe('shift', () => {
  it('moves every cell of a measure by N years', () => {
    const s = sc(only([shift('m1', 1)]).snap);
    expect(s.programme.cells[at(2026, 'local')]).toBe(0);
    expect(s.programme.cells[at(2027, 'local')]).toBe(th(100));
    expect(s.programme.cells[at(2028, 'local')]).toBe(th(50 + 40));
    expect(s.programme.cells[at(2028, 'state')]).toBe(th(20));
  });

  it('money pushed past the period lands in `outside`, never dropped', () => {
    const right = sc(only([shift('m1', 2)]).snap).programme;
    expect(right.total).toBe(th(250 - 50 - 20));
    expect(right.outside).toBe(th(70));
    const left = sc(only([shift('m3', -2)]).snap).programme;
    expect(left.outside).toBe(th(10));
    expect(left.cells[at(2026, 'local')]).toBe(th(100 + 40));
    expect(left.total + left.outside).toBe(th(250));
  });

  it('shifts of one measure add up: +2 then −1 is +1, +1 then −1 is the plan', () => {
    expect(sc(only([shift('m1', 2), shift('m1', -1)]).snap).programme).toEqual(sc(only([shift('m1', 1)]).snap).programme);
    const back = sc(only([shift('m1', 1), shift('m1', -1)]).snap);
    expect(back.differing).toBe(0);
  });

  it('a set cell moves with the shift', () => {
    const s = sc(only([shift('m2', -1), setCell('m2', 2028, 'other', th(7))]).snap);
    expect(s.programme.cells[at(2027, 'other')]).toBe(th(7));
    expect(s.programme.cells[at(2028, 'other')]).toBe(0);
  });
});

describe('scale', () => {
  it('rounds half away from zero, in exact integers', () => {
    expect(scaleKop(5, 1, 2)).toBe(3);
    expect(scaleKop(-5, 1, 2)).toBe(-3);
    expect(scaleKop(7, 1, 3)).toBe(2);
    expect(scaleKop(8, 1, 3)).toBe(3);
    expect(scaleKop(1, 0, 1)).toBe(0);
    expect(scaleKop(9_007_199_254_740_991, 3, 3)).toBe(9_007_199_254_740_991); // past 2^53 inside, BigInt path
  });

  it('rounds every cell to the kopiyka, not the total', () => {
    const a = measure({ id: 'a', funding: [cell(2026, 'local', 5), cell(2027, 'local', 5)] });
    const b = measure({ id: 'b', funding: [cell(2026, 'local', 5)] });
    const s = sc(load([scenario({ id: 's', overrides: [scaleSource('local', 1, 2)] })], [a, b]).snap);
    expect(s.programme.cells[at(2026, 'local')]).toBe(6); // 3 + 3, not round(10 / 2)
    expect(s.programme.total).toBe(9);
  });

  it('scales a source, a year or a priority', () => {
    const bySource = sc(only([scaleSource('local', 1, 2)]).snap).programme;
    expect(bySource.perSource).toEqual([th(30), 0, 0, th(95), th(30)]);
    const byYear = sc(only([scaleYear(2027, 3, 10)]).snap).programme;
    expect(byYear.perYear).toEqual([th(110), th(21), th(70)]);
    const byPriority = sc(only([scalePriority('pr2', 0, 1)]).snap);
    expect(prio(byPriority, 'pr2').total).toBe(0);
    expect(prio(byPriority, 'pr1').total).toBe(th(200));
  });

  it('a year rule hits the year the money lands in after a shift', () => {
    const s = sc(only([shift('m2', -1), scaleYear(2027, 1, 3)]).snap).programme;
    expect(s.cells[at(2027, 'other')]).toBe(th(10));
    expect(s.cells[at(2027, 'local')]).toBe(scaleKop(th(50), 1, 3));
  });

  it('rules apply in turn, each rounding', () => {
    const tiny = measure({ id: 't', funding: [cell(2026, 'local', 5)] });
    const twice = sc(load([scenario({ id: 's', overrides: [scaleSource('local', 1, 2), scaleYear(2026, 1, 2)] })], [tiny]).snap);
    expect(twice.programme.total).toBe(2); // 5 → 3 → 2, where 5 / 4 would round to 1
  });

  it('scales a set cell', () => {
    const s = sc(only([setCell('m2', 2028, 'other', 7), scaleSource('other', 1, 2)]).snap).programme;
    expect(s.cells[at(2028, 'other')]).toBe(4);
  });
});

describe('scenarios built on another one', () => {
  const base = scenario({ id: 'a', overrides: [exclude('m1')] });
  const child = scenario({ id: 'b', baseId: 'a', overrides: [scaleSource('local', 1, 2)] });
  const grandchild = scenario({ id: 'c', baseId: 'b', overrides: [shift('m2', -2)] });

  it('apply the base\'s overrides first, then their own, down the chain', () => {
    const { snap } = load([grandchild, child, base]);
    expect(sc(snap, 'a').programme.total).toBe(th(80));
    expect(sc(snap, 'b').programme.total).toBe(th(30 + 10 + 20));
    expect(sc(snap, 'c').programme.perYear).toEqual([th(10 + 30), 0, th(20)]);
  });

  it('a cycle of bases stops at the repeat instead of looping', () => {
    const { snap } = load([scenario({ id: 'x', baseId: 'y', overrides: [exclude('m1')] }), scenario({ id: 'y', baseId: 'x', overrides: [exclude('m2')] })]);
    expect(sc(snap, 'x').programme.total).toBe(th(50));
    expect(sc(snap, 'y').programme.total).toBe(th(50));
  });

  it('caps belong to the scenario that sets them', () => {
    const { snap } = load([scenario({ id: 'a', caps: [cap(th(100), 2026)] }), scenario({ id: 'b', baseId: 'a' })]);
    expect(sc(snap, 'a').capExcess).toEqual([{ cap: cap(th(100), 2026), computed: th(110), over: th(10) }]);
    expect(sc(snap, 'b').capExcess).toEqual([]);
  });
});

describe('compare()', () => {
  it('sets the plan and scenarios side by side with deltas in kopiykas and percent', () => {
    const { engine } = load([scenario({ id: 'cut', overrides: [exclude('m3'), scaleSource('local', 1, 2)], caps: [cap(th(50), 2026)] }), scenario({ id: 'same' })]);
    const cmp = compare(engine, [PLAN_ID, 'cut', 'same', 'ghost'], PLAN_ID);
    expect(cmp.referenceId).toBe('plan');
    expect(cmp.years).toEqual([2026, 2027, 2028]);
    expect(cmp.items.map((i) => i.id)).toEqual(['plan', 'cut', 'same']);
    const [plan, cut, same] = cmp.items;
    expect(plan!.delta.total).toEqual({ abs: 0, pct: 0 });
    expect(plan!.differing).toEqual([]);
    expect(cut!.programme.total).toBe(th(50 + 25 + 20 + 30));
    expect(cut!.delta.total).toEqual({ abs: -th(125), pct: -50 });
    expect(cut!.delta.perYear).toEqual([{ abs: -th(60), pct: -54.5455 }, { abs: -th(25), pct: -35.7143 }, { abs: -th(40), pct: -57.1429 }]);
    expect(cut!.delta.perSource.map((f) => f.pct)).toEqual([-33.3333, null, null, -60.5263, 0]);
    expect(cut!.delta.cells[at(2026, 'local')]).toEqual({ abs: -th(50), pct: -50 });
    expect(cut!.delta.priorities).toEqual([{ id: 'pr1', total: { abs: -th(75), pct: -37.5 } }, { id: 'pr2', total: { abs: -th(50), pct: -100 } }]);
    expect(cut!.differing).toEqual([{ measureId: 'm1', reference: th(170), value: th(95) }, { measureId: 'm3', reference: th(50), value: 0 }]);
    expect(cut!.capExcess).toEqual([]); // 2026: exactly the 50,0 cap
    expect(same!.delta.total).toEqual({ abs: 0, pct: 0 });
    expect(same!.differing).toEqual([]);
  });

  it('compares against a scenario as the reference; an excess over a cap is listed', () => {
    const { engine } = load([scenario({ id: 'a', overrides: [exclude('m2')] }), scenario({ id: 'b', overrides: [shift('m2', 1)], caps: [cap(th(200))] })]);
    const cmp = compare(engine, ['a', 'b', PLAN_ID], 'a');
    const [a, b, plan] = cmp.items;
    expect(a!.delta.total).toEqual({ abs: 0, pct: 0 });
    expect(a!.differing).toEqual([]);
    // m2's 30 moved past 2028: out of the totals, still different money
    expect(b!.delta.total).toEqual({ abs: 0, pct: 0 });
    expect(b!.differing).toEqual([{ measureId: 'm2', reference: 0, value: 0 }]);
    expect(b!.capExcess).toEqual([{ cap: cap(th(200)), computed: th(220), over: th(20) }]);
    expect(plan!.delta.perYear[2]).toEqual({ abs: th(30), pct: 75 });
    expect(plan!.differing).toEqual([{ measureId: 'm2', reference: 0, value: th(30) }]);
  });

  it('has no percentage where the reference is zero', () => {
    const { engine } = load([scenario({ id: 'add', overrides: [setCell('m2', 2026, 'regional', th(3))] })]);
    const regional2026 = compare(engine, ['add'], PLAN_ID).items[0]!.delta.cells[at(2026, 'state') + 1];
    expect(regional2026).toEqual({ abs: th(3), pct: null });
  });
});
