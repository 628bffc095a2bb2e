/**
 * io.export_5000_ms: Додаток 1 in the official six-rows layout for a 5,000-measure programme
 * (the synthetic generator, 3 years, the five standard sources, 10 priorities × 5 tasks), from
 * the document to the finished .xlsx bytes. Median of several runs after a warm-up.
 */
import { exportAnnex1 } from '../../src/io/export/annex1';
import { syntheticProgramme } from '../fixtures/synthetic';
import type { BenchSuite, Metric } from './metric';
import { median, round } from './metric';

const RUNS = 7;

const suite: BenchSuite = {
  group: 'io',
  async run(): Promise<Metric[]> {
    const doc = syntheticProgramme({ measures: 5000, years: 3, sources: 5, priorities: 10, tasksPerPriority: 5, scenarios: 0, seed: 1 });
    exportAnnex1(doc, { layout: 'six-rows' }); // warm-up: JIT and the style tables
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const bytes = exportAnnex1(doc, { layout: 'six-rows' });
      times.push(performance.now() - t0);
      if (bytes.length < 1000) throw new Error('export produced no workbook');
    }
    return [{ metric: 'io.export_5000_ms', value: round(median(times), 1), unit: 'ms', goal: 1000, runs: RUNS }];
  },
};

export default suite;
