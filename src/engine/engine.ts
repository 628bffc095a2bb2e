import type { Indicator, Measure, Priority, Programme, ProgrammeDoc, Scenario, Task } from '../model/schema';
import type { Axes } from './axes';
import { axesOf, yearRow } from './axes';
import type { Breakdown } from './breakdown';
import { addInto, breakdownOf } from './breakdown';
import type { Check } from './checks';
import { capChecks, capExcesses } from './caps';
import { CheckBook } from './check-book';
import { duplicateCodeChecks } from './codes';
import type { IndicatorResult } from './indicators';
import { indicatorChecks, indicatorResult } from './indicators';
import { measureLabel, priorityLabel, programmeLabel, taskLabel } from './labels';
import { declaredChecks, measureChecks } from './plan-checks';
import type { CompiledScenario } from './scenario-rules';
import { compileScenario, effectiveOverrides, evaluateMeasure, plannedInPeriod, shiftAndScale, touches } from './scenario-rules';
import type { Delta, NodeKind, NodeTotals, Patch, ScenarioTotals, Snapshot } from './types';

interface ScenarioState {
  scenario: Scenario;
  compiled: CompiledScenario;
  /** effective planned matrix per measure slot */
  eff: Float64Array;
  programme: Float64Array;
  priorities: Map<string, Float64Array>;
  /** measures whose money differs from the plan */
  differing: Set<string>;
}

/** Collects what one patch touched, so the delta holds each node once. */
class Touched {
  nodes = new Set<string>(); // `${kind}:${id}`
  removed: Array<{ kind: NodeKind; id: string }> = [];
  scenarioPriorities = new Map<string, Set<string>>();
  scenarios = new Set<string>();
  /** scenarios recomputed as a whole: their delta lists every priority */
  scenariosRecomputed = new Set<string>();
  indicators = new Set<string>();
  indicatorsRemoved = new Set<string>();
  scenariosRemoved = new Set<string>();
}

/**
 * The calculation engine: load a programme once, then feed it the store's patches; each patch
 * returns only what changed, in time proportional to the patch.
 *
 * Money lives in Float64Arrays of kopiykas (integers well inside 2^53, so sums are exact).
 * Every measure has a slot of 2·C numbers (planned matrix, then actual matrix); tasks,
 * priorities and the programme hold the sums of their measures, kept up to date by adding the
 * difference a patch makes.
 * @example
 *   const engine = new Engine();
 *   const all = engine.load(doc);
 *   const delta = engine.patch([{ table: 'measures', id: m.id, value: edited }]);
 */
export class Engine {
  private programme!: Programme;
  private axes!: Axes;
  private priorities = new Map<string, Priority>();
  private tasks = new Map<string, Task>();
  private measures = new Map<string, Measure>();
  private indicators = new Map<string, Indicator>();
  private scenarios = new Map<string, ScenarioState>();

  private slotOf = new Map<string, number>();
  private freeSlots: number[] = [];
  private capacity = 0;
  private cells = new Float64Array(0);
  private taskSums = new Map<string, Float64Array>();
  private prioritySums = new Map<string, Float64Array>();
  private programmeSum = new Float64Array(0);
  private checks = new CheckBook();
  /** ids of measures / tasks by code, to find duplicates without scanning the plan */
  private byCode = { measure: new Map<string, Set<string>>(), task: new Map<string, Set<string>>() };

  /** Loads a whole programme and computes everything. */
  load(doc: ProgrammeDoc): Snapshot {
    this.programme = doc.programme;
    this.axes = axesOf(doc.programme);
    this.priorities = new Map(doc.priorities.map((p) => [p.id, p]));
    this.tasks = new Map(doc.tasks.map((t) => [t.id, t]));
    this.measures = new Map(doc.measures.map((m) => [m.id, m]));
    this.indicators = new Map(doc.indicators.map((i) => [i.id, i]));
    this.slotOf.clear();
    this.freeSlots = [];
    this.capacity = Math.max(16, doc.measures.length);
    this.cells = new Float64Array(this.capacity * 2 * this.axes.C);
    this.byCode = { measure: new Map(), task: new Map() };
    for (const m of this.measures.values()) this.indexCode('measure', m.code, m.id, true);
    for (const x of this.tasks.values()) this.indexCode('task', x.code, x.id, true);
    let slot = 0;
    for (const m of doc.measures) {
      this.slotOf.set(m.id, slot);
      this.writePlan(m, slot++);
    }
    for (let s = slot; s < this.capacity; s++) this.freeSlots.push(this.capacity - 1 - s + slot);
    this.rebuildSums();
    this.scenarios.clear();
    for (const s of doc.scenarios) this.scenarios.set(s.id, this.emptyScenarioState(s));
    for (const st of this.scenarios.values()) this.recomputeScenario(st);
    this.checks = new CheckBook();
    this.recheckAll();
    return this.snapshot();
  }

  /** Everything the UI shows, computed from the current state. */
  snapshot(): Snapshot {
    const nodes: NodeTotals[] = [];
    for (const id of this.measures.keys()) nodes.push(this.nodeTotals('measure', id));
    for (const id of this.tasks.keys()) nodes.push(this.nodeTotals('task', id));
    for (const id of this.priorities.keys()) nodes.push(this.nodeTotals('priority', id));
    nodes.push(this.nodeTotals('programme', this.programme.id));
    return {
      years: [...this.axes.years],
      sourceIds: [...this.axes.sourceIds],
      nodes,
      checks: this.checks.all(),
      indicators: [...this.indicators.values()].map(indicatorResult),
      scenarios: [...this.scenarios.values()].map((s) => this.scenarioTotals(s, null)),
    };
  }

  /** Applies the store's changes and returns what changed. */
  patch(patches: readonly Patch[]): Delta {
    if (patches.some((p) => p.table === 'programme' && p.value && this.axesChange(p.value))) {
      const doc = this.document();
      for (const p of patches) applyToDoc(doc, p);
      const before = new Set(this.checks.keys());
      const full = this.load(doc);
      return {
        nodes: [], removed: [], indicators: [], indicatorsRemoved: [], scenarios: [], scenariosRemoved: [], full,
        checksAdded: full.checks.filter((c) => !before.has(c.key)),
        checksRemoved: [...before].filter((k) => !this.checks.has(k)),
      };
    }
    const t = new Touched();
    this.checks.beginDelta();
    let structural = false;
    let reword = false;
    for (const p of patches) {
      switch (p.table) {
        case 'measures':
          this.patchMeasure(p.id, p.value, t);
          break;
        case 'tasks':
          structural = this.patchTask(p.id, p.value, t) || structural;
          break;
        case 'priorities':
          structural = this.patchPriority(p.id, p.value, t) || structural;
          break;
        case 'indicators':
          this.patchIndicator(p.id, p.value, t);
          break;
        case 'scenarios':
          this.patchScenario(p.id, p.value, t);
          break;
        case 'programme':
          if (p.value) {
            // Every message names amounts in the programme's unit and sources by name.
            reword ||= p.value.unit !== this.programme.unit || p.value.sources.some((src, i) => src.name !== this.programme.sources[i]?.name);
            this.programme = p.value;
            t.nodes.add(`programme:${p.value.id}`);
          }
          break;
      }
    }
    if (structural) {
      this.rebuildSums();
      for (const st of this.scenarios.values()) {
        this.recomputeScenario(st);
        t.scenarios.add(st.scenario.id);
        t.scenariosRecomputed.add(st.scenario.id);
      }
      for (const id of this.tasks.keys()) t.nodes.add(`task:${id}`);
      for (const id of this.priorities.keys()) t.nodes.add(`priority:${id}`);
      t.nodes.add(`programme:${this.programme.id}`);
    }
    if (reword) this.recheckAll();
    // Declared totals and caps depend on sums, so they are rechecked for every node the patch touched.
    for (const key of t.nodes) {
      const [kind, id] = splitKey(key);
      this.recheckDeclared(kind, id);
    }
    for (const id of t.scenarios) {
      const st = this.scenarios.get(id);
      if (st) this.checks.set(`caps:${id}`, capChecks(this.programme, this.axes, st.scenario, breakdownOf(this.axes, st.programme)));
    }
    return this.delta(t);
  }

  /** The current state as one document (for tests, reloads and versions). */
  document(): ProgrammeDoc {
    return {
      programme: this.programme,
      priorities: [...this.priorities.values()],
      tasks: [...this.tasks.values()],
      measures: [...this.measures.values()],
      indicators: [...this.indicators.values()],
      scenarios: [...this.scenarios.values()].map((s) => s.scenario),
    };
  }

  // ---- measures -------------------------------------------------------------------------

  private patchMeasure(id: string, value: Measure | null, t: Touched): void {
    const old = this.measures.get(id);
    const { C } = this.axes;
    let slot = this.slotOf.get(id);
    if (old && slot !== undefined) {
      this.addToParents(old, slot, -1, t);
      for (const st of this.scenarios.values()) {
        this.addScenario(st, old, st.eff, slot * C, -1, t);
      }
    }
    if (value) {
      if (slot === undefined) slot = this.allocSlot(id);
      this.measures.set(id, value);
      this.writePlan(value, slot);
      this.addToParents(value, slot, 1, t);
      t.nodes.add(`measure:${id}`);
      const pid = this.priorityOf(value);
      for (const st of this.scenarios.values()) {
        this.evaluate(st, value, pid, slot);
        this.addScenario(st, value, st.eff, slot * C, 1, t);
      }
      this.checks.set(`measure:${id}`, measureChecks(this.programme, this.axes, value));
    } else if (old && slot !== undefined) {
      this.measures.delete(id);
      this.slotOf.delete(id);
      this.cells.fill(0, slot * 2 * C, (slot + 1) * 2 * C);
      for (const st of this.scenarios.values()) {
        st.eff.fill(0, slot * C, (slot + 1) * C);
        st.differing.delete(id);
      }
      this.freeSlots.push(slot);
      t.removed.push({ kind: 'measure', id });
      this.checks.set(`measure:${id}`, []);
      this.checks.set(`declared:measure:${id}`, []);
    }
    // Duplicate-code findings name the rows by code and title.
    if (old?.code !== value?.code || old?.title !== value?.title) {
      if (old) this.indexCode('measure', old.code, id, false);
      if (value) this.indexCode('measure', value.code, id, true);
      if (old) this.recheckCodes(old.code);
      if (value && value.code !== old?.code) this.recheckCodes(value.code);
    }
  }

  private writePlan(m: Measure, slot: number): void {
    const { C, S } = this.axes;
    const base = slot * 2 * C;
    this.cells.fill(0, base, base + 2 * C);
    for (const f of m.funding) {
      const si = this.axes.sourceIndex.get(f.sourceId);
      if (si === undefined) continue;
      const i = base + yearRow(this.axes, f.year) * S + si;
      if (f.planned !== null) this.cells[i]! += f.planned;
      if (f.actual !== null) this.cells[i + C]! += f.actual;
    }
  }

  private priorityOf(m: Measure): string {
    if (m.taskId !== null) {
      const task = this.tasks.get(m.taskId);
      if (task) return task.priorityId;
    }
    return m.priorityId;
  }

  private addToParents(m: Measure, slot: number, sign: 1 | -1, t: Touched): void {
    const C2 = 2 * this.axes.C;
    const at = slot * C2;
    if (m.taskId !== null) {
      const ts = this.taskSums.get(m.taskId);
      if (ts) {
        addInto(ts, 0, this.cells, at, C2, sign);
        t.nodes.add(`task:${m.taskId}`);
      }
    }
    const pid = this.priorityOf(m);
    const ps = this.prioritySums.get(pid);
    if (ps) {
      addInto(ps, 0, this.cells, at, C2, sign);
      t.nodes.add(`priority:${pid}`);
    }
    addInto(this.programmeSum, 0, this.cells, at, C2, sign);
    t.nodes.add(`programme:${this.programme.id}`);
  }

  private allocSlot(id: string): number {
    if (this.freeSlots.length === 0) this.grow();
    const slot = this.freeSlots.pop()!;
    this.slotOf.set(id, slot);
    return slot;
  }

  private grow(): void {
    const { C } = this.axes;
    const old = this.capacity;
    this.capacity = old * 2;
    const cells = new Float64Array(this.capacity * 2 * C);
    cells.set(this.cells);
    this.cells = cells;
    for (const st of this.scenarios.values()) {
      const eff = new Float64Array(this.capacity * C);
      eff.set(st.eff);
      st.eff = eff;
    }
    for (let s = this.capacity - 1; s >= old; s--) this.freeSlots.push(s);
  }

  /** Recomputes every task, priority and programme sum from the measure slots. */
  private rebuildSums(): void {
    const C2 = 2 * this.axes.C;
    this.taskSums = new Map([...this.tasks.keys()].map((id) => [id, new Float64Array(C2)]));
    this.prioritySums = new Map([...this.priorities.keys()].map((id) => [id, new Float64Array(C2)]));
    this.programmeSum = new Float64Array(C2);
    for (const [id, m] of this.measures) {
      const at = this.slotOf.get(id)! * C2;
      if (m.taskId !== null) {
        const ts = this.taskSums.get(m.taskId);
        if (ts) addInto(ts, 0, this.cells, at, C2, 1);
      }
      const ps = this.prioritySums.get(this.priorityOf(m));
      if (ps) addInto(ps, 0, this.cells, at, C2, 1);
      addInto(this.programmeSum, 0, this.cells, at, C2, 1);
    }
  }

  // ---- tasks, priorities, indicators ------------------------------------------------------

  /** @returns true when sums must be rebuilt (added, removed, or moved to another priority) */
  private patchTask(id: string, value: Task | null, t: Touched): boolean {
    const old = this.tasks.get(id);
    if (value) this.tasks.set(id, value);
    else this.tasks.delete(id);
    if (value) t.nodes.add(`task:${id}`);
    else t.removed.push({ kind: 'task', id });
    if (!value) this.checks.set(`declared:task:${id}`, []);
    if (old?.code !== value?.code || old?.title !== value?.title) {
      if (old) this.indexCode('task', old.code, id, false);
      if (value) this.indexCode('task', value.code, id, true);
      if (old) this.recheckCodes(old.code, 'task');
      if (value && value.code !== old?.code) this.recheckCodes(value.code, 'task');
    }
    return !old || !value || old.priorityId !== value.priorityId;
  }

  private patchPriority(id: string, value: Priority | null, t: Touched): boolean {
    const old = this.priorities.get(id);
    if (value) this.priorities.set(id, value);
    else this.priorities.delete(id);
    if (value) t.nodes.add(`priority:${id}`);
    else {
      t.removed.push({ kind: 'priority', id });
      this.checks.set(`declared:priority:${id}`, []);
    }
    return !old || !value;
  }

  private patchIndicator(id: string, value: Indicator | null, t: Touched): void {
    if (value) {
      this.indicators.set(id, value);
      this.checks.set(`indicator:${id}`, indicatorChecks(value));
      t.indicators.add(id);
      t.indicatorsRemoved.delete(id);
    } else {
      this.indicators.delete(id);
      t.indicators.delete(id);
      t.indicatorsRemoved.add(id);
      this.checks.set(`indicator:${id}`, []);
    }
  }

  // ---- scenarios ----------------------------------------------------------------------------

  private emptyScenarioState(s: Scenario): ScenarioState {
    return {
      scenario: s,
      compiled: compileScenario(s.id, []),
      eff: new Float64Array(this.capacity * this.axes.C),
      programme: new Float64Array(this.axes.C),
      priorities: new Map(),
      differing: new Set(),
    };
  }

  private patchScenario(id: string, value: Scenario | null, t: Touched): void {
    if (!value) {
      if (!this.scenarios.delete(id)) return;
      this.checks.set(`caps:${id}`, []);
      t.scenarios.delete(id);
      t.scenariosRemoved.add(id);
    } else {
      t.scenariosRemoved.delete(id);
      const st = this.scenarios.get(id);
      if (st) st.scenario = value;
      else this.scenarios.set(id, this.emptyScenarioState(value));
    }
    // A scenario built on this one changes with it.
    for (const st of this.scenarios.values()) {
      if (st.scenario.id === id || this.dependsOn(st.scenario, id)) {
        this.recomputeScenario(st);
        t.scenarios.add(st.scenario.id);
        t.scenariosRecomputed.add(st.scenario.id);
      }
    }
  }

  private dependsOn(s: Scenario, id: string): boolean {
    const seen = new Set<string>();
    let base = s.baseId;
    while (base && !seen.has(base)) {
      if (base === id) return true;
      seen.add(base);
      base = this.scenarios.get(base)?.scenario.baseId ?? null;
    }
    return false;
  }

  private recomputeScenario(st: ScenarioState): void {
    const byId = new Map([...this.scenarios.values()].map((s) => [s.scenario.id, s.scenario]));
    const c = (st.compiled = compileScenario(st.scenario.id, effectiveOverrides(st.scenario, byId)));
    const { C } = this.axes;
    if (st.eff.length < this.capacity * C) st.eff = new Float64Array(this.capacity * C);
    st.differing = new Set();
    if (c.scales.length === 0) {
      // Only the measures an override names can differ from the plan: start from the plan's
      // money and sums, then redo those measures.
      const C2 = 2 * C;
      const { cells } = this;
      const eff = st.eff;
      for (const slot of this.slotOf.values()) {
        const from = slot * C2;
        const to = slot * C;
        for (let i = 0; i < C; i++) eff[to + i] = cells[from + i]!;
      }
      st.programme = this.programmeSum.slice(0, C);
      st.priorities = new Map([...this.prioritySums].map(([id, m]) => [id, m.slice(0, C)]));
      for (const id of new Set([...c.sets.keys(), ...c.shifts.keys(), ...c.excluded])) {
        const m = this.measures.get(id);
        const slot = this.slotOf.get(id);
        if (!m || slot === undefined) continue;
        const pid = this.priorityOf(m);
        const ps = st.priorities.get(pid);
        addInto(st.programme, 0, st.eff, slot * C, C, -1);
        if (ps) addInto(ps, 0, st.eff, slot * C, C, -1);
        this.evaluate(st, m, pid, slot);
        addInto(st.programme, 0, st.eff, slot * C, C, 1);
        if (ps) addInto(ps, 0, st.eff, slot * C, C, 1);
      }
      return;
    }
    st.programme = new Float64Array(C);
    st.priorities = new Map([...this.priorities.keys()].map((id) => [id, new Float64Array(C)]));
    for (const [id, m] of this.measures) {
      const slot = this.slotOf.get(id)!;
      const pid = this.priorityOf(m);
      this.evaluate(st, m, pid, slot);
      addInto(st.programme, 0, st.eff, slot * C, C, 1);
      const ps = st.priorities.get(pid);
      if (ps) addInto(ps, 0, st.eff, slot * C, C, 1);
    }
  }

  /** Writes the measure's money under the scenario into its slot and notes whether it differs from the plan. */
  private evaluate(st: ScenarioState, m: Measure, priorityId: string, slot: number): void {
    const { C } = this.axes;
    if (!touches(st.compiled, m.id)) {
      // Untouched: the plan's own cells.
      const from = slot * 2 * C;
      const to = slot * C;
      for (let i = 0; i < C; i++) st.eff[to + i] = this.cells[from + i]!;
      st.differing.delete(m.id);
      return;
    }
    const c = st.compiled;
    if (!c.excluded.has(m.id) && !c.sets.has(m.id) && plannedInPeriod(this.axes, m)) {
      // Shifts and scales only: work from the plan's matrix, where the cells are already merged.
      st.eff.fill(0, slot * C, slot * C + C);
      shiftAndScale(this.axes, c.scales, c.shifts.get(m.id) ?? 0, priorityId, this.cells, slot * 2 * C, st.eff, slot * C);
    } else {
      evaluateMeasure(this.axes, c, m, priorityId, st.eff, slot * C);
    }
    this.updateDiffering(st, m, slot);
  }

  private addScenario(st: ScenarioState, m: Measure, eff: Float64Array, at: number, sign: 1 | -1, t: Touched): void {
    const C = this.axes.C;
    addInto(st.programme, 0, eff, at, C, sign);
    const pid = this.priorityOf(m);
    const ps = st.priorities.get(pid);
    if (ps) {
      addInto(ps, 0, eff, at, C, sign);
      let set = t.scenarioPriorities.get(st.scenario.id);
      if (!set) t.scenarioPriorities.set(st.scenario.id, (set = new Set()));
      set.add(pid);
    }
    t.scenarios.add(st.scenario.id);
  }

  private updateDiffering(st: ScenarioState, m: Measure, slot: number): void {
    const C = this.axes.C;
    const plan = slot * 2 * C;
    const eff = slot * C;
    let differs = false;
    for (let i = 0; i < C; i++) {
      if (this.cells[plan + i] !== st.eff[eff + i]) {
        differs = true;
        break;
      }
    }
    if (differs) st.differing.add(m.id);
    else st.differing.delete(m.id);
  }

  private scenarioTotals(st: ScenarioState, onlyPriorities: ReadonlySet<string> | null): ScenarioTotals {
    const programme = breakdownOf(this.axes, st.programme);
    const priorities: ScenarioTotals['priorities'] = [];
    for (const [id, m] of st.priorities) {
      if (!onlyPriorities || onlyPriorities.has(id)) priorities.push({ id, planned: breakdownOf(this.axes, m) });
    }
    return {
      id: st.scenario.id,
      programme,
      priorities,
      capExcess: capExcesses(this.axes, st.scenario.caps, programme),
      differing: st.differing.size,
    };
  }

  /** Read access for the comparison module. */
  scenarioState(id: string): { programme: Breakdown; priorities: Map<string, Breakdown>; eff: Float64Array; scenario: Scenario } | null {
    const st = this.scenarios.get(id);
    if (!st) return null;
    return {
      programme: breakdownOf(this.axes, st.programme),
      priorities: new Map([...st.priorities].map(([pid, m]) => [pid, breakdownOf(this.axes, m)])),
      eff: st.eff,
      scenario: st.scenario,
    };
  }

  /** Read access for the comparison module: the plan's matrices and the measure slots. */
  planState(): { axes: Axes; cells: Float64Array; slotOf: ReadonlyMap<string, number>; programme: Breakdown; priorities: Map<string, Breakdown> } {
    return {
      axes: this.axes,
      cells: this.cells,
      slotOf: this.slotOf,
      programme: breakdownOf(this.axes, this.programmeSum),
      priorities: new Map([...this.prioritySums].map(([pid, m]) => [pid, breakdownOf(this.axes, m)])),
    };
  }

  // ---- checks ------------------------------------------------------------------------------

  private recheckAll(): void {
    for (const m of this.measures.values()) this.checks.set(`measure:${m.id}`, measureChecks(this.programme, this.axes, m));
    for (const id of this.measures.keys()) this.recheckDeclared('measure', id);
    for (const id of this.tasks.keys()) this.recheckDeclared('task', id);
    for (const id of this.priorities.keys()) this.recheckDeclared('priority', id);
    this.recheckDeclared('programme', this.programme.id);
    for (const code of this.byCode.measure.keys()) this.recheckCodes(code);
    for (const code of this.byCode.task.keys()) this.recheckCodes(code, 'task');
    for (const ind of this.indicators.values()) this.checks.set(`indicator:${ind.id}`, indicatorChecks(ind));
    for (const st of this.scenarios.values()) {
      this.checks.set(`caps:${st.scenario.id}`, capChecks(this.programme, this.axes, st.scenario, breakdownOf(this.axes, st.programme)));
    }
  }

  private recheckDeclared(kind: NodeKind, id: string): void {
    const owner = `declared:${kind}:${id}`;
    const record = kind === 'measure' ? this.measures.get(id) : kind === 'task' ? this.tasks.get(id) : kind === 'priority' ? this.priorities.get(id) : this.programme;
    if (!record || record.declared.length === 0) {
      this.checks.set(owner, []);
      return;
    }
    const label =
      kind === 'measure' ? measureLabel(record as Measure)
      : kind === 'task' ? taskLabel(record as Task)
      : kind === 'priority' ? priorityLabel(record as Priority)
      : programmeLabel(this.programme);
    const totals = this.nodeTotals(kind, id);
    this.checks.set(owner, declaredChecks(this.programme, this.axes, kind, id, label, record.declared, totals.planned));
  }

  private recheckCodes(code: string, kind: 'measure' | 'task' = 'measure'): void {
    if (!code.trim()) return;
    const items: Array<{ id: string; label: string }> = [];
    for (const id of this.byCode[kind].get(code) ?? []) {
      if (kind === 'measure') items.push({ id, label: measureLabel(this.measures.get(id)!) });
      else items.push({ id, label: taskLabel(this.tasks.get(id)!) });
    }
    this.checks.set(`codes:${kind}:${code}`, duplicateCodeChecks(kind, code, items));
  }

  private indexCode(kind: 'measure' | 'task', code: string, id: string, add: boolean): void {
    const index = this.byCode[kind];
    const ids = index.get(code);
    if (add) {
      if (ids) ids.add(id);
      else index.set(code, new Set([id]));
    } else if (ids) {
      ids.delete(id);
      if (ids.size === 0) index.delete(code);
    }
  }

  // ---- results -----------------------------------------------------------------------------

  private nodeTotals(kind: NodeKind, id: string): NodeTotals {
    const { C } = this.axes;
    let m: Float64Array;
    let at = 0;
    if (kind === 'measure') {
      m = this.cells;
      at = this.slotOf.get(id)! * 2 * C;
    } else if (kind === 'task') m = this.taskSums.get(id) ?? new Float64Array(2 * C);
    else if (kind === 'priority') m = this.prioritySums.get(id) ?? new Float64Array(2 * C);
    else m = this.programmeSum;
    return { kind, id, planned: breakdownOf(this.axes, m, at), actual: breakdownOf(this.axes, m, at + C) };
  }

  private delta(t: Touched): Delta {
    // A row removed and added again within one patch is reported as it ends up.
    const nodes: NodeTotals[] = [];
    for (const key of t.nodes) {
      const [kind, id] = splitKey(key);
      if (this.exists(kind, id)) nodes.push(this.nodeTotals(kind, id));
    }
    const seen = new Set<string>();
    const removed = t.removed.filter((r) => {
      const key = `${r.kind}:${r.id}`;
      if (seen.has(key) || this.exists(r.kind, r.id)) return false;
      seen.add(key);
      return true;
    });
    const { added, removed: checksRemoved } = this.checks.endDelta();
    const scenarios: ScenarioTotals[] = [];
    for (const id of t.scenarios) {
      const st = this.scenarios.get(id);
      if (!st) continue;
      const only = t.scenariosRecomputed.has(id) ? null : (t.scenarioPriorities.get(id) ?? new Set<string>());
      scenarios.push(this.scenarioTotals(st, only));
    }
    const indicators: IndicatorResult[] = [];
    for (const id of t.indicators) {
      const ind = this.indicators.get(id);
      if (ind) indicators.push(indicatorResult(ind));
    }
    return {
      nodes, removed, checksAdded: added, checksRemoved, indicators,
      indicatorsRemoved: [...t.indicatorsRemoved], scenarios, scenariosRemoved: [...t.scenariosRemoved],
    };
  }

  private exists(kind: NodeKind, id: string): boolean {
    if (kind === 'measure') return this.slotOf.has(id);
    if (kind === 'task') return this.tasks.has(id);
    if (kind === 'priority') return this.priorities.has(id);
    return id === this.programme.id;
  }

  private axesChange(p: Programme): boolean {
    const a = this.programme;
    return (
      a.startYear !== p.startYear ||
      a.endYear !== p.endYear ||
      a.sources.length !== p.sources.length ||
      a.sources.some((s, i) => s.id !== p.sources[i]!.id)
    );
  }

  /** All current checks. */
  allChecks(): Check[] {
    return this.checks.all();
  }
}

function splitKey(key: string): [NodeKind, string] {
  const i = key.indexOf(':');
  return [key.slice(0, i) as NodeKind, key.slice(i + 1)];
}

function applyToDoc(doc: ProgrammeDoc, p: Patch): void {
  if (p.table === 'programme') {
    if (p.value) doc.programme = p.value;
    return;
  }
  const list = doc[p.table] as Array<{ id: string }>;
  const i = list.findIndex((r) => r.id === p.id);
  if (p.value === null) {
    if (i >= 0) list.splice(i, 1);
  } else if (i >= 0) list[i] = p.value;
  else list.push(p.value);
}
