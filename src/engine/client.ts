import * as Comlink from 'comlink';
import type { EngineApi, WorkerResult } from '../../workers/engine.worker';
import type { Change } from '../store/db';
import type { Patch } from './types';

export type { WorkerResult };

/** Starts the engine worker and returns its typed API (every call resolves to a result, never rejects). */
export function startEngineWorker(): { api: Comlink.Remote<EngineApi>; terminate(): void } {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return { api: Comlink.wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}

const PATCH_TABLES = new Set(['programmes', 'priorities', 'tasks', 'measures', 'indicators', 'scenarios']);

/** Turns the store's record changes into engine patches (versions do not affect calculations). */
export function patchesOf(changes: readonly Change[]): Patch[] {
  const out: Patch[] = [];
  for (const c of changes) {
    if (!PATCH_TABLES.has(c.table)) continue;
    const table = c.table === 'programmes' ? 'programme' : c.table;
    out.push({ table, id: c.id, value: c.after } as Patch);
  }
  return out;
}
