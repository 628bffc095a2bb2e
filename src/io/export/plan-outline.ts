/**
 * The plan in the order the annex prints it: priorities, then under each the measures that sit
 * straight under the priority, then its tasks with their measures, each level by `order`.
 * A measure is grouped exactly as the engine sums it (under its task's priority when the task
 * exists), so that every printed subtotal is the engine's; measures whose priority is missing
 * get a last section of their own rather than vanishing from the grand total.
 */
import type { Measure, Priority, ProgrammeDoc, Task } from '../../model/schema';

export interface OutlineGroup {
  /** null: measures straight under the priority */
  task: Task | null;
  measures: Measure[];
}

export interface OutlineSection {
  /** null: the section of measures whose priority does not exist */
  priority: Priority | null;
  groups: OutlineGroup[];
}

export const ORPHAN_TITLE = 'Заходи поза пріоритетними напрямами';

const byOrder = <T extends { order: number }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => a.order - b.order);

export function planOutline(doc: ProgrammeDoc): OutlineSection[] {
  const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
  const priorities = new Set(doc.priorities.map((p) => p.id));
  const underTask = new Map<string, Measure[]>();
  const direct = new Map<string, Measure[]>();
  const orphans: Measure[] = [];
  for (const m of byOrder(doc.measures)) {
    const task = m.taskId === null ? undefined : tasks.get(m.taskId);
    const priorityId = task ? task.priorityId : m.priorityId;
    if (!priorities.has(priorityId)) orphans.push(m);
    else if (task) push(underTask, task.id, m);
    else push(direct, priorityId, m);
  }
  const sections: OutlineSection[] = byOrder(doc.priorities).map((p) => {
    const groups: OutlineGroup[] = [];
    const own = direct.get(p.id);
    if (own) groups.push({ task: null, measures: own });
    for (const t of byOrder(doc.tasks.filter((x) => x.priorityId === p.id))) groups.push({ task: t, measures: underTask.get(t.id) ?? [] });
    return { priority: p, groups };
  });
  if (orphans.length) sections.push({ priority: null, groups: [{ task: null, measures: orphans }] });
  return sections;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** «Пріоритет 1. Цифрова економіка» */
export function priorityHeading(p: Priority | null): string {
  if (!p) return ORPHAN_TITLE;
  return p.code ? `Пріоритет ${p.code}. ${p.title}` : p.title;
}

/** «1.1 Стимулювання зростання цифрової економіки», as the official form writes the task cell. */
export function taskHeading(t: Task): string {
  return t.code ? `${t.code} ${t.title}` : t.title;
}
