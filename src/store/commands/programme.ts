import type { FundingSource, Measure, Programme, ProgrammeDoc } from '../../model/schema';
import { programmeSchema, describeZodError } from '../../model/schema';
import type { Change, RecordTable } from '../db';
import { CommandRefused } from '../errors';
import type { Command } from '../store';

const CHILD_TABLES = ['priorities', 'tasks', 'measures', 'indicators', 'scenarios', 'versions'] as const satisfies readonly RecordTable[];

/** Creates a whole programme (a sample, an import, a restored backup) as one undoable command. */
export function createProgramme(doc: ProgrammeDoc, label = 'Створення програми'): Command {
  return {
    label,
    programmeId: doc.programme.id,
    async plan(read) {
      if (await read.get('programmes', doc.programme.id)) {
        throw new CommandRefused(`Програма «${doc.programme.title}» вже є у сховищі. Видаліть її або відкрийте наявну.`);
      }
      const add = (table: RecordTable, r: { id: string }): Change => ({ table, id: r.id, before: null, after: r });
      return [
        add('programmes', doc.programme),
        ...doc.priorities.map((r) => add('priorities', r)),
        ...doc.tasks.map((r) => add('tasks', r)),
        ...doc.measures.map((r) => add('measures', r)),
        ...doc.indicators.map((r) => add('indicators', r)),
        ...doc.scenarios.map((r) => add('scenarios', r)),
      ];
    },
  };
}

/** Deletes a programme with everything in it; undo brings all of it back. */
export function deleteProgramme(programmeId: string, title: string): Command {
  return {
    label: `Видалення програми «${title}»`,
    programmeId,
    async plan(read) {
      const programme = await read.get<{ id: string }>('programmes', programmeId);
      if (!programme) return [];
      const changes: Change[] = [];
      for (const table of CHILD_TABLES) {
        for (const r of await read.list<{ id: string }>(table, programmeId)) changes.push({ table, id: r.id, before: r, after: null });
      }
      changes.push({ table: 'programmes', id: programmeId, before: programme, after: null });
      return changes;
    },
  };
}

/**
 * Changes programme fields (title, years, unit, passport, sources…). The result is validated
 * by the schema, so an edit that would make the programme invalid is refused with the reason.
 */
export function updateProgramme(programmeId: string, label: string, edit: (p: Programme) => Programme, check?: (p: Programme, measures: Measure[]) => void): Command {
  // Stamped once: a command is planned twice (shown from memory, then written) and must plan the same.
  const updatedAt = new Date().toISOString();
  return {
    label,
    programmeId,
    async plan(read) {
      const before = await read.get<Programme>('programmes', programmeId);
      if (!before) throw new CommandRefused('Програму не знайдено: можливо, її видалено в іншій вкладці.');
      const next = edit(structuredClone(before));
      const parsed = programmeSchema.safeParse({ ...next, updatedAt });
      if (!parsed.success) throw new CommandRefused(`Зміну не збережено: ${describeZodError(parsed.error)}.`);
      if (check) check(parsed.data, await read.list<Measure>('measures', programmeId));
      return [{ table: 'programmes', id: programmeId, before, after: parsed.data }];
    },
  };
}

export function addSource(programmeId: string, source: FundingSource): Command {
  return updateProgramme(programmeId, `Додавання джерела «${source.name}»`, (p) => {
    if (p.sources.some((s) => s.name.trim().toLowerCase() === source.name.trim().toLowerCase())) {
      throw new CommandRefused(`Джерело «${source.name}» вже є в переліку.`);
    }
    return { ...p, sources: [...p.sources, source] };
  });
}

export function renameSource(programmeId: string, sourceId: string, name: string): Command {
  return updateProgramme(programmeId, `Перейменування джерела на «${name}»`, (p) => ({
    ...p,
    sources: p.sources.map((s) => (s.id === sourceId ? { ...s, name } : s)),
  }));
}

export function moveSource(programmeId: string, sourceId: string, by: -1 | 1): Command {
  return updateProgramme(programmeId, 'Зміна порядку джерел', (p) => {
    const i = p.sources.findIndex((s) => s.id === sourceId);
    const j = i + by;
    if (i < 0 || j < 0 || j >= p.sources.length) return p;
    const sources = [...p.sources];
    [sources[i], sources[j]] = [sources[j]!, sources[i]!];
    return { ...p, sources };
  });
}

/** Removes a source only when no measure has money or a marker in it. */
export function removeSource(programmeId: string, sourceId: string): Command {
  return updateProgramme(
    programmeId,
    'Видалення джерела',
    (p) => ({ ...p, sources: p.sources.filter((s) => s.id !== sourceId) }),
    (_p, measures) => {
      const used = measures.filter((m) => m.funding.some((f) => f.sourceId === sourceId));
      if (used.length) {
        const codes = used.slice(0, 5).map((m) => m.code || m.title.slice(0, 30)).join(', ');
        throw new CommandRefused(
          `Джерело не можна видалити: воно використане в ${used.length} заходах (${codes}${used.length > 5 ? '…' : ''}). Спершу перенесіть або видаліть ці суми.`,
        );
      }
    },
  );
}
