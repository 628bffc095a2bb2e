/** The execution report's indicator status per year (with «За планом») and its quarterly heading. */
import { describe, expect, it } from 'vitest';
import { exportMonitoring, periodText } from '../../../src/io/export/monitoring';
import { doc, indicator, measure, cell, th } from '../../fixtures/builders';
import { SheetView, readBook } from '../../fixtures/export/workbook';

const d = doc({
  measures: [measure({ id: 'm1', code: '1.1.1', funding: [cell(2026, 'local', th(100), th(40))] })],
  indicators: [
    // baseline 30, targets 35 / 70 / 100: 40 in 2026 meets its year's target only → on track
    indicator({ id: 'i1', code: '1', baseline: 30, targets: { '2026': 35, '2027': 70, '2028': 100 }, actuals: { '2026': 40, '2027': 50 } }),
  ],
});

describe('exportMonitoring: status and period', () => {
  it('gives each year its own status: on track in 2026, behind in 2027', () => {
    const ind = (year: number) => new SheetView(readBook(exportMonitoring(d, year)).Sheets['Індикатори']!);
    const row = (v: SheetView) => v.rowsWhere(1, (t) => t === '1')[0]!;
    const y26 = ind(2026);
    const y27 = ind(2027);
    expect([y26.num(row(y26), 4), y26.num(row(y26), 5), y26.text(row(y26), 7)]).toEqual([35, 40, 'За планом']);
    expect([y27.num(row(y27), 4), y27.num(row(y27), 5), y27.text(row(y27), 7)]).toEqual([70, 50, 'Не досягнуто']);
  });

  it('names a quarter in the heading; the figures stay the year’s plan against actuals so far', () => {
    expect([periodText(2026), periodText(2026, 3)]).toEqual(['за 2026 рік', 'за III квартал 2026 року']);
    const sh = new SheetView(readBook(exportMonitoring(d, 2026, { quarter: 1 })).Sheets['Звіт про виконання']!);
    expect(sh.text(3, 1)).toBe('Звіт про виконання Програми інформатизації громади за I квартал 2026 року');
    const r = sh.rowsWhere(1, (t) => t === '1.1.1')[0]!;
    expect([sh.num(r, 4), sh.num(r, 5)]).toEqual([100, 40]);
    expect(sh.num(r, 6)).toBeCloseTo(0.4, 9);
  });
});
