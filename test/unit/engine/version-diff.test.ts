import { describe, expect, it } from 'vitest';
import { diffDocs } from '../../../src/engine/version-diff';
import { percentToFraction, setCap, shiftBy, toggleExclude } from '../../../src/model/scenario-ops';
import { cap, cell, doc, measure, scenario, th } from '../../fixtures/builders';

describe('diffDocs', () => {
  it('lists measures added, removed and changed with old and new money', () => {
    const a = doc({
      measures: [
        measure({ id: 'm1', code: '1.1.1', order: 1, funding: [cell(2026, 'local', th(100)), cell(2027, 'local', th(50))] }),
        measure({ id: 'm2', code: '1.1.2', order: 2, funding: [cell(2026, 'state', th(20))] }),
        measure({ id: 'm3', code: '1.1.3', order: 3, title: 'Сайт', funding: [cell(2028, 'other', th(5))] }),
      ],
    });
    const b = doc({
      measures: [
        measure({ id: 'm1', code: '1.1.1', order: 1, funding: [cell(2026, 'local', th(100)), cell(2027, 'local', th(25)), cell(2028, 'local', th(25))] }),
        measure({ id: 'm3', code: '1.1.3', order: 3, title: 'Новий сайт', funding: [cell(2028, 'other', th(5)), cell(2027, 'other', th(0))] }),
        measure({ id: 'm4', code: '1.1.4', order: 4, funding: [cell(2027, 'state', th(7.5))] }),
      ],
    });
    const d = diffDocs(a, b);
    expect(d.removed.map((x) => [x.code, x.before, x.after])).toEqual([['1.1.2', th(20), null]]);
    expect(d.added.map((x) => [x.code, x.before, x.after])).toEqual([['1.1.4', null, th(7.5)]]);
    expect(d.changed).toEqual([
      { measureId: 'm1', kind: 'changed', code: '1.1.1', title: 'Захід m1', before: th(150), after: th(150), fields: ['money'], years: [{ year: 2027, before: th(50), after: th(25) }, { year: 2028, before: 0, after: th(25) }] },
      { measureId: 'm3', kind: 'changed', code: '1.1.3', title: 'Новий сайт', before: th(5), after: th(5), fields: ['title'], years: [] },
    ]);
    expect(d.totals).toEqual({ before: th(175), after: th(162.5) });
  });
});

describe('scenario edits', () => {
  it('turns a typed percentage into an exact fraction', () => {
    expect(percentToFraction('50')).toEqual({ num: 1, den: 2 });
    expect(percentToFraction('50 %')).toEqual({ num: 1, den: 2 });
    expect(percentToFraction('33,5%')).toEqual({ num: 67, den: 200 });
    expect(percentToFraction('120')).toEqual({ num: 6, den: 5 });
    expect(percentToFraction('abc')).toBeNull();
    expect(percentToFraction('1,234')).toBeNull();
  });

  it('merges shifts, toggles exclusion and replaces caps of the same place', () => {
    let s = scenario({ id: 's' });
    s = shiftBy(shiftBy(s, 'm1', 1), 'm1', 1);
    expect(s.overrides).toEqual([{ kind: 'shift', measureId: 'm1', years: 2 }]);
    expect(shiftBy(s, 'm1', -2).overrides).toEqual([]);
    expect(toggleExclude(toggleExclude(s, 'm2'), 'm2').overrides).toEqual(s.overrides);
    s = setCap(setCap(s, 2027, 'local', th(1500)), 2027, 'local', th(1400));
    expect(s.caps).toEqual([cap(th(1400), 2027, 'local')]);
    expect(setCap(s, 2027, 'local', null).caps).toEqual([]);
  });
});
