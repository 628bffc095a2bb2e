/** Execution % (actual / planned) from the engine's Breakdowns, with actuals entered for only part of the plan. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { executionOf, executionPct } from '../../../src/engine/execution';
import type { NodeTotals } from '../../../src/engine/types';
import { cell, doc, measure, priority, task, th } from '../../fixtures/builders';

// Sources of the default programme, in order: state, regional, district, local, other.
const d = doc({
  priorities: [priority({ id: 'pr1', code: '1' }), priority({ id: 'pr2', code: '2', order: 1 })],
  tasks: [task({ id: 't1', priorityId: 'pr1' }), task({ id: 't2', priorityId: 'pr2', code: '2.1' })],
  measures: [
    // 2026: state 100 planned / 80 spent; local 20 planned, nothing reported yet
    measure({ id: 'm1', taskId: 't1', priorityId: 'pr1', funding: [cell(2026, 'state', th(100), th(80)), cell(2026, 'local', th(20))] }),
    // 2026: local 50 planned, not reported; 2027: local 10 planned / 3 spent
    measure({ id: 'm2', taskId: 't1', priorityId: 'pr1', order: 1, funding: [cell(2026, 'local', th(50)), cell(2027, 'local', th(10), th(3))] }),
    // spent without a plan: 2026 other 5
    measure({ id: 'm3', taskId: 't2', priorityId: 'pr2', funding: [cell(2026, 'other', null, th(5))] }),
  ],
});

describe('execution', () => {
  const snap = new Engine().load(d);
  const node = (kind: NodeTotals['kind'], id: string) => snap.nodes.find((n) => n.kind === kind && n.id === id)!;

  it('is actual / planned × 100, and nothing when nothing was planned', () => {
    expect(executionPct(th(120), th(80))).toBe(66.666667);
    expect(executionPct(th(10), th(3))).toBe(30);
    expect(executionPct(0, th(5))).toBeNull();
    expect(executionPct(th(5), 0)).toBe(0);
  });

  it('of a measure with partial actuals: per cell, year, source and in total', () => {
    const m1 = executionOf(node('measure', 'm1'));
    expect(m1.total).toBe(66.666667); // 80 / 120
    expect(m1.perYear).toEqual([66.666667, null, null]);
    expect(m1.perSource).toEqual([80, null, null, 0, null]); // state 80 / 100, local 0 / 20
    expect(m1.cells.slice(0, 5)).toEqual([80, null, null, 0, null]);
    const m3 = executionOf(node('measure', 'm3'));
    expect([m3.total, m3.perSource[4]]).toEqual([null, null]);
  });

  it('of a task, a priority and the programme, from the engine’s sums', () => {
    const t1 = executionOf(node('task', 't1'));
    expect(t1.total).toBe(46.111111); // (80 + 3) / (120 + 60)
    expect(t1.perYear).toEqual([47.058824, 30, null]); // 80 / 170, 3 / 10
    const p2 = executionOf(node('priority', 'pr2'));
    expect(p2.total).toBeNull();
    const prog = executionOf(node('programme', 'prog'));
    expect(prog.total).toBe(48.888889); // 88 / 180: money spent without a plan counts as spent
    expect(prog.perYear).toEqual([50, 30, null]); // 85 / 170
    expect(prog.perSource).toEqual([80, null, null, 3.75, null]); // local 3 / 80
  });

  it('follows a patch that reports the rest of the year', () => {
    const e = new Engine();
    e.load(d);
    const m1 = d.measures[0]!;
    const delta = e.patch([{ table: 'measures', id: 'm1', value: { ...m1, funding: [cell(2026, 'state', th(100), th(80)), cell(2026, 'local', th(20), th(20))] } }]);
    const prog = delta.nodes.find((n) => n.kind === 'programme')!;
    expect(executionOf(prog).perYear[0]).toBe(61.764706); // 105 / 170
    expect(executionOf(delta.nodes.find((n) => n.kind === 'measure' && n.id === 'm1')!).total).toBe(83.333333); // 100 / 120
  });
});
