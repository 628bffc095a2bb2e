/**
 * The scenario comparison end to end in Chromium, on the 10,000-measure synthetic programme
 * (5 years × 6 sources, 10 scenarios of every kind of override; see engine.bench.ts):
 * - scenario.compare_10_ms: the plan and all 10 scenarios compared against the plan in the
 *   «Сценарії» tab — from setting the selection in the page, through the worker's comparison and
 *   the structured clone back, to every comparison table built in the DOM and the year × source
 *   table laid out by the browser (the layout is forced before the clock stops). The blocks below
 *   the first screen (priority table, charts, the list of differing measures) are in the DOM but
 *   laid out only when scrolled to (`content-visibility: auto`); the charts draw afterwards and
 *   are not in the figure.
 *
 * How: the dev server and Debian's Chromium start as in the e2e tests; the page imports the
 * synthetic fixture and the store through the dev server and writes the programme to IndexedDB
 * with the app's own `createProgramme` command, then opens it like a user would. The timing
 * comes from the dev-only hook `window.__hwCompare(ids, referenceId)` of ComparisonView, which
 * sets the selection (without the six-item limit of the pickers) and resolves with the
 * milliseconds measured inside the page. Each run recomputes (the hook forces a fresh request).
 */
import { freshPage, startHarness } from '../e2e/harness';
import type { BenchSuite, Metric } from './metric';
import { median, round } from './metric';

const RUNS = 15;
const WARMUP = 5;

type HookWindow = { __hwCompare?: (ids: string[], referenceId: string) => Promise<number> };

async function run(): Promise<Metric[]> {
  const h = await startHarness();
  try {
    const { page, context } = await freshPage(h, '', { width: 1600, height: 1000 });
    page.setDefaultTimeout(180_000);
    await page.waitForSelector('.programme, .picker');
    const ids = await page.evaluate(async () => {
      // Modules of the app, served by the dev server (paths from its root, not from this file;
      // no helper functions here: the page runs this code as it is, without the bundler's helpers).
      const paths = ['/test/fixtures/synthetic.ts', '/test/bench/engine.bench.ts', '/src/store/store.ts', '/src/store/commands/programme.ts'];
      const [{ syntheticProgramme }, { ENGINE_BENCH_PROGRAMME }, { Store }, { createProgramme }] = (await Promise.all(paths.map((p) => import(/* @vite-ignore */ p)))) as [
        typeof import('../fixtures/synthetic'),
        typeof import('./engine.bench'),
        typeof import('../../src/store/store'),
        typeof import('../../src/store/commands/programme'),
      ];
      const doc = syntheticProgramme(ENGINE_BENCH_PROGRAMME);
      const opened = await Store.open();
      if (!opened.ok) throw new Error(opened.error.message);
      const r = await opened.value.run(createProgramme(doc));
      if (!r.ok) throw new Error(r.error.message);
      return { programmeId: doc.programme.id, scenarios: doc.scenarios.map((x) => x.id) };
    });
    await page.goto(`${h.url}#/p/${ids.programmeId}/scenarios`);
    await page.waitForFunction(() => typeof (window as HookWindow).__hwCompare === 'function');
    const sides = ['plan', ...ids.scenarios];
    const times: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const ms = await page.evaluate((s) => (window as HookWindow).__hwCompare!(s, 'plan'), sides);
      if (i >= WARMUP) times.push(ms);
    }
    const rows = await page.locator('[data-testid="cmp-years"] tbody tr').count();
    // 5 years × (6 sources + total), 6 source totals, the grand total, and the money outside the period if any.
    if (rows < 5 * 7 + 6 + 1) throw new Error(`the comparison table has ${rows} rows, not 42 or more`);
    await context.close();
    return [{ metric: 'scenario.compare_10_ms', value: round(median(times)), unit: 'ms', goal: 100, runs: RUNS }];
  } finally {
    await h.close();
  }
}

const suite: BenchSuite = { group: 'scenario', run };
export default suite;
