import type { MeasurePlace } from '../../store/commands/plan';
import type { PlanRow } from './plan-rows';

export type Drop = { ok: true; place: MeasurePlace } | { ok: false; message: string } | null;

/**
 * Where a measure dragged over a row lands: on a measure, before it (upper half) or after it
 * (lower half), in that measure's task; on a task, first in the task; on a priority, first among
 * the priority's measures without a task. Null when dropped on itself.
 */
export function dropPlace(dragged: PlanRow, over: PlanRow | undefined, lowerHalf: boolean, priorityOfTask: (taskId: string) => string | undefined): Drop {
  if (!over) return { ok: false, message: 'Перетягніть захід на рядок заходу, завдання чи напряму.' };
  if (over.rowId === dragged.rowId) return null;
  if (over.kind === 'measure' && over.measure) {
    const { priorityId, taskId } = over.measure;
    return { ok: true, place: { priorityId, taskId, ...(lowerHalf ? { afterId: over.refId } : { beforeId: over.refId }) } };
  }
  if (over.kind === 'task') {
    const priorityId = priorityOfTask(over.refId);
    return priorityId ? { ok: true, place: { priorityId, taskId: over.refId } } : { ok: false, message: 'Завдання не знайдено.' };
  }
  if (over.kind === 'priority') return { ok: true, place: { priorityId: over.refId, taskId: null } };
  return { ok: false, message: 'Сюди захід поставити не можна: перетягніть його на рядок заходу, завдання чи напряму.' };
}
