/**
 * worker.roundtrip_ms.p95 in real Chromium: with the 10,000-measure synthetic programme loaded in
 * the engine worker, one single-cell edit patch sent through Comlink until its delta is back.
 * Runs the app's own client module in a page served by the Vite dev server.
 */
import { median, percentile, round, type BenchSuite } from './metric';
import { startBenchBrowser } from './browser';

const suite: BenchSuite = {
  group: 'engine',
  async run() {
    const b = await startBenchBrowser({ dev: true });
    try {
      const context = await b.browser.newContext();
      await context.addInitScript('window.__name = (f) => f;');
      const page = await context.newPage();
      await page.goto(b.url + 'icon.svg');
      const times = await page.evaluate(async () => {
        const { startEngineWorker } = (await import('/src/engine/client.ts' as string)) as typeof import('../../src/engine/client');
        const { syntheticProgramme } = (await import('/test/fixtures/synthetic.ts' as string)) as typeof import('../fixtures/synthetic');
        const doc = syntheticProgramme({ measures: 10_000, years: 5, sources: 6, priorities: 20, tasksPerPriority: 5, scenarios: 10, seed: 1 });
        const { api, terminate } = startEngineWorker();
        const loaded = await api.load(doc);
        if (!loaded.ok) throw new Error(loaded.error.message);
        const out: number[] = [];
        for (let i = 0; i < 300; i++) {
          const m = doc.measures[(i * 37) % doc.measures.length]!;
          const year = doc.programme.startYear + (i % 5);
          const sourceId = doc.programme.sources[i % doc.programme.sources.length]!.id;
          const funding = [...m.funding.filter((f) => !(f.year === year && f.sourceId === sourceId)), { year, sourceId, planned: (100_000 * (i + 1)) as (typeof m.funding)[number]["planned"], actual: null, marker: null }];
          const t0 = performance.now();
          const r = await api.patch([{ table: 'measures', id: m.id, value: { ...m, funding } }]);
          if (!r.ok) throw new Error(r.error.message);
          out.push(performance.now() - t0);
        }
        terminate();
        return out.slice(50); // the first edits warm the worker's JIT up
      });
      await context.close();
      return [
        { metric: 'worker.roundtrip_ms.p50', value: round(median(times), 2), unit: 'ms' as const, goal: 5, runs: times.length },
        { metric: 'worker.roundtrip_ms.p95', value: round(percentile(times, 95), 2), unit: 'ms' as const, goal: 5, runs: times.length },
      ];
    } finally {
      await b.close();
    }
  },
};

export default suite;
