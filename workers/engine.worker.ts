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

const api = {
  load: (doc: ProgrammeDoc) => guard(() => (engine = new Engine()).load(doc)),
  patch: (patches: Patch[]) => guard(() => loaded().patch(patches)),
  snapshot: () => guard(() => loaded().snapshot()),
  compare: (ids: string[], referenceId: string) => guard(() => compare(loaded(), ids, referenceId)),
  /** Round-trip probe for the bench: a patch whose delta is answered without the caller waiting on anything else. */
  ping: () => ({ ok: true as const, value: performance.now() }),
};

export type EngineApi = typeof api;

Comlink.expose(api);
