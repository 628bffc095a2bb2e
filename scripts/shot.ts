/**
 * Takes a screenshot of the running app: `tsx scripts/shot.ts <url> <out.png> [width] [height] [scale]`
 * (a scale turns projector mode on at that font scale, e.g. 1.75).
 * A developer tool for looking at screens as a user would; uses Debian's Chromium, never downloads one.
 */
import { chromium } from 'playwright-core';

const [url = 'http://localhost:5173/', out = '/tmp/shot.png', w = '1280', h = '720', scale = ''] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
if (scale) await page.addInitScript((s) => localStorage.setItem('hw.projector', JSON.stringify({ on: true, scale: Number(s) })), scale);
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
console.log('saved', out);
await browser.close();
