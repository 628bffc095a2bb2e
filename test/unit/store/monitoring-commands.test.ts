/** Monitoring and indicator commands against a real (fake-IndexedDB) store: one command, one undo step. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useStores } from '../../fixtures/stores';
import { loadSample } from '../../fixtures/export/samples';
import { mapBudgetActuals, parseBudgetExecution, reduceBudgetRows } from '../../../src/io/budget-execution';
import type { ProgrammeDoc } from '../../../src/model/schema';
import { editIndicators, insertIndicator, linkMeasures } from '../../../src/store/commands/indicators';
import { applyActuals, setBudgetCodes, setMonitoring } from '../../../src/store/commands/monitoring';
import { Store } from '../../../src/store/store';

const ID = 'khmilnyk-2023';
const stores = useStores('monitoring');
function store(): Promise<Store> {
  const doc = loadSample('khmilnyk-2023-2025');
  doc.measures.find((m) => m.id === 'khm-m2')!.budgetCodes = ['0110150'];
  doc.measures.find((m) => m.id === 'khm-m9')!.budgetCodes = ['0117330', '0118110'];
  return stores.withDoc(doc);
}
const load = async (s: Store) => {
  const r = await s.loadDoc(ID);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const actual = (doc: ProgrammeDoc, id: string, year: number) => doc.measures.find((m) => m.id === id)!.funding.find((f) => f.year === year)?.actual ?? null;

describe('monitoring commands', () => {
  it('applies imported spending to every matched measure as one undoable command', async () => {
    const s = await store();
    const parsed = parseBudgetExecution(new Uint8Array(readFileSync(new URL('../../fixtures/budget/khmilnyk-2024.csv', import.meta.url))));
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = mapBudgetActuals(reduceBudgetRows(parsed.rows).lines, await load(s), 'local');
    const r = await s.run(applyActuals(ID, 'Імпорт фактичних видатків', plan.assignments));
    expect(r.ok && r.value.map((c) => c.id)).toEqual(['khm-m2', 'khm-m9']);
    let doc = await load(s);
    expect([actual(doc, 'khm-m2', 2024), actual(doc, 'khm-m9', 2024)]).toEqual([180_000_050, 107_500_025]);
    // the plan is untouched
    expect(doc.measures.find((m) => m.id === 'khm-m2')!.funding.find((f) => f.year === 2024)!.planned).toBe(200_000_000);
    expect(await s.history(ID)).toEqual({ undo: 'Імпорт фактичних видатків', redo: null });
    await s.undo(ID);
    doc = await load(s);
    expect([actual(doc, 'khm-m2', 2024), actual(doc, 'khm-m9', 2024)]).toEqual([null, null]);
  });

  it('turns monitoring on and off, and refuses budget codes that are not codes', async () => {
    const s = await store();
    expect((await s.run(setMonitoring(ID, true))).ok).toBe(true);
    expect((await load(s)).programme.monitoring).toBe(true);
    const bad = await s.run(setBudgetCodes(ID, 'khm-m3', ['0117330', 'abc']));
    expect(bad.ok ? '' : bad.error.message).toBe('«abc» — не код бюджетної програми. Введіть коди КПКВК цифрами через кому, наприклад 0117330, 0116030.');
    expect((await s.run(setBudgetCodes(ID, 'khm-m3', ['0117330', '0117330']))).ok).toBe(true);
    expect((await load(s)).measures.find((m) => m.id === 'khm-m3')!.budgetCodes).toEqual(['0117330']);
  });
});

describe('indicator commands', () => {
  it('edits, links and inserts indicators, each one undo step', async () => {
    const s = await store();
    await s.run(editIndicators(ID, 'Ціль', [{ id: 'khm-i2', edit: (i) => ({ ...i, targets: { ...i.targets, '2025': 90 } }) }]));
    await s.run(linkMeasures(ID, 'khm-i2', ['khm-m27', 'khm-m2', 'khm-m2']));
    const cmd = insertIndicator(ID, (await load(s)).indicators.find((i) => i.id === 'khm-i2')!, null);
    await s.run(cmd);
    let doc = await load(s);
    const i2 = doc.indicators.find((i) => i.id === 'khm-i2')!;
    expect([i2.targets['2025'], i2.measureIds]).toEqual([90, ['khm-m27', 'khm-m2']]);
    const added = doc.indicators.find((i) => i.id === cmd.newId)!;
    // placed right after khm-i2, in its priority
    expect(doc.indicators.map((i) => i.id).indexOf(cmd.newId)).toBe(doc.indicators.map((i) => i.id).indexOf('khm-i2') + 1);
    expect([added.priorityId, added.unitKind, added.name]).toEqual([i2.priorityId, 'percent', '']);
    await s.undo(ID);
    await s.undo(ID);
    doc = await load(s);
    expect([doc.indicators.some((i) => i.id === cmd.newId), doc.indicators.find((i) => i.id === 'khm-i2')!.measureIds]).toEqual([false, []]);
    const refused = await s.run(editIndicators(ID, 'Ціль', [{ id: 'nope', edit: (i) => i }]));
    expect(refused.ok ? '' : refused.error.message).toBe('Індикатор не знайдено: можливо, його видалено в іншій вкладці. Зміну не збережено.');
  });
});
