/// <reference lib="webworker" />
/**
 * The io worker: a thin Comlink wrapper over src/io. Every method returns `{ ok, value }` or
 * `{ ok: false, error: { type, message } }`. Parsing is synchronous inside the worker, so the
 * UI cancels by terminating the worker (and starts a fresh one next time); progress comes back
 * through a Comlink.proxy callback.
 */
import * as Comlink from 'comlink';
import { importApi } from '../src/io/api';
import { exportApi } from '../src/io/export-api';

export type { ImportFileOptions, ImportPreview, IoResult, ProgressFn } from '../src/io/api';
export type { ExportFile, ExportKind } from '../src/io/export-api';

const api = {
  ...importApi,
  ...exportApi,
  /** Round-trip probe: lets the UI (and tests) see that the worker is up. */
  ping: () => ({ ok: true as const, value: 'io' }),
};

export type IoApi = typeof api;

Comlink.expose(api);
