/** «Fit to ceilings»: always a scenario within its caps, or the caps that cannot be met and why. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { fitToCaps } from '../../../src/engine/fit';
import { importanceOrder } from '../../../src/engine/importance';
import type { Kop } from '../../../src/model/money';
import type { Cap, ProgrammeDoc, Scenario } from '../../../src/model/schema';
import { programmeDocSchema } from '../../../src/model/schema';
import { cap, cell, doc, measure, scenario, th } from '../../fixtures/builders';
import { docOf, docSpec } from '../../fixtures/random-docs';

const RUNS = 200;

/** Loads the proposal as a scenario on the fitted one and returns its engine and snapshot. */
function apply(d: ProgrammeDoc, s: Scenario, overrides: Scenario['overrides']) {
  const fitted = scenario({ id: 'fitted', baseId: s.id, overrides, caps: s.caps, order: 100 });
  const engine = new Engine();
  const snap = engine.load({ ...d, scenarios: [...d.scenarios, fitted] });
  return { engine, totals: snap.scenarios.find((x) => x.id === 'fitted')! };
}

const capArb = fc.record({ y: fc.option(fc.integer({ min: 0, max: 3 })), s: fc.option(fc.nat(2)), amount: fc.integer({ min: -1_000, max: 300_000 }) });

describe('fitToCaps', () => {
  it('meets every cap, or names each cap it cannot meet with only unmovable money left under it', () => {
    fc.assert(
      fc.property(docSpec, fc.array(capArb, { minLength: 1, maxLength: 3 }), fc.option(fc.nat(3)), fc.array(fc.nat(9), { maxLength: 3 }), (spec, caps, baseIndex, fixedIdx) => {
        const d0 = docOf(spec, true);
        const sources = d0.programme.sources.map((x) => x.id);
        const base = baseIndex === null ? null : (d0.scenarios[baseIndex % Math.max(1, d0.scenarios.length)]?.id ?? null);
        const target = scenario({
          id: 'target',
          baseId: base,
          order: 50,
          caps: caps.map((c): Cap => ({ year: c.y === null ? null : d0.programme.startYear + c.y, sourceId: c.s === null ? null : sources[c.s % sources.length]!, amount: c.amount as Kop })),
        });
        const d: ProgrammeDoc = { ...d0, scenarios: [...d0.scenarios, target] };
        const fixed = new Set(fixedIdx.map((i) => d.measures[i % Math.max(1, d.measures.length)]?.id).filter((x): x is string => !!x));
        const r = fitToCaps(d, 'target', { fixed });
        const { engine, totals } = apply(d, target, r.overrides);
        expect(totals.programme).toEqual(r.after);
        // Fixed measures are never touched; nothing is moved out of the period.
        for (const mv of r.moves) expect(fixed.has(mv.measureId)).toBe(false);
        const plan = engine.planState();
        const money = new Float64Array(plan.axes.C);
        for (const mv of r.moves.filter((x) => x.kind === 'defer')) {
          engine.measureMoney('fitted', plan.slotOf.get(mv.measureId)!, money);
          expect([...money.slice(plan.axes.Y * plan.axes.S)].every((v) => v === 0)).toBe(true);
        }
        if (r.ok) {
          expect(totals.capExcess).toEqual([]);
          expect(r.unmet).toEqual([]);
          return;
        }
        expect(r.unmet.map((u) => u.cap)).toEqual(totals.capExcess.map((e) => e.cap));
        for (const u of r.unmet) {
          const e = totals.capExcess.find((x) => x.cap === u.cap)!;
          expect(u.computed).toBe(e.computed);
          expect(u.over).toBe(e.over);
          expect(u.reason).toContain('недосяжна');
          // Why: every measure still putting money under the cap may not be moved (or the cap is below zero).
          const excludedNow = new Set(r.moves.filter((x) => x.kind === 'exclude').map((x) => x.measureId));
          for (const id of u.fixedMeasureIds) {
            expect(excludedNow.has(id)).toBe(false);
            expect(fixed.has(id)).toBe(true);
          }
          if (u.cap.amount >= 0) expect(u.fixedMeasureIds.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('defers before it excludes, the least important first, and takes back what still fits', () => {
    // 2027 cap of 100: m1 (rank 1) 60 in 2027, m2 40 in 2026–2027, m3 50 in 2027 (least important), m4 30 in 2028.
    const d = doc({
      measures: [
        measure({ id: 'm1', order: 1, rank: 1, funding: [cell(2027, 'local', th(60))] }),
        measure({ id: 'm2', order: 2, funding: [cell(2026, 'local', th(40)), cell(2027, 'local', th(40))] }),
        measure({ id: 'm3', order: 3, funding: [cell(2027, 'local', th(50))] }),
        measure({ id: 'm4', order: 4, funding: [cell(2028, 'local', th(30))] }),
      ],
      scenarios: [scenario({ id: 's', caps: [cap(th(100), 2027, 'local'), cap(th(100), 2028, 'local')] })],
    });
    const r = fitToCaps(d, 's');
    // m3 goes to 2028 (30 + 50 ≤ 100); 2027 is then 60 + 40 = 100.
    expect(r.ok).toBe(true);
    expect(r.moves).toEqual([{ measureId: 'm3', kind: 'defer', years: 1, amount: th(50) }]);
    expect(r.after.perYear).toEqual([th(40), th(100), th(80)]);
  });

  it('says which cap cannot be met and names the measures under way', () => {
    const d = doc({
      measures: [
        measure({ id: 'm1', code: '1.1.1', title: 'Відеоспостереження', status: 'in-progress', funding: [cell(2027, 'local', th(300))] }),
        measure({ id: 'm2', funding: [cell(2027, 'local', th(100))] }),
      ],
      scenarios: [scenario({ id: 's', caps: [cap(th(250), 2027, 'local')] })],
    });
    const r = fitToCaps(d, 's');
    expect(r.ok).toBe(false);
    // m2 can wait until 2028; the measure under way cannot be touched, and alone exceeds the cap.
    expect(r.moves).toEqual([{ measureId: 'm2', kind: 'defer', years: 1, amount: th(100) }]);
    expect(r.unmet).toHaveLength(1);
    expect(r.unmet[0]!.over).toBe(th(50));
    expect(r.unmet[0]!.reason).toBe(
      'Стеля, 2027 рік, бюджет територіальної громади (250,0 тис. грн) недосяжна: лишається 300,0 тис. грн, перевищення 50,0 тис. грн. ' +
        'Решту становлять заходи, які не можна перенести чи виключити (вже виконуються, виконані або позначені як незмінні): Захід 1.1.1 «Відеоспостереження». ' +
        'Підвищте стелю, змініть суми цих заходів або зніміть позначку.',
    );
  });

  it('fits Іллінці into 1 500,0 of the community budget in 2027', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../public/samples/illintsi-2026-2028.json', import.meta.url), 'utf8')) as unknown;
    const d0 = programmeDocSchema.parse(raw);
    const s = scenario({ id: 's', programmeId: d0.programme.id, caps: [cap(th(1500), 2027, 'local')] });
    const d = { ...d0, scenarios: [s] };
    const r = fitToCaps(d, 's');
    expect(r.ok).toBe(true);
    expect(r.before.cells[1 * 5 + 3]).toBe(th(2655));
    expect(r.after.cells[1 * 5 + 3]).toBe(th(1430));
    expect(r.moves.map((m) => `${m.kind} ${m.measureId}`)).toEqual(['exclude ill-m10', 'exclude ill-m12', 'exclude ill-m19', 'exclude ill-m23', 'defer ill-m18', 'defer ill-m20', 'defer ill-m21']);
    // Nothing leaves the programme: deferred money lands in 2028.
    expect(r.after.outside).toBe(0);
    expect(importanceOrder(d).at(-1)!.id).toBe('ill-m25');
  });
});
