/**
 * Plan grid speed in real Chromium with the 10,000-measure synthetic programme:
 * - grid.open_ms: navigation to the grid showing rows with the grand total;
 * - grid.edit_to_total_ms.p50/.p95: the Enter that commits a cell to the new grand total painted;
 * - grid.paste_1000_cells_ms: a 100×10 paste until the grand total shows the new sum;
 * - grid.longest_task_ms: the longest main-thread task (PerformanceObserver 'longtask') while typing 50 edits.
 */
import type { Page } from 'playwright-core';
import { syntheticProgramme } from '../fixtures/synthetic';
import { median, percentile, round, type BenchSuite, type Metric } from './metric';
import { seedProgramme, startBenchBrowser } from './browser';

const doc = syntheticProgramme({ measures: 10_000, years: 5, sources: 6, priorities: 20, tasksPerPriority: 5, scenarios: 10, seed: 1 });
// Rows on screen at 1920×1080: priority 1, the measures straight under it, then its first task.
const priority = [...doc.priorities].sort((a, b) => a.order - b.order)[0]!;
const collapsed: string[] = [];
const loose = doc.measures.filter((m) => m.priorityId === priority.id && m.taskId === null).sort((a, b) => a.order - b.order);
const firstTask = doc.tasks.filter((t) => t.priorityId === priority.id).sort((a, b) => a.order - b.order)[0]!;
const taskMeasures = doc.measures.filter((m) => m.taskId === firstTask.id).sort((a, b) => a.order - b.order);
const year = doc.programme.startYear;
/** Measures near the top whose first-year money sits in at most one source (a year total is editable there). */
const editable = loose.slice(0, 6).filter((m) => new Set(m.funding.filter((f) => f.year === year).map((f) => f.sourceId)).size <= 1);

/**
 * In the page: resolves when the grand total's text differs from `before`, with the time just
 * after the browser painted that frame (a MutationObserver sees the new text; the frame that
 * follows it is painted before a message posted from its requestAnimationFrame is handled).
 */
const PAINTED = `window.__name = (f) => f;
window.__grandPainted = (before) => new Promise((resolve, reject) => {
  const sel = '.ag-row-pinned [col-id="total"]';
  const changed = () => { const el = document.querySelector(sel); return !!el && el.textContent !== before; };
  const done = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); });
  if (changed()) return done();
  const timer = setTimeout(() => { mo.disconnect(); reject(new Error('the grand total stayed ' + before + ': the edit was not applied (' + (document.querySelector('[data-testid=cell-note]')?.textContent ?? 'no message') + ')')); }, 20000);
  const mo = new MutationObserver(() => { if (changed()) { mo.disconnect(); clearTimeout(timer); done(); } });
  mo.observe(document.body, { subtree: true, childList: true, characterData: true });
});`;
type PaintWindow = Window & { __grandPainted(before: string): Promise<number> };
const grandChanged = (page: Page, before: string) => page.evaluate((b) => (window as unknown as PaintWindow).__grandPainted(b), before);
const grandText = (page: Page) => page.locator('.ag-row-pinned [col-id="total"]').first().textContent().then((t) => t ?? '');

/** A full page load of the programme: performance.now() counts from that navigation's start. */
async function openGrid(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/p/${doc.programme.id}`);
  await page.reload({ waitUntil: 'commit' });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const total = document.querySelector('.ag-row-pinned [col-id="total"]')?.textContent;
          if (total && document.querySelector('.ag-row[row-id^="m:"]')) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

const suite: BenchSuite = {
  group: 'grid',
  async run() {
    const b = await startBenchBrowser();
    try {
      const context = await b.browser.newContext({ viewport: { width: 1920, height: 1080 } });
      // tsx names inner functions with a `__name` helper that does not exist in the page.
      await context.addInitScript(PAINTED);
      const page = await context.newPage();
      page.on('pageerror', (e) => process.stderr.write(`grid: page error: ${e.message}\n`));
      page.on('crash', () => process.stderr.write('grid: the page crashed\n'));
      await page.goto(b.url + '#/');
      await page.locator('.programme-item').first().waitFor();
      await page.evaluate((c) => {
        localStorage.setItem('hw.preset', 'by-year');
        localStorage.setItem('hw.collapsed.synthetic', JSON.stringify(c));
      }, collapsed);
      await seedProgramme(page, doc);

      const opens: number[] = [];
      for (let i = 0; i < 5; i++) opens.push(await openGrid(page, b.url));
      process.stderr.write(`grid: opened (${opens.join(', ')} ms)\n`);

      // Edits: type into the first year's cell of consecutive measures, Enter commits.
      const rowOf = (i: number) => `.ag-row[row-id="m:${editable[i % editable.length]!.id}"] .ag-cell[col-id="y${year}"]`;
      await page.evaluate(() => {
        (window as unknown as { __long: number[] }).__long = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      const edits: number[] = [];
      for (let i = 0; i < 50; i++) {
        if (i % 10 === 0) process.stderr.write(`grid: edit ${i}\n`);
        const log = (what: string) => i === 0 && process.stderr.write(`grid: ${what} ${Date.now() % 100000}\n`);
        log(rowOf(i));
        await page.locator(rowOf(i)).first().click();
        log('clicked');
        await page.keyboard.type(String(100 + i));
        log('typed');
        const before = await grandText(page);
        log(`before ${before}`);
        // An in-page timer from the Enter keydown to the frame after the new grand total appears;
        // installed by a short call so no evaluation is left pending across the key press.
        await page.evaluate((b) => {
          const w = window as unknown as PaintWindow & { __edit?: number | string };
          delete w.__edit;
          document.addEventListener(
            'keydown',
            (e) => {
              if (e.key !== 'Enter') return;
              const t0 = performance.now();
              w.__grandPainted(b).then(
                (t) => (w.__edit = t - t0),
                (err: Error) => (w.__edit = err.message),
              );
            },
            { once: true, capture: true },
          );
        }, before);
        await page.keyboard.press('Enter');
        log('pressed');
        const result = await (await page.waitForFunction(() => (window as unknown as { __edit?: number | string }).__edit, null, { polling: 50, timeout: 30_000 })).jsonValue();
        if (typeof result !== 'number') throw new Error(result as string);
        edits.push(result);
      }
      process.stderr.write(`grid: 50 edits done (ms, sorted: ${[...edits].sort((a, b) => a - b).map((x) => x.toFixed(0)).join(' ')})\n`);
      const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));

      // Paste 100 rows × 10 columns over the first task in the full matrix: the six sources of the
      // first year, the second year's total (computed, so left empty) and three sources of the second year.
      await page.getByTestId('preset').selectOption('full');
      const sources = doc.programme.sources.map((s) => s.id);
      const blockFor = (run: number) =>
        taskMeasures.slice(0, 100).map((_, i) => [...sources.map((_s, j) => String(run * 10 + j + (i % 7))), '', '1', '2', '3'].join('\t')).join('\n');
      const pastes: number[] = [];
      for (let run = 0; run < 3; run++) {
        if (run === 0) {
          // Walk down with the keyboard from the first row to the task's first measure (the grid scrolls).
          await page.locator(`.ag-row[row-id="m:${loose[0]!.id}"] .ag-cell[col-id="c${year}:${sources[0]}"]`).first().click();
          const target = `m:${taskMeasures[0]!.id}`;
          for (let k = 0; k < 80; k++) {
            const at = await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id'));
            if (at === target) break;
            await page.keyboard.press('ArrowDown');
          }
        }
        const before = await grandText(page);
        const painted = grandChanged(page, before);
        const t0 = await page.evaluate((data) => {
          const dt = new DataTransfer();
          dt.setData('text/plain', data);
          const start = performance.now();
          document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
          return start;
        }, blockFor(run + 1));
        pastes.push((await painted) - t0);
        process.stderr.write(`grid: paste ${run + 1} done\n`);
      }
      await context.close();
      const m = (metric: string, value: number, goal: number, runs: number): Metric => ({ metric, value: round(value, 1), unit: 'ms', goal, runs });
      return [
        m('grid.open_ms', median(opens), 1500, opens.length),
        m('grid.edit_to_total_ms.p50', median(edits), 50, edits.length),
        m('grid.edit_to_total_ms.p95', percentile(edits, 95), 50, edits.length),
        m('grid.paste_1000_cells_ms', median(pastes), 300, pastes.length),
        m('grid.longest_task_ms', longest, 100, 50),
      ];
    } finally {
      await b.close();
    }
  },
};

export default suite;
