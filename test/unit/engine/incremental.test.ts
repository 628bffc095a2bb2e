import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { Delta, NodeTotals } from '../../../src/engine/types';
import type { Indicator, Measure, Scenario, Task } from '../../../src/model/schema';
import { applyDelta, modelOf } from '../../fixtures/delta-model';
import {
  cap, cell, declared, doc, exclude, indicator, measure, priority, scaleSource, scenario, task, th,
} from '../../fixtures/builders';

// pr1 «Напрям 1» (t1: m1 100+50 local, m2 30 other) and pr2 (t2: m3 10 state + 40 local);
// s1 halves the local budget (135 under a cap of 140), s2 builds on s1 and drops m3.
const m1 = measure({ id: 'm1', funding: [cell(2026, 'local', th(100)), cell(2027, 'local', th(50))] });
const m2 = measure({ id: 'm2', responsible: '', funding: [cell(2028, 'other', th(30))] });
const m3 = measure({ id: 'm3', priorityId: 'pr2', taskId: 't2', funding: [cell(2026, 'state', th(10)), cell(2028, 'local', th(40))] });
const t1 = task({ id: 't1' });
const t2 = task({ id: 't2', priorityId: 'pr2', code: '2.1' });
const s1 = scenario({ id: 's1', overrides: [scaleSource('local', 1, 2)], caps: [cap(th(140))] });
const s2 = scenario({ id: 's2', baseId: 's1', overrides: [exclude('m3')] });
const pct = indicator({ id: 'i1', unitKind: 'percent', baseline: 10, targets: { '2026': 50 } });

function setup() {
  const engine = new Engine();
  const first = engine.load(doc({
    programme: { declared: [declared(th(230), null, null, 'Всього за Програмою')] },
    priorities: [priority({ id: 'pr1', declared: [declared(th(180), null, null, 'Всього за напрямом 1')] }), priority({ id: 'pr2', code: '2' })],
    tasks: [t1, t2],
    measures: [m1, m2, m3],
    indicators: [pct],
    scenarios: [s1, s2],
  }));
  return { engine, first };
}
const keys = (d: Delta) => d.nodes.map((n) => `${n.kind}:${n.id}`).sort();
const node = (d: Delta, kind: NodeTotals['kind'], id: string) => d.nodes.find((n) => n.kind === kind && n.id === id)!;
const sc = (d: Delta, id: string) => d.scenarios.find((s) => s.id === id)!;
const withCell = (m: Measure, i: number, planned: number): Measure => ({ ...m, funding: m.funding.map((f, k) => (k === i ? { ...f, planned: planned as never } : f)) });

describe('a measure edit', () => {
  it('returns the measure, its task, priority and the programme with new totals, and nothing else', () => {
    const { engine } = setup();
    const d = engine.patch([{ table: 'measures', id: 'm1', value: withCell(m1, 0, th(120)) }]);
    expect(keys(d)).toEqual(['measure:m1', 'priority:pr1', 'programme:prog', 'task:t1']);
    expect(node(d, 'measure', 'm1').planned.perYear).toEqual([th(120), th(50), 0]);
    expect(node(d, 'task', 't1').planned.total).toBe(th(200));
    expect(node(d, 'priority', 'pr1').planned.total).toBe(th(200));
    expect(node(d, 'programme', 'prog').planned.total).toBe(th(250));
    expect(d.removed).toEqual([]);
    expect(d.full).toBeUndefined();
  });

  it('updates every scenario, reporting only the priorities it touched', () => {
    const { engine } = setup();
    const d = engine.patch([{ table: 'measures', id: 'm1', value: withCell(m1, 0, th(120)) }]);
    expect(d.scenarios.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(sc(d, 's1').programme.total).toBe(th(60 + 25 + 30 + 10 + 20));
    expect(sc(d, 's1').priorities.map((p) => [p.id, p.planned.total])).toEqual([['pr1', th(115)]]);
    expect(sc(d, 's2').programme.total).toBe(th(115));
    expect(sc(d, 's1').differing).toBe(2);
  });

  it('adds and removes the findings that depend on the sums', () => {
    const { engine, first } = setup();
    // stated: programme 230 = plan (230); pr1 180 = plan (180); s1 under its 140 cap (135)
    expect(first.checks.filter((c) => c.code === 'total-mismatch' || c.code === 'cap-exceeded')).toEqual([]);
    const up = engine.patch([{ table: 'measures', id: 'm1', value: withCell(m1, 0, th(120)) }]);
    expect(up.checksAdded.map((c) => [c.code, c.location.kind, c.stated, c.computed]).sort()).toEqual([
      ['cap-exceeded', 'scenario', th(140), th(145)],
      ['total-mismatch', 'priority', th(180), th(200)],
      ['total-mismatch', 'programme', th(230), th(250)],
    ]);
    expect(up.checksRemoved).toEqual([]);
    const again = engine.patch([{ table: 'measures', id: 'm1', value: withCell(m1, 0, th(130)) }]);
    // same places, new figures: replaced
    expect(again.checksRemoved.sort()).toEqual(up.checksAdded.map((c) => c.key).sort());
    expect(again.checksAdded.map((c) => c.computed!).sort((x, y) => x - y)).toEqual([th(150), th(210), th(260)]);
    const back = engine.patch([{ table: 'measures', id: 'm1', value: m1 }]);
    expect(back.checksAdded).toEqual([]);
    expect(back.checksRemoved.sort()).toEqual(up.checksAdded.map((c) => c.key).sort());
  });
});

describe('adding, removing and moving measures', () => {
  it('a new measure appears with its parents and its own findings', () => {
    const { engine } = setup();
    const m4 = measure({ id: 'm4', title: '', taskId: 't2', priorityId: 'pr2', funding: [cell(2027, 'other', th(5))] });
    const d = engine.patch([{ table: 'measures', id: 'm4', value: m4 }]);
    expect(keys(d)).toEqual(['measure:m4', 'priority:pr2', 'programme:prog', 'task:t2']);
    expect(node(d, 'task', 't2').planned.total).toBe(th(55));
    expect(d.checksAdded.map((c) => [c.code, c.location.id])).toContainEqual(['empty-title', 'm4']);
    expect(sc(d, 's1').priorities.map((p) => p.id)).toEqual(['pr2']);
  });

  it('a removed measure is reported removed, its money and findings gone', () => {
    const { engine, first } = setup();
    const d = engine.patch([{ table: 'measures', id: 'm2', value: null }]);
    expect(d.removed).toEqual([{ kind: 'measure', id: 'm2' }]);
    expect(keys(d)).toEqual(['priority:pr1', 'programme:prog', 'task:t1']);
    expect(node(d, 'task', 't1').planned.total).toBe(th(150));
    const m2Findings = first.checks.filter((c) => c.location.id === 'm2').map((c) => c.key);
    expect(m2Findings).toHaveLength(1); // empty responsible
    expect(d.checksRemoved).toEqual(expect.arrayContaining(m2Findings));
    expect(engine.document().measures.map((m) => m.id)).toEqual(['m1', 'm3']);
  });

  it('a measure moved to a task of another priority leaves one and joins the other', () => {
    const { engine } = setup();
    const d = engine.patch([{ table: 'measures', id: 'm1', value: { ...m1, taskId: 't2', priorityId: 'pr2' } }]);
    expect(keys(d)).toEqual(['measure:m1', 'priority:pr1', 'priority:pr2', 'programme:prog', 'task:t1', 'task:t2']);
    expect(node(d, 'task', 't1').planned.total).toBe(th(30));
    expect(node(d, 'task', 't2').planned.total).toBe(th(200));
    expect(node(d, 'priority', 'pr1').planned.total).toBe(th(30));
    expect(node(d, 'programme', 'prog').planned.total).toBe(th(230));
    expect(sc(d, 's1').priorities.map((p) => [p.id, p.planned.total]).sort()).toEqual([['pr1', th(30)], ['pr2', th(105)]]);
  });

  it('undoing a removal brings the measure back with its findings', () => {
    const { engine } = setup();
    const stated = { ...m2, declared: [declared(th(31))] };
    const added = engine.patch([{ table: 'measures', id: 'm2', value: stated }]).checksAdded;
    expect(added.map((c) => c.code)).toEqual(['measure-total-mismatch']);
    engine.patch([{ table: 'measures', id: 'm2', value: null }]);
    const undo = engine.patch([{ table: 'measures', id: 'm2', value: stated }]);
    expect(undo.checksAdded.map((c) => c.code).sort()).toEqual(['empty-responsible', 'measure-total-mismatch']);
  });

  it('removed and added again within one patch, a measure is simply there', () => {
    const { engine } = setup();
    const d = engine.patch([{ table: 'measures', id: 'm2', value: null }, { table: 'measures', id: 'm2', value: { ...m2, responsible: 'ЦНАП' } }]);
    expect(d.removed).toEqual([]);
    expect(node(d, 'measure', 'm2').planned.total).toBe(th(30));
    expect(d.checksRemoved).toHaveLength(1);
    expect(d.checksAdded).toEqual([]);
  });
});

describe('tasks and priorities', () => {
  it('a task moved to another priority moves its measures\' money', () => {
    const { engine } = setup();
    const moved: Task = { ...t2, priorityId: 'pr1' };
    const d = engine.patch([{ table: 'tasks', id: 't2', value: moved }]);
    expect(node(d, 'priority', 'pr1').planned.total).toBe(th(230));
    expect(node(d, 'priority', 'pr2').planned.total).toBe(0);
    expect(node(d, 'task', 't2').planned.total).toBe(th(50));
    // scenarios are recomputed whole and report every priority
    expect(sc(d, 's1').priorities.map((p) => [p.id, p.planned.total]).sort()).toEqual([['pr1', th(135)], ['pr2', 0]]);
    // pr1's stated 180 is now wrong
    expect(d.checksAdded.map((c) => [c.code, c.location.id, c.computed])).toEqual([['total-mismatch', 'pr1', th(230)]]);
  });

  it('a removed priority is reported; its money stays in the programme', () => {
    const { engine } = setup();
    const d = engine.patch([{ table: 'priorities', id: 'pr2', value: null }]);
    expect(d.removed).toEqual([{ kind: 'priority', id: 'pr2' }]);
    expect(node(d, 'programme', 'prog').planned.total).toBe(th(230));
    expect(d.nodes.some((n) => n.id === 'pr2')).toBe(false);
    expect(sc(d, 's1').priorities.map((p) => p.id)).toEqual(['pr1']);
  });

  it('a renamed priority rewords its findings', () => {
    const { engine } = setup();
    engine.patch([{ table: 'measures', id: 'm2', value: null }]);
    const d = engine.patch([{ table: 'priorities', id: 'pr1', value: priority({ id: 'pr1', title: 'Цифрові послуги', declared: [declared(th(180))] }) }]);
    expect(d.checksAdded.map((c) => c.where)).toEqual(['Напрям 1 «Цифрові послуги»']);
    expect(d.checksRemoved).toHaveLength(1);
  });
});

describe('indicators', () => {
  it('a result for the edited indicator; findings come and go; a removal is reported', () => {
    const { engine } = setup();
    const bad: Indicator = { ...pct, targets: { '2026': 120 } };
    const d = engine.patch([{ table: 'indicators', id: 'i1', value: bad }]);
    expect(d.indicators).toEqual([{ id: 'i1', lastTargetYear: 2026, dynamicsAbs: 110, dynamicsPct: 1100, achievement: {}, status: 'no-data' }]);
    expect(d.checksAdded.map((c) => c.code)).toEqual(['percent-out-of-range']);
    const fixed = engine.patch([{ table: 'indicators', id: 'i1', value: pct }]);
    expect(fixed.checksRemoved).toEqual([d.checksAdded[0]!.key]);
    const gone = engine.patch([{ table: 'indicators', id: 'i1', value: null }]);
    expect(gone.indicatorsRemoved).toEqual(['i1']);
    expect(gone.indicators).toEqual([]);
  });
});

describe('scenarios', () => {
  it('an edited scenario and those built on it come back whole', () => {
    const { engine } = setup();
    const edited: Scenario = { ...s1, overrides: [scaleSource('local', 1, 4)] };
    const d = engine.patch([{ table: 'scenarios', id: 's1', value: edited }]);
    expect(d.scenarios.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(sc(d, 's1').programme.total).toBe(th(25 + 12.5 + 30 + 10 + 10));
    expect(sc(d, 's1').priorities.map((p) => p.id).sort()).toEqual(['pr1', 'pr2']);
    expect(sc(d, 's2').programme.total).toBe(th(25 + 12.5 + 30));
    expect(d.nodes).toEqual([]);
  });

  it('a removed scenario is reported, its cap findings go, and a scenario on it falls back to the plan', () => {
    const { engine } = setup();
    engine.patch([{ table: 'measures', id: 'm1', value: withCell(m1, 0, th(120)) }]); // s1 over its cap
    const d = engine.patch([{ table: 'scenarios', id: 's1', value: null }]);
    expect(d.scenariosRemoved).toEqual(['s1']);
    expect(d.checksRemoved.filter((k) => k.startsWith('cap-exceeded'))).toHaveLength(1);
    expect(d.scenarios.map((s) => [s.id, s.programme.total])).toEqual([['s2', th(200)]]);
  });

  it('a new scenario comes with all its totals', () => {
    const { engine } = setup();
    const d = engine.patch([{ table: 'scenarios', id: 's3', value: scenario({ id: 's3', overrides: [exclude('m1')] }) }]);
    expect(d.scenarios.map((s) => [s.id, s.programme.total, s.priorities.length, s.differing])).toEqual([['s3', th(80), 2, 1]]);
  });
});

describe('the programme', () => {
  it('a change of period recomputes everything and says so', () => {
    const { engine } = setup();
    const p = engine.document().programme;
    const d = engine.patch([{ table: 'programme', id: p.id, value: { ...p, endYear: 2027 } }]);
    expect(d.full?.years).toEqual([2026, 2027]);
    const prog = d.full!.nodes.find((n) => n.kind === 'programme')!;
    expect(prog.planned.total).toBe(th(160));
    expect(prog.planned.outside).toBe(th(70));
    expect(d.checksAdded.filter((c) => c.code === 'outside-period')).toHaveLength(2);
  });

  it('a change of unit rewords every finding with an amount', () => {
    const { engine } = setup();
    engine.patch([{ table: 'measures', id: 'm1', value: withCell(m1, 0, th(120)) }]);
    const p = engine.document().programme;
    const d = engine.patch([{ table: 'programme', id: p.id, value: { ...p, unit: 'uah' } }]);
    expect(d.checksAdded.map((c) => c.code).sort()).toEqual(['cap-exceeded', 'total-mismatch', 'total-mismatch']);
    expect(d.checksRemoved.sort()).toEqual(d.checksAdded.map((c) => c.key).sort());
    expect(d.checksAdded.find((c) => c.location.kind === 'programme')!.message).toContain('у документі 230\u00a0000,0 грн, а сума рядків — 250\u00a0000,0 грн');
  });
});

describe('a client applying deltas', () => {
  it('ends where a fresh load of the same document does', () => {
    const { engine, first } = setup();
    let model = modelOf(first);
    const steps: Array<Parameters<Engine['patch']>[0]> = [
      [{ table: 'measures', id: 'm1', value: withCell(m1, 1, th(75)) }],
      [{ table: 'measures', id: 'm4', value: measure({ id: 'm4', code: 'm1', funding: [cell(2028, 'state', th(3))] }) }],
      [{ table: 'tasks', id: 't2', value: { ...t2, priorityId: 'pr1' } }],
      [{ table: 'scenarios', id: 's1', value: { ...s1, caps: [cap(th(50), 2026)] } }],
      [{ table: 'measures', id: 'm3', value: null }, { table: 'priorities', id: 'pr2', value: null }],
    ];
    for (const patches of steps) model = applyDelta(model, engine.patch(patches));
    expect(model).toEqual(modelOf(new Engine().load(engine.document())));
  });
});
