import type { Kop } from '../model/money';
import type { Cap, Indicator, Measure, Priority, Programme, Scenario, Task } from '../model/schema';
import type { Breakdown } from './breakdown';
import type { Check } from './checks';
import type { IndicatorResult } from './indicators';

/** A record written by the store, as the engine receives it (null: deleted). */
export type Patch =
  | { table: 'programme'; id: string; value: Programme | null }
  | { table: 'priorities'; id: string; value: Priority | null }
  | { table: 'tasks'; id: string; value: Task | null }
  | { table: 'measures'; id: string; value: Measure | null }
  | { table: 'indicators'; id: string; value: Indicator | null }
  | { table: 'scenarios'; id: string; value: Scenario | null };

export type NodeKind = 'measure' | 'task' | 'priority' | 'programme';

/** Planned and actual money of one row of the plan. */
export interface NodeTotals {
  kind: NodeKind;
  id: string;
  planned: Breakdown;
  actual: Breakdown;
}

export interface CapExcess {
  cap: Cap;
  computed: Kop;
  /** computed − cap, > 0 */
  over: Kop;
}

/** A scenario's programme-level money; in a delta `priorities` holds only the ones that changed. */
export interface ScenarioTotals {
  id: string;
  programme: Breakdown;
  priorities: Array<{ id: string; planned: Breakdown }>;
  capExcess: CapExcess[];
  /** how many measures have money different from the plan */
  differing: number;
}

export interface Snapshot {
  years: number[];
  sourceIds: string[];
  nodes: NodeTotals[];
  checks: Check[];
  indicators: IndicatorResult[];
  scenarios: ScenarioTotals[];
}

export interface Delta {
  nodes: NodeTotals[];
  /**
   * rows that no longer exist (a removed priority also leaves every scenario's `priorities`).
   * A row removed and added again within one patch is not here but in `nodes`.
   */
  removed: Array<{ kind: NodeKind; id: string }>;
  checksAdded: Check[];
  checksRemoved: string[];
  indicators: IndicatorResult[];
  /** ids of indicators that no longer exist */
  indicatorsRemoved: string[];
  scenarios: ScenarioTotals[];
  /** ids of scenarios that no longer exist */
  scenariosRemoved: string[];
  /** set when the patch changed the programme's years or sources: everything was recomputed */
  full?: Snapshot;
}

/** `plan` or a scenario id. */
export type CompareItemId = string;

export interface DeltaFigure {
  abs: Kop;
  /** percent of the reference; null when the reference is 0 */
  pct: number | null;
}

export interface CompareItem {
  id: CompareItemId;
  programme: Breakdown;
  priorities: Array<{ id: string; planned: Breakdown }>;
  capExcess: CapExcess[];
  delta: {
    total: DeltaFigure;
    perYear: DeltaFigure[];
    perSource: DeltaFigure[];
    cells: DeltaFigure[];
    priorities: Array<{ id: string; total: DeltaFigure }>;
  };
  /** measures whose money differs from the reference, with both totals */
  differing: Array<{ measureId: string; reference: Kop; value: Kop }>;
}

export interface Comparison {
  referenceId: CompareItemId;
  years: number[];
  sourceIds: string[];
  items: CompareItem[];
}
