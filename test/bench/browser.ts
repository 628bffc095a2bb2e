/**
 * Browser benches: the production build served by `vite preview`, driven by Debian's Chromium.
 * The synthetic programme is written straight into the app's IndexedDB (same stores the app
 * uses), so nothing test-only ships in the app.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ProgrammeDoc } from '../../src/model/schema';
import { CHROMIUM_ARGS, spawnVite } from '../e2e/harness';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchBrowser {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the app and serves it (`dev: true` serves the sources instead, for importing modules in the page). */
export async function startBenchBrowser(opts: { dev?: boolean } = {}): Promise<BenchBrowser> {
  if (!opts.dev) {
    const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  const { server, port } = await spawnVite(opts.dev ? [] : ['preview']);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

/** Writes a programme into the app's database the way the store lays it out (one record per row). */
export async function seedProgramme(page: Page, doc: ProgrammeDoc): Promise<void> {
  await page.evaluate(
    (d) =>
      new Promise<void>((resolve, reject) => {
        // Open without a version: the app has already created the schema on its first load.
        const req = indexedDB.open('hromada-workbench');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tables = ['programmes', 'priorities', 'tasks', 'measures', 'indicators', 'scenarios'] as const;
          const tx = db.transaction([...tables], 'readwrite');
          tx.objectStore('programmes').put(d.programme);
          for (const t of tables.slice(1)) for (const r of (d as unknown as Record<string, unknown[]>)[t]!) tx.objectStore(t).put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    doc,
  );
}
