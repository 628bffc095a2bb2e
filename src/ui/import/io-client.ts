import * as Comlink from 'comlink';
import type { IoApi } from '../../../workers/io.worker';

export type { IoApi };

/**
 * Starts the io worker and returns its typed API. Every call resolves to a result, never
 * rejects — except after `terminate()`, which is how an import is cancelled: start a new
 * worker for the next file.
 */
export function startIoWorker(): { api: Comlink.Remote<IoApi>; terminate(): void } {
  const worker = new Worker(new URL('../../../workers/io.worker.ts', import.meta.url), { type: 'module', name: 'io' });
  return { api: Comlink.wrap<IoApi>(worker), terminate: () => worker.terminate() };
}

let shared: ReturnType<typeof startIoWorker> | null = null;

/** One io worker for short jobs nobody cancels (exports, a budget file): started on first use, kept. */
export function sharedIoWorker(): Comlink.Remote<IoApi> {
  return (shared ??= startIoWorker()).api;
}

export { Comlink };
