/**
 * The engine on a 10,000-measure synthetic programme (5 years × 6 sources, 20 priorities × 5
 * tasks, 10 scenarios of every kind of override):
 * - engine.full_ms: load + compute everything (totals, checks, all scenarios, the snapshot);
 * - engine.patch_us.p50 / .p95: one edited cell of one measure, the delta included;
 * - engine.compare_ms: the plan and all 10 scenarios side by side against the plan.
 * Pure (no Node imports): runs under `npm run bench` and in a browser alike.
 */
import { compare, PLAN_ID } from '../../src/engine/compare';
import { Engine } from '../../src/engine/engine';
import type { Kop } from '../../src/model/money';
import type { Measure } from '../../src/model/schema';
import { prng, syntheticProgramme } from '../fixtures/synthetic';
import type { BenchSuite, Metric } from './metric';
import { median, percentile, round } from './metric';

export const ENGINE_BENCH_PROGRAMME = { measures: 10_000, years: 5, sources: 6, priorities: 20, tasksPerPriority: 5, scenarios: 10, seed: 2026 };

// Warm-up runs let the JIT settle, so that the figures are those of a session, not of a cold start.
const FULL_RUNS = 15;
const FULL_WARMUP = 8;
const COMPARE_RUNS = 15;
const COMPARE_WARMUP = 5;
const PATCH_WARMUP = 1000;
const PATCH_EDITS = 600;

/** Times `f` `runs` times after `warmup` unmeasured runs; milliseconds. */
function times(runs: number, warmup: number, f: () => void): number[] {
  for (let i = 0; i < warmup; i++) f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

/** A copy of a measure with one planned cell changed, as the plan grid sends it after a keystroke. */
function editedCell(m: Measure, rnd: () => number): Measure {
  const funding = m.funding.slice();
  const i = Math.floor(rnd() * funding.length);
  const cell = funding[i]!;
  funding[i] = { ...cell, planned: (Math.floor(rnd() * 50_000) * 1_000) as Kop };
  return { ...m, funding };
}

async function run(): Promise<Metric[]> {
  const doc = syntheticProgramme(ENGINE_BENCH_PROGRAMME);

  const full = times(FULL_RUNS, FULL_WARMUP, () => new Engine().load(doc));

  const engine = new Engine();
  engine.load(doc);
  const rnd = prng(7);
  const current = new Map(doc.measures.filter((m) => m.funding.length > 0).map((m) => [m.id, m]));
  const ids = [...current.keys()];
  const edit = (): number => {
    const value = editedCell(current.get(ids[Math.floor(rnd() * ids.length)]!)!, rnd);
    current.set(value.id, value);
    const t = performance.now();
    engine.patch([{ table: 'measures', id: value.id, value }]);
    return (performance.now() - t) * 1000;
  };
  for (let i = 0; i < PATCH_WARMUP; i++) edit();
  const patch: number[] = [];
  for (let i = 0; i < PATCH_EDITS; i++) patch.push(edit());

  const sides = [PLAN_ID, ...doc.scenarios.map((s) => s.id)];
  const cmp = times(COMPARE_RUNS, COMPARE_WARMUP, () => compare(engine, sides, PLAN_ID));

  return [
    { metric: 'engine.full_ms', value: round(median(full)), unit: 'ms', goal: 50, runs: FULL_RUNS },
    { metric: 'engine.patch_us.p50', value: round(median(patch)), unit: 'us', goal: 100, runs: PATCH_EDITS },
    { metric: 'engine.patch_us.p95', value: round(percentile(patch, 95)), unit: 'us', goal: 100, runs: PATCH_EDITS },
    { metric: 'engine.compare_ms', value: round(median(cmp)), unit: 'ms', goal: 50, runs: COMPARE_RUNS },
  ];
}

const suite: BenchSuite = { group: 'engine', run };
export default suite;
