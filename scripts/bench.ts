/**
 * `npm run bench [-- --only engine,grid]`: runs every suite in test/bench/*.bench.ts and prints
 * one JSON object per metric and line: {"metric","value","unit","goal","runs"}.
 * Each suite default-exports { group, run(): Promise<Metric[]> } and reports medians itself.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSuite } from '../test/bench/metric';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];

const dir = join(import.meta.dirname, '..', 'test', 'bench');
let failed = false;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const suite = (await import(pathToFileURL(join(dir, file)).href)).default as BenchSuite;
  if (only.length && !only.includes(suite.group)) continue;
  try {
    for (const m of await suite.run()) console.log(JSON.stringify(m));
  } catch (e) {
    failed = true;
    console.error(`bench ${suite.group} failed:`, e);
  }
}
process.exit(failed ? 1 : 0);
