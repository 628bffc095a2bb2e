import type { Indicator, Measure, Priority, Programme, ProgrammeDoc, Scenario, Task } from '../model/schema';
import type { Axes } from './axes';
import { axesOf } from './axes';
import type { Breakdown } from './breakdown';
import { addInto, breakdownOf, pick } from './breakdown';
import type { Check } from './checks';
import { capCheck, capExcesses } from './caps';
import { CheckBook } from './check-book';
import { duplicateCodeChecks } from './codes';
import type { IndicatorResult } from './indicators';
import { indicatorChecks, indicatorResult } from './indicators';
import { measureLabel, priorityLabel, programmeLabel, taskLabel } from './labels';
import { declaredCheck, measureChecks } from './plan-checks';
import type { CompiledScenario } from './scenario-rules';
import { compileScenario, effectiveOverrides } from './scenario-rules';
import { Slots } from './slots';
import type { Delta, NodeKind, NodeTotals, Patch, ScenarioTotals, Snapshot } from './types';

interface ScenarioState {
  scenario: Scenario;
  compiled: CompiledScenario;
  /** the scenario's planned money: programme and priority matrices (a measure's own is computed when needed) */
  programme: Float64Array;
  priorities: Map<string, Float64Array>;
  /** 1 for each measure slot whose money differs from the plan, and how many those are */
  differs: Uint8Array;
  differing: number;
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

  private slots!: Slots;
  /** scratch: one measure's money under a scenario */
  private money = new Float64Array(0);
  private taskSums = new Map<string, Float64Array>();
  private prioritySums = new Map<string, Float64Array>();
  private programmeSum = new Float64Array(0);
  private checks = new CheckBook();
  /**
   * What the stated-total and cap findings of each owner were last computed from: most patches
   * leave them as they were, and rewording them (amounts formatted in Ukrainian) is the costly part.
   */
  private findingsInput = new Map<string, { record: object; programme: Programme; values: Array<number | undefined>; found: Array<Check | null> }>();
  /** ids of measures / tasks by code (a lone id, or the set of those sharing it), to find duplicates without scanning the plan */
  private byCode = { measure: new Map<string, string | Set<string>>(), task: new Map<string, string | Set<string>>() };

  /** Loads a whole programme and computes everything. */
  load(doc: ProgrammeDoc): Snapshot {
    this.programme = doc.programme;
    this.axes = axesOf(doc.programme);
    this.priorities = byId(doc.priorities);
    this.tasks = byId(doc.tasks);
    this.measures = byId(doc.measures);
    this.indicators = byId(doc.indicators);
    this.slots = new Slots(this.axes, this.measures.values(), this.measures.size);
    this.money = new Float64Array(this.axes.C);
    this.byCode = { measure: new Map(), task: new Map() };
    for (const m of this.measures.values()) this.indexCode('measure', m.code, m.id, true);
    for (const x of this.tasks.values()) this.indexCode('task', x.code, x.id, true);
    this.rebuildSums();
    this.scenarios.clear();
    for (const s of doc.scenarios) this.scenarios.set(s.id, this.emptyScenarioState(s));
    for (const st of this.scenarios.values()) this.recomputeScenario(st);
    this.checks = new CheckBook();
    this.findingsInput.clear();
    this.recheckAll(true);
    return this.snapshot();
  }

  /** Everything the UI shows, computed from the current state. */
  snapshot(): Snapshot {
    const nodes: NodeTotals[] = [];
    const { C } = this.axes;
    const { cells, measure, capacity } = this.slots;
    for (let slot = 0; slot < capacity; slot++) {
      const m = measure[slot];
      if (m) nodes.push({ kind: 'measure', id: m.id, planned: breakdownOf(this.axes, cells, slot * 2 * C), actual: breakdownOf(this.axes, cells, slot * 2 * C + C) });
    }
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
    const nodes: NodeTotals[] = [];
    for (const key of t.nodes) {
      const [kind, id] = splitKey(key);
      if (!this.exists(kind, id)) {
        this.recheckDeclared(kind, id);
        continue;
      }
      const totals = this.nodeTotals(kind, id);
      this.recheckDeclared(kind, id, totals.planned);
      nodes.push(totals);
    }
    const programmes = new Map<string, Breakdown>();
    for (const id of t.scenarios) {
      const st = this.scenarios.get(id);
      if (!st) continue;
      const b = breakdownOf(this.axes, st.programme);
      programmes.set(id, b);
      this.recheckCaps(st, b);
    }
    return this.delta(t, nodes, programmes);
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
    const slots = this.slots;
    if (old) {
      // Take the measure's money away while the slot still holds its old plan.
      const slot = slots.of.get(id)!;
      this.addToParents(old, slot, -1, t);
      for (const st of this.scenarios.values()) this.addScenario(st, slot, -1, t);
    }
    if (value) {
      const slot = slots.take(id);
      this.measures.set(id, value);
      slots.priority[slot] = this.priorityOf(value);
      slots.write(value, slot);
      this.addToParents(value, slot, 1, t);
      t.nodes.add(`measure:${id}`);
      for (const st of this.scenarios.values()) this.addScenario(st, slot, 1, t);
      this.checks.set(`measure:${id}`, measureChecks(this.programme, this.axes, value));
    } else if (old) {
      const slot = slots.of.get(id)!;
      for (const st of this.scenarios.values()) this.setDiffers(st, slot, false);
      this.measures.delete(id);
      slots.release(id);
      t.removed.push({ kind: 'measure', id });
      this.checks.set(`measure:${id}`, []);
      this.clearFindings(`declared:measure:${id}`);
    }
    // Duplicate-code findings name the rows by code and title.
    if (old?.code !== value?.code || old?.title !== value?.title) {
      if (old) this.indexCode('measure', old.code, id, false);
      if (value) this.indexCode('measure', value.code, id, true);
      if (old) this.recheckCodes(old.code);
      if (value && value.code !== old?.code) this.recheckCodes(value.code);
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
    const { cells } = this.slots;
    if (m.taskId !== null) {
      const ts = this.taskSums.get(m.taskId);
      if (ts) {
        addInto(ts, 0, cells, at, C2, sign);
        t.nodes.add(`task:${m.taskId}`);
      }
    }
    const pid = this.slots.priority[slot]!;
    const ps = this.prioritySums.get(pid);
    if (ps) {
      addInto(ps, 0, cells, at, C2, sign);
      t.nodes.add(`priority:${pid}`);
    }
    addInto(this.programmeSum, 0, cells, at, C2, sign);
    t.nodes.add(`programme:${this.programme.id}`);
  }

  /** Recomputes every task, priority and programme sum from the measure slots. */
  private rebuildSums(): void {
    const C2 = 2 * this.axes.C;
    this.taskSums = new Map([...this.tasks.keys()].map((id) => [id, new Float64Array(C2)]));
    this.prioritySums = new Map([...this.priorities.keys()].map((id) => [id, new Float64Array(C2)]));
    this.programmeSum = new Float64Array(C2);
    const { programmeSum } = this;
    const { cells, measure, priority, capacity } = this.slots;
    const none = new Float64Array(C2); // stands in for a missing task or priority
    for (let slot = 0; slot < capacity; slot++) {
      const m = measure[slot];
      if (!m) continue;
      const at = slot * C2;
      const ts = (m.taskId !== null && this.taskSums.get(m.taskId)) || none;
      const pid = (priority[slot] = this.priorityOf(m));
      const ps = this.prioritySums.get(pid) ?? none;
      for (let i = 0; i < C2; i++) {
        const v = cells[at + i]!;
        if (v === 0) continue;
        ts[i]! += v;
        ps[i]! += v;
        programmeSum[i]! += v;
      }
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
    if (!value) this.clearFindings(`declared:task:${id}`);
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
      this.clearFindings(`declared:priority:${id}`);
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
      programme: new Float64Array(this.axes.C),
      priorities: new Map(),
      differs: new Uint8Array(this.slots.capacity),
      differing: 0,
    };
  }

  private patchScenario(id: string, value: Scenario | null, t: Touched): void {
    if (!value) {
      if (!this.scenarios.delete(id)) return;
      this.clearFindings(`caps:${id}`);
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
    const slots = this.slots;
    if (st.differs.length < slots.capacity) st.differs = new Uint8Array(slots.capacity);
    else st.differs.fill(0);
    st.differing = 0;
    const money = this.money;
    if (c.scales.length === 0) {
      // Only the measures an override names can differ from the plan: start from the plan's
      // sums, then swap those measures' money for their money under the scenario.
      st.programme = this.programmeSum.slice(0, C);
      st.priorities = new Map([...this.prioritySums].map(([id, m]) => [id, m.slice(0, C)]));
      for (const id of new Set([...c.sets.keys(), ...c.shifts.keys(), ...c.excluded])) {
        const slot = slots.of.get(id);
        if (slot === undefined) continue;
        const pid = slots.priority[slot]!;
        this.addToScenarioSums(st, pid, slots.cells, slot * 2 * C, -1, slots.inPeriod[slot] ? slot : -1);
        const shaped = slots.moneyUnder(c, slot, money, 0);
        this.addToScenarioSums(st, pid, money, 0, 1, shaped ? slot : -1);
        this.setDiffers(st, slot, slots.differsFromPlan(slot, money, shaped));
      }
      return;
    }
    st.programme = new Float64Array(C);
    st.priorities = new Map([...this.priorities.keys()].map((id) => [id, new Float64Array(C)]));
    for (let slot = 0; slot < slots.capacity; slot++) {
      if (!slots.measure[slot]) continue;
      const shaped = slots.moneyUnder(c, slot, money, 0);
      this.addToScenarioSums(st, slots.priority[slot]!, money, 0, 1, shaped ? slot : -1);
      this.setDiffers(st, slot, slots.differsFromPlan(slot, money, shaped));
    }
  }

  /**
   * Adds (or takes away) one measure's money, `src[at .. at + C)`, to the scenario's programme and
   * priority sums. With `shapedAs` (a slot) only that slot's non-zero plan cells are visited: the
   * money is known to sit there and nowhere else.
   */
  private addToScenarioSums(st: ScenarioState, pid: string, src: Float64Array, at: number, sign: 1 | -1, shapedAs = -1): void {
    const { C } = this.axes;
    const programme = st.programme;
    const ps = st.priorities.get(pid);
    const { nonZero, nonZeroCount } = this.slots;
    const n = shapedAs >= 0 ? nonZeroCount[shapedAs]! : C;
    for (let k = 0; k < n; k++) {
      const i = shapedAs >= 0 ? nonZero[shapedAs * C + k]! : k;
      const v = src[at + i]!;
      if (v === 0) continue;
      programme[i]! += sign * v;
      if (ps) ps[i]! += sign * v;
    }
  }

  /** Adds (or takes away) a measure's money under the scenario, noting what the delta must report. */
  private addScenario(st: ScenarioState, slot: number, sign: 1 | -1, t: Touched): void {
    const pid = this.slots.priority[slot]!;
    const shaped = this.slots.moneyUnder(st.compiled, slot, this.money, 0);
    this.addToScenarioSums(st, pid, this.money, 0, sign, shaped ? slot : -1);
    if (sign === 1) this.setDiffers(st, slot, this.slots.differsFromPlan(slot, this.money, shaped));
    if (st.priorities.has(pid)) {
      let set = t.scenarioPriorities.get(st.scenario.id);
      if (!set) t.scenarioPriorities.set(st.scenario.id, (set = new Set()));
      set.add(pid);
    }
    t.scenarios.add(st.scenario.id);
  }

  private setDiffers(st: ScenarioState, slot: number, differs: boolean): void {
    if (slot >= st.differs.length) st.differs = larger(st.differs, this.slots.capacity);
    const was = st.differs[slot] === 1;
    if (was === differs) return;
    st.differs[slot] = differs ? 1 : 0;
    st.differing += differs ? 1 : -1;
  }

  private scenarioTotals(st: ScenarioState, onlyPriorities: ReadonlySet<string> | null, programme = breakdownOf(this.axes, st.programme)): ScenarioTotals {
    const priorities: ScenarioTotals['priorities'] = [];
    for (const [id, m] of st.priorities) {
      if (!onlyPriorities || onlyPriorities.has(id)) priorities.push({ id, planned: breakdownOf(this.axes, m) });
    }
    return {
      id: st.scenario.id,
      programme,
      priorities,
      capExcess: capExcesses(this.axes, st.scenario.caps, programme),
      differing: st.differing,
    };
  }

  /** Read access for the comparison module. */
  scenarioState(id: string): { programme: Breakdown; priorities: Map<string, Breakdown>; scenario: Scenario } | null {
    const st = this.scenarios.get(id);
    if (!st) return null;
    return {
      programme: breakdownOf(this.axes, st.programme),
      priorities: new Map([...st.priorities].map(([pid, m]) => [pid, breakdownOf(this.axes, m)])),
      scenario: st.scenario,
    };
  }

  /**
   * Read access for the comparison module: writes the planned money of the measure in `slot`
   * (see `planState().slotOf`) under a scenario, or under the plan for `null` or an unknown id,
   * into `out[at .. at + C)`.
   */
  measureMoney(scenarioId: string | null, slot: number, out: Float64Array, at = 0): void {
    const st = scenarioId === null ? undefined : this.scenarios.get(scenarioId);
    if (st && this.slots.measure[slot]) {
      this.slots.moneyUnder(st.compiled, slot, out, at, true);
      return;
    }
    const { C } = this.axes;
    for (let i = 0; i < C; i++) out[at + i] = this.slots.cells[slot * 2 * C + i]!;
  }

  /** Read access for the comparison module: has the measure in `slot` other money under the scenario than in the plan? */
  differsFromPlan(scenarioId: string | null, slot: number): boolean {
    const st = scenarioId === null ? undefined : this.scenarios.get(scenarioId);
    return st !== undefined && st.differs[slot] === 1;
  }

  /** Read access for the comparison module: the plan's matrices and the measure slots. */
  planState(): { axes: Axes; cells: Float64Array; slotOf: ReadonlyMap<string, number>; programme: Breakdown; priorities: Map<string, Breakdown> } {
    return {
      axes: this.axes,
      cells: this.slots.cells,
      slotOf: this.slots.of,
      programme: breakdownOf(this.axes, this.programmeSum),
      priorities: new Map([...this.prioritySums].map(([pid, m]) => [pid, breakdownOf(this.axes, m)])),
    };
  }

  // ---- checks ------------------------------------------------------------------------------

  /** @param fresh the check book is empty: owners without findings need not be told so */
  private recheckAll(fresh = false): void {
    for (const m of this.measures.values()) {
      const found = measureChecks(this.programme, this.axes, m);
      if (found.length || !fresh) this.checks.set(`measure:${m.id}`, found);
    }
    // A measure without stated figures has none of these findings (its last patch cleared them).
    for (const m of this.measures.values()) if (m.declared.length) this.recheckDeclared('measure', m.id);
    for (const id of this.tasks.keys()) this.recheckDeclared('task', id);
    for (const id of this.priorities.keys()) this.recheckDeclared('priority', id);
    this.recheckDeclared('programme', this.programme.id);
    for (const [code, ids] of this.byCode.measure) if (!fresh || typeof ids !== 'string') this.recheckCodes(code);
    for (const [code, ids] of this.byCode.task) if (!fresh || typeof ids !== 'string') this.recheckCodes(code, 'task');
    for (const ind of this.indicators.values()) this.checks.set(`indicator:${ind.id}`, indicatorChecks(ind));
    for (const st of this.scenarios.values()) this.recheckCaps(st, breakdownOf(this.axes, st.programme));
  }

  private recheckCaps(st: ScenarioState, programme: Breakdown): void {
    const { scenario } = st;
    const values = scenario.caps.map((c) => pick(this.axes, programme, c.year, c.sourceId));
    this.recheckFigures(`caps:${scenario.id}`, scenario, values, (i) => capCheck(this.programme, scenario, scenario.caps[i]!, values[i]));
  }

  private clearFindings(owner: string): void {
    this.findingsInput.delete(owner);
    this.checks.set(owner, []);
  }

  /**
   * Sets the findings of an owner whose findings go figure by figure (stated totals, caps): a
   * figure whose amount is as it was keeps its finding, only the others are worded anew.
   */
  private recheckFigures(owner: string, record: object, values: Array<number | undefined>, find: (i: number) => Check | null): void {
    const last = this.findingsInput.get(owner);
    const comparable = last !== undefined && last.record === record && last.programme === this.programme && last.values.length === values.length;
    if (comparable && values.every((v, i) => v === last.values[i])) return;
    const found = values.map((v, i) => (comparable && v === last.values[i] ? last.found[i]! : find(i)));
    this.findingsInput.set(owner, { record, programme: this.programme, values, found });
    this.checks.set(owner, found.filter((c): c is Check => c !== null));
  }

  private recheckDeclared(kind: NodeKind, id: string, planned?: Breakdown): void {
    const owner = `declared:${kind}:${id}`;
    const record = kind === 'measure' ? this.measures.get(id) : kind === 'task' ? this.tasks.get(id) : kind === 'priority' ? this.priorities.get(id) : this.programme;
    if (!record || record.declared.length === 0) {
      this.clearFindings(owner);
      return;
    }
    const computed = planned ?? this.plannedOf(kind, id);
    const values = record.declared.map((d) => pick(this.axes, computed, d.year, d.sourceId));
    let label = '';
    this.recheckFigures(owner, record, values, (i) => {
      label ||=
        kind === 'measure' ? measureLabel(record as Measure)
        : kind === 'task' ? taskLabel(record as Task)
        : kind === 'priority' ? priorityLabel(record as Priority)
        : programmeLabel(this.programme);
      return declaredCheck(this.programme, kind, id, label, record.declared[i]!, values[i]);
    });
  }

  private recheckCodes(code: string, kind: 'measure' | 'task' = 'measure'): void {
    if (!code.trim()) return;
    const ids = this.byCode[kind].get(code);
    const owner = `codes:${kind}:${code}`;
    if (ids === undefined || typeof ids === 'string') {
      this.checks.set(owner, []);
      return;
    }
    const items: Array<{ id: string; label: string }> = [];
    for (const id of ids) {
      if (kind === 'measure') items.push({ id, label: measureLabel(this.measures.get(id)!) });
      else items.push({ id, label: taskLabel(this.tasks.get(id)!) });
    }
    this.checks.set(owner, duplicateCodeChecks(kind, code, items));
  }

  private indexCode(kind: 'measure' | 'task', code: string, id: string, add: boolean): void {
    const index = this.byCode[kind];
    const ids = index.get(code);
    if (add) {
      if (ids === undefined) index.set(code, id);
      else if (typeof ids === 'string') index.set(code, new Set([ids, id]));
      else ids.add(id);
    } else if (ids === id) {
      index.delete(code);
    } else if (typeof ids === 'object') {
      ids.delete(id);
      if (ids.size === 1) index.set(code, ids.values().next().value!);
    }
  }

  // ---- results -----------------------------------------------------------------------------

  private plannedOf(kind: NodeKind, id: string): Breakdown {
    const { C } = this.axes;
    if (kind === 'measure') return breakdownOf(this.axes, this.slots.cells, this.slots.of.get(id)! * 2 * C);
    const m = kind === 'task' ? this.taskSums.get(id) : kind === 'priority' ? this.prioritySums.get(id) : this.programmeSum;
    return breakdownOf(this.axes, m ?? new Float64Array(C));
  }

  private nodeTotals(kind: NodeKind, id: string): NodeTotals {
    const { C } = this.axes;
    let m: Float64Array;
    let at = 0;
    if (kind === 'measure') {
      m = this.slots.cells;
      at = this.slots.of.get(id)! * 2 * C;
    } else if (kind === 'task') m = this.taskSums.get(id) ?? new Float64Array(2 * C);
    else if (kind === 'priority') m = this.prioritySums.get(id) ?? new Float64Array(2 * C);
    else m = this.programmeSum;
    return { kind, id, planned: breakdownOf(this.axes, m, at), actual: breakdownOf(this.axes, m, at + C) };
  }

  private delta(t: Touched, nodes: NodeTotals[], programmes: ReadonlyMap<string, Breakdown>): Delta {
    // A row removed and added again within one patch is reported as it ends up.
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
      scenarios.push(this.scenarioTotals(st, only, programmes.get(id)));
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
    if (kind === 'measure') return this.slots.of.has(id);
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

function larger(from: Uint8Array, length: number): Uint8Array {
  const to = new Uint8Array(length);
  to.set(from);
  return to;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of records) out.set(r.id, r);
  return out;
}
