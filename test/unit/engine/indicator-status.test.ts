/**
 * Indicators in the engine: dynamics of the real samples worked out by hand from their JSON,
 * the status of an actual (achieved / on track / behind / no data), and the impossible `108 %`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { indicatorResult, indicatorYearStatus, requiredFor } from '../../../src/engine/indicators';
import { programmeDocSchema, type ProgrammeDoc } from '../../../src/model/schema';
import { doc, indicator } from '../../fixtures/builders';

const sample = (name: string): ProgrammeDoc =>
  programmeDocSchema.parse(JSON.parse(readFileSync(new URL(`../../../public/samples/${name}.json`, import.meta.url), 'utf8')));

describe('dynamics of the Хмільник sample (last target − baseline)', () => {
  const d = sample('khmilnyk-2023-2025');
  const results = new Map(new Engine().load(d).indicators.map((r) => [r.id, r]));
  const dyn = (id: string) => {
    const r = results.get(id)!;
    return [r.lastTargetYear, r.dynamicsAbs, r.dynamicsPct];
  };

  it('computes absolute and relative change for indicators with a baseline', () => {
    // khm-i2: baseline 30 %, targets 35 / 70 / 100 → +70 п.п., 70 / 30 = +233,33 %
    expect(dyn('khm-i2')).toEqual([2025, 70, 233.333333]);
    // khm-i19: baseline 30, last target (2025) 10 → −20, −66,67 %
    expect(dyn('khm-i19')).toEqual([2025, -20, -66.666667]);
    // khm-i27: baseline 10, targets 5 / 42 / 43 → +33, +330 %
    expect(dyn('khm-i27')).toEqual([2025, 33, 330]);
    // khm-i4: baseline 50, only 2023 has a target (100) → +50, +100 %
    expect(dyn('khm-i4')).toEqual([2023, 50, 100]);
    // khm-i3 (Так/Ні): baseline Ні, 2024 Так, 2025 blank → +1 by 2024; no percentage of a zero baseline
    expect(dyn('khm-i3')).toEqual([2024, 1, null]);
  });

  it('gives an absolute change but no percentage when the baseline is 0, and nothing without a baseline', () => {
    // khm-i7: baseline 0, last target 50
    expect(dyn('khm-i7')).toEqual([2025, 50, null]);
    // khm-i6: no baseline in the document, targets 50 / 50
    expect(dyn('khm-i6')).toEqual([2025, null, null]);
    expect([...results.values()].filter((r) => r.dynamicsAbs === null).map((r) => r.id)).toEqual(['khm-i6']);
  });
});

describe('the Баранинці sample', () => {
  const d = sample('baranyntsi-2024-2026');
  const snap = new Engine().load(d);

  it('has baselines but no targets, so no dynamics can be computed for any of its 51 indicators', () => {
    expect(snap.indicators).toHaveLength(51);
    expect(snap.indicators.every((r) => r.lastTargetYear === null && r.dynamicsAbs === null && r.dynamicsPct === null)).toBe(true);
    // …until a target is set: bar-i21 has baseline 13 %; a 2026 target of 39 % is +26 п.п., +200 %
    const i21 = d.indicators.find((i) => i.id === 'bar-i21')!;
    expect(indicatorResult({ ...i21, targets: { ...i21.targets, '2026': 39 } })).toMatchObject({ lastTargetYear: 2026, dynamicsAbs: 26, dynamicsPct: 200 });
    // bar-i45: baseline 0,01 %, target 0,5 % → +0,49 п.п., +4900 %
    const i45 = d.indicators.find((i) => i.id === 'bar-i45')!;
    expect(indicatorResult({ ...i45, targets: { '2025': 0.5 } })).toMatchObject({ dynamicsAbs: 0.49, dynamicsPct: 4900 });
  });

  it('flags the impossible baseline of 108 % (bar-i8) and nothing else', () => {
    const found = snap.checks.filter((c) => c.location.kind === 'indicator');
    expect(found.map((c) => [c.code, c.severity, c.location.id, c.location.field])).toEqual([['percent-out-of-range', 'error', 'bar-i8', 'baseline']]);
    expect(found[0]!.message).toBe('індикатор 8 «% зареєстрованих документів структурних підрозділів ОМС, як…», вихідні дані: 108 % — відсоток має бути від 0 до 100. Перевірте значення.');
  });
});

describe('status of an indicator', () => {
  // Baseline 30 %, targets 35 / 70 / 100 (the shape of Хмільник's khm-i2), years 2026–2028.
  const base = indicator({ id: 'i', baseline: 30, targets: { '2026': 35, '2027': 70, '2028': 100 } });
  const withActuals = (actuals: Record<string, number | null>, over = {}) => ({ ...base, ...over, actuals });

  it('is on track when the actual meets its year’s target but not yet the final one', () => {
    expect(indicatorResult(withActuals({ '2026': 40 })).status).toBe('on-track');
    expect(indicatorResult(withActuals({ '2026': 35 })).status).toBe('on-track');
    expect(indicatorResult(withActuals({ '2026': 40 })).achievement).toEqual({ '2026': 114.285714 });
  });

  it('is behind when the actual falls short of its year’s target, and the latest year decides', () => {
    expect(indicatorResult(withActuals({ '2026': 34 })).status).toBe('behind');
    expect(indicatorResult(withActuals({ '2026': 40, '2027': 50 })).status).toBe('behind');
    expect(indicatorResult(withActuals({ '2026': 30, '2027': 75 })).status).toBe('on-track');
  });

  it('is achieved once the actual meets the final target, in any year', () => {
    expect(indicatorResult(withActuals({ '2026': 100 })).status).toBe('achieved');
    expect(indicatorResult(withActuals({ '2026': 40, '2027': 100 })).status).toBe('achieved');
  });

  it('has no data without a numeric actual or without any target', () => {
    expect(indicatorResult(withActuals({})).status).toBe('no-data');
    expect(indicatorResult(withActuals({ '2026': null })).status).toBe('no-data');
    expect(indicatorResult({ ...base, targets: {}, actuals: { '2026': 50 } }).status).toBe('no-data');
  });

  it('holds a year without a target to the last target before it, or to the baseline', () => {
    const gaps = indicator({ id: 'g', baseline: 10, targets: { '2026': null, '2027': 60, '2028': null } });
    expect([requiredFor(gaps, 2026), requiredFor(gaps, 2027), requiredFor(gaps, 2028)]).toEqual([10, 60, 60]);
    expect(indicatorYearStatus({ ...gaps, actuals: { '2026': 12 } }, 2026)).toBe('on-track');
    expect(indicatorYearStatus({ ...gaps, actuals: { '2026': 8 } }, 2026)).toBe('behind');
    expect(indicatorYearStatus({ ...gaps, actuals: { '2028': 59 } }, 2028)).toBe('behind');
    // No baseline and no earlier target: nothing is required yet.
    expect(indicatorYearStatus({ ...gaps, baseline: null, actuals: { '2026': 1 } }, 2026)).toBe('on-track');
  });

  it('turns the comparisons round when lower is better', () => {
    const lower = indicator({ id: 'l', direction: 'lower', baseline: 50, targets: { '2026': 40, '2027': 20 } });
    expect(indicatorResult({ ...lower, actuals: { '2026': 38 } }).status).toBe('on-track');
    expect(indicatorResult({ ...lower, actuals: { '2026': 45 } }).status).toBe('behind');
    expect(indicatorResult({ ...lower, actuals: { '2026': 20 } }).status).toBe('achieved');
    expect(indicatorResult({ ...lower, actuals: { '2026': 50 } }).achievement).toEqual({ '2026': 80 });
  });

  it('treats Так/Ні as 1/0: Ні in a year that expects nothing yet is on track', () => {
    const yn = indicator({ id: 'y', unitKind: 'yes-no', unit: 'Так/Ні', baseline: 0, targets: { '2026': 0, '2027': 1 } });
    expect(indicatorResult({ ...yn, actuals: { '2026': 0 } }).status).toBe('on-track');
    expect(indicatorResult({ ...yn, actuals: { '2026': 0, '2027': 0 } }).status).toBe('behind');
    expect(indicatorResult({ ...yn, actuals: { '2026': 1 } }).status).toBe('achieved');
  });

  it('comes back from the engine with every patch of an indicator', () => {
    const e = new Engine();
    e.load(doc({ indicators: [base] }));
    const d1 = e.patch([{ table: 'indicators', id: 'i', value: withActuals({ '2026': 40 }) }]);
    expect(d1.indicators.map((r) => [r.id, r.status])).toEqual([['i', 'on-track']]);
    const d2 = e.patch([{ table: 'indicators', id: 'i', value: withActuals({ '2026': 40, '2027': 50 }) }]);
    expect(d2.indicators.map((r) => [r.id, r.status])).toEqual([['i', 'behind']]);
  });
});
