/** «Звіт про виконання» for one year: planned, actual, execution formulas, totals, indicators. */
import { describe, expect, it } from 'vitest';
import { exportMonitoring } from '../../../src/io/export/monitoring';
import { cell, doc, indicator, measure, priority, task, th } from '../../fixtures/builders';
import { snapshotOf, totalsOf } from '../../fixtures/export/samples';
import { SheetView, readBook, toKop } from '../../fixtures/export/workbook';

const d = doc({
  priorities: [priority({ id: 'pr1', code: '1', title: 'Цифрова економіка', order: 0 }), priority({ id: 'pr2', code: '2', title: 'Цифрові навички', order: 1 })],
  tasks: [task({ id: 't1', priorityId: 'pr1', code: '1.1', title: 'Сервіси' }), task({ id: 't2', priorityId: 'pr2', code: '2.1', title: 'Навчання' })],
  measures: [
    measure({ id: 'm1', code: '1.1.1', title: 'Коворкінг', taskId: 't1', priorityId: 'pr1', status: 'done', funding: [cell(2026, 'state', th(100), th(80)), cell(2026, 'local', th(20), th(20))] }),
    measure({ id: 'm2', code: '1.1.2', title: 'Портал', taskId: 't1', priorityId: 'pr1', status: 'in-progress', order: 1, funding: [cell(2026, 'local', th(50)), cell(2027, 'local', th(10), th(3))] }),
    measure({ id: 'm3', code: '2.1.1', title: 'Курси', taskId: 't2', priorityId: 'pr2', funding: [cell(2027, 'other', th(5))] }),
  ],
  indicators: [
    indicator({ id: 'i1', code: '1', name: 'Послуги онлайн', unitKind: 'percent', unit: '%', baseline: 10, targets: { '2026': 40 }, actuals: { '2026': 45, '2027': 10 } }),
    indicator({ id: 'i2', code: '2', name: 'Геопортал', unitKind: 'yes-no', unit: 'Так/Ні', targets: { '2026': 1 }, actuals: { '2026': 0 }, order: 1 }),
    indicator({ id: 'i3', code: '3', name: 'Камери', unitKind: 'count', unit: 'Од.', targets: { '2026': 12 }, order: 2 }),
  ],
});

describe('exportMonitoring', () => {
  const bytes = exportMonitoring(d, 2026);
  const wb = readBook(bytes);
  const sh = new SheetView(wb.Sheets['Звіт про виконання']!);
  const ind = new SheetView(wb.Sheets['Індикатори']!);
  const snap = snapshotOf(d);

  it('lists every measure with the year’s planned and actual money and execution as a formula', () => {
    expect(sh.text(3, 1)).toBe('Звіт про виконання Програми інформатизації громади за 2026 рік');
    const r1 = sh.rowsWhere(1, (t) => t === '1.1.1')[0]!;
    expect([sh.text(r1, 2), sh.num(r1, 4), sh.num(r1, 5), sh.text(r1, 7)]).toEqual(['Коворкінг', 120, 100, 'Виконано']);
    expect(sh.formula(r1, 6)).toBe(`IF(D${r1}=0,"",E${r1}/D${r1})`);
    expect(sh.num(r1, 6)).toBeCloseTo(100 / 120, 9);
    const r3 = sh.rowsWhere(1, (t) => t === '2.1.1')[0]!;
    expect([sh.num(r3, 4), sh.num(r3, 5), sh.cell(r3, 6)!.v]).toEqual([0, 0, '']);
    expect(sh.text(r3, 7)).toBe('Заплановано');
  });

  it('totals each priority and the programme with SUM formulas equal to the engine', () => {
    for (const [addr] of sh.formulas()) {
      const v = sh.at(addr)!.v;
      const e = sh.evaluate(addr);
      if (typeof v === 'number') expect(e as number).toBeCloseTo(v, 9);
      else expect(e).toBe(v);
    }
    for (const p of d.priorities) {
      const r = sh.rowsWhere(1, (t) => t === `Всього за напрямом ${p.code}`)[0]!;
      const t = totalsOf(snap, 'priority', p.id);
      expect(sh.formula(r, 4)).toMatch(/^SUM\(D\d+:D\d+\)$/);
      expect(toKop(sh.cell(r, 4)!.v)).toBe(t.planned.perYear[0]);
      expect(toKop(sh.cell(r, 5)!.v)).toBe(t.actual.perYear[0]);
    }
    const g = sh.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    const prog = totalsOf(snap, 'programme', d.programme.id);
    expect(sh.formula(g, 4)).toMatch(/^SUM\(D\d+,D\d+\)$/);
    expect([toKop(sh.cell(g, 4)!.v), toKop(sh.cell(g, 5)!.v)]).toEqual([prog.planned.perYear[0], prog.actual.perYear[0]]);
    expect([sh.num(g, 4), sh.num(g, 5)]).toEqual([170, 100]);
    expect(sh.num(g, 6)).toBeCloseTo(100 / 170, 9);
  });

  it('gives each indicator the year’s target, actual, achievement and status', () => {
    const row = (code: string): number => ind.rowsWhere(1, (t) => t === code)[0]!;
    expect([ind.num(row('1'), 4), ind.num(row('1'), 5), ind.text(row('1'), 7)]).toEqual([40, 45, 'Досягнуто']);
    expect(ind.num(row('1'), 6)).toBeCloseTo(1.125, 9);
    expect([ind.text(row('2'), 4), ind.text(row('2'), 5), ind.text(row('2'), 7)]).toEqual(['Так', 'Ні', 'Не досягнуто']);
    expect([ind.num(row('3'), 4), ind.cell(row('3'), 5)?.v, ind.text(row('3'), 7)]).toEqual([12, undefined, 'Немає даних']);
  });

  it('refuses a year outside the programme', () => {
    expect(() => exportMonitoring(d, 2030)).toThrow(/2030 поза періодом Програми \(2026–2028\)/);
  });
});
