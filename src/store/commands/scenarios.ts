/**
 * Scenario commands: create, rename, describe, duplicate, delete, and every edit of a scenario's
 * overrides and caps. Each is one undoable records command on the `scenarios` table.
 */
import { newId } from '../../model/ids';
import type { Override, Scenario } from '../../model/schema';
import { CommandRefused } from '../errors';
import type { Command, Reader } from '../store';
import { recordsCommand, type RecordEdit } from './records';

const GONE = 'Сценарій не знайдено: можливо, його видалено в іншій вкладці. Зміну не збережено.';

async function scenarioOf(read: Reader, id: string): Promise<Scenario> {
  const s = await read.get<Scenario>('scenarios', id);
  if (!s) throw new CommandRefused(GONE);
  return s;
}

async function nextOrder(read: Reader, programmeId: string): Promise<number> {
  const all = await read.list<Scenario>('scenarios', programmeId);
  return (all.at(-1)?.order ?? 0) + 1;
}

export interface NewScenario {
  name: string;
  description?: string;
  /** null: on the plan */
  baseId: string | null;
  overrides?: Override[];
  caps?: Scenario['caps'];
}

/** Creates a scenario on the plan or on another scenario. */
export function createScenario(programmeId: string, s: NewScenario, label = `Створення сценарію «${s.name}»`): Command & { newId: string } {
  const id = newId('s-');
  const cmd = recordsCommand(label, programmeId, async (read) => {
    if (s.baseId) await scenarioOf(read, s.baseId);
    const after: Scenario = {
      id,
      programmeId,
      name: s.name.trim(),
      description: s.description ?? '',
      baseId: s.baseId,
      overrides: s.overrides ?? [],
      caps: s.caps ?? [],
      order: await nextOrder(read, programmeId),
    };
    return [{ table: 'scenarios', id, after }];
  });
  return { ...cmd, newId: id };
}

/** Any edit of one scenario (name, description, overrides, caps) as one command. */
export function editScenario(programmeId: string, id: string, label: string, edit: (s: Scenario) => Scenario): Command {
  return recordsCommand(label, programmeId, async (read) => [{ table: 'scenarios', id, after: edit(await scenarioOf(read, id)) }]);
}

export function renameScenario(programmeId: string, id: string, name: string): Command {
  return editScenario(programmeId, id, `Перейменування сценарію на «${name.trim()}»`, (s) => ({ ...s, name: name.trim() }));
}

export function describeScenario(programmeId: string, id: string, description: string): Command {
  return editScenario(programmeId, id, 'Зміна опису сценарію', (s) => ({ ...s, description }));
}

/** A copy with the same base, overrides and caps. */
export function duplicateScenario(programmeId: string, id: string, name: string): Command & { newId: string } {
  const copy = newId('s-');
  const cmd = recordsCommand(`Копіювання сценарію як «${name.trim()}»`, programmeId, async (read) => {
    const s = await scenarioOf(read, id);
    return [{ table: 'scenarios', id: copy, after: { ...structuredClone(s), id: copy, name: name.trim(), order: await nextOrder(read, programmeId) } }];
  });
  return { ...cmd, newId: copy };
}

/**
 * Deletes a scenario. Scenarios built on it keep their money: they are rebased onto its base and
 * take over its overrides (theirs still apply after, as before).
 */
export function deleteScenario(programmeId: string, id: string): Command {
  return recordsCommand('Видалення сценарію', programmeId, async (read) => {
    const s = await scenarioOf(read, id);
    const out: RecordEdit[] = [{ table: 'scenarios', id, after: null }];
    for (const child of await read.list<Scenario>('scenarios', programmeId)) {
      if (child.baseId !== id) continue;
      out.push({ table: 'scenarios', id: child.id, after: { ...child, baseId: s.baseId, overrides: [...s.overrides, ...child.overrides] } });
    }
    return out;
  });
}
