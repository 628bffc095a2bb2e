import type { Kop } from '../model/money';
import type { Cap, Measure, Override, ProgrammeDoc } from '../model/schema';
import type { Axes } from './axes';
import { axesOf } from './axes';
import type { Breakdown } from './breakdown';
import { breakdownOf } from './breakdown';
import { money as moneyText } from './checks';
import { measureLabel, place, sourceName } from './labels';
import { importanceOrder } from './importance';
import type { CompiledScenario } from './scenario-rules';
import { compileScenario, effectiveOverrides, evaluateMeasure } from './scenario-rules';

export interface FitOptions {
  /** measures that must keep their money as it is (besides those under way or done) */
  fixed?: ReadonlySet<string>;
}

export interface FitMove {
  measureId: string;
  kind: 'defer' | 'exclude';
  /** years deferred by (0 for an exclusion) */
  years: number;
  /** the measure's money in programme years under the scenario being fitted */
  amount: Kop;
}

export interface UnmetCap {
  cap: Cap;
  computed: Kop;
  over: Kop;
  /** measures whose money under the cap could not be moved (under way, done or kept fixed) */
  fixedMeasureIds: string[];
  /** a Ukrainian sentence: which cap, by how much, and why it cannot be met */
  reason: string;
}

export interface FitResult {
  ok: boolean;
  /** overrides of a new scenario built on the fitted one: a shift or an exclusion per move */
  overrides: Override[];
  moves: FitMove[];
  unmet: UnmetCap[];
  before: Breakdown;
  after: Breakdown;
}

/**
 * Proposes how a scenario can meet its caps (ceilings): defers measures to later years first —
 * only as far as their money stays inside the programme period — then excludes them, the least
 * important first (`rank`, else the plan's order), and finally takes back any exclusion that the
 * caps turn out to afford after all (deferred, if that is what fits). Measures under way or done
 * and `options.fixed` are never touched. Pure: nothing is saved; the caller shows the proposal.
 * A cap that cannot be met is named with the reason: the money left under it belongs to measures
 * that may not be moved (or the cap is below zero).
 * @example fitToCaps(doc, 'state-cut') // { ok: true, moves: [{ measureId: 'm7', kind: 'defer', years: 1, … }], … }
 */
export function fitToCaps(doc: ProgrammeDoc, scenarioId: string, options: FitOptions = {}): FitResult {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`сценарій ${scenarioId} не знайдено`);
  const axes = axesOf(doc.programme);
  const byId = new Map(doc.scenarios.map((s) => [s.id, s]));
  const compiled = compileScenario(scenario.id, effectiveOverrides(scenario, byId));
  const fit = new Fitting(axes, doc, compiled, scenario.caps, options.fixed ?? new Set());
  const before = breakdownOf(axes, fit.total);
  fit.defer();
  fit.exclude();
  fit.restore();
  return fit.result(before);
}

interface Item {
  m: Measure;
  priorityId: string;
  /** money under the proposal */
  money: Float64Array;
  /** money under the scenario being fitted */
  original: Float64Array;
  shift: number;
  excluded: boolean;
  movable: boolean;
}

class Fitting {
  readonly total: Float64Array;
  /** least important last */
  private items: Item[];
  private scopes: Int32Array[];
  private scratch: Float64Array;

  constructor(
    private axes: Axes,
    private doc: ProgrammeDoc,
    private compiled: CompiledScenario,
    private caps: readonly Cap[],
    fixed: ReadonlySet<string>,
  ) {
    const { C } = axes;
    this.total = new Float64Array(C);
    this.scratch = new Float64Array(C);
    const taskPriority = new Map(doc.tasks.map((t) => [t.id, t.priorityId]));
    this.items = importanceOrder(doc).map((m) => {
      const priorityId = (m.taskId !== null && taskPriority.get(m.taskId)) || m.priorityId;
      const money = new Float64Array(C);
      evaluateMeasure(axes, compiled, m, priorityId, money, 0);
      for (let i = 0; i < C; i++) this.total[i]! += money[i]!;
      const movable = !fixed.has(m.id) && m.status !== 'done' && m.status !== 'in-progress' && !compiled.excluded.has(m.id);
      return { m, priorityId, money, original: money.slice(), shift: 0, excluded: false, movable };
    });
    this.scopes = caps.map((c) => scopeOf(axes, c));
  }

  /** Amount under each cap for the current total. */
  private values(total: Float64Array): number[] {
    return this.scopes.map((sc) => {
      let v = 0;
      for (let k = 0; k < sc.length; k++) v += total[sc[k]!]!;
      return v;
    });
  }

  private over(values: readonly number[]): number[] {
    return values.map((v, i) => (this.scopes[i]!.length ? Math.max(0, v - this.caps[i]!.amount) : 0));
  }

  /** Does the item have positive money under a cap that is exceeded now? */
  private feedsExcess(it: Item, over: readonly number[]): boolean {
    return over.some((o, i) => o > 0 && this.scopes[i]!.some((cell) => it.money[cell]! > 0));
  }

  /**
   * Replaces an item's money with `next` when that leaves no cap worse off and, when deferring,
   * the total excess smaller; when restoring, adds nothing under a cap that is still exceeded.
   */
  private tryReplace(it: Item, next: Float64Array, mode: 'defer' | 'restore'): boolean {
    const { C } = this.axes;
    const overBefore = this.over(this.values(this.total));
    const trial = this.total.slice();
    for (let i = 0; i < C; i++) trial[i]! += next[i]! - it.money[i]!;
    const overAfter = this.over(this.values(trial));
    if (overAfter.some((o, i) => o > overBefore[i]!)) return false;
    if (mode === 'defer' && sum(overAfter) >= sum(overBefore)) return false;
    if (mode === 'restore' && overAfter.some((o, i) => o > 0 && this.scopes[i]!.some((cell) => next[cell]! > 0))) return false;
    this.total.set(trial);
    it.money = next.slice();
    return true;
  }

  /** The item's money under the fitted scenario with `extra` more years of shift (null: would leave the period). */
  private shifted(it: Item, extra: number): Float64Array | null {
    const { Y, S } = this.axes;
    // Deferring must keep the money inside the programme period (money already outside is not moved).
    if (hasOutside(it.original, Y, S)) return null;
    const shifts = new Map(this.compiled.shifts);
    shifts.set(it.m.id, (shifts.get(it.m.id) ?? 0) + extra);
    this.scratch.fill(0);
    evaluateMeasure(this.axes, { ...this.compiled, shifts }, it.m, it.priorityId, this.scratch, 0);
    if (hasOutside(this.scratch, Y, S)) return null;
    return this.scratch;
  }

  private exceeded(): boolean {
    return this.over(this.values(this.total)).some((o) => o > 0);
  }

  /** Phase 1: defer measures to later years, the least important first, while that lowers the excess. */
  defer(): void {
    const { Y } = this.axes;
    for (let i = this.items.length - 1; i >= 0 && this.exceeded(); i--) {
      const it = this.items[i]!;
      if (!it.movable || !this.feedsExcess(it, this.over(this.values(this.total)))) continue;
      for (let k = 1; k < Y; k++) {
        const next = this.shifted(it, k);
        if (!next) break;
        if (this.tryReplace(it, next, 'defer')) {
          it.shift = k;
          break;
        }
      }
    }
  }

  /**
   * Phase 2: exclude measures that feed an exceeded cap, the least important first, until no
   * cap is exceeded or no movable measure feeds one (passes repeat: with negative amounts an
   * exclusion can raise another cap).
   */
  exclude(): void {
    const { C } = this.axes;
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = this.items.length - 1; i >= 0; i--) {
        const over = this.over(this.values(this.total));
        if (!over.some((o) => o > 0)) return;
        const it = this.items[i]!;
        if (!it.movable || it.excluded || !this.feedsExcess(it, over)) continue;
        for (let c = 0; c < C; c++) this.total[c]! -= it.money[c]!;
        it.money = new Float64Array(C);
        it.excluded = true;
        changed = true;
      }
    }
  }

  /** Phase 3: take back exclusions the caps can afford, the most important first, deferred if that fits better. */
  restore(): void {
    const { Y } = this.axes;
    for (const it of this.items) {
      if (!it.excluded) continue;
      for (let k = it.shift; k < Y; k++) {
        const next = k === 0 ? it.original : this.shifted(it, k);
        if (!next) break;
        if (this.tryReplace(it, next, 'restore')) {
          it.excluded = false;
          it.shift = k;
          break;
        }
      }
    }
  }

  result(before: Breakdown): FitResult {
    const { axes, doc } = this;
    const moves: FitMove[] = [];
    const overrides: Override[] = [];
    for (const it of this.items) {
      if (!it.excluded && it.shift === 0) continue;
      const amount = inPeriod(it.original, axes) as Kop;
      if (it.excluded) {
        moves.push({ measureId: it.m.id, kind: 'exclude', years: 0, amount });
        overrides.push({ kind: 'exclude', measureId: it.m.id });
      } else {
        moves.push({ measureId: it.m.id, kind: 'defer', years: it.shift, amount });
        overrides.push({ kind: 'shift', measureId: it.m.id, years: it.shift });
      }
    }
    const values = this.values(this.total);
    const unmet: UnmetCap[] = [];
    this.caps.forEach((cap, i) => {
      const over = this.scopes[i]!.length ? values[i]! - cap.amount : 0;
      if (over <= 0) return;
      const scope = this.scopes[i]!;
      const fixed = this.items.filter((it) => !it.excluded && scope.some((c) => it.money[c]! > 0)).map((it) => it.m);
      unmet.push({ cap, computed: values[i]! as Kop, over: over as Kop, fixedMeasureIds: fixed.map((m) => m.id), reason: reasonFor(doc, cap, values[i]!, over, fixed) });
    });
    // Excluded measures are listed first: they are what the room must agree to give up.
    moves.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'exclude' ? -1 : 1));
    return { ok: unmet.length === 0, overrides, moves, unmet, before, after: breakdownOf(axes, this.total) };
  }
}

function reasonFor(doc: ProgrammeDoc, cap: Cap, computed: number, over: number, fixed: readonly Measure[]): string {
  const unit = doc.programme.unit;
  const where = place('Стеля', cap.year, sourceName(doc.programme.sources, cap.sourceId) ?? (cap.year === null ? 'усі роки й джерела' : 'усі джерела'));
  const head = `${where} (${moneyText(cap.amount, unit)}) недосяжна: лишається ${moneyText(computed, unit)}, перевищення ${moneyText(over, unit)}.`;
  if (cap.amount < 0) return `${head} Стеля від’ємна — її не досягти жодним перенесенням; виправте суму стелі.`;
  const names = fixed.slice(0, 5).map(measureLabel).join('; ');
  const more = fixed.length > 5 ? ` та ще ${fixed.length - 5}` : '';
  return (
    `${head} Решту становлять заходи, які не можна перенести чи виключити (вже виконуються, виконані або позначені як незмінні): ${names}${more}. ` +
    'Підвищте стелю, змініть суми цих заходів або зніміть позначку.'
  );
}

/** Cell indices (programme years only) under a cap; empty when the cap's year or source is not in the programme. */
function scopeOf(axes: Axes, cap: Cap): Int32Array {
  const { Y, S, startYear, sourceIndex } = axes;
  const yi = cap.year === null ? null : cap.year - startYear;
  if (yi !== null && (yi < 0 || yi >= Y)) return new Int32Array(0);
  const si = cap.sourceId === null ? null : sourceIndex.get(cap.sourceId);
  if (si === undefined) return new Int32Array(0);
  const out: number[] = [];
  for (let y = 0; y < Y; y++) for (let s = 0; s < S; s++) if ((yi === null || yi === y) && (si === null || si === s)) out.push(y * S + s);
  return Int32Array.from(out);
}

function hasOutside(m: Float64Array, row: number, S: number): boolean {
  for (let s = 0; s < S; s++) if (m[row * S + s] !== 0) return true;
  return false;
}

function inPeriod(m: Float64Array, axes: Axes): number {
  let v = 0;
  for (let i = 0; i < axes.Y * axes.S; i++) v += m[i]!;
  return v;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
