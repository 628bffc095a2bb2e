/// <reference lib="webworker" />
/**
 * The engine worker: a thin Comlink wrapper over src/engine. Every method returns
 * `{ ok, value }` or `{ ok: false, error }`, so no failure crosses the boundary as a rejection.
 */
import * as Comlink from 'comlink';
import { Engine } from '../src/engine/engine';
import { compare } from '../src/engine/compare';
import type { ProgrammeDoc } from '../src/model/schema';
import type { Patch } from '../src/engine/types';
import { scenarioView } from '../src/engine/scenario-view';
import { compareWithVersions, trimDiffering } from '../src/engine/compare-versions';
import { fitToCaps } from '../src/engine/fit';

export type WorkerResult<T> = { ok: true; value: T } | { ok: false; error: { type: string; message: string } };

let engine: Engine | null = null;

function guard<T>(fn: () => T): WorkerResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { type: 'EngineError', message: `Помилка обчислень: ${message}` } };
  }
}

function loaded(): Engine {
  if (!engine) throw new Error('програму ще не завантажено в обчислювач');
  return engine;
}

/** Engines of frozen versions by item id; a version never changes, so it is loaded once (the last few are kept). */
const versionCache = new Map<string, Engine>();
function versionEngines(versions: ReadonlyArray<{ id: string; doc: ProgrammeDoc | null }>): Map<string, Engine> {
  const out = new Map<string, Engine>();
  for (const v of versions) {
    let e = versionCache.get(v.id);
    if (!e && v.doc) {
      e = new Engine();
      e.load(v.doc);
      versionCache.set(v.id, e);
      if (versionCache.size > 8) versionCache.delete(versionCache.keys().next().value!);
    }
    if (e) out.set(v.id, e);
  }
  return out;
}

const api = {
  load: (doc: ProgrammeDoc) => guard(() => (engine = new Engine()).load(doc)),
  patch: (patches: Patch[]) => guard(() => loaded().patch(patches)),
  snapshot: () => guard(() => loaded().snapshot()),
  compare: (ids: string[], referenceId: string) => guard(() => compare(loaded(), ids, referenceId)),
  /** The active scenario's money for the plan grid (whole, or just the measures a plan edit touched). */
  scenarioView: (id: string, measureIds?: string[]) => guard(() => scenarioView(loaded(), id, measureIds)),
  /**
   * `compare` with frozen versions among the items (`v:<id>`; each doc is loaded once and kept);
   * with `differingLimit`, each item lists only the measures that changed most, and `differingCount` how many there are.
   */
  compareWithVersions: (ids: string[], referenceId: string, versions: Array<{ id: string; doc: ProgrammeDoc | null }>, differingLimit?: number) =>
    guard(() => {
      const cmp = compareWithVersions(loaded(), ids, referenceId, versionEngines(versions));
      return { cmp, differingCount: differingLimit === undefined ? null : trimDiffering(cmp, differingLimit) };
    }),
  /** A proposal that meets the scenario's caps, computed from the current state; nothing is saved. */
  fit: (scenarioId: string, fixed: string[] = []) => guard(() => fitToCaps(loaded().document(), scenarioId, { fixed: new Set(fixed) })),
  /** Round-trip probe for the bench: a patch whose delta is answered without the caller waiting on anything else. */
  ping: () => ({ ok: true as const, value: performance.now() }),
};

export type EngineApi = typeof api;

Comlink.expose(api);
