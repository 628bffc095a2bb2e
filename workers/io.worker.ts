/// <reference lib="webworker" />
/**
 * The io worker: a thin Comlink wrapper over src/io. Every method returns `{ ok, value }` or
 * `{ ok: false, error: { type, message } }`. Parsing is synchronous inside the worker, so the
 * UI cancels by terminating the worker (and starts a fresh one next time); progress comes back
 * through a Comlink.proxy callback.
 *
 * To add more methods (the export half), build them as a plain object in src/io and spread it:
 *   const api = { ...importApi, ...exportApi };
 */
import * as Comlink from 'comlink';
import { importApi } from '../src/io/api';

export type { ImportFileOptions, ImportPreview, IoResult, ProgressFn } from '../src/io/api';

const api = {
  ...importApi,
  /** Round-trip probe: lets the UI (and tests) see that the worker is up. */
  ping: () => ({ ok: true as const, value: 'io' }),
};

export type IoApi = typeof api;

Comlink.expose(api);
