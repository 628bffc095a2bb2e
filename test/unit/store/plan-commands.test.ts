import { describe, expect, it } from 'vitest';
import { useStores } from '../../fixtures/stores';
import { loadSample } from '../../fixtures/export/samples';
import type { Measure } from '../../../src/model/schema';
import { Store } from '../../../src/store/store';
import { moveMeasureTo } from '../../../src/store/commands/plan';

const stores = useStores('plan-cmd');
async function withKhm(): Promise<{ store: Store; id: string }> {
  const doc = loadSample('khmilnyk-2023-2025');
  return { store: await stores.withDoc(doc), id: doc.programme.id };
}
async function order(store: Store, id: string, taskId: string | null, priorityId?: string): Promise<string[]> {
  const r = await store.loadDoc(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.measures.filter((m: Measure) => m.taskId === taskId && (priorityId === undefined || m.priorityId === priorityId)).map((m) => m.id);
}

describe('moveMeasureTo (drag and drop)', () => {
  it('puts a measure before or after another in the same task, and undo puts it back', async () => {
    const { store, id } = await withKhm();
    const start = await order(store, id, 'khm-t1.1');
    expect((await store.run(moveMeasureTo(id, 'khm-m3', { priorityId: 'khm-p1', taskId: 'khm-t1.1', beforeId: 'khm-m1' }))).ok).toBe(true);
    expect((await order(store, id, 'khm-t1.1')).slice(0, 3)).toEqual(['khm-m3', 'khm-m1', 'khm-m2']);
    expect((await store.run(moveMeasureTo(id, 'khm-m3', { priorityId: 'khm-p1', taskId: 'khm-t1.1', afterId: 'khm-m2' }))).ok).toBe(true);
    expect((await order(store, id, 'khm-t1.1')).slice(0, 3)).toEqual(['khm-m1', 'khm-m2', 'khm-m3']);
    await store.undo(id);
    await store.undo(id);
    expect(await order(store, id, 'khm-t1.1')).toEqual(start);
  });

  it('moves a measure into another task (first there) and takes that task’s priority', async () => {
    const { store, id } = await withKhm();
    const r = await store.run(moveMeasureTo(id, 'khm-m1', { priorityId: 'ignored', taskId: 'khm-t1.2' }));
    expect(r.ok).toBe(true);
    expect((await order(store, id, 'khm-t1.2'))[0]).toBe('khm-m1');
    const doc = await store.loadDoc(id);
    expect(doc.ok && doc.value.measures.find((m) => m.id === 'khm-m1')?.priorityId).toBe('khm-p1');
  });

  it('moves a measure out of its task, to the head of a priority’s measures without a task', async () => {
    const { store, id } = await withKhm();
    expect((await store.run(moveMeasureTo(id, 'khm-m2', { priorityId: 'khm-p2', taskId: null }))).ok).toBe(true);
    expect(await order(store, id, null, 'khm-p2')).toEqual(['khm-m2']);
  });

  it('does nothing when dropped where it already is, and refuses a place that is gone', async () => {
    const { store, id } = await withKhm();
    const same = await store.run(moveMeasureTo(id, 'khm-m2', { priorityId: 'khm-p1', taskId: 'khm-t1.1', afterId: 'khm-m1' }));
    expect(same.ok && same.value).toEqual([]);
    const gone = await store.run(moveMeasureTo(id, 'khm-m2', { priorityId: 'khm-p1', taskId: 'khm-t1.1', beforeId: 'no-such' }));
    expect(gone.ok).toBe(false);
    expect(!gone.ok && gone.error.message).toMatch(/не знайдено/);
    const noTask = await store.run(moveMeasureTo(id, 'khm-m2', { priorityId: 'khm-p1', taskId: 'no-such-task' }));
    expect(!noTask.ok && noTask.error.message).toMatch(/Завдання.*не знайдено/);
  });
});
