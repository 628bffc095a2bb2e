import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage, grandTotal, useHarness, cell, cellText, typeInto, sampleJson, fmtThousands } from './harness';

interface Doc {
  measures: Array<{ id: string; priorityId: string; funding: Array<{ year: number; planned: number | null }> }>;
}
const khm = sampleJson<Doc>('khmilnyk-2023-2025.json');
/** Independent sum of the sample's cells, in тис. грн, formatted like the grid. */
const sumOf = (pred: (m: Doc['measures'][number]) => boolean, year: number, extra = 0) => {
  const kop = khm.measures.filter(pred).flatMap((m) => m.funding).filter((f) => f.year === year).reduce((s, f) => s + (f.planned ?? 0), 0);
  return fmt(kop / 100_000 + extra);
};
const fmt = fmtThousands;

const h = useHarness();

const text = cellText;

async function openFull(path = '#/p/khmilnyk-2023', preset = 'full') {
  const r = await freshPage(h, path, { width: 1600, height: 1400 });
  await r.page.getByTestId('preset').selectOption(preset);
  await cell(r.page, 'm:khm-m2', preset === 'full' ? 'c2024:undivided' : 'y2024').waitFor();
  return r;
}

async function pasteAt(page: Page, rowId: string, colId: string, tsv: string) {
  await cell(page, rowId, colId).click();
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', data);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, tsv);
}

describe('plan grid editing', () => {
  it('an edited amount changes its subtotal and the grand total to the exact values, and undo restores them', async () => {
    const { page, context } = await openFull();
    expect(await text(page, 'm:khm-m2', 'c2024:undivided')).toBe('2 000,0');
    // Task 1.2 collapsed (as a user left it) so the subtotal of priority 1 is on screen.
    await page.evaluate(() => localStorage.setItem('hw.collapsed.khmilnyk-2023', JSON.stringify(['t:khm-t1.2'])));
    await page.reload();
    await cell(page, 's:khm-p1', 'y2024').waitFor();
    await typeInto(page, 'm:khm-m2', 'c2024:undivided', '2500,5');
    const p1 = (m: Doc['measures'][number]) => m.priorityId === 'khm-p1';
    await expect.poll(() => text(page, 's:khm-p1', 'y2024')).toBe(sumOf(p1, 2024, 500.5));
    await expect.poll(() => grandTotal(page, 'y2024')).toBe('9 207,5');
    expect(await grandTotal(page)).toBe('14 969,5');
    expect(await text(page, 'm:khm-m2', 'total')).toBe('4 750,5');
    // Enter moved the focus down, like a spreadsheet.
    expect(await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id'))).toBe('m:khm-m3');

    await page.keyboard.press('Control+z');
    await expect.poll(() => grandTotal(page, 'y2024')).toBe('8 707,0');
    expect(await text(page, 's:khm-p1', 'y2024')).toBe(sumOf(p1, 2024));
    // Undo moved the focus to the cell it changed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('col-id'))).toBe('c2024:undivided');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => grandTotal(page)).toBe('14 969,5');
    await context.close();
  });

  it('refuses a value that is not an amount, says so at the cell, and changes nothing', async () => {
    const { page, context } = await openFull();
    await typeInto(page, 'm:khm-m3', 'c2024:undivided', 'шістсот');
    const note = page.getByTestId('cell-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('«шістсот» — не сума');
    expect(await text(page, 'm:khm-m3', 'c2024:undivided')).toBe('600,0');
    expect(await grandTotal(page)).toBe('14 469,0');
    await context.close();
  });

  it('takes markers and Ukrainian number forms; Delete clears a cell', async () => {
    const { page, context } = await openFull();
    await typeInto(page, 'm:khm-m3', 'c2023:undivided', '+');
    await expect.poll(() => text(page, 'm:khm-m3', 'c2023:undivided')).toBe('+');
    await typeInto(page, 'm:khm-m3', 'c2025:undivided', '1 250.5');
    await expect.poll(() => text(page, 'm:khm-m3', 'c2025:undivided')).toBe('1 250,5');
    await cell(page, 'm:khm-m3', 'c2025:undivided').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => text(page, 'm:khm-m3', 'c2025:undivided')).toBe('');
    expect(await grandTotal(page)).toBe('14 469,0');

    // A selection of several cells (Shift+click) is cleared as one step, and one undo brings it all back.
    await cell(page, 'm:khm-m2', 'c2024:undivided').click();
    await cell(page, 'm:khm-m2', 'c2025:undivided').click({ modifiers: ['Shift'] });
    // The grid reports focus changes from a timer: wait until the selection shows.
    await expect.poll(() => page.locator('.ag-row[row-id="m:khm-m2"] .cell-in-range').count()).toBeGreaterThan(1);
    await page.keyboard.press('Delete');
    await expect.poll(() => text(page, 'm:khm-m2', 'c2025:undivided')).toBe('');
    expect(await text(page, 'm:khm-m2', 'c2024:undivided')).toBe('');
    await expect.poll(() => grandTotal(page)).toBe('10 469,0');
    expect(await page.getByTestId('undo').getAttribute('title')).toContain('Очищення клітинок');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'm:khm-m2', 'c2024:undivided')).toBe('2 000,0');
    expect(await text(page, 'm:khm-m2', 'c2025:undivided')).toBe('2 000,0');
    await expect.poll(() => grandTotal(page)).toBe('14 469,0');
    await context.close();
  });

  it('pastes a 4×3 block of yearly amounts as one command and one undo takes it back', async () => {
    const { page, context } = await openFull('#/p/khmilnyk-2023', 'by-year');
    // Rows of measures 2–5, columns 2023–2025, as copied from a spreadsheet (LibreOffice adds no trailing tab).
    await pasteAt(page, 'm:khm-m2', 'y2023', '1\t2\t3\r\n4\t5\t6\r\n7\t8\t9\r\n10\t11\t12\r\n');
    // Before: m2 250/2000/2000, m3 -/600/-, m4 110/-/-, m5 -/50/-.
    await expect.poll(() => grandTotal(page, 'y2023')).toBe(fmt(465 - 250 - 110 + 1 + 4 + 7 + 10));
    expect(await grandTotal(page, 'y2024')).toBe(fmt(8707 - 2000 - 600 - 50 + 2 + 5 + 8 + 11));
    expect(await text(page, 'm:khm-m4', 'y2025')).toBe('9,0');
    expect(await text(page, 'm:khm-m3', 'y2024')).toBe('5,0');
    await page.getByTestId('undo').click();
    await expect.poll(() => grandTotal(page)).toBe('14 469,0');
    expect(await text(page, 'm:khm-m4', 'y2025')).toBe('');
    expect(await text(page, 'm:khm-m3', 'y2024')).toBe('600,0');
    await context.close();
  });

  it('refuses a paste with a bad cell as a whole and lists the cell', async () => {
    const { page, context } = await openFull();
    await pasteAt(page, 'm:khm-m2', 'c2023:undivided', '1\t2\n3\tабв\n');
    const note = page.getByTestId('cell-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('рядок 1, стовпець «2024: всього»: підсумок обчислюється');
    await pasteAt(page, 'm:khm-m2', 'c2023:regional', '1\t2\n3\tабв\n');
    await expect.poll(() => note.textContent()).toContain('рядок 2, стовпець «2023: Районний бюджет»: «абв» — не сума');
    expect(await text(page, 'm:khm-m2', 'c2023:regional')).toBe('');
    expect(await text(page, 'm:khm-m2', 'c2023:undivided')).toBe('250,0');
    await context.close();
  });

  it('pasting rows below the last measure of a task creates new measures', async () => {
    const { page, context } = await openFull();
    await pasteAt(page, 'm:khm-m8', 'title', 'GPS-навігація\tВиконком\n' + 'Новий захід А\tВідділ А\n' + 'Новий захід Б\tВідділ Б\n');
    await page.locator('.ag-row', { hasText: 'Новий захід Б' }).first().waitFor();
    expect(await text(page, 'm:khm-m8', 'title')).toBe('GPS-навігація');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.locator('.ag-row', { hasText: 'Новий захід А' }).count()).toBe(0);
    await context.close();
  });
});

describe('plan structure', () => {
  it('inserts, moves and deletes a measure, each undoable, and keeps everything after a reload', async () => {
    const { page, context } = await openFull();
    await cell(page, 'm:khm-m1', 'title').click();
    await page.getByTestId('row-menu').locator('summary').click();
    await page.locator('[data-action="measure-below"]').click();
    await page.waitForFunction(() => /^m:m-/.test(document.activeElement?.closest('.ag-row')?.getAttribute('row-id') ?? ''));
    // The new row gets the focus; F2 edits its title.
    await page.keyboard.press('F2');
    await page.keyboard.type('Новий захід');
    await page.keyboard.press('Tab');
    const newRow = page.locator('.ag-row', { hasText: 'Новий захід' }).first();
    await newRow.waitFor();
    const idOf = async () => (await newRow.getAttribute('row-id'))!;
    const id = await idOf();
    const order = () =>
      page.locator('.ag-row[row-id^="m:"]').evaluateAll((rows) =>
        [...new Set(rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((r) => r.getAttribute('row-id')))].slice(0, 4),
      );
    expect(await order()).toEqual(['m:khm-m1', id, 'm:khm-m2', 'm:khm-m3']);

    await cell(page, id, 'title').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(order).toEqual(['m:khm-m1', 'm:khm-m2', id, 'm:khm-m3']);
    await page.keyboard.press('Control+z');
    await expect.poll(order).toEqual(['m:khm-m1', id, 'm:khm-m2', 'm:khm-m3']);

    await cell(page, id, 'title').click();
    await page.getByTestId('row-menu').locator('summary').click();
    await page.locator('[data-action="delete"]').click();
    await expect.poll(() => page.locator('.ag-row', { hasText: 'Новий захід' }).count()).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.locator('.ag-row', { hasText: 'Новий захід' }).count()).toBeGreaterThan(0);

    await page.reload();
    await page.getByTestId('plan-grid').locator('.ag-row').first().waitFor();
    await expect.poll(order).toEqual(['m:khm-m1', id, 'm:khm-m2', 'm:khm-m3']);
    expect(await grandTotal(page)).toBe('14 469,0');
    await context.close();
  });

  it('moves a measure by dragging it, within its task and into another task, each undoable', async () => {
    const { page, context } = await openFull();
    const rowsOf = (prefix: string) =>
      page.locator(`.ag-row[row-id^="${prefix}"]`).evaluateAll((rows) =>
        [...new Set(rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((r) => r.getAttribute('row-id')))],
      );
    const before = await rowsOf('m:');
    expect(before.slice(0, 3)).toEqual(['m:khm-m1', 'm:khm-m2', 'm:khm-m3']);
    /** Drags a measure by its handle onto the upper or lower part of another row. */
    const drag = async (rowId: string, ontoRowId: string, part: 'upper' | 'lower') => {
      const handle = page.locator(`.ag-row[row-id="${rowId}"] .ag-row-drag`).first();
      const box = (await handle.boundingBox())!;
      const target = (await cell(page, ontoRowId, 'title').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(target.x + 40, target.y + target.height * (part === 'upper' ? 0.2 : 0.8), { steps: 12 });
      await page.mouse.up();
    };
    await drag('m:khm-m3', 'm:khm-m1', 'upper');
    await expect.poll(async () => (await rowsOf('m:')).slice(0, 3)).toEqual(['m:khm-m3', 'm:khm-m1', 'm:khm-m2']);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowsOf('m:')).slice(0, 3)).toEqual(['m:khm-m1', 'm:khm-m2', 'm:khm-m3']);

    // Onto a task's row: first in that task (task 1.2 starts with m9).
    const t12 = before.indexOf('m:khm-m9');
    await drag('m:khm-m1', 't:khm-t1.2', 'lower');
    await expect.poll(async () => (await rowsOf('m:')).slice(t12 - 1, t12 + 1)).toEqual(['m:khm-m1', 'm:khm-m9']);
    expect((await rowsOf('m:'))[0]).toBe('m:khm-m2');
    expect(await grandTotal(page)).toBe('14 469,0');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowsOf('m:')).slice(0, 3)).toEqual(['m:khm-m1', 'm:khm-m2', 'm:khm-m3']);
    await context.close();
  });

  it('renumbers the plan from the row menu, and undo brings the document’s codes back', async () => {
    const { page, context } = await openFull();
    expect(await text(page, 'm:khm-m9', 'code')).toBe('9');
    await cell(page, 'm:khm-m9', 'title').click();
    await page.getByTestId('row-menu').locator('summary').click();
    await page.locator('[data-action="renumber"]').click();
    // Measure 9 is the first of task 1.2.
    await expect.poll(() => text(page, 'm:khm-m9', 'code')).toBe('1.2.1');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'm:khm-m9', 'code')).toBe('9');
    await context.close();
  });

  it('collapses a priority and remembers it', async () => {
    const { page, context } = await openFull();
    await cell(page, 'p:khm-p1', 'code').locator('button').click();
    await expect.poll(() => page.locator('.ag-row[row-id="m:khm-m1"]').count()).toBe(0);
    expect(await text(page, 's:khm-p1', 'total')).not.toBe('');
    await page.reload();
    await cell(page, 'p:khm-p2', 'code').waitFor();
    expect(await page.locator('.ag-row[row-id="m:khm-m1"]').count()).toBe(0);
    await context.close();
  });

  it('finds rows by text', async () => {
    const { page, context } = await openFull();
    await page.getByTestId('find').fill('GPS-навігації');
    await expect
      .poll(() => page.locator('.ag-row[row-id^="m:"]').evaluateAll((rows) => new Set(rows.map((r) => r.getAttribute('row-id'))).size))
      .toBe(1);
    await context.close();
  });
});

describe('checks in the grid', () => {
  it('marks the cell of a finding and jumps to it from the checks panel', async () => {
    const { page, context } = await freshPage(h, '#/p/illintsi-2026');
    await cell(page, 'p:ill-p1', 'code').waitFor();
    const panel = page.getByTestId('checks-panel');
    await panel.locator('summary').click();
    await panel.getByText('Всього за Програмою, 2027 рік: у документі 4 075,0', { exact: false }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('col-id'))).toBe('y2027');
    expect(await page.locator('.ag-row-pinned [col-id="y2027"]').getAttribute('class')).toContain('cell-error');
    await context.close();
  });
});

describe('projector mode', () => {
  it('enlarges the text at 1920×1080 and is remembered', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023', { width: 1920, height: 1080 });
    await cell(page, 'm:khm-m1', 'title').waitFor();
    const size = () => page.locator('.ag-row[row-id="m:khm-m2"] [col-id="total"]').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const before = await size();
    await page.keyboard.press('Alt+p');
    await page.getByTestId('font-scale').selectOption('1.75');
    await expect.poll(size).toBeCloseTo(before * 1.75, 0);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
    await page.reload();
    await cell(page, 'm:khm-m1', 'title').waitFor();
    await expect.poll(size).toBeCloseTo(before * 1.75, 0);
    expect(await grandTotal(page)).toBe('14 469,0');
    await context.close();
  });
});
