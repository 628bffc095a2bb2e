import { describe, expect, it } from 'vitest';
import { dropPlace } from '../../../src/ui/plan/plan-drop';
import type { PlanRow } from '../../../src/ui/plan/plan-rows';
import type { Measure } from '../../../src/model/schema';

const row = (kind: PlanRow['kind'], refId: string, measure?: Partial<Measure>): PlanRow =>
  ({ rowId: `${kind[0]}:${refId}`, kind, refId, measure: measure as Measure | undefined }) as PlanRow;
const dragged = row('measure', 'm1', { id: 'm1', priorityId: 'p1', taskId: 't1' });
const taskPriority = (id: string) => (id === 't2' ? 'p2' : undefined);

describe('dropPlace: where a dragged measure lands', () => {
  it('goes before a measure when dropped on its upper half, after it on the lower half, in that measure’s task', () => {
    const over = row('measure', 'm5', { id: 'm5', priorityId: 'p2', taskId: 't2' });
    expect(dropPlace(dragged, over, false, taskPriority)).toEqual({ ok: true, place: { priorityId: 'p2', taskId: 't2', beforeId: 'm5' } });
    expect(dropPlace(dragged, over, true, taskPriority)).toEqual({ ok: true, place: { priorityId: 'p2', taskId: 't2', afterId: 'm5' } });
  });
  it('goes first in a task dropped on the task, first among a priority’s loose measures dropped on the priority', () => {
    expect(dropPlace(dragged, row('task', 't2'), true, taskPriority)).toEqual({ ok: true, place: { priorityId: 'p2', taskId: 't2' } });
    expect(dropPlace(dragged, row('priority', 'p3'), false, taskPriority)).toEqual({ ok: true, place: { priorityId: 'p3', taskId: null } });
  });
  it('does nothing on itself and refuses totals or empty space with a sentence', () => {
    expect(dropPlace(dragged, dragged, true, taskPriority)).toBeNull();
    const sub = dropPlace(dragged, row('subtotal', 'p1'), true, taskPriority);
    expect(sub && !sub.ok && sub.message).toMatch(/перетягніть/);
    const none = dropPlace(dragged, undefined, true, taskPriority);
    expect(none && !none.ok && none.message).toMatch(/Перетягніть/);
  });
});
