/** Scenario and version commands against a real (fake-indexeddb) store: what they write and what undo brings back. */
import { describe, expect, it } from 'vitest';
import { ok, useStores } from '../../fixtures/stores';
import { loadSample } from '../../fixtures/export/samples';
import { Engine } from '../../../src/engine/engine';
import type { ProgrammeDoc } from '../../../src/model/schema';
import { createScenario, deleteScenario, describeScenario, duplicateScenario, editScenario, renameScenario } from '../../../src/store/commands/scenarios';
import { adoptScenarioAsPlan, freezeVersion, restoreVersion } from '../../../src/store/commands/versions';
import { addScale, shiftBy, toggleExclude } from '../../../src/model/scenario-ops';
import { Store } from '../../../src/store/store';

const ill = (): ProgrammeDoc => loadSample('illintsi-2026-2028');
const PID = 'illintsi-2026';
const TH = 100_000;

const stores = useStores('scenarios');
const storeWithIllintsi = () => stores.withDoc(ill());
const load = async (store: Store) => ok(await store.loadDoc(PID));
const planTotal = (d: ProgrammeDoc) => new Engine().load(d).nodes.find((x) => x.kind === 'programme')!.planned.total;

describe('scenario commands', () => {
  it('create, rename, describe, duplicate; each one undo step', async () => {
    const store = await storeWithIllintsi();
    const a = createScenario(PID, { name: '  Без держбюджету ', baseId: null });
    ok(await store.run(a));
    ok(await store.run(renameScenario(PID, a.newId, 'Половина держбюджету')));
    ok(await store.run(describeScenario(PID, a.newId, 'Якщо субвенція не надійде')));
    ok(await store.run(editScenario(PID, a.newId, 'правило', (s) => addScale(s, { by: 'source', sourceId: 'state' }, 50, 100))));
    const copy = duplicateScenario(PID, a.newId, 'Копія');
    ok(await store.run(copy));
    let d = await load(store);
    expect(d.scenarios.map((s) => [s.name, s.description, s.overrides])).toEqual([
      ['Половина держбюджету', 'Якщо субвенція не надійде', [{ kind: 'scale', target: { by: 'source', sourceId: 'state' }, num: 1, den: 2 }]],
      ['Копія', 'Якщо субвенція не надійде', [{ kind: 'scale', target: { by: 'source', sourceId: 'state' }, num: 1, den: 2 }]],
    ]);
    expect(ok(await store.undo(PID))!.label).toBe('Копіювання сценарію як «Копія»');
    d = await load(store);
    expect(d.scenarios).toHaveLength(1);
  });

  it('refuses an empty name with a Ukrainian sentence, and writes nothing', async () => {
    const store = await storeWithIllintsi();
    const r = await store.run(createScenario(PID, { name: '   ', baseId: null }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Зміну не збережено: поле «name»: назва сценарію не може бути порожньою.');
    expect((await load(store)).scenarios).toEqual([]);
  });

  it('deleting a scenario rebases the ones built on it so that their money stays the same', async () => {
    const store = await storeWithIllintsi();
    const a = createScenario(PID, { name: 'A', baseId: null, overrides: [{ kind: 'exclude', measureId: 'ill-m12' }] });
    ok(await store.run(a));
    const b = createScenario(PID, { name: 'B', baseId: a.newId });
    ok(await store.run(b));
    ok(await store.run(editScenario(PID, b.newId, 'зсув', (s) => shiftBy(s, 'ill-m18', 1))));
    const before = new Engine().load(await load(store)).scenarios.find((s) => s.id === b.newId)!.programme;
    ok(await store.run(deleteScenario(PID, a.newId)));
    const d = await load(store);
    expect(d.scenarios.map((s) => [s.name, s.baseId, s.overrides.length])).toEqual([['B', null, 2]]);
    expect(new Engine().load(d).scenarios[0]!.programme).toEqual(before);
    ok(await store.undo(PID));
    expect((await load(store)).scenarios.map((s) => s.name)).toEqual(['A', 'B']);
  });
});

describe('version commands', () => {
  it('freezes the plan, restores it after edits, and undo takes the restore back', async () => {
    const store = await storeWithIllintsi();
    ok(await store.run(freezeVersion(PID, 'Затверджено рішенням № 21 від 12.03.2024')));
    const [v] = ok(await store.listVersions(PID));
    expect(v!.name).toBe('Затверджено рішенням № 21 від 12.03.2024');
    expect(v!.doc.measures).toHaveLength(25);
    const s = createScenario(PID, { name: 'Без бюджету участі', baseId: null, overrides: [{ kind: 'exclude', measureId: 'ill-m12' }] });
    ok(await store.run(s));
    ok(await store.run(adoptScenarioAsPlan(PID, s.newId, 'План до прийняття')));
    const total = planTotal(ill());
    expect(planTotal(await load(store))).toBe(total - 1500 * TH);
    ok(await store.run(restoreVersion(PID, v!)));
    const restored = await load(store);
    expect(planTotal(restored)).toBe(total);
    expect(restored.measures.map((m) => m.id)).toEqual(ill().measures.map((m) => m.id));
    // Scenarios stay as they are: the adopted one is now empty.
    expect(restored.scenarios.map((x) => x.overrides)).toEqual([[]]);
    ok(await store.undo(PID));
    expect(planTotal(await load(store))).toBe(total - 1500 * TH);
  });

  it('adopting keeps the replaced plan as a version, gives the plan the scenario\'s money, and one undo reverts all of it', async () => {
    const store = await storeWithIllintsi();
    const s = createScenario(PID, { name: 'Відео у 2028', baseId: null });
    ok(await store.run(s));
    ok(await store.run(editScenario(PID, s.newId, 'зсув', (x) => toggleExclude(shiftBy(x, 'ill-m4', 1), 'ill-m25'))));
    ok(await store.run(adoptScenarioAsPlan(PID, s.newId, 'План до прийняття «Відео у 2028»')));
    const d = await load(store);
    const m4 = d.measures.find((m) => m.id === 'ill-m4')!;
    expect(m4.funding.filter((f) => f.planned).map((f) => [f.year, f.sourceId, f.planned])).toEqual([
      [2027, 'local', 25 * TH], [2027, 'other', 25 * TH], [2028, 'local', 25 * TH], [2028, 'other', 25 * TH],
    ]);
    expect(d.measures.some((m) => m.id === 'ill-m25')).toBe(false);
    const versions = ok(await store.listVersions(PID));
    expect(versions.map((v) => v.name)).toEqual(['План до прийняття «Відео у 2028»']);
    expect(versions[0]!.doc.measures.find((m) => m.id === 'ill-m4')!.funding).toEqual(ill().measures.find((m) => m.id === 'ill-m4')!.funding);
    ok(await store.undo(PID));
    const back = await load(store);
    expect(back.measures).toEqual(ill().measures);
    expect(ok(await store.listVersions(PID))).toEqual([]);
  });
});
