/**
 * The workbench shows a command's effect by planning it over the programme in memory, then the
 * store plans it again over IndexedDB and writes that. Both plans must be the same, or the
 * screen would flicker to the stored result: ids and timestamps are made when a command is
 * created, never while planning. This runs the app's commands both ways on a real sample.
 */
import { describe, expect, it } from 'vitest';
import { useStores } from '../../fixtures/stores';
import { loadSample } from '../../fixtures/export/samples';
import type { ProgrammeDoc } from '../../../src/model/schema';
import { setPlanned } from '../../../src/model/plan-ops';
import type { Kop } from '../../../src/model/money';
import type { Command } from '../../../src/store/store';
import { docReader, localReader } from '../../../src/store/doc-reader';
import { addSource, renameSource, updateProgramme } from '../../../src/store/commands/programme';
import {
  appendMeasure,
  deleteMeasures,
  deletePriority,
  deleteTask,
  editMeasures,
  insertMeasure,
  insertPriority,
  insertTask,
  moveMeasure,
  moveMeasureTo,
  renumber,
} from '../../../src/store/commands/plan';
import { deleteIndicators, insertIndicator, linkMeasures } from '../../../src/store/commands/indicators';
import { applyActuals, setMonitoring } from '../../../src/store/commands/monitoring';
import { createScenario, deleteScenario, duplicateScenario, renameScenario } from '../../../src/store/commands/scenarios';

const stores = useStores('plan-twice');

describe('a command plans the same over memory and over the store', () => {
  it('holds for every command the grids and views run', async () => {
    const first = loadSample('illintsi-2026-2028');
    const pid = first.programme.id;
    const store = await stores.withDoc(first);
    const load = async () => {
      const d = await store.loadDoc(pid);
      if (!d.ok) throw new Error(d.error.message);
      return d.value;
    };

    const steps: Array<[string, (d: ProgrammeDoc) => Command]> = [
      ['edit an amount', (d) => editMeasures(pid, 'Зміна', [{ id: d.measures[0]!.id, edit: (m) => setPlanned(m, 2026, 'local', { kind: 'amount', value: 123_400 as Kop }) }])],
      ['insert a measure', (d) => insertMeasure(pid, d.measures[1]!, 'above')],
      ['append a measure', (d) => appendMeasure(pid, d.tasks[0]!)],
      ['insert a task', (d) => insertTask(pid, d.tasks[1]!, 'below')],
      ['insert a priority', (d) => insertPriority(pid, d.priorities[0]!, 'below')],
      ['move a measure down', (d) => moveMeasure(pid, d.measures[0]!.id, 1)],
      ['drag a measure into another task', (d) => moveMeasureTo(pid, d.measures.find((m) => m.taskId !== d.tasks[2]!.id)!.id, { priorityId: d.tasks[2]!.priorityId, taskId: d.tasks[2]!.id })],
      ['renumber', (d) => renumber(pid)],
      ['rename the programme', () => updateProgramme(pid, 'Назва', (p) => ({ ...p, title: `${p.title} (зміни)` }))],
      ['add a source', () => addSource(pid, { id: 'grant', name: 'Грант', kind: 'other' } as never)],
      ['rename a source', () => renameSource(pid, 'local', 'Місцевий бюджет')],
      ['turn monitoring on', () => setMonitoring(pid, true)],
      ['type an actual', (d) => applyActuals(pid, 'Факт', [{ measureId: d.measures[2]!.id, year: 2026, sourceId: 'local', amount: 5_000 as Kop }])],
      ['insert an indicator', (d) => insertIndicator(pid, d.indicators[0] ?? null, d.priorities[0]!.id)],
      ['link an indicator', (d) => linkMeasures(pid, d.indicators[0]!.id, [d.measures[0]!.id])],
      ['delete an indicator', (d) => deleteIndicators(pid, [d.indicators.at(-1)!.id])],
      ['create a scenario', () => createScenario(pid, { name: 'Песимістичний', baseId: null })],
      ['rename a scenario', (d) => renameScenario(pid, d.scenarios[0]!.id, 'Оптимістичний')],
      ['duplicate a scenario', (d) => duplicateScenario(pid, d.scenarios[0]!.id, 'Копія')],
      ['delete a scenario', (d) => deleteScenario(pid, d.scenarios.at(-1)!.id)],
      ['delete measures', (d) => deleteMeasures(pid, [d.measures.at(-1)!.id])],
      ['delete a task', (d) => deleteTask(pid, d.tasks.at(-1)!.id)],
      ['delete a priority', (d) => deletePriority(pid, d.priorities.at(-1)!.id)],
    ];
    for (const [what, make] of steps) {
      const doc = await load();
      const cmd = make(doc);
      const inMemory = await cmd.plan(docReader(doc));
      if (cmd.planLocal) expect(cmd.planLocal(localReader(doc)), `${what}: planLocal`).toEqual(inMemory);
      const stored = await store.run(cmd);
      if (!stored.ok) throw new Error(`${what}: ${stored.error.message}`);
      expect(stored.value, what).toEqual(inMemory);
      expect(stored.value.length, `${what} changed something`).toBeGreaterThan(0);
    }
  });
});
