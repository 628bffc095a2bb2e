import { describe, expect, it } from 'vitest';
import { cell, cellText, freshPage, grandTotal, typeInto, useHarness } from './harness';

const h = useHarness();

describe('first start', () => {
  it('opens the Хмільник sample with the document’s totals computed by the engine', async () => {
    const { page, context, errors } = await freshPage(h);
    await page.getByText('Програма інформатизації Хмільницької міської').waitFor();
    await expect.poll(() => grandTotal(page)).toBe('14 469,0');
    expect(await grandTotal(page, 'y2023')).toBe('465,0');
    expect(await grandTotal(page, 'y2024')).toBe('8 707,0');
    expect(await grandTotal(page, 'y2025')).toBe('5 297,0');
    await expect.poll(() => page.getByTestId('checks-panel').locator('h2').textContent()).toBe('Перевірки: 0 помилок, 0 попереджень');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the Іллінці document’s wrong grand total among the checks', async () => {
    const { page, context } = await freshPage(h, '#/p/illintsi-2026');
    await expect.poll(() => grandTotal(page)).toBe('9 725,0');
    const panel = page.getByTestId('checks-panel');
    await expect
      .poll(async () => (await panel.textContent())?.replace(/\u00a0/g, ' '))
      .toContain('Всього за Програмою: у документі 9 625,0 тис. грн, а сума рядків — 9 725,0 тис. грн');
    await context.close();
  });
});

describe('passport and sources', () => {
  it('edits, undoes, redoes and keeps edits across a reload', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/passport');
    const title = page.locator('input[name="title"]');
    await title.waitFor();
    await title.fill('Програма інформатизації Хмільника (проєкт)');
    await title.press('Tab');
    await page.locator('.programme-title', { hasText: '(проєкт)' }).waitFor();

    const sources = page.getByTestId('sources');
    await sources.getByPlaceholder('Назва нового джерела').fill('Кошти донорів');
    await sources.getByRole('button', { name: 'Додати джерело' }).click();
    await expect.poll(() => sources.locator('li input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      'Державний бюджет', 'Обласний бюджет', 'Районний бюджет', 'Бюджет територіальної громади', 'Інші джерела', 'Без розподілу за джерелами', 'Кошти донорів',
    ]);

    await page.getByTestId('undo').click();
    await expect.poll(() => sources.locator('li').count()).toBe(6);
    await page.getByTestId('redo').click();
    await expect.poll(() => sources.locator('li').count()).toBe(7);

    await page.reload();
    await page.locator('.programme-title', { hasText: '(проєкт)' }).waitFor();
    await expect.poll(() => page.getByTestId('sources').locator('li').count()).toBe(7);
    // The undo stack survives the reload too.
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('sources').locator('li').count()).toBe(6);
    await context.close();
  });

  it('refuses to remove a source that measures use, says why, and changes nothing', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/passport');
    const sources = page.getByTestId('sources');
    await sources.locator('li').nth(5).getByRole('button', { name: 'Видалити' }).click();
    await expect.poll(() => page.getByTestId('toast-error').textContent()).toContain('Джерело не можна видалити: воно використане в');
    expect(await sources.locator('li').count()).toBe(6);
    // An unused one goes.
    await sources.locator('li').nth(2).getByRole('button', { name: 'Видалити' }).click();
    await expect.poll(() => sources.locator('li').count()).toBe(5);
    await context.close();
  });

  it('refuses an end year before the start year with a Ukrainian message', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/passport');
    const end = page.locator('input[name="endYear"]');
    await end.fill('2020');
    await end.press('Tab');
    await expect.poll(() => page.getByTestId('toast-error').textContent()).toContain('рік завершення раніший за рік початку');
    expect(await end.inputValue()).toBe('2025');
    await context.close();
  });
});

describe('programmes', () => {
  it('deletes a programme after confirmation and brings it back with undo', async () => {
    const { page, context } = await freshPage(h, '#/');
    const item = page.locator('.programme-item', { hasText: 'Баранинська' });
    await item.waitFor();
    page.once('dialog', (d) => void d.accept());
    await item.getByRole('button', { name: 'Видалити' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.getByTestId('toast-info').getByRole('button', { name: 'Скасувати' }).click();
    await expect.poll(() => page.locator('.programme-item', { hasText: 'Баранинська' }).count()).toBe(1);
    await context.close();
  });

  it('creates an empty programme and opens its passport', async () => {
    const { page, context } = await freshPage(h, '#/');
    await page.getByRole('button', { name: 'Нова порожня програма' }).click();
    await page.getByTestId('passport').waitFor();
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Нова програма інформатизації');
    await context.close();
  });

  it('remembers the language choice', async () => {
    const { page, context } = await freshPage(h, '#/');
    await page.getByTestId('lang').selectOption('en');
    await page.getByRole('heading', { name: 'Programmes' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Programmes' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });
});

describe('two tabs', () => {
  it('a second tab on the same programme sees the first tab’s edit within a second', async () => {
    const { page: a, context } = await freshPage(h, '#/p/khmilnyk-2023/passport');
    await a.locator('input[name="community"]').waitFor();
    const b = await context.newPage();
    await b.goto(h.url + '#/p/khmilnyk-2023/passport');
    const community = b.locator('input[name="community"]');
    await community.waitFor();
    await a.locator('input[name="community"]').fill('Хмільницька громада (змінено в іншій вкладці)');
    await a.locator('input[name="community"]').press('Tab');
    await expect.poll(() => community.inputValue(), { timeout: 1000 }).toBe('Хмільницька громада (змінено в іншій вкладці)');
    await context.close();
  });

  it('an edit in another tab to the cell being typed in shows up here, and the person is told what they had typed', async () => {
    const { page: a, context } = await freshPage(h, '#/p/khmilnyk-2023');
    await cell(a, 'm:khm-m2', 'y2024').waitFor();
    const b = await context.newPage();
    await b.goto(h.url + '#/p/khmilnyk-2023');
    await cell(b, 'm:khm-m2', 'y2024').waitFor();
    // Tab A starts typing into 2024 of measure 2 and has not pressed Enter yet.
    await cell(a, 'm:khm-m2', 'y2024').click();
    await a.keyboard.press('Backspace');
    await a.keyboard.type('777');
    expect(await a.locator('.ag-cell-inline-editing').count()).toBe(1);
    // Tab B changes the same cell.
    await typeInto(b, 'm:khm-m2', 'y2024', '2100');
    await expect.poll(() => cellText(a, 'm:khm-m2', 'y2024')).toBe('2 100,0');
    expect(await a.locator('.ag-cell-inline-editing').count()).toBe(0);
    const note = (await a.getByTestId('cell-note').textContent()) ?? '';
    expect(note).toContain('змінено в іншій вкладці');
    expect(note.replace(/\u00a0/g, ' ')).toContain('тепер «2 100,0»');
    expect(note).toContain('«777» не збережено');
    // Nothing of A's input was written: both tabs show B's value and the same grand total.
    expect(await grandTotal(a)).toBe(await grandTotal(b));
    await context.close();
  });

  it('tells this tab to reload when another tab upgrades the database', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/passport');
    await page.locator('input[name="title"]').waitFor();
    const other = await context.newPage();
    await other.goto(h.url + 'icon.svg');
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('hromada-workbench', 99);
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await expect.poll(() => page.getByTestId('toast-error').textContent()).toContain('Перезавантажте цю сторінку');
    // Nothing is silently lost: an edit now is refused visibly.
    await page.locator('input[name="community"]').fill('x');
    await page.locator('input[name="community"]').press('Tab');
    await expect.poll(() => page.getByTestId('toast-error').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('faults', () => {
  it('a stored record that fails the schema gives a Ukrainian message and a JSON download, and is not overwritten', async () => {
    const { page, context } = await freshPage(h, '#/');
    await page.locator('.programme-item').first().waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('hromada-workbench');
          req.onsuccess = () => {
            const tx = req.result.transaction('measures', 'readwrite');
            const store = tx.objectStore('measures');
            const get = store.get('khm-m2');
            get.onsuccess = () => store.put({ ...get.result, funding: 'broken' });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto(h.url + '#/p/khmilnyk-2023');
    await page.reload();
    const screen = page.getByTestId('error-screen');
    await screen.waitFor();
    expect(await screen.textContent()).toContain('Запис у таблиці «measures» (khm-m2) пошкоджений: поле «funding»');
    const [download] = await Promise.all([page.waitForEvent('download'), screen.getByRole('button', { name: 'Завантажити дані (JSON)' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const dump = JSON.parse(readFileSync(path, 'utf8')) as { measures: Array<{ id: string; funding: unknown }> };
    expect(dump.measures.find((m) => m.id === 'khm-m2')?.funding).toBe('broken');
    await context.close();
  });

  it('without IndexedDB the app explains what happened instead of a blank page', async () => {
    const context = await h.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const page = await context.newPage();
    await page.goto(h.url);
    const screen = page.getByTestId('error-screen');
    await screen.waitFor();
    expect(await screen.textContent()).toContain('Сховище браузера (IndexedDB) недоступне');
    await context.close();
  });
});
