import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { Snapshot } from '../../../src/engine/types';
import { programmeDocSchema } from '../../../src/model/schema';
import type { ProgrammeDoc } from '../../../src/model/schema';
import { th } from '../../fixtures/builders';

const NBSP = '\u00a0';

function sample(name: string): { doc: ProgrammeDoc; snap: Snapshot } {
  const json: unknown = JSON.parse(readFileSync(new URL(`../../../public/samples/${name}.json`, import.meta.url), 'utf8'));
  const doc = programmeDocSchema.parse(json);
  return { doc, snap: new Engine().load(doc) };
}

const node = (s: Snapshot, kind: string, id: string) => s.nodes.find((n) => n.kind === kind && n.id === id)!;

describe('Хмільник 2023–2025 (004)', () => {
  const { doc, snap } = sample('khmilnyk-2023-2025');

  it('plans 465 / 8707 / 5297 = 14469 тис. грн', () => {
    const p = node(snap, 'programme', doc.programme.id).planned;
    expect(snap.years).toEqual([2023, 2024, 2025]);
    expect(p.perYear).toEqual([th(465), th(8707), th(5297)]);
    expect(p.total).toBe(th(14469));
    expect(p.outside).toBe(0);
  });

  it('agrees with its passport: no total mismatch anywhere', () => {
    expect(snap.checks.filter((c) => c.code === 'total-mismatch' || c.code === 'measure-total-mismatch')).toEqual([]);
  });
});

describe('Іллінці 2026–2028 (002)', () => {
  const { doc, snap } = sample('illintsi-2026-2028');

  it('has priority totals 100 / 2450 / 4450 / 2725 тис. грн', () => {
    expect(doc.priorities.map((p) => node(snap, 'priority', p.id).planned.total)).toEqual([th(100), th(2450), th(4450), th(2725)]);
    expect(node(snap, 'programme', doc.programme.id).planned.total).toBe(th(9725));
  });

  it('catches the stated grand total, its years and its source split that disagree with the rows', () => {
    const found = snap.checks
      .filter((c) => c.code === 'total-mismatch')
      .map((c) => ({ kind: c.location.kind, year: c.location.year, sourceId: c.location.sourceId, stated: c.stated, computed: c.computed }));
    const programme = (year: number | null, sourceId: string | null, stated: number, computed: number) =>
      ({ kind: 'programme', year, sourceId, stated: th(stated), computed: th(computed) });
    // The «Всього за Програмою» block states the whole six-row form: the total and each year,
    // for all sources and for the two sources it fills in. Only the priorities' own sums agree.
    expect(found).toHaveLength(12);
    expect(found).toEqual(expect.arrayContaining([
      programme(null, null, 9625, 9725),
      programme(2026, null, 1800, 1830),
      programme(2027, null, 4075, 4105),
      programme(2028, null, 3750, 3790),
      programme(null, 'local', 6050, 6150),
      programme(null, 'other', 3675, 3575),
      programme(2026, 'local', 1075, 1105),
      programme(2027, 'local', 2625, 2655),
      programme(2028, 'local', 2350, 2390),
      programme(2026, 'other', 755, 725),
      programme(2027, 'other', 1480, 1450),
      programme(2028, 'other', 1440, 1400),
    ]));
  });

  it('words the finding for a clerk, with amounts as the annex writes them', () => {
    const grand = snap.checks.find((c) => c.code === 'total-mismatch' && c.location.year === null && c.location.sourceId === null)!;
    expect(grand.severity).toBe('error');
    expect(grand.where).toBe('Всього за Програмою');
    expect(grand.message).toContain(`9${NBSP}625,0 тис. грн`);
    expect(grand.message).toContain(`9${NBSP}725,0 тис. грн`);
    expect(grand.message).toContain('різниця -100,0 тис. грн');
    const local = snap.checks.find((c) => c.code === 'total-mismatch' && c.location.year === null && c.location.sourceId === 'local')!;
    expect(local.where).toBe('Всього за Програмою, бюджет територіальної громади');
    expect(local.message).toContain(`6${NBSP}050,0`);
    expect(local.message).toContain(`6${NBSP}150,0`);
  });

  it('has no other money findings', () => {
    expect(snap.checks.filter((c) => c.code !== 'total-mismatch')).toEqual([]);
  });
});

describe('Баранинці 2024–2026 (003)', () => {
  const { doc, snap } = sample('baranyntsi-2024-2026');

  it('plans 30 / 30 / 90 = 150 тис. грн', () => {
    const p = node(snap, 'programme', doc.programme.id).planned;
    expect(p.perYear).toEqual([th(30), th(30), th(90)]);
    expect(p.total).toBe(th(150));
    expect(snap.checks.filter((c) => c.code === 'total-mismatch')).toEqual([]);
  });

  it('flags the percentage indicator whose baseline is 108', () => {
    const ind = doc.indicators.find((i) => i.unitKind === 'percent' && i.baseline === 108)!;
    const found = snap.checks.filter((c) => c.code === 'percent-out-of-range');
    expect(found).toHaveLength(1);
    expect(found[0]!.location).toEqual({ kind: 'indicator', id: ind.id, field: 'baseline', year: null });
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toContain('108 % — відсоток має бути від 0 до 100');
  });
});
