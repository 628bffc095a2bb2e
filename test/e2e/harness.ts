import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  url: string;
  browser: Browser;
  server: ChildProcess;
  close(): Promise<void>;
}

/** Runs `vite <args>` (dev server, or `preview`) as its own process on a free port, as `npm start` would. */
export async function spawnVite(args: string[]): Promise<{ server: ChildProcess; port: number }> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args, '--port', '0', '--host', '127.0.0.1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`vite did not start: ${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''));
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`vite exited with ${code}: ${out}`)));
  });
  return { server, port };
}

/** Starts the app's dev server on a free port and Debian's Chromium (never a downloaded browser). */
export async function startHarness(): Promise<Harness> {
  const { server, port } = await spawnVite([]);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    server,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

/** One harness for a test file: started before its tests, closed after them. */
export function useHarness(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness());
  });
  afterAll(async () => {
    await h.close?.();
  });
  return h;
}

/** A sample programme as shipped in public/samples, read by the test itself (independently of the app). */
export function sampleJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../public/samples/${file}`, import.meta.url), 'utf8')) as T;
}

/** An amount in thousands the way the grid writes it: one decimal, a comma, spaces between thousands. */
export const fmtThousands = (n: number): string => n.toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** A fresh browser profile (empty IndexedDB), so every test starts like a first visit. */
export async function freshPage(h: Harness, path = '', viewport = { width: 1280, height: 720 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.url + path);
  return { context, page, errors };
}

/** Text of the pinned «Всього за Програмою» row's cell in the given column. */
export async function grandTotal(page: Page, colId = 'total'): Promise<string> {
  const cell = page.locator(`.ag-row-pinned [col-id="${colId}"]`).first();
  await cell.waitFor();
  return ((await cell.textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
}

/** A body cell of the grid by row id and column id. */
export const cell = (page: Page, rowId: string, colId: string) => page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`).first();

/** A cell's text with no-break spaces made plain. */
export const cellText = async (page: Page, rowId: string, colId: string) => ((await cell(page, rowId, colId).textContent()) ?? '').replace(/\u00a0/g, ' ').trim();

/** Types a value into a cell the way a person does and commits it with Enter. */
export async function typeInto(page: Page, rowId: string, colId: string, value: string): Promise<void> {
  const c = cell(page, rowId, colId);
  await c.scrollIntoViewIfNeeded();
  await c.click();
  // Backspace starts an edit with an empty editor (typing a character would too, but
  // Playwright types non-Latin text without key events).
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}
