import { newId } from '../../model/ids';
import { orderBetween } from '../../model/plan-ops';
import type { Measure, Priority, Task } from '../../model/schema';
import { CommandRefused } from '../errors';
import type { Command } from '../store';
import { recordsCommand, type RecordEdit } from './records';

export interface MeasureEdit {
  id: string;
  edit: (m: Measure) => Measure;
}

/**
 * Edits measures (typed values, pasted blocks, row actions) and optionally appends new ones,
 * as one command: one transaction and one undo step.
 */
export function editMeasures(programmeId: string, label: string, edits: readonly MeasureEdit[], inserts: readonly Measure[] = []): Command {
  const planWith = (get: (id: string) => Measure | undefined): RecordEdit[] => {
    const out: RecordEdit[] = [];
    for (const e of edits) {
      const m = get(e.id);
      if (!m) throw new CommandRefused('Захід не знайдено: можливо, його видалено в іншій вкладці. Зміну не збережено.');
      out.push({ table: 'measures', id: m.id, after: e.edit(m) });
    }
    for (const m of inserts) out.push({ table: 'measures', id: m.id, after: m });
    return out;
  };
  return recordsCommand(
    label,
    programmeId,
    async (read) => {
      const found = new Map<string, Measure | undefined>();
      for (const e of edits) found.set(e.id, await read.get<Measure>('measures', e.id));
      return planWith((id) => found.get(id));
    },
    (read) => planWith((id) => read.get<Measure>('measures', id)),
  );
}

export function blankMeasure(programmeId: string, priorityId: string, taskId: string | null, order: number): Measure {
  return {
    id: newId('m-'),
    programmeId,
    priorityId,
    taskId,
    code: '',
    title: '',
    responsible: '',
    term: { text: '', from: null, to: null },
    result: '',
    sourceText: '',
    status: 'planned',
    order,
    budgetCodes: [],
    funding: [],
    declared: [],
  };
}

/** Orders for `count` new measures placed right after `after` (or at the end of its parent). */
export async function ordersAfter(read: Parameters<Command['plan']>[0], parent: { taskId: string | null; priorityId: string }, afterOrder: number | null, count: number): Promise<number[]> {
  const siblings = parent.taskId
    ? await read.children<Measure>('measures', 'taskId', parent.taskId)
    : (await read.children<Measure>('measures', 'priorityId', parent.priorityId)).filter((m) => m.taskId === null);
  const next = afterOrder === null ? undefined : siblings.find((m) => m.order > afterOrder)?.order;
  const start = afterOrder ?? siblings.at(-1)?.order;
  const out: number[] = [];
  let prev = start;
  for (let i = 0; i < count; i++) {
    const o = next === undefined ? (prev ?? 0) + 1 : orderBetween(prev, next);
    out.push(o);
    prev = o;
  }
  return out;
}

/** Inserts an empty measure above or below another, in the same task. */
export function insertMeasure(programmeId: string, ref: Measure, where: 'above' | 'below'): Command & { newId: string } {
  const id = newId('m-');
  const cmd = recordsCommand('Вставлення заходу', programmeId, async (read) => {
    const siblings = ref.taskId
      ? await read.children<Measure>('measures', 'taskId', ref.taskId)
      : (await read.children<Measure>('measures', 'priorityId', ref.priorityId)).filter((m) => m.taskId === null);
    const i = siblings.findIndex((m) => m.id === ref.id);
    const order = where === 'above' ? orderBetween(siblings[i - 1]?.order, ref.order) : orderBetween(ref.order, siblings[i + 1]?.order);
    return [{ table: 'measures', id, after: { ...blankMeasure(programmeId, ref.priorityId, ref.taskId, order), id } }];
  });
  return { ...cmd, newId: id };
}

/** Adds an empty measure at the end of a task (the way to fill an empty task). */
export function appendMeasure(programmeId: string, task: Task): Command & { newId: string } {
  const id = newId('m-');
  const cmd = recordsCommand('Додавання заходу', programmeId, async (read) => {
    const [order] = await ordersAfter(read, { taskId: task.id, priorityId: task.priorityId }, null, 1);
    return [{ table: 'measures', id, after: { ...blankMeasure(programmeId, task.priorityId, task.id, order!), id } }];
  });
  return { ...cmd, newId: id };
}

export function insertTask(programmeId: string, ref: Task, where: 'above' | 'below'): Command & { newId: string } {
  const id = newId('t-');
  const cmd = recordsCommand('Вставлення завдання', programmeId, async (read) => {
    const siblings = await read.children<Task>('tasks', 'priorityId', ref.priorityId);
    const i = siblings.findIndex((x) => x.id === ref.id);
    const order = where === 'above' ? orderBetween(siblings[i - 1]?.order, ref.order) : orderBetween(ref.order, siblings[i + 1]?.order);
    const task: Task = { id, programmeId, priorityId: ref.priorityId, code: '', title: 'Нове завдання', order, declared: [] };
    return [{ table: 'tasks', id, after: task }];
  });
  return { ...cmd, newId: id };
}

export function insertPriority(programmeId: string, ref: Priority | null, where: 'above' | 'below'): Command & { newId: string } {
  const id = newId('p-');
  // Ids are made once, outside the plan: it is planned twice (shown from memory, then written).
  const taskId = newId('t-');
  const cmd = recordsCommand('Вставлення напряму', programmeId, async (read) => {
    const siblings = await read.list<Priority>('priorities', programmeId);
    const i = ref ? siblings.findIndex((x) => x.id === ref.id) : siblings.length - 1;
    const at = siblings[i];
    const order = !at ? 1 : where === 'above' ? orderBetween(siblings[i - 1]?.order, at.order) : orderBetween(at.order, siblings[i + 1]?.order);
    const p: Priority = { id, programmeId, code: '', title: 'Новий пріоритетний напрям', order, declared: [] };
    const task: Task = { id: taskId, programmeId, priorityId: id, code: '', title: 'Нове завдання', order: 1, declared: [] };
    return [
      { table: 'priorities', id, after: p },
      { table: 'tasks', id: task.id, after: task },
    ];
  });
  return { ...cmd, newId: id };
}

export function deleteMeasures(programmeId: string, ids: readonly string[]): Command {
  return recordsCommand(ids.length === 1 ? 'Видалення заходу' : `Видалення ${ids.length} заходів`, programmeId, async () =>
    ids.map((id) => ({ table: 'measures' as const, id, after: null })),
  );
}

/** Deletes a task with its measures. */
export function deleteTask(programmeId: string, taskId: string): Command {
  return recordsCommand('Видалення завдання', programmeId, async (read) => {
    const measures = await read.children<Measure>('measures', 'taskId', taskId);
    return [...measures.map((m) => ({ table: 'measures' as const, id: m.id, after: null })), { table: 'tasks', id: taskId, after: null }];
  });
}

/** Deletes a priority with its tasks and measures. */
export function deletePriority(programmeId: string, priorityId: string): Command {
  return recordsCommand('Видалення напряму', programmeId, async (read) => {
    const tasks = await read.children<Task>('tasks', 'priorityId', priorityId);
    const measures = await read.children<Measure>('measures', 'priorityId', priorityId);
    return [
      ...measures.map((m) => ({ table: 'measures' as const, id: m.id, after: null })),
      ...tasks.map((t) => ({ table: 'tasks' as const, id: t.id, after: null })),
      { table: 'priorities', id: priorityId, after: null },
    ];
  });
}

/** Where a dragged measure lands: before or after another measure, or (neither) first in its parent. */
export interface MeasurePlace {
  priorityId: string;
  /** null: among the priority's measures that belong to no task */
  taskId: string | null;
  beforeId?: string;
  afterId?: string;
}

/** Moves a measure to a place in the plan (drag and drop), within or across tasks and priorities. */
export function moveMeasureTo(programmeId: string, measureId: string, place: MeasurePlace): Command {
  return recordsCommand('Переміщення заходу', programmeId, async (read) => {
    const m = await read.get<Measure>('measures', measureId);
    if (!m) throw new CommandRefused('Захід не знайдено: можливо, його видалено в іншій вкладці.');
    const task = place.taskId ? await read.get<Task>('tasks', place.taskId) : null;
    if (place.taskId && !task) throw new CommandRefused('Завдання, куди переміщується захід, не знайдено: можливо, його видалено в іншій вкладці.');
    const priorityId = task?.priorityId ?? place.priorityId;
    const all = place.taskId
      ? await read.children<Measure>('measures', 'taskId', place.taskId)
      : (await read.children<Measure>('measures', 'priorityId', priorityId)).filter((x) => x.taskId === null);
    const siblings = all.filter((x) => x.id !== m.id);
    const ref = place.beforeId ?? place.afterId;
    const at = ref === undefined ? 0 : siblings.findIndex((x) => x.id === ref) + (place.afterId !== undefined ? 1 : 0);
    if (ref !== undefined && at < (place.afterId !== undefined ? 1 : 0)) throw new CommandRefused('Рядок, біля якого треба поставити захід, не знайдено: можливо, його видалено в іншій вкладці.');
    // Dropped where it already is: nothing to do.
    const now = all.findIndex((x) => x.id === m.id);
    if (now >= 0 && now === at) return [];
    const order = orderBetween(siblings[at - 1]?.order, siblings[at]?.order);
    return [{ table: 'measures', id: m.id, after: { ...m, priorityId, taskId: place.taskId, order } }];
  });
}

/**
 * Moves a measure one place up or down; at the edge of its task it moves into the previous or
 * next task (across priorities too), so Alt+↑/↓ can carry a measure anywhere in the plan.
 * `tasksInOrder` is the plan's task order as displayed.
 */
export function moveMeasure(programmeId: string, measureId: string, dir: -1 | 1): Command {
  return recordsCommand('Переміщення заходу', programmeId, async (read) => {
    const m = await read.get<Measure>('measures', measureId);
    if (!m) throw new CommandRefused('Захід не знайдено: можливо, його видалено в іншій вкладці.');
    if (m.taskId === null) throw new CommandRefused('Цей захід не належить до завдання; перемістіть його в завдання.');
    const siblings = await read.children<Measure>('measures', 'taskId', m.taskId);
    const i = siblings.findIndex((x) => x.id === m.id);
    const neighbour = siblings[i + dir];
    if (neighbour) {
      const beyond = siblings[i + 2 * dir];
      const order = dir < 0 ? orderBetween(beyond?.order, neighbour.order) : orderBetween(neighbour.order, beyond?.order);
      return [{ table: 'measures', id: m.id, after: { ...m, order } }];
    }
    // Tasks in plan order (by priority, then within it), read here: a command plans from the records only.
    const priorities = await read.list<Priority>('priorities', programmeId);
    const tasks = await read.list<Task>('tasks', programmeId);
    const tasksInOrder = priorities.flatMap((p) => tasks.filter((t) => t.priorityId === p.id));
    const ti = tasksInOrder.findIndex((t) => t.id === m.taskId);
    const target = tasksInOrder[ti + dir];
    if (!target) return [];
    const inTarget = await read.children<Measure>('measures', 'taskId', target.id);
    const order = dir < 0 ? orderBetween(inTarget.at(-1)?.order, undefined) : orderBetween(undefined, inTarget[0]?.order);
    return [{ table: 'measures', id: m.id, after: { ...m, taskId: target.id, priorityId: target.priorityId, order } }];
  });
}

/** Renumbers tasks (`1.1`) and measures (`1.1.1`) from their place in the plan. */
export function renumber(programmeId: string): Command {
  return recordsCommand('Автоматична нумерація', programmeId, async (read) => {
    const priorities = await read.list<Priority>('priorities', programmeId);
    const tasks = await read.list<Task>('tasks', programmeId);
    const measures = await read.list<Measure>('measures', programmeId);
    const out: RecordEdit[] = [];
    priorities.forEach((p, pi) => {
      const pc = String(pi + 1);
      if (p.code !== pc) out.push({ table: 'priorities', id: p.id, after: { ...p, code: pc } });
      tasks.filter((t) => t.priorityId === p.id).forEach((t, ti) => {
        const tc = `${pc}.${ti + 1}`;
        if (t.code !== tc) out.push({ table: 'tasks', id: t.id, after: { ...t, code: tc } });
        measures.filter((m) => m.taskId === t.id).forEach((m, mi) => {
          const mc = `${tc}.${mi + 1}`;
          if (m.code !== mc) out.push({ table: 'measures', id: m.id, after: { ...m, code: mc } });
        });
      });
    });
    return out;
  });
}
