/**
 * The import wizard in the real app: «Імпорт з Excel» on the programme list (`#/`) opens it;
 * a file picked or dropped on the window is parsed in the io worker, previewed with totals and
 * findings, and only then created as a programme. These tests expect the shell to mount
 * ImportWizard behind a button with the text «Імпорт з Excel» on the picker page and to call
 * installDropZone; until it does, they are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sixRowsWorkbook } from '../bench/io-import.bench';
import * as XLSX from 'xlsx';
import { freshPage, grandTotal, typeInto, useHarness } from './harness';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'xlsx');
const BUTTON = 'Імпорт з Excel';

const h = useHarness();

/** The picker with the wizard's button, or null when the shell does not offer it yet. */
async function picker(skip: () => void): Promise<{ page: Page; close(): Promise<void> }> {
  const { page, context } = await freshPage(h, '#/');
  await page.locator('.programme-item').first().waitFor();
  if ((await page.getByRole('button', { name: BUTTON }).count()) === 0) {
    await context.close();
    skip();
  }
  return { page, close: () => context.close() };
}

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/\u00a0/g, ' ');

describe('import wizard', () => {
  it('imports the Іллінці annex: preview with the wrong grand total, then the programme', async (ctx) => {
    const { page, close } = await picker(() => ctx.skip());
    await page.getByRole('button', { name: BUTTON }).click();
    await page.getByTestId('import-input').setInputFiles(join(FIXTURES, 'illintsi-six-rows.xlsx'));
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    expect(await text(page, 'import-layout')).toBe('Розпізнано: шість рядків на захід (загальний обсяг і п’ять джерел)');
    expect(await text(page, 'import-counts')).toBe('Напрямів: 4 · завдань: 11 · заходів: 25 · індикаторів: 0');
    expect(await text(page, 'import-total')).toBe('9 725,0');
    expect(await text(page, 'import-findings')).toContain('Всього за Програмою: у документі 9 625,0 тис. грн, а сума рядків — 9 725,0 тис. грн');
    // Nothing is stored before the person confirms.
    const before = await page.evaluate(() => location.hash);
    expect(before).toBe('#/');
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/p\/prog-[0-9a-f]{16}$/);
    await expect.poll(() => grandTotal(page)).toBe('9 725,0');
    await expect
      .poll(async () => (await page.getByTestId('checks-panel').textContent())?.replace(/\u00a0/g, ' '))
      .toContain('Всього за Програмою: у документі 9 625,0 тис. грн, а сума рядків — 9 725,0 тис. грн');
    await close();
  });

  it('a file dropped anywhere on the window opens the wizard with it', async (ctx) => {
    const { page, close } = await picker(() => ctx.skip());
    const b64 = readFileSync(join(FIXTURES, 'khmilnyk-markers.xlsx')).toString('base64');
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'khmilnyk-markers.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, b64);
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    expect(await text(page, 'import-total')).toBe('14 469,0');
    expect(await text(page, 'import-counts')).toBe('Напрямів: 3 · завдань: 6 · заходів: 32 · індикаторів: 31');
    expect(await text(page, 'import-findings')).toContain('Зауважень немає');
    await close();
  });

  it('an unknown table goes through the mapping step, and its preview comes before anything is saved', async (ctx) => {
    const { page, close } = await picker(() => ctx.skip());
    await page.getByRole('button', { name: BUTTON }).click();
    await page.getByTestId('import-input').setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from('Item;Owner;Y2026;Y2027;Cost\nServers;IT unit;100;50;150\nTraining;HR;10,5;;10,5\n') });
    await page.getByTestId('import-error').waitFor();
    expect(await text(page, 'import-error')).toContain('Вкажіть рядки заголовка та стовпці вручну');
    await page.getByRole('button', { name: 'Вказати стовпці вручну' }).click();
    const m = page.getByTestId('import-mapping');
    await m.waitFor();
    await m.locator('select[data-col="0"]').selectOption('name');
    await m.locator('select[data-col="1"]').selectOption('responsible');
    await m.locator('select[data-col="2"]').selectOption('year');
    await m.locator('select[data-col="2"] + input').fill('2026');
    await m.locator('select[data-col="3"]').selectOption('year');
    await m.locator('select[data-col="3"] + input').fill('2027');
    await m.locator('select[data-col="4"]').selectOption('total');
    await m.getByRole('button', { name: 'Переглянути результат' }).click();
    await page.getByTestId('import-preview').waitFor();
    expect(await text(page, 'import-counts')).toBe('Напрямів: 1 · завдань: 0 · заходів: 2 · індикаторів: 0');
    expect(await text(page, 'import-total')).toBe('160,5');
    await page.getByTestId('import-commit').click();
    await expect.poll(() => grandTotal(page)).toBe('160,5');
    await close();
  });

  it('Cancel stops a long parse at once and stores nothing', async (ctx) => {
    const { page, close } = await picker(() => ctx.skip());
    const count = await page.locator('.programme-item').count();
    await page.getByRole('button', { name: BUTTON }).click();
    await page.getByTestId('import-input').setInputFiles({ name: 'великий.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(sixRowsWorkbook(5000)) });
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-progress').getByRole('button', { name: 'Скасувати' }).click();
    await page.getByText('Імпорт скасовано. Нічого не змінено.').waitFor();
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    await page.getByRole('button', { name: 'Закрити' }).first().click();
    expect(await page.locator('.programme-item').count()).toBe(count);
    await close();
  });

  it('imported text is shown as text, never run as HTML', async (ctx) => {
    const { page, close } = await picker(() => ctx.skip());
    await page.getByRole('button', { name: BUTTON }).click();
    const evil = '<img src=x onerror="window.__xss=1"><b>Захід</b>';
    await page.getByTestId('import-input').setInputFiles({ name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(`№;Назва заходу;Відповідальні;2026;Усього\n1;${evil};;5;5\n`) });
    await page.getByTestId('import-preview').waitFor();
    // The converter's <b> is removed; the rest stays as typed, as text.
    expect(await text(page, 'import-findings')).toContain('«<img src=x onerror="window.__xss=1"> Захід»');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.getByTestId('import-wizard').locator('img').count()).toBe(0);
    await close();
  });
});

describe('export', () => {
  it('saves the official annexes, the plan as CSV and a backup from «Експорт», with the edits made', async () => {
    const { page, context, errors } = await freshPage(h, '#/p/khmilnyk-2023', { width: 1600, height: 1000 });
    await page.locator('.ag-row[row-id="m:khm-m2"] .ag-cell[col-id="y2024"]').first().waitFor();
    await typeInto(page, 'm:khm-m2', 'y2024', '2500');
    await expect.poll(() => grandTotal(page, 'y2024')).toBe('9 207,0');
    const save = async (action: string) => {
      await page.getByTestId('export-menu').locator('summary').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };

    const annex1 = await save('export-annex1-six');
    expect(annex1.name).toMatch(/^Додаток 1 — Програма інформатизації Хмільницької.*\.xlsx$/);
    const book = XLSX.read(annex1.bytes);
    const values = Object.values(book.Sheets[book.SheetNames[0]!]!).map((c) => (c as XLSX.CellObject).v);
    expect(values).toContain(2500); // the edited amount, in тис. грн
    expect(values).toContain('Проведення інвентаризації інформаційних та програмно-технічних ресурсів.');

    const annex2 = await save('export-annex2');
    expect(annex2.name).toMatch(/^Додаток 2 — .*\.xlsx$/);
    expect(XLSX.read(annex2.bytes).SheetNames.length).toBeGreaterThan(0);

    const csv = await save('export-plan-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain('Здійснення закупівлі та проведення модернізації');

    const backup = await save('export-backup');
    expect(JSON.parse(backup.bytes.toString('utf8')).programmes[0].doc.programme.id).toBe('khmilnyk-2023');
    expect(errors).toEqual([]);
    await context.close();
  });
});
