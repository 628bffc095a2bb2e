import { describe, expect, it } from 'vitest';
import { compare, PLAN_ID } from '../../../src/engine/compare';
import { Engine } from '../../../src/engine/engine';
import type { Patch } from '../../../src/engine/types';
import type { Kop } from '../../../src/model/money';
import { programmeDocSchema } from '../../../src/model/schema';
import { applyDelta, modelOf } from '../../fixtures/delta-model';
import { prng, syntheticProgramme } from '../../fixtures/synthetic';

const options = { measures: 400, years: 5, sources: 6, priorities: 6, tasksPerPriority: 3, scenarios: 10, seed: 42 };

describe('syntheticProgramme', () => {
  it('is deterministic and valid for the schema', () => {
    const a = syntheticProgramme(options);
    expect(syntheticProgramme(options)).toEqual(a);
    expect(syntheticProgramme({ ...options, seed: 43 })).not.toEqual(a);
    expect(programmeDocSchema.parse(a)).toEqual(a);
  });

  it('has the asked size and every kind of override, bases and caps', () => {
    const d = syntheticProgramme(options);
    expect(d.measures).toHaveLength(400);
    expect(d.tasks).toHaveLength(18);
    expect(d.programme.sources.map((s) => s.id)).toEqual(['state', 'regional', 'district', 'local', 'other', 'custom1']);
    expect([d.programme.startYear, d.programme.endYear]).toEqual([2026, 2030]);
    expect(d.scenarios).toHaveLength(10);
    const kinds = new Set(d.scenarios.flatMap((s) => s.overrides.map((o) => (o.kind === 'scale' ? `scale-${o.target.by}` : o.kind))));
    expect([...kinds].sort()).toEqual(['exclude', 'scale-priority', 'scale-source', 'scale-year', 'set-cell', 'shift']);
    expect(d.scenarios.filter((s) => s.baseId !== null).map((s) => [s.id, s.baseId])).toEqual([['s7', 's2'], ['s8', 's4'], ['s10', 's7']]);
    expect(d.scenarios.filter((s) => s.caps.length).length).toBeGreaterThanOrEqual(4);
  });

  it('gives the engine findings of several kinds and scenarios that differ from the plan', () => {
    const snap = new Engine().load(syntheticProgramme(options));
    const codes = new Set(snap.checks.map((c) => c.code));
    for (const code of ['total-mismatch', 'measure-total-mismatch', 'cap-exceeded'] as const) expect(codes).toContain(code);
    expect(snap.scenarios.every((s) => s.differing > 0)).toBe(true);
  });
});

describe('the engine on a synthetic programme', () => {
  it('stays equal to a full recomputation through a few hundred edits of every kind', () => {
    const doc = syntheticProgramme(options);
    const engine = new Engine();
    let model = modelOf(engine.load(doc));
    const rnd = prng(9);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    for (let step = 0; step < 300; step++) {
      const d = engine.document();
      const m = pick(d.measures);
      const r = rnd();
      let patch: Patch;
      if (r < 0.6 && m.funding.length) {
        const i = Math.floor(rnd() * m.funding.length);
        patch = { table: 'measures', id: m.id, value: { ...m, funding: m.funding.map((f, k) => (k === i ? { ...f, planned: (Math.floor(rnd() * 1000) * 1000) as Kop } : f)) } };
      } else if (r < 0.7) {
        const t = pick(d.tasks);
        patch = { table: 'measures', id: m.id, value: { ...m, taskId: t.id, priorityId: t.priorityId } };
      } else if (r < 0.75) {
        patch = { table: 'measures', id: m.id, value: null };
      } else if (r < 0.8) {
        patch = { table: 'measures', id: `new${step}`, value: { ...m, id: `new${step}`, code: m.code } };
      } else if (r < 0.85) {
        const t = pick(d.tasks);
        patch = { table: 'tasks', id: t.id, value: { ...t, priorityId: pick(d.priorities).id } };
      } else {
        const s = pick(d.scenarios);
        patch = { table: 'scenarios', id: s.id, value: { ...s, overrides: s.overrides.slice(0, Math.floor(rnd() * (s.overrides.length + 1))), baseId: rnd() < 0.3 ? pick(d.scenarios).id : s.baseId } };
      }
      model = applyDelta(model, engine.patch([patch]));
    }
    expect(model).toEqual(modelOf(new Engine().load(engine.document())));
    // and the comparison agrees with the scenario totals
    const cmp = compare(engine, [PLAN_ID, ...doc.scenarios.map((s) => s.id)], PLAN_ID);
    for (const item of cmp.items.slice(1)) {
      expect(item.programme).toEqual(model.scenarios.get(item.id)!.programme);
      expect(item.differing.length).toBe(model.scenarios.get(item.id)!.differing);
    }
  });
});
