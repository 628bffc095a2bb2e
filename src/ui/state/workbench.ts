import { batch, createSignal, type Accessor } from 'solid-js';
import { createStore, produce, reconcile, unwrap } from 'solid-js/store';
import type { Check } from '../../engine/checks';
import type { IndicatorResult } from '../../engine/indicators';
import { patchesOf, startEngineWorker } from '../../engine/client';
import type { Delta, NodeTotals, Snapshot } from '../../engine/types';
import type { ProgrammeDoc } from '../../model/schema';
import type { Change } from '../../store/db';
import { CommandRefused, toStoreError, type StoreError } from '../../store/errors';
import { docReader, localReader } from '../../store/doc-reader';
import type { Command, HistoryState, Result, Store } from '../../store/store';
import { applyChanges, type ListTable } from './apply-changes';
import { afterPaint } from '../common/after-paint';
import { DocIndex } from './doc-index';
import { markPlain, markPlainLists } from './plain-lists';

export type TotalsMap = Record<string, NodeTotals>;
export const nodeKey = (kind: NodeTotals['kind'], id: string): string => `${kind}:${id}`;

/** What one step of the feed did: record changes (immediately) or the engine's answer (later). */
export type WorkbenchEvent =
  | { kind: 'changes'; changes: Change[]; remote: boolean; label: string }
  /** the engine's answer to `cause` (the changes event it follows), in the order the changes happened */
  | { kind: 'delta'; delta: Delta; cause: readonly Change[] | null };

export interface Workbench {
  /** the open programme, reactive (views that re-render when it changes read this) */
  doc: ProgrammeDoc;
  /** the same records without the reactive layer, for imperative code reading many of them (grids) */
  raw(): ProgrammeDoc;
  totals: TotalsMap;
  /** the same totals as a plain map, for code that reads many rows at once (the grid) */
  totalsMap: Map<string, NodeTotals>;
  /** grids follow these to update only the rows that changed */
  subscribe(fn: (e: WorkbenchEvent) => void): () => void;
  checks: Accessor<Check[]>;
  /** the engine's result for each indicator (dynamics, achievement, status), by indicator id */
  indicators: Accessor<ReadonlyMap<string, IndicatorResult>>;
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

/** Starts the engine worker ahead of need, so it boots while the programme is read from IndexedDB. */
export function warmEngine(): void {
  engineWorker();
}

/** The engine worker's API, for views that ask it more than totals (scenario views, comparisons). */
export function engineApi(): ReturnType<typeof startEngineWorker>['api'] {
  return engineWorker().api;
}

/**
 * Opens a programme: loads it from the store, hands it to the engine worker, then follows the
 * store's change feed (this tab's commands and other tabs' alike) to keep the document, totals
 * and checks current. The UI reads money only from `totals`, which the engine computes.
 */
export async function openWorkbench(store: Store, programmeId: string): Promise<Result<Workbench>> {
  performance.mark('hw:open');
  const loaded = await store.loadDoc(programmeId);
  if (!loaded.ok) return loaded;
  performance.mark('hw:loaded');
  const api = engineWorker().api;
  // The worker computes while this thread builds its reactive copy and reads the undo history.
  const computing = api.load(loaded.value);
  const historyRead = store.history(programmeId);
  const [doc, setDoc] = createStore<ProgrammeDoc>(markPlainLists(loaded.value));
  /**
   * Record edits that keep a row in place (typing, pasting) update just that row in the store;
   * anything that adds, removes or reorders rows replaces the list. Replacing a 10,000-item list
   * makes Solid unwrap all of it, so the common case must not.
   */
  const index = new DocIndex(() => unwrap(doc));
  const updateDoc = (changes: readonly Change[]) => {
    const raw = unwrap(doc);
    const inPlace: Array<{ table: ListTable; index: number; after: unknown }> = [];
    let structural = false;
    for (const c of changes) {
      if (c.table === 'versions') continue;
      if (c.table === 'programmes') {
        structural = true;
        continue;
      }
      const list = raw[c.table] as Array<{ id: string; order: number }>;
      const at = index.position(c.table, c.id);
      const after = c.after as { order: number } | null;
      if (at < 0 || !after || after.order !== list[at]!.order) structural = true;
      else inPlace.push({ table: c.table, index: at, after });
    }
    batch(() => {
      if (structural) {
        setDoc((d) => ({ ...d, ...markPlainLists(applyChanges(raw, changes)) }));
        index.forget();
      } else {
        // Replaced, never merged: a path setter would merge the new record into the old object,
        // and whoever holds the old record (a change's `before`, a grid row) would see it change.
        for (const e of inPlace)
          setDoc(
            produce((d: ProgrammeDoc) => {
              (d[e.table] as unknown[])[e.index] = e.after;
            }),
          );
      }
    });
  };
  const first = await computing;
  performance.mark('hw:computed');
  if (!first.ok) return { ok: false, error: { type: 'failed', message: first.error.message } };
  const initial = totalsOf(first.value);
  const [totals, setTotals] = createStore<TotalsMap>(initial);
  const [checks, setChecks] = createSignal<Check[]>(first.value.checks);
  const [indicators, setIndicators] = createSignal<ReadonlyMap<string, IndicatorResult>>(new Map(first.value.indicators.map((r) => [r.id, r])));
  const [history, setHistory] = createSignal<HistoryState>(await historyRead);
  const [error, setError] = createSignal<StoreError | null>(null);
  const totalsMap = new Map(Object.entries(initial));
  const listeners = new Set<(e: WorkbenchEvent) => void>();
  const emit = (e: WorkbenchEvent) => {
    for (const fn of listeners) fn(e);
  };

  // Deltas are applied in the order the changes happened, even if the worker answers later.
  let queue = Promise.resolve();
  const follow = (changes: Change[], remote: boolean, label: string) => {
    // The worker starts at once (it answers in order); the rows update while it computes.
    const answer = api.patch(patchesOf(changes));
    updateDoc(changes);
    emit({ kind: 'changes', changes, remote, label });
    queue = queue.then(async () => {
      const r = await answer;
      if (r.ok) applyDelta(r.value, changes);
      else setError({ type: 'failed', message: r.error.message });
    });
  };
  // The grids read the plain totals map and the indicator results and are told first; the checks
  // (panel and cell marks) and the reactive totals (summaries) follow, in order, once the new
  // totals are on screen.
  let later: Array<() => void> = [];
  const whenPainted = (fn: () => void) => {
    if (later.push(fn) > 1) return;
    afterPaint(() => {
      const run = later;
      later = [];
      batch(() => run.forEach((f) => f()));
    });
  };
  const applyDelta = (delta: Delta, cause: readonly Change[] | null) => {
    if (delta.full) {
      const all = totalsOf(delta.full);
      totalsMap.clear();
      for (const [k, v] of Object.entries(all)) totalsMap.set(k, v);
      setIndicators(new Map(delta.full.indicators.map((r) => [r.id, r])));
      emit({ kind: 'delta', delta, cause });
      const full = delta.full;
      whenPainted(() => {
        setTotals(reconcile(all));
        setChecks(full.checks);
      });
      return;
    }
    for (const n of delta.nodes) totalsMap.set(nodeKey(n.kind, n.id), n);
    for (const r of delta.removed) totalsMap.delete(nodeKey(r.kind, r.id));
    if (delta.indicators.length || delta.indicatorsRemoved.length) {
      setIndicators((old) => {
        const next = new Map(old);
        for (const id of delta.indicatorsRemoved) next.delete(id);
        for (const r of delta.indicators) next.set(r.id, r);
        return next;
      });
    }
    emit({ kind: 'delta', delta, cause });
    whenPainted(() => {
      for (const n of delta.nodes) setTotals(nodeKey(n.kind, n.id), n);
      for (const r of delta.removed) setTotals(nodeKey(r.kind, r.id), undefined!);
      if (delta.checksAdded.length || delta.checksRemoved.length) {
        const gone = new Set(delta.checksRemoved);
        const added = new Map(delta.checksAdded.map((c) => [c.key, c]));
        setChecks((cs) => [...cs.filter((c) => !gone.has(c.key) && !added.has(c.key)), ...added.values()]);
      }
    });
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

  /** The command planned over the open programme in memory; null when it needs records not held here. */
  const preview = async (command: Command): Promise<Result<Change[]> | null> => {
    try {
      const changes = await command.plan(docReader(unwrap(doc)));
      // Versions are not held in memory (and name themselves when written): the store runs those alone.
      return changes.some((c) => c.table === 'versions') ? null : { ok: true, value: changes };
    } catch (e) {
      if (e instanceof CommandRefused) return { ok: false, error: toStoreError(e) };
      return null; // not in memory, or an unexpected fault: let the store run it and report
    }
  };
  /** The same, synchronously, for commands that can plan over memory (their effect reaches the engine in the same task). */
  const previewNow = (command: Command): Result<Change[]> | null => {
    try {
      return { ok: true, value: command.planLocal!(localReader(unwrap(doc), (t, id) => index.record(t, id))) };
    } catch (e) {
      if (e instanceof CommandRefused) return { ok: false, error: toStoreError(e) };
      return null;
    }
  };
  /**
   * Records shown by commands whose writes have not finished yet. A reconciliation leaves them
   * alone: a later command's preview is newer than what a read of the store may return now, and
   * that command reconciles its own records when its write is done.
   */
  const unwritten = new Map<string, number>();
  const keyOf = (c: { table: string; id: string }) => `${c.table}:${c.id}`;
  const track = (changes: readonly Change[], by: 1 | -1) => {
    for (const c of changes) {
      const n = (unwritten.get(keyOf(c)) ?? 0) + by;
      if (n > 0) unwritten.set(keyOf(c), n);
      else unwritten.delete(keyOf(c));
    }
  };
  /**
   * Makes the records in memory what the store holds, where they differ from what was shown:
   * after a write that stored something else (`saved`), or after a failed one (`saved` null).
   */
  const showStored = async (shown: readonly Change[], saved: readonly Change[] | null, label: string) => {
    const refs = [...new Map([...shown, ...(saved ?? [])].map((c) => [keyOf(c), { table: c.table, id: c.id }])).values()].filter((r) => !unwritten.has(keyOf(r)));
    if (!refs.length) return;
    const now = await store.current(refs);
    // If the store cannot be read: what was written, or (nothing written) what was there before.
    const fallback = new Map<string, unknown>([...shown.map((c) => [keyOf(c), saved ? c.after : c.before] as const), ...(saved ?? []).map((c) => [keyOf(c), c.after] as const)]);
    const raw = unwrap(doc) as unknown as Record<string, unknown>;
    const fix: Change[] = [];
    refs.forEach((r, i) => {
      if (unwritten.has(keyOf(r))) return; // shown again while the store was read
      const after = now.ok ? now.value[i]! : ((fallback.get(keyOf(r)) as Change['after']) ?? null);
      const held = r.table === 'programmes' ? raw['programme'] : r.table === 'versions' ? undefined : index.record(r.table, r.id);
      const before = held ?? null;
      if (!sameData(before, after)) fix.push({ table: r.table, id: r.id, before, after });
    });
    if (fix.length) follow(fix, false, label);
  };
  const report = <T,>(r: Result<T>): Result<T> => {
    if (!r.ok) setError(r.error);
    return r;
  };
  return {
    ok: true,
    value: {
      doc,
      raw: () => unwrap(doc),
      totals,
      totalsMap,
      subscribe: (fn) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      checks,
      indicators,
      history,
      error,
      clearError: () => setError(null),
      run: async (command) => {
        if (store.closed) return report({ ok: false, error: store.closed });
        const shown = command.planLocal ? previewNow(command) : await preview(command);
        if (shown === null) return report(await store.run(command));
        if (!shown.ok) return report(shown);
        // Shown at once (grid, engine, totals); the IndexedDB write follows and is reconciled.
        // A command that changes nothing here is still written: the store may hold something else.
        if (shown.value.length) follow(shown.value, false, command.label);
        track(shown.value, 1);
        const saved = await store.run(command, { echo: false });
        track(shown.value, -1);
        if (saved.ok) {
          if (!sameChanges(shown.value, saved.value)) await showStored(shown.value, saved.value, command.label);
          if (saved.value.length) void store.history(programmeId).then(setHistory);
          return saved;
        }
        // Nothing was written: put back what is stored, and say why.
        await showStored(shown.value, null, command.label);
        return report(saved);
      },
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

function sameChanges(a: readonly Change[], b: readonly Change[]): boolean {
  return a.length === b.length && a.every((c, i) => c.table === b[i]!.table && c.id === b[i]!.id && sameData(c.after, b[i]!.after));
}

/** The same data, whatever the order of keys (a record read back through its schema has the schema's order). */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  return JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x,
  );
}

function totalsOf(s: Snapshot): TotalsMap {
  const out: TotalsMap = {};
  // Plain data from the worker: the reactive copy need not search it for proxies (see plain-lists).
  for (const n of s.nodes) out[nodeKey(n.kind, n.id)] = markPlain(n);
  return out;
}
