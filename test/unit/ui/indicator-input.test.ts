/** Typed and pasted values in the indicator and monitoring grids: per-column rules, all-or-nothing pastes. */
import { describe, expect, it } from 'vitest';
import type { IndicatorColumn } from '../../../src/ui/indicators/indicator-columns-info';
import { clearStep, findPriority, indicatorPaste, stepFor } from '../../../src/ui/indicators/indicator-input';
import type { MonColumn } from '../../../src/ui/monitoring/monitoring-columns';
import { monitoringPaste, monStep } from '../../../src/ui/monitoring/monitoring-input';
import { cell, indicator, measure, priority, th } from '../../fixtures/builders';

const cols: IndicatorColumn[] = [
  { colId: 'code', kind: 'text', field: 'code', label: '№' },
  { colId: 'unit', kind: 'text', field: 'unit', label: 'Одиниця виміру' },
  { colId: 'baseline', kind: 'value', field: 'baseline', label: 'Вихідні дані' },
  { colId: 't2026', kind: 'value', field: 'target', year: 2026, label: 'Прогнозні дані за роками: 2026' },
  { colId: 'dynamics', kind: 'computed', label: 'Динаміка' },
  { colId: 'a2026', kind: 'value', field: 'actual', year: 2026, label: 'Факт за роками: 2026' },
];
const col = (id: string) => cols.find((c) => c.colId === id)!;
const priorities = [priority({ id: 'p1', code: '1', title: 'Цифрова інфраструктура' }), priority({ id: 'p2', code: '2', title: 'Цифрова освіта' })];
const pct = indicator({ id: 'i1', code: '5', unit: '%', unitKind: 'percent', baseline: 30, targets: { '2026': 35 } });
const yn = indicator({ id: 'i2', code: '6', unit: 'Так/Ні', unitKind: 'yes-no', baseline: 0 });

describe('indicator cells', () => {
  it('sets targets and actuals by the indicator’s unit and clears them', () => {
    const s = stepFor(col('t2026'), '40%', pct, priorities);
    expect(s.ok && s.apply(pct).targets).toEqual({ '2026': 40 });
    const a = stepFor(col('a2026'), 'так', yn, priorities);
    expect(a.ok && a.apply(yn).actuals).toEqual({ '2026': 1 });
    const c = stepFor(col('t2026'), '', pct, priorities);
    expect(c.ok && c.apply(pct).targets).toEqual({});
    expect(clearStep(col('baseline'))!(pct).baseline).toBeNull();
    expect(clearStep(col('code'))).toBeNull();
  });

  it('refuses «можливо» in a Так/Ні indicator, naming the indicator and the column', () => {
    const s = stepFor(col('t2026'), 'можливо', yn, priorities);
    expect(s).toEqual({ ok: false, message: 'Індикатор 6 «Індикатор i2», прогнозні дані за роками: 2026: «можливо» — для індикатора «Так/Ні» можливі лише два значення. Введіть «Так» або «Ні».' });
  });

  it('sets the kind from a unit typed as words, and finds priorities by number or title', () => {
    const s = stepFor(col('unit'), 'Осіб', pct, priorities);
    expect(s.ok && [s.apply(pct).unit, s.apply(pct).unitKind]).toEqual(['Осіб', 'count']);
    const keep = stepFor(col('unit'), 'кв. м', pct, priorities);
    expect(keep.ok && keep.apply(pct).unitKind).toBe('percent');
    expect([findPriority('2', priorities)?.id, findPriority('1.', priorities)?.id, findPriority('цифрова освіта', priorities)?.id, findPriority('3', priorities)]).toEqual(['p2', 'p1', 'p2', null]);
  });
});

describe('indicatorPaste', () => {
  it('reads each pasted value against the unit pasted to its left, as one edit per row', () => {
    const r = indicatorPaste([['Так/Ні', 'Ні', 'Так']], [pct], 0, cols, 1, priorities);
    if (!r.ok) throw new Error(r.reasons.join('\n'));
    const after = r.edits[0]!.edit(pct);
    expect([after.unitKind, after.baseline, after.targets['2026'], r.cells]).toEqual(['yes-no', 0, 1, 3]);
  });

  it('refuses the whole block when one cell is wrong or lands on a computed column, listing every cell', () => {
    const r = indicatorPaste([['30', '40', '+5', '50'], ['так', '10', '', '']], [pct, yn], 0, cols, 2, priorities);
    expect(r).toEqual({
      ok: false,
      reasons: [
        'рядок 1, стовпець «Динаміка»: це значення обчислюється, його не можна змінити вставленням.',
        'рядок 2, стовпець «Прогнозні дані за роками: 2026»: Індикатор 6 «Індикатор i2», прогнозні дані за роками: 2026: «10» — для індикатора «Так/Ні» можливі лише два значення. Введіть «Так» або «Ні».',
      ],
    });
  });

  it('refuses a block longer or wider than the grid', () => {
    expect(indicatorPaste([['1'], ['2']], [pct], 0, cols, 2, priorities)).toEqual({ ok: false, reasons: ['Рядків у вставленому блоці: 2; від обраної клітинки до кінця переліку — лише 1. Оберіть клітинку вище або вставте менший блок.'] });
    expect(indicatorPaste([['1', '2', '3']], [pct], 0, cols, 4, priorities)).toEqual({ ok: false, reasons: ['Стовпців у вставленому блоці: 3; від обраної клітинки до краю таблиці — лише 2. Оберіть клітинку лівіше або вставте менший блок.'] });
  });
});

describe('monitoring cells', () => {
  const mcols: MonColumn[] = [
    { colId: 'status', kind: 'status', label: 'Стан виконання' },
    { colId: 'act:local', kind: 'actual', sourceId: 'local', label: 'Місцевий бюджет: Факт' },
    { colId: 'ex:local', kind: 'computed', label: 'Місцевий бюджет: %' },
    { colId: 'codes', kind: 'codes', label: 'Коди КПКВК' },
  ];
  const m = measure({ id: 'm1', funding: [cell(2026, 'local', th(100))] });

  it('writes an actual amount next to the plan, a status and budget codes', () => {
    const a = monStep(mcols[1]!, '80,5', 2026, 'thousand-uah');
    expect(a.ok && a.apply(m).funding).toEqual([{ year: 2026, sourceId: 'local', planned: th(100), actual: th(80.5), marker: null }]);
    const s = monStep(mcols[0]!, 'Виконано', 2026, 'thousand-uah');
    expect(s.ok && s.apply(m).status).toBe('done');
    const c = monStep(mcols[3]!, '0117330, 116030', 2026, 'thousand-uah');
    expect(c.ok && c.apply(m).budgetCodes).toEqual(['0117330', '0116030']);
  });

  it('refuses markers, negative amounts and unknown statuses with a sentence', () => {
    expect(monStep(mcols[1]!, '+', 2026, 'thousand-uah')).toEqual({ ok: false, message: '«+» — позначку можна поставити лише в плані. Введіть фактичну суму числом, наприклад 120,5, або залиште клітинку порожньою.' });
    expect(monStep(mcols[1]!, '-5', 2026, 'thousand-uah')).toEqual({ ok: false, message: '«-5» — сума не може бути від’ємною.' });
    expect(monStep(mcols[0]!, 'майже', 2026, 'thousand-uah')).toEqual({ ok: false, message: '«майже» — невідомий стан. Оберіть: Не розпочато, Виконується, Виконано або Скасовано.' });
  });

  it('pastes actuals onto measure rows only; a value on a total row refuses the paste', () => {
    const ok = monitoringPaste([['90'], [''], ['5']], [{ measure: m }, {}, { measure: { ...m, id: 'm2' } }], 0, mcols, 1, 2026, 'thousand-uah');
    if (!ok.ok) throw new Error(ok.reasons.join());
    expect(ok.edits.map((e) => [e.id, e.edit(m).funding[0]!.actual])).toEqual([['m1', th(90)], ['m2', th(5)]]);
    const bad = monitoringPaste([['90'], ['7']], [{ measure: m }, {}], 0, mcols, 1, 2026, 'thousand-uah');
    expect(bad).toEqual({ ok: false, reasons: ['рядок 2, стовпець «Місцевий бюджет: Факт»: Вставляти можна, почавши з клітинки заходу (не напряму, завдання чи підсумку).'] });
  });
});
