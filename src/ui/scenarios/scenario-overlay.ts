import { createSignal, type Accessor } from 'solid-js';
import type { ScenarioView, ViewNode } from '../../engine/scenario-view';
import type { NodeTotals } from '../../engine/types';
import type { Workbench } from '../state/workbench';
import { engineApi, nodeKey } from '../state/workbench';

/**
 * The active scenario's money for the plan grid, kept current from the workbench's events: a
 * scenario, task, priority or programme change asks the worker for the whole view; plan edits of
 * measures ask only for those measures (their tasks, priorities and the programme come along).
 * Requests follow the engine's deltas, so the worker has always applied the patch first.
 */
export class ScenarioOverlay {
  /** plan totals with the scenario's money laid over them, by `${kind}:${id}` */
  private merged = new Map<string, NodeTotals>();
  private nodes = new Map<string, ViewNode>();
  private bases = new Map<string, ViewNode>();
  private pendingWhole = true;
  private pendingMeasures = new Set<string>();
  private queue = Promise.resolve();
  private unsubscribe: () => void;
  private disposed = false;
  readonly view: Accessor<ScenarioView | null>;
  private setView: (v: ScenarioView | null) => void;

  constructor(
    private readonly wb: Workbench,
    readonly id: string,
    private readonly onChange: () => void,
    private readonly onError: (message: string) => void,
  ) {
    const [view, setView] = createSignal<ScenarioView | null>(null);
    this.view = view;
    this.setView = setView;
    this.merged = new Map(wb.totalsMap);
    this.unsubscribe = wb.subscribe((e) => {
      if (e.kind === 'changes') {
        for (const c of e.changes) {
          if (c.table === 'measures') this.pendingMeasures.add(c.id);
          else if (c.table !== 'versions' && c.table !== 'indicators') this.pendingWhole = true;
        }
        return;
      }
      if (e.delta.full) this.pendingWhole = true;
      this.request();
    });
    this.request();
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
  }

  /** The totals the grid reads while this scenario is active. */
  totals(): ReadonlyMap<string, NodeTotals> {
    return this.merged;
  }

  /** The measure's money in the scenario's base at a displayed cell (the plan's when not listed). */
  baseCell(measureId: string, index: number): number | undefined {
    const b = this.bases.get(measureId)?.planned ?? this.wb.totalsMap.get(nodeKey('measure', measureId))?.planned;
    return b?.cells[index];
  }

  private request(): void {
    const whole = this.pendingWhole;
    const ids = [...this.pendingMeasures];
    this.pendingWhole = false;
    this.pendingMeasures.clear();
    if (!whole && ids.length === 0) {
      this.remerge();
      return;
    }
    this.queue = this.queue.then(async () => {
      const r = await engineApi().scenarioView(this.id, whole ? undefined : ids);
      if (this.disposed) return;
      if (!r.ok) return this.onError(r.error.message);
      // A scenario created a moment ago may not have reached the worker yet: ask again after its delta.
      if (r.value) this.apply(r.value);
      else this.pendingWhole = true;
    });
  }

  private apply(v: ScenarioView): void {
    if (v.whole) {
      this.nodes.clear();
      this.bases.clear();
    }
    for (const n of [...v.measures, ...v.tasks, ...v.priorities, v.programme]) this.nodes.set(nodeKey(n.kind, n.id), n);
    for (const b of v.base) this.bases.set(b.id, b);
    this.setView(v);
    this.remerge();
  }

  /** Plan totals (for actuals and for measures the scenario leaves alone) with the scenario's planned money over them. */
  private remerge(): void {
    const merged = new Map(this.wb.totalsMap);
    for (const [key, n] of this.nodes) {
      const plan = merged.get(key);
      merged.set(key, { kind: n.kind, id: n.id, planned: n.planned, actual: plan?.actual ?? n.planned });
    }
    this.merged = merged;
    this.onChange();
  }
}
