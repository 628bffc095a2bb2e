/** Додаток 2: indicator values by unit kind, dynamics from the engine, the priority merged down. */
import { describe, expect, it } from 'vitest';
import { indicatorResult } from '../../../src/engine/indicators';
import { exportAnnex2 } from '../../../src/io/export/annex2';
import { doc, indicator, priority } from '../../fixtures/builders';
import { loadSample, snapshotOf } from '../../fixtures/export/samples';
import { SheetView, readBook } from '../../fixtures/export/workbook';

const sheetOf = (bytes: Uint8Array): SheetView => {
  const wb = readBook(bytes);
  return new SheetView(wb.Sheets['Додаток 2']!);
};

describe('exportAnnex2', () => {
  it('writes the Хмільник indicators with the engine’s dynamics', () => {
    const d = loadSample('khmilnyk-2023-2025');
    const snap = snapshotOf(d);
    const sh = sheetOf(exportAnnex2(d, snap.indicators));
    expect([1, 2, 3, 4, 5, 6, 9].map((c) => sh.text(5, c))).toEqual(['№', 'Пріоритет', 'Найменування індикатора', 'Одиниця виміру', 'Вихідні дані за рік до початку дії Програми', 'Прогнозні дані за роками', 'Динаміка (+/-, %)']);
    expect([6, 7, 8].map((c) => sh.text(6, c))).toEqual(['2023', '2024', '2025']);
    const first = d.indicators.find((i) => i.id === 'khm-i1')!;
    const r = sh.rowsWhere(3, (t) => t === first.name)[0]!;
    expect([sh.text(r, 1), sh.text(r, 2), sh.text(r, 4)]).toEqual(['1.', 'Цифрова інфраструктура', '%']);
    expect([sh.num(r, 5), sh.num(r, 6), sh.num(r, 7), sh.num(r, 8)]).toEqual([30, 100, 100, 100]);
    expect(sh.cell(r, 5)!.z).toBe('General"%"');
    expect(sh.text(r, 9)).toBe('+70 (+233,3 %)');
    // the priority's number and name are merged down its indicators
    const count = d.indicators.filter((i) => i.priorityId === first.priorityId).length;
    expect(sh.merges()).toContain(`A${r}:A${r + count - 1}`);
    expect(sh.merges()).toContain(`B${r}:B${r + count - 1}`);
    // every indicator is listed once
    expect(d.indicators.every((i) => sh.rowsWhere(3, (t) => t === i.name).length >= 1)).toBe(true);
  });

  it('writes Так/Ні for yes/no, keeps impossible values visible, and falls back to the document’s dynamics', () => {
    const d = doc({
      priorities: [priority({ id: 'pr1', code: '2', title: 'Послуги' })],
      indicators: [
        indicator({ id: 'a', name: 'Геопортал', unitKind: 'yes-no', unit: 'Так/Ні', baseline: 0, targets: { '2026': 0, '2027': 1 }, order: 0 }),
        indicator({ id: 'b', name: 'Частка', unitKind: 'percent', baseline: 0, targets: { '2028': 108 }, order: 1 }),
        indicator({ id: 'c', name: 'Коефіцієнт', unitKind: 'ratio', unit: 'Коефіцієнт', baseline: 0.5, targets: { '2026': 0.25 }, order: 2 }),
        indicator({ id: 'd', name: 'Без даних', unitKind: 'count', unit: 'Осіб', baseline: 'невідомо', declaredDynamics: 'зростання', order: 3 }),
      ],
    });
    const sh = sheetOf(exportAnnex2(d));
    const row = (name: string): number => sh.rowsWhere(3, (t) => t === name)[0]!;
    expect([sh.text(row('Геопортал'), 5), sh.text(row('Геопортал'), 6), sh.text(row('Геопортал'), 7), sh.text(row('Геопортал'), 9)]).toEqual(['Ні', 'Ні', 'Так', 'Ні → Так']);
    expect([sh.num(row('Частка'), 8), sh.text(row('Частка'), 9)]).toEqual([108, '+108']);
    expect([sh.num(row('Коефіцієнт'), 5), sh.num(row('Коефіцієнт'), 6), sh.text(row('Коефіцієнт'), 9)]).toEqual([0.5, 0.25, '-0,25 (-50 %)']);
    expect(indicatorResult(d.indicators[2]!).dynamicsPct).toBe(-50);
    expect([sh.text(row('Без даних'), 5), sh.text(row('Без даних'), 9)]).toEqual(['невідомо', 'зростання']);
    expect(sh.text(row('Геопортал'), 1)).toBe('2.');
  });
});
