/**
 * Versions (редакції): a frozen, named copy of the whole programme in the `versions` table.
 * Freezing, restoring and adopting a scenario as the plan are each one undoable command.
 */
import { adoptScenario } from '../../engine/adopt';
import { newId } from '../../model/ids';
import type { Indicator, Measure, Priority, Programme, ProgrammeDoc, Scenario, Task, Version } from '../../model/schema';
import { describeZodError, versionSchema } from '../../model/schema';
import type { Change, RecordTable } from '../db';
import { CommandRefused } from '../errors';
import type { Command, Reader } from '../store';

const PLAN_TABLES = ['priorities', 'tasks', 'measures', 'indicators'] as const;

/** The programme as it is in the store, read inside the command's transaction. */
export async function readDoc(read: Reader, programmeId: string): Promise<ProgrammeDoc> {
  const programme = await read.get<Programme>('programmes', programmeId);
  if (!programme) throw new CommandRefused('Програму не знайдено: можливо, її видалено в іншій вкладці.');
  return {
    programme,
    priorities: await read.list<Priority>('priorities', programmeId),
    tasks: await read.list<Task>('tasks', programmeId),
    measures: await read.list<Measure>('measures', programmeId),
    indicators: await read.list<Indicator>('indicators', programmeId),
    scenarios: await read.list<Scenario>('scenarios', programmeId),
  };
}

function versionOf(doc: ProgrammeDoc, name: string): Version {
  const v = versionSchema.safeParse({ id: newId('v-'), programmeId: doc.programme.id, name: name.trim(), createdAt: new Date().toISOString(), doc });
  if (!v.success) throw new CommandRefused(`Версію не збережено: ${describeZodError(v.error)}.`);
  return v.data;
}

/** Freezes the current programme as a named version, e.g. «Затверджено рішенням № 21 від 12.03.2024». */
export function freezeVersion(programmeId: string, name: string): Command {
  return {
    label: `Збереження версії «${name.trim()}»`,
    programmeId,
    async plan(read) {
      if (!name.trim()) throw new CommandRefused('Вкажіть назву версії, наприклад «Затверджено рішенням № 21 від 12.03.2024».');
      const v = versionOf(await readDoc(read, programmeId), name);
      return [{ table: 'versions', id: v.id, before: null, after: v }];
    },
  };
}

export function deleteVersion(programmeId: string, version: Version): Command {
  return {
    label: `Видалення версії «${version.name}»`,
    programmeId,
    async plan(read) {
      const before = await read.get<Version>('versions', version.id);
      return before ? [{ table: 'versions', id: version.id, before, after: null }] : [];
    },
  };
}

/** Record changes that turn the plan's records (not scenarios, not versions) into `next`'s. */
function replacePlan(current: ProgrammeDoc, next: ProgrammeDoc, updatedAt: string): Change[] {
  const changes: Change[] = [];
  const programme: Programme = { ...next.programme, id: current.programme.id, createdAt: current.programme.createdAt, updatedAt };
  changes.push({ table: 'programmes', id: programme.id, before: current.programme, after: programme });
  for (const table of PLAN_TABLES) {
    const old = new Map((current[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    const fresh = new Map((next[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    for (const [id, r] of old) if (!fresh.has(id)) changes.push({ table: table as RecordTable, id, before: r, after: null });
    for (const [id, r] of fresh) {
      const before = old.get(id) ?? null;
      if (JSON.stringify(before) !== JSON.stringify(r)) changes.push({ table: table as RecordTable, id, before, after: r });
    }
  }
  return changes;
}

/** Makes a version the working plan again; scenarios stay as they are (they apply to the restored plan). */
export function restoreVersion(programmeId: string, version: Version): Command {
  const updatedAt = new Date().toISOString();
  return {
    label: `Відновлення версії «${version.name}»`,
    programmeId,
    async plan(read) {
      const current = await readDoc(read, programmeId);
      const doc = structuredClone(version.doc);
      for (const t of PLAN_TABLES) for (const r of doc[t]) r.programmeId = programmeId;
      return replacePlan(current, doc, updatedAt);
    },
  };
}

/**
 * Adopts a scenario as the plan, as one command: the plan it replaces is frozen as a version
 * first, every measure takes the scenario's money (excluded measures leave the plan), and the
 * scenario's own overrides are cleared — it now equals the plan and keeps its caps.
 */
export function adoptScenarioAsPlan(programmeId: string, scenarioId: string, versionName: string): Command {
  return {
    label: 'Прийняття сценарію як плану',
    programmeId,
    async plan(read) {
      const doc = await readDoc(read, programmeId);
      const scenario = doc.scenarios.find((s) => s.id === scenarioId);
      if (!scenario) throw new CommandRefused('Сценарій не знайдено: можливо, його видалено в іншій вкладці. План не змінено.');
      const kept = versionOf(doc, versionName);
      const adopted = adoptScenario(doc, scenarioId);
      const changes: Change[] = [{ table: 'versions', id: kept.id, before: null, after: kept }];
      for (const m of adopted.changed) changes.push({ table: 'measures', id: m.id, before: doc.measures.find((x) => x.id === m.id) ?? null, after: m });
      for (const m of adopted.removed) changes.push({ table: 'measures', id: m.id, before: m, after: null });
      // Its base's overrides are in the plan now too: it becomes a scenario on the plan.
      changes.push({ table: 'scenarios', id: scenario.id, before: scenario, after: { ...scenario, baseId: null, overrides: [] } });
      return changes;
    },
  };
}
