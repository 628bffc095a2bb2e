import { describe, expect, it } from 'vitest';
import type { Check, CheckCode } from '../../../src/engine/checks';
import { Engine } from '../../../src/engine/engine';
import type { Snapshot } from '../../../src/engine/types';
import { cap, cell, declared, doc, indicator, measure, priority, scenario, task, th } from '../../fixtures/builders';

const NBSP = '\u00a0';
const of = (s: Snapshot | Check[], code: CheckCode): Check[] => ('checks' in s ? s.checks : s).filter((c) => c.code === code);
const node = (s: Snapshot, kind: string, id: string) => s.nodes.find((n) => n.kind === kind && n.id === id)!;

describe('measure findings', () => {
  it('a measure whose stated total differs from the sum of its cells', () => {
    const m = measure({ id: 'm1', code: '1.1.1', title: 'Сервер', funding: [cell(2026, 'local', th(100)), cell(2027, 'state', th(50))], declared: [declared(th(160))] });
    const snap = new Engine().load(doc({ measures: [m] }));
    const [c, ...rest] = of(snap, 'measure-total-mismatch');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ severity: 'error', stated: th(160), computed: th(150), where: 'Захід 1.1.1 «Сервер»', location: { kind: 'measure', id: 'm1', field: 'amount', year: null, sourceId: null } });
    expect(c!.message).toBe('Захід 1.1.1 «Сервер»: у документі 160,0 тис. грн, а сума за роками та джерелами — 150,0 тис. грн (різниця 10,0 тис. грн). Виправте підсумок або суми, з яких він складається.');
  });

  it('a stated figure of one year and source is checked against that cell only', () => {
    const m = measure({ id: 'm1', funding: [cell(2026, 'local', th(100)), cell(2026, 'state', th(1))], declared: [declared(th(100), 2026, 'local'), declared(th(2), 2026, 'state')] });
    const found = of(new Engine().load(doc({ measures: [m] })), 'measure-total-mismatch');
    expect(found.map((c) => [c.location.year, c.location.sourceId, c.stated, c.computed])).toEqual([[2026, 'state', th(2), th(1)]]);
  });

  it('money outside the programme period is kept apart: in `outside`, never in the totals', () => {
    const m = measure({ id: 'm1', funding: [cell(2026, 'local', th(100)), cell(2029, 'local', th(20)), cell(2025, 'state', th(3))] });
    const snap = new Engine().load(doc({ measures: [m] }));
    for (const n of [node(snap, 'measure', 'm1'), node(snap, 'task', 't1'), node(snap, 'priority', 'pr1'), node(snap, 'programme', 'prog')]) {
      expect(n.planned.total).toBe(th(100));
      expect(n.planned.perYear).toEqual([th(100), 0, 0]);
      expect(n.planned.outside).toBe(th(23));
    }
    const found = of(snap, 'outside-period');
    expect(found.map((c) => [c.location.year, c.location.sourceId, c.severity])).toEqual([[2029, 'local', 'error'], [2025, 'state', 'error']]);
    expect(found[0]!.message).toBe(
      'Захід m1 «Захід m1», 2029 рік, бюджет територіальної громади: 20,0 тис. грн у 2029 році — поза періодом програми 2026–2028. Ці кошти не входять до підсумків; перенесіть їх у рік програми.',
    );
  });

  it('money in a programme year outside the measure\'s term is a warning and still counted', () => {
    const m = measure({ id: 'm1', term: { text: '2026', from: 2026, to: 2026 }, funding: [cell(2026, 'local', th(10)), cell(2027, 'local', th(5))] });
    const snap = new Engine().load(doc({ measures: [m] }));
    expect(node(snap, 'programme', 'prog').planned.total).toBe(th(15));
    const found = of(snap, 'outside-term');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', location: { kind: 'measure', id: 'm1', field: 'amount', year: 2027, sourceId: 'local' } });
    expect(found[0]!.message).toContain('5,0 тис. грн у 2027 році — поза строком виконання заходу (2026)');
  });

  it('negative planned and actual money are two findings on the same cell', () => {
    const m = measure({ id: 'm1', funding: [cell(2026, 'other', -th(1.5), -th(2))] });
    const snap = new Engine().load(doc({ measures: [m] }));
    const found = of(snap, 'negative-amount');
    expect(found).toHaveLength(2);
    expect(new Set(found.map((c) => c.key)).size).toBe(2);
    expect(found[0]!.message).toContain('від’ємна сума -1,5 тис. грн');
    expect(found[1]!.message).toContain('(факт): від’ємна сума -2,0 тис. грн');
    expect(node(snap, 'measure', 'm1').planned.total).toBe(-th(1.5));
    expect(node(snap, 'measure', 'm1').actual.total).toBe(-th(2));
  });

  it('empty title is an error, empty responsible a warning', () => {
    const snap = new Engine().load(doc({ measures: [measure({ id: 'm1', code: '2.1', title: '  ', responsible: '' })] }));
    expect(of(snap, 'empty-title')).toEqual([expect.objectContaining({ severity: 'error', location: expect.objectContaining({ id: 'm1', field: 'title' }), message: 'Захід 2.1 «(без назви)»: немає назви заходу. Впишіть назву.' })]);
    expect(of(snap, 'empty-responsible')).toEqual([expect.objectContaining({ severity: 'warning', location: expect.objectContaining({ id: 'm1', field: 'responsible' }) })]);
  });

  it('two entries of one cell outside the period are one finding; both amounts are kept apart', () => {
    const m = measure({ id: 'm1', funding: [cell(2030, 'local', th(1)), cell(2030, 'local', th(2))] });
    const snap = new Engine().load(doc({ measures: [m] }));
    expect(of(snap, 'outside-period')).toHaveLength(1);
    expect(node(snap, 'programme', 'prog').planned.outside).toBe(th(3));
  });

  it('money in a source the programme does not have', () => {
    const snap = new Engine().load(doc({ measures: [measure({ id: 'm1', funding: [cell(2026, 'grant', th(7))] })] }));
    expect(of(snap, 'unknown-source').map((c) => c.location.sourceId)).toEqual(['grant']);
    expect(node(snap, 'programme', 'prog').planned.total).toBe(0);
  });
});

describe('duplicate codes', () => {
  const twins = doc({ measures: [measure({ id: 'a', code: '1.1' }), measure({ id: 'b', code: '1.1' }), measure({ id: 'c', code: '1.2' })] });

  it('every measure sharing a code gets a warning', () => {
    const found = of(new Engine().load(twins), 'duplicate-code');
    expect(found.map((c) => c.location.id).sort()).toEqual(['a', 'b']);
    expect(found[0]!.message).toContain('номер «1.1» мають 2 заходів');
  });

  it('disappears when one of them is renumbered, and comes back when the clash returns', () => {
    const engine = new Engine();
    const keys = of(engine.load(twins), 'duplicate-code').map((c) => c.key).sort();
    const fixed = engine.patch([{ table: 'measures', id: 'b', value: measure({ id: 'b', code: '1.3' }) }]);
    expect([...fixed.checksRemoved].sort()).toEqual(keys);
    expect(fixed.checksAdded).toEqual([]);
    expect(of(engine.allChecks(), 'duplicate-code')).toEqual([]);
    const clash = engine.patch([{ table: 'measures', id: 'c', value: measure({ id: 'c', code: '1.3' }) }]);
    expect(clash.checksAdded.map((c) => [c.code, c.location.id]).sort()).toEqual([['duplicate-code', 'b'], ['duplicate-code', 'c']]);
  });

  it('a renamed twin gets its finding reworded', () => {
    const engine = new Engine();
    engine.load(twins);
    const d = engine.patch([{ table: 'measures', id: 'b', value: measure({ id: 'b', code: '1.1', title: 'Сервер' }) }]);
    expect(d.checksAdded.map((c) => c.where)).toEqual(['Захід 1.1 «Сервер»']);
    expect(d.checksRemoved).toEqual([d.checksAdded[0]!.key]);
  });

  it('tasks are checked among tasks', () => {
    const d = doc({ tasks: [task({ id: 't1', code: '1.1' }), task({ id: 't2', code: '1.1' })], measures: [measure({ id: 'x', code: '1.1' })] });
    const found = of(new Engine().load(d), 'duplicate-code');
    expect(found.map((c) => [c.location.kind, c.location.id]).sort()).toEqual([['task', 't1'], ['task', 't2']]);
    expect(found[0]!.message).toContain('мають 2 завдань');
  });
});

describe('stated totals of tasks, priorities and the programme', () => {
  it('compares each stated figure with the sum of the rows below it', () => {
    const d = doc({
      programme: { declared: [declared(th(160), null, null, 'Всього за Програмою'), declared(th(150), 2026, null, 'Всього за Програмою')] },
      priorities: [priority({ id: 'pr1', declared: [declared(th(150), null, null, 'Всього за напрямом 1')] })],
      tasks: [task({ id: 't1', declared: [declared(th(140), null, 'local')] })],
      measures: [measure({ id: 'm1', funding: [cell(2026, 'local', th(150))] })],
    });
    const found = of(new Engine().load(d), 'total-mismatch');
    expect(found.map((c) => [c.location.kind, c.location.year, c.location.sourceId, c.stated, c.computed, c.where])).toEqual([
      ['task', null, 'local', th(140), th(150), 'Завдання 1.1 «Завдання t1», бюджет територіальної громади'],
      ['programme', null, null, th(160), th(150), 'Всього за Програмою'],
    ]);
  });

  it('a stated figure for a year outside the period is not compared', () => {
    const d = doc({ programme: { declared: [declared(th(1), 2030)] }, measures: [measure({ id: 'm1', funding: [cell(2030, 'local', th(5))] })] });
    expect(of(new Engine().load(d), 'total-mismatch')).toEqual([]);
  });
});

describe('indicators', () => {
  it('Так/Ні holding anything but 0 or 1, and percentages outside 0–100', () => {
    const d = doc({
      indicators: [
        indicator({ id: 'yn', code: '3', name: 'Наявність стратегії', unitKind: 'yes-no', unit: 'Так/Ні', baseline: 0, targets: { '2026': 1, '2027': 2 } }),
        indicator({ id: 'pc', unitKind: 'percent', baseline: -1, targets: { '2026': 100, '2027': 100.5 }, actuals: { '2026': 30 } }),
        indicator({ id: 'tx', unitKind: 'count', baseline: 'багато' }),
      ],
    });
    const snap = new Engine().load(d);
    expect(of(snap, 'yes-no-invalid').map((c) => [c.location.id, c.location.field, c.location.year])).toEqual([['yn', 'target', 2027]]);
    expect(of(snap, 'yes-no-invalid')[0]!.message).toBe('індикатор 3 «Наявність стратегії», прогноз на 2027 рік: значення 2 — для індикатора «Так/Ні» можливі лише «Так» або «Ні».');
    expect(of(snap, 'percent-out-of-range').map((c) => [c.location.field, c.location.year])).toEqual([['baseline', null], ['target', 2027]]);
    expect(of(snap, 'percent-out-of-range')[1]!.message).toContain('100,5 %');
    expect(of(snap, 'indicator-not-a-number').map((c) => c.location.id)).toEqual(['tx']);
  });
});

describe('caps', () => {
  it('a scenario above its ceiling gets an error with both amounts and the excess', () => {
    const d = doc({
      measures: [measure({ id: 'm1', funding: [cell(2026, 'local', th(150)), cell(2027, 'state', th(40))] })],
      scenarios: [scenario({ id: 's1', name: 'Економний', caps: [cap(th(100), 2026), cap(th(200)), cap(th(30), null, 'state'), cap(th(10), 2027, 'local')] })],
    });
    const snap = new Engine().load(d);
    const found = of(snap, 'cap-exceeded');
    expect(found.map((c) => [c.location.kind, c.location.id, c.location.year, c.location.sourceId, c.stated, c.computed])).toEqual([
      ['scenario', 's1', 2026, null, th(100), th(150)],
      ['scenario', 's1', null, 'state', th(30), th(40)],
    ]);
    expect(found[0]!.message).toBe(
      'Сценарій «Економний», стеля, 2026 рік: заплановано 150,0 тис. грн при стелі 100,0 тис. грн — перевищення 50,0 тис. грн. Зменште або перенесіть заходи, або скористайтеся «Вписати в стелі».',
    );
    expect(snap.scenarios[0]!.capExcess.map((e) => e.over)).toEqual([th(50), th(10)]);
  });

  it('uses the scenario\'s money, not the plan\'s', () => {
    const d = doc({
      measures: [measure({ id: 'm1', funding: [cell(2026, 'local', th(150))] })],
      scenarios: [scenario({ id: 's1', overrides: [{ kind: 'exclude', measureId: 'm1' }], caps: [cap(th(100), 2026)] })],
    });
    const snap = new Engine().load(d);
    expect(of(snap, 'cap-exceeded')).toEqual([]);
    expect(snap.scenarios[0]!.capExcess).toEqual([]);
  });

  it(`formats large amounts with a no-break space`, () => {
    const d = doc({ measures: [measure({ id: 'm1', funding: [cell(2026, 'local', th(1250.5))] })], scenarios: [scenario({ id: 's', caps: [cap(th(1000))] })] });
    expect(of(new Engine().load(d), 'cap-exceeded')[0]!.message).toContain(`заплановано 1${NBSP}250,5 тис. грн при стелі 1${NBSP}000,0 тис. грн — перевищення 250,5 тис. грн`);
  });
});
