import { describe, expect, it } from 'vitest';
import { patchesOf, startEngineWorker } from '../../src/engine/client';
import { programmeDocSchema } from '../../src/model/schema';

describe('engine worker in a real browser', () => {
  it('loads a programme, answers a patch with the changed totals, and reports errors as data', async () => {
    const { api, terminate } = startEngineWorker();
    const doc = programmeDocSchema.parse(await (await fetch('/samples/illintsi-2026-2028.json')).json());
    const loaded = await api.load(doc);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const grand = loaded.value.nodes.find((n) => n.kind === 'programme')!;
    expect(grand.planned.total).toBe(9_725 * 100_000);

    const m = doc.measures[0]!;
    const edited = { ...m, funding: m.funding.map((f) => (f.year === 2026 ? { ...f, planned: f.planned! + 1_000_000 } : f)) };
    const delta = await api.patch(patchesOf([{ table: 'measures', id: m.id, before: m, after: edited }]));
    expect(delta.ok).toBe(true);
    if (!delta.ok) return;
    const programme = delta.value.nodes.find((n) => n.kind === 'programme')!;
    expect(programme.planned.perYear[0]).toBe(1_830 * 100_000 + 1_000_000);
    expect(delta.value.nodes.map((n) => n.kind).sort()).toEqual(['measure', 'priority', 'programme', 'task']);

    const bad = await api.compare(['plan'], 'plan');
    expect(bad.ok).toBe(true);
    terminate();
    const fresh = startEngineWorker();
    const notLoaded = await fresh.api.snapshot();
    expect(notLoaded).toEqual({ ok: false, error: { type: 'EngineError', message: 'Помилка обчислень: програму ще не завантажено в обчислювач' } });
    fresh.terminate();
  });
});
