import { createSignal, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Check } from '../../engine/checks';
import { patchesOf, startEngineWorker } from '../../engine/client';
import type { Delta, NodeTotals, Snapshot } from '../../engine/types';
import type { ProgrammeDoc } from '../../model/schema';
import type { Change } from '../../store/db';
import type { StoreError } from '../../store/errors';
import type { Command, HistoryState, Result, Store } from '../../store/store';
import { applyChanges } from './apply-changes';

export type TotalsMap = Record<string, NodeTotals>;
export const nodeKey = (kind: NodeTotals['kind'], id: string): string => `${kind}:${id}`;

/** What one step of the feed did: record changes (immediately) or the engine's answer (later). */
export type WorkbenchEvent = { kind: 'changes'; changes: Change[]; remote: boolean; label: string } | { kind: 'delta'; delta: Delta };

export interface Workbench {
  doc: ProgrammeDoc;
  totals: TotalsMap;
  /** the same totals as a plain map, for code that reads many rows at once (the grid) */
  totalsMap: Map<string, NodeTotals>;
  /** grids follow these to update only the rows that changed */
  subscribe(fn: (e: WorkbenchEvent) => void): () => void;
  checks: Accessor<Check[]>;
  history: Accessor<HistoryState>;
  /** the last refused edit or failure, shown to the user */
  error: Accessor<StoreError | null>;
  clearError(): void;
  run(command: Command): Promise<Result<Change[]>>;
  /** undoes the last command; resolves to the changes it made (to move the focus there) */
  undo(): Promise<Change[] | null>;
  redo(): Promise<Change[] | null>;
  dispose(): void;
}

let engine: ReturnType<typeof startEngineWorker> | null = null;
function engineWorker() {
  return (engine ??= startEngineWorker());
}

/**
 * Opens a programme: loads it from the store, hands it to the engine worker, then follows the
 * store's change feed (this tab's commands and other tabs' alike) to keep the document, totals
 * and checks current. The UI reads money only from `totals`, which the engine computes.
 */
export async function openWorkbench(store: Store, programmeId: string): Promise<Result<Workbench>> {
  const loaded = await store.loadDoc(programmeId);
  if (!loaded.ok) return loaded;
  const api = engineWorker().api;
  const first = await api.load(loaded.value);
  if (!first.ok) return { ok: false, error: { type: 'failed', message: first.error.message } };

  const [doc, setDoc] = createStore<ProgrammeDoc>(loaded.value);
  const [totals, setTotals] = createStore<TotalsMap>(totalsOf(first.value));
  const [checks, setChecks] = createSignal<Check[]>(first.value.checks);
  const [history, setHistory] = createSignal<HistoryState>(await store.history(programmeId));
  const [error, setError] = createSignal<StoreError | null>(null);
  const totalsMap = new Map(Object.entries(totalsOf(first.value)));
  const listeners = new Set<(e: WorkbenchEvent) => void>();
  const emit = (e: WorkbenchEvent) => {
    for (const fn of listeners) fn(e);
  };

  // Deltas are applied in the order the changes happened, even if the worker answers later.
  let queue = Promise.resolve();
  const follow = (changes: Change[], remote: boolean, label: string) => {
    setDoc((d) => ({ ...d, ...applyChanges(d, changes) }));
    emit({ kind: 'changes', changes, remote, label });
    const patches = patchesOf(changes);
    queue = queue.then(async () => {
      const r = await api.patch(patches);
      if (r.ok) applyDelta(r.value);
      else setError({ type: 'failed', message: r.error.message });
    });
  };
  const applyDelta = (delta: Delta) => {
    if (delta.full) {
      const all = totalsOf(delta.full);
      setTotals(reconcile(all));
      totalsMap.clear();
      for (const [k, v] of Object.entries(all)) totalsMap.set(k, v);
      setChecks(delta.full.checks);
      emit({ kind: 'delta', delta });
      return;
    }
    for (const n of delta.nodes) {
      setTotals(nodeKey(n.kind, n.id), n);
      totalsMap.set(nodeKey(n.kind, n.id), n);
    }
    for (const r of delta.removed) {
      setTotals(nodeKey(r.kind, r.id), undefined!);
      totalsMap.delete(nodeKey(r.kind, r.id));
    }
    if (delta.checksAdded.length || delta.checksRemoved.length) {
      const gone = new Set(delta.checksRemoved);
      const added = new Map(delta.checksAdded.map((c) => [c.key, c]));
      setChecks((cs) => [...cs.filter((c) => !gone.has(c.key) && !added.has(c.key)), ...added.values()]);
    }
    emit({ kind: 'delta', delta });
  };
  const unsubscribe = store.feed.subscribe((m) => {
    if (m.kind === 'closed') {
      setError(m.reason);
      return;
    }
    if (m.programmeId !== programmeId) return;
    follow(m.changes, m.remote === true, m.label);
    void store.history(programmeId).then(setHistory);
  });

  const report = <T,>(r: Result<T>): Result<T> => {
    if (!r.ok) setError(r.error);
    return r;
  };
  return {
    ok: true,
    value: {
      doc,
      totals,
      totalsMap,
      subscribe: (fn) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      checks,
      history,
      error,
      clearError: () => setError(null),
      run: async (command) => report(await store.run(command)),
      undo: async () => {
        const r = report(await store.undo(programmeId));
        return r.ok ? (r.value?.changes ?? null) : null;
      },
      redo: async () => {
        const r = report(await store.redo(programmeId));
        return r.ok ? (r.value?.changes ?? null) : null;
      },
      dispose: unsubscribe,
    },
  };
}

function totalsOf(s: Snapshot): TotalsMap {
  const out: TotalsMap = {};
  for (const n of s.nodes) out[nodeKey(n.kind, n.id)] = n;
  return out;
}
