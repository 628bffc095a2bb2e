import { describe, expect, it, vi } from 'vitest';
import { createEffect, createRoot } from 'solid-js';
import { createScenario } from '../../src/store/commands/scenarios';
import { programmeDocSchema, type Measure, type ProgrammeDoc } from '../../src/model/schema';
import { setPlanned } from '../../src/model/plan-ops';
import { Store } from '../../src/store/store';
import { createProgramme } from '../../src/store/commands/programme';
import { editMeasures, renumber } from '../../src/store/commands/plan';
import { nodeKey, openWorkbench, type Workbench } from '../../src/ui/state/workbench';
import type { Kop } from '../../src/model/money';

let n = 0;
async function setUp(): Promise<{ store: Store; wb: Workbench; doc: ProgrammeDoc }> {
  const opened = await Store.open(`wb-test-${Date.now()}-${++n}`);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const doc = programmeDocSchema.parse(await (await fetch('/samples/khmilnyk-2023-2025.json')).json());
  const created = await store.run(createProgramme(doc));
  if (!created.ok) throw new Error(created.error.message);
  const wb = await openWorkbench(store, doc.programme.id);
  if (!wb.ok) throw new Error(wb.error.message);
  return { store, wb: wb.value, doc };
}

/** A plain copy of the first measure with planned money (the workbench's doc is a Solid store). */
const firstWithMoney = (wb: Workbench): Measure => JSON.parse(JSON.stringify(wb.doc.measures.find((x) => x.funding.some((f) => (f.planned ?? 0) > 0))));
const grand = (wb: Workbench) => wb.totalsMap.get(nodeKey('programme', wb.doc.programme.id))!.planned.total;
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};
/** Adds `kop` to a measure's first planned cell. */
const addTo = (m: Measure, kop: number) => {
  const f = m.funding.find((x) => x.planned !== null)!;
  return setPlanned(m, f.year, f.sourceId, { kind: 'amount', value: (f.planned! + kop) as Kop });
};

describe('workbench: an edit is shown at once, then saved or visibly put back', () => {
  it('shows the edit before the store has written it, and the stored record is the same', async () => {
    const { store, wb } = await setUp();
    const m = firstWithMoney(wb);
    const before = grand(wb)!;
    const running = wb.run(editMeasures(wb.doc.programme.id, 'Зміна', [{ id: m.id, edit: (x) => addTo(x, 100_000) }]));
    // Synchronously after the call: the record in memory is the edited one.
    const shown = wb.doc.measures.find((x) => x.id === m.id)!;
    expect(JSON.parse(JSON.stringify(shown))).toEqual(addTo(m, 100_000));
    const r = await running;
    expect(r.ok).toBe(true);
    await until(() => grand(wb) === before + 100_000);
    const stored = await store.current([{ table: 'measures', id: m.id }]);
    expect(stored.ok && stored.value[0]).toEqual(JSON.parse(JSON.stringify(shown)));
    await until(() => wb.history().undo === 'Зміна');
    wb.dispose();
    store.close();
  });

  it('puts the shown edit back, with the reason, when the store cannot write it', async () => {
    const { store, wb } = await setUp();
    const m = firstWithMoney(wb);
    const before = grand(wb)!;
    store.db.close(); // the write will fail (as when the browser's storage goes away)
    const totals: number[] = [];
    const unsubscribe = wb.subscribe((e) => e.kind === 'delta' && totals.push(grand(wb)!));
    const r = await wb.run(editMeasures(wb.doc.programme.id, 'Зміна', [{ id: m.id, edit: (x) => addTo(x, 100_000) }]));
    expect(r.ok).toBe(false);
    expect(wb.error()?.message).toMatch(/не збережено/);
    expect(JSON.parse(JSON.stringify(wb.doc.measures.find((x) => x.id === m.id)))).toEqual(m);
    // The engine was told both: the shown edit, then the record put back.
    await until(() => totals.length === 2);
    expect(totals).toEqual([before + 100_000, before]);
    unsubscribe();
    wb.dispose();
  });

  it('does not read the store back after edits it planned right (no reconciling in the usual case)', async () => {
    const { store, wb: first } = await setUp();
    const m = firstWithMoney(first);
    // A field added by an edit is stored last; read back through the schema it comes earlier.
    expect((await first.run(editMeasures(first.doc.programme.id, 'Ранг', [{ id: m.id, edit: (x) => ({ ...x, rank: 2 }) as Measure }]))).ok).toBe(true);
    first.dispose();
    const opened = await openWorkbench(store, m.programmeId);
    if (!opened.ok) throw new Error(opened.error.message);
    const wb = opened.value;
    const reads = vi.spyOn(store, 'current');
    for (const kop of [100_000, 200_000]) expect((await wb.run(editMeasures(wb.doc.programme.id, 'Зміна', [{ id: m.id, edit: (x) => addTo(x, kop) }]))).ok).toBe(true);
    expect(reads).not.toHaveBeenCalled();
    wb.dispose();
    store.close();
  });

  it('refuses a command at once, writing nothing, when it cannot be applied to what is open', async () => {
    const { store, wb } = await setUp();
    const r = await wb.run(editMeasures(wb.doc.programme.id, 'Зміна', [{ id: 'no-such-measure', edit: (x) => x }]));
    expect(r.ok).toBe(false);
    expect(wb.error()?.message).toMatch(/Захід не знайдено/);
    expect(await store.history(wb.doc.programme.id)).toEqual({ undo: 'Створення програми', redo: null });
    wb.dispose();
    store.close();
  });

  it('shows what the store saved when it differs from what was shown (a write it did not hear of)', async () => {
    const { store, wb } = await setUp();
    const m = firstWithMoney(wb);
    // Another writer changed the stored record without this tab hearing of it.
    const elsewhere = { ...addTo(m, 5_000_000), title: 'Змінено деінде' };
    await store.db.measures.put(elsewhere as never);
    const r = await wb.run(editMeasures(wb.doc.programme.id, 'Зміна', [{ id: m.id, edit: (x) => addTo(x, 100_000) }]));
    expect(r.ok).toBe(true);
    const held = wb.doc.measures.find((x) => x.id === m.id)!;
    expect(held.title).toBe('Змінено деінде');
    expect(JSON.parse(JSON.stringify(held))).toEqual(addTo(elsewhere, 100_000));
    wb.dispose();
    store.close();
  });
});

describe('workbench: commands built from the reactive document', () => {
  it('renumbers: the shown codes are the stored ones', async () => {
    const { store, wb } = await setUp();
    const r = await wb.run(renumber(wb.doc.programme.id));
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    expect(r.ok && r.value.length).toBeGreaterThan(0);
    const stored = await store.loadDoc(wb.doc.programme.id);
    expect(stored.ok && stored.value.measures.map((m) => m.code)).toEqual(wb.doc.measures.map((m) => m.code));
    expect(wb.doc.measures[0]!.code).toBe('1.1.1');
    wb.dispose();
    store.close();
  });
});

describe('workbench: the document stays reactive', () => {
  it('views following the document see new records and edited ones', async () => {
    const { store, wb } = await setUp();
    const pid = wb.doc.programme.id;
    const scenarios: number[] = [];
    const titles: string[] = [];
    const dispose = createRoot((d) => {
      createEffect(() => scenarios.push(wb.doc.scenarios.length));
      createEffect(() => titles.push(wb.doc.measures[1]!.title));
      return d;
    });
    expect(await wb.run(createScenario(pid, { name: 'Песимістичний', baseId: null }))).toMatchObject({ ok: true });
    await until(() => scenarios.at(-1) === 1);
    const id = wb.doc.measures[1]!.id;
    expect(await wb.run(editMeasures(pid, 'Назва', [{ id, edit: (m) => ({ ...m, title: 'Нова назва' }) }]))).toMatchObject({ ok: true });
    await until(() => titles.at(-1) === 'Нова назва');
    dispose();
    wb.dispose();
    store.close();
  });
});
