/** The scenario comparison workbook against the engine's compare() result. */
import { describe, expect, it } from 'vitest';
import { PLAN_ID, compare } from '../../../src/engine/compare';
import { Engine } from '../../../src/engine/engine';
import type { Comparison } from '../../../src/engine/types';
import { exportComparison } from '../../../src/io/export/comparison';
import { cap, cell, doc, exclude, measure, priority, scaleSource, scenario, task, th } from '../../fixtures/builders';
import { SheetView, readBook, toKop } from '../../fixtures/export/workbook';

function setup(): { d: ReturnType<typeof doc>; cmp: Comparison; engine: Engine } {
  const d = doc({
    priorities: [priority({ id: 'pr1', code: '1', title: 'Цифрова економіка', order: 0 }), priority({ id: 'pr2', code: '2', title: 'Цифрові навички', order: 1 })],
    tasks: [task({ id: 't1', priorityId: 'pr1', code: '1.1' }), task({ id: 't2', priorityId: 'pr2', code: '2.1' })],
    measures: [
      measure({ id: 'm1', code: '1.1.1', title: 'Коворкінг', taskId: 't1', priorityId: 'pr1', funding: [cell(2026, 'state', th(100)), cell(2027, 'local', th(30))] }),
      measure({ id: 'm2', code: '2.1.1', title: 'Навчання', taskId: 't2', priorityId: 'pr2', funding: [cell(2026, 'local', th(50)), cell(2028, 'local', th(70.5))] }),
    ],
    scenarios: [
      scenario({ id: 'cut', name: 'Без коворкінгу', overrides: [exclude('m1')] }),
      scenario({ id: 'half', name: 'Половина місцевого', overrides: [scaleSource('local', 1, 2)], caps: [cap(th(40), 2026, null)] }),
    ],
  });
  const engine = new Engine();
  engine.load(d);
  return { d, engine, cmp: compare(engine, [PLAN_ID, 'cut', 'half'], PLAN_ID) };
}

const view = (bytes: Uint8Array, sheet: string): SheetView => new SheetView(readBook(bytes).Sheets[sheet]!);

describe('exportComparison', () => {
  it('writes year × source for every item with SUM totals and deviations equal to compare()', () => {
    const { d, cmp } = setup();
    const bytes = exportComparison(d, cmp);
    expect(readBook(bytes).SheetNames).toEqual(['Роки та джерела', 'Напрями', 'Відмінності']);
    const sh = view(bytes, 'Роки та джерела');
    const head = sh.rowsWhere(1, (t) => t === 'Рік')[0]!;
    expect([3, 4, 5].map((c) => sh.text(head, c))).toEqual(['Затверджений план', 'Без коворкінгу', 'Половина місцевого']);
    expect(sh.text(head, 6)).toBe('Відхилення «Без коворкінгу», тис. грн');
    for (const [addr] of sh.formulas()) expect(toKop(sh.evaluate(addr))).toBe(toKop(sh.at(addr)!.v));

    const S = cmp.sourceIds.length;
    const items = cmp.items; // plan, cut, half
    cmp.years.forEach((year, y) => {
      const first = head + 1 + y * (S + 1);
      expect(sh.text(first, 1)).toBe(String(year));
      cmp.sourceIds.forEach((_, s) => {
        const r = first + s;
        items.forEach((it, i) => expect(toKop(sh.cell(r, 3 + i)!.v)).toBe(it.programme.cells[y * S + s]));
        // deviation columns of cut and half
        [1, 2].forEach((i, k) => {
          const fig = items[i]!.delta.cells[y * S + s]!;
          expect(toKop(sh.cell(r, 6 + 2 * k)!.v)).toBe(fig.abs);
          const pct = sh.cell(r, 7 + 2 * k)!.v;
          if (fig.pct === null) expect(pct).toBe('');
          else expect(pct as number).toBeCloseTo(fig.pct / 100, 6);
        });
      });
      const total = first + S;
      expect(sh.text(total, 2)).toBe(`Разом за ${year} рік`);
      expect(sh.formula(total, 3)).toBe(`SUM(C${first}:C${first + S - 1})`);
      items.forEach((it, i) => expect(toKop(sh.cell(total, 3 + i)!.v)).toBe(it.programme.perYear[y]));
      expect(toKop(sh.cell(total, 8)!.v)).toBe(items[2]!.delta.perYear[y]!.abs);
    });
    const bySource = sh.rowsWhere(2, (t) => t.endsWith(', разом'));
    expect(bySource).toHaveLength(S);
    bySource.forEach((r, s) => items.forEach((it, i) => expect(toKop(sh.cell(r, 3 + i)!.v)).toBe(it.programme.perSource[s])));
    const grand = sh.rowsWhere(1, (t) => t === 'Усього за Програмою')[0]!;
    expect(sh.formula(grand, 3)).toMatch(/^SUM\(C\d+(,C\d+){2}\)$/);
    items.forEach((it, i) => expect(toKop(sh.cell(grand, 3 + i)!.v)).toBe(it.programme.total));
    expect(sh.num(grand, 3)).toBe(250.5);
    expect(toKop(sh.cell(grand, 6)!.v)).toBe(items[1]!.delta.total.abs);
    expect(sh.formula(grand, 6)).toBe(`D${grand}-C${grand}`);
    expect(sh.formula(grand, 7)).toBe(`IF(C${grand}=0,"",F${grand}/C${grand})`);
    expect(sh.cell(grand, 7)!.v as number).toBeCloseTo(items[1]!.delta.total.pct! / 100, 6);
  });

  it('writes priority totals, cap excesses and the differing measures', () => {
    const { d, cmp } = setup();
    const bytes = exportComparison(d, cmp);
    const pr = view(bytes, 'Напрями');
    const r1 = pr.rowsWhere(1, (t) => t === '1. Цифрова економіка')[0]!;
    const r2 = r1 + 1;
    expect(pr.text(r2, 1)).toBe('2. Цифрові навички');
    const tot = (it: number, pid: string): number => cmp.items[it]!.priorities.find((p) => p.id === pid)!.planned.total;
    [0, 1, 2].forEach((i) => {
      expect(toKop(pr.cell(r1, 2 + i)!.v)).toBe(tot(i, 'pr1'));
      expect(toKop(pr.cell(r2, 2 + i)!.v)).toBe(tot(i, 'pr2'));
    });
    expect(toKop(pr.cell(r1, 5)!.v)).toBe(cmp.items[1]!.delta.priorities.find((p) => p.id === 'pr1')!.total.abs);
    expect(pr.text(r2 + 1, 1)).toBe('Усього за Програмою');
    expect(pr.formula(r2 + 1, 2)).toBe(`SUM(B${r1}:B${r2})`);
    expect(toKop(pr.cell(r2 + 1, 4)!.v)).toBe(cmp.items[2]!.programme.total);

    const diff = view(bytes, 'Відмінності');
    const capRow = diff.rowsWhere(1, (t) => t === 'Половина місцевого')[0]!;
    const excess = cmp.items[2]!.capExcess[0]!;
    expect(excess).toBeDefined();
    expect(diff.text(capRow, 2)).toBe('2026');
    expect(toKop(diff.cell(capRow, 4)!.v)).toBe(th(40));
    expect(toKop(diff.cell(capRow, 5)!.v)).toBe(excess.computed);
    expect(diff.formula(capRow, 6)).toBe(`E${capRow}-D${capRow}`);
    expect(toKop(diff.cell(capRow, 6)!.v)).toBe(excess.over);
    const differing = diff.rowsWhere(3, (t) => t === 'Коворкінг' || t === 'Навчання');
    expect(differing).toHaveLength(cmp.items.reduce((a, it) => a + it.differing.length, 0));
    const cutRow = differing.find((r) => diff.text(r, 1) === 'Без коворкінгу')!;
    expect([diff.num(cutRow, 4), diff.num(cutRow, 5), diff.num(cutRow, 6)]).toEqual([130, 0, -130]);
  });

  it('rebuilds the reference column when the reference itself was not compared', () => {
    const { d, engine } = setup();
    const cmp = compare(engine, ['cut'], PLAN_ID);
    const sh = view(exportComparison(d, cmp, { cut: 'Сценарій А' }), 'Роки та джерела');
    const grand = sh.rowsWhere(1, (t) => t === 'Усього за Програмою')[0]!;
    const head = sh.rowsWhere(1, (t) => t === 'Рік')[0]!;
    expect([sh.text(head, 3), sh.text(head, 4)]).toEqual(['Затверджений план', 'Сценарій А']);
    expect([sh.num(grand, 3), sh.num(grand, 4), sh.num(grand, 5)]).toEqual([250.5, 120.5, -130]);
  });
});
