/**
 * Indicators (Додаток 2) and monitoring in the real app in Chromium: targets and actuals change
 * dynamics and status as they are typed, Так/Ні refuses anything else at the cell, actual
 * spending is typed and imported, and the «Звіт про виконання» download holds the engine's totals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SheetView } from '../fixtures/export/workbook';
import { freshPage, grandTotal, useHarness, cell, cellText, typeInto, sampleJson, fmtThousands } from './harness';

interface Doc {
  measures: Array<{ id: string; priorityId: string; funding: Array<{ year: number; planned: number | null }> }>;
  priorities: Array<{ id: string; code: string }>;
}
const khm = sampleJson<Doc>('khmilnyk-2023-2025.json');
/** Independent sum of the sample's planned cells of a year, in тис. грн. */
const plannedOf = (year: number, pred: (m: Doc['measures'][number]) => boolean = () => true) =>
  khm.measures.filter(pred).flatMap((m) => m.funding).filter((f) => f.year === year).reduce((s, f) => s + (f.planned ?? 0), 0) / 100_000;
const fmt = fmtThousands;

const h = useHarness();

const text = cellText;
const pinned = grandTotal;

describe('indicator grid', () => {
  it('a new target changes the dynamics, and actuals change the status, with undo', async () => {
    const { page, context, errors } = await freshPage(h, '#/p/khmilnyk-2023/indicators', { width: 1700, height: 1000 });
    // khm-i2: baseline 30 %, targets 35 / 70 / 100
    await cell(page, 'i:khm-i2', 'dynamics').waitFor();
    expect(await text(page, 'i:khm-i2', 'dynamics')).toBe('+70 (+233,3 %)');
    expect(await text(page, 'i:khm-i6', 'dynamics')).toBe('—'); // no baseline in the document
    await typeInto(page, 'i:khm-i2', 't2025', '90%');
    await expect.poll(() => text(page, 'i:khm-i2', 'dynamics')).toBe('+60 (+200 %)');
    expect(await text(page, 'i:khm-i2', 't2025')).toBe('90 %');

    // Monitoring adds actuals and the status, as words with an icon.
    expect(await page.locator('.ag-header-cell[col-id="status"]').count()).toBe(0);
    await page.getByTestId('monitoring-toggle').check();
    await cell(page, 'i:khm-i2', 'status').waitFor();
    expect(await text(page, 'i:khm-i2', 'status')).toBe('○ Немає даних');
    await typeInto(page, 'i:khm-i2', 'a2023', '40');
    await expect.poll(() => text(page, 'i:khm-i2', 'status')).toBe('↗ За планом'); // 40 ≥ 35, below the final 90
    await typeInto(page, 'i:khm-i2', 'a2024', '50');
    await expect.poll(() => text(page, 'i:khm-i2', 'status')).toBe('⚠ Відстає'); // 50 < 70
    await typeInto(page, 'i:khm-i2', 'a2025', '95');
    await expect.poll(() => text(page, 'i:khm-i2', 'status')).toBe('✔ Досягнуто'); // 95 ≥ 90
    expect(await cell(page, 'i:khm-i2', 'status').locator('.ind-status-achieved').count()).toBe(1);

    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'i:khm-i2', 'status')).toBe('⚠ Відстає');
    expect(await text(page, 'i:khm-i2', 'a2025')).toBe('');

    // Kept after a reload (IndexedDB), with monitoring still on.
    await page.reload();
    await cell(page, 'i:khm-i2', 'status').waitFor();
    expect([await text(page, 'i:khm-i2', 'a2024'), await text(page, 'i:khm-i2', 'status'), await text(page, 'i:khm-i2', 'dynamics')]).toEqual(['50 %', '⚠ Відстає', '+60 (+200 %)']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses «можливо» in a Так/Ні indicator with a message at the cell, and keeps the value', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/indicators', { width: 1700, height: 1000 });
    await cell(page, 'i:khm-i3', 't2024').waitFor();
    expect(await text(page, 'i:khm-i3', 't2024')).toBe('Так');
    const lastStep = await page.getByTestId('undo').getAttribute('title');
    await typeInto(page, 'i:khm-i3', 't2024', 'можливо');
    const note = page.getByTestId('cell-note');
    await note.waitFor();
    expect(await note.getAttribute('role')).toBe('alert');
    expect((await note.textContent())!.replace(/\s+/g, ' ')).toContain('прогнозні дані за роками: 2024: «можливо» — для індикатора «Так/Ні» можливі лише два значення. Введіть «Так» або «Ні».');
    expect(await text(page, 'i:khm-i3', 't2024')).toBe('Так');
    // Nothing was saved: the last undoable step is still the one before.
    expect(await page.getByTestId('undo').getAttribute('title')).toBe(lastStep);
    // `ні` in any case is fine.
    await typeInto(page, 'i:khm-i3', 't2024', 'НІ');
    await expect.poll(() => text(page, 'i:khm-i3', 't2024')).toBe('Ні');
    await context.close();
  });

  it('links an indicator to measures and shows the link on both sides', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/indicators', { width: 1700, height: 1000 });
    await cell(page, 'i:khm-i2', 'measures').click();
    await page.keyboard.press('Enter');
    const picker = page.getByTestId('measure-picker');
    await picker.waitFor();
    await picker.locator('input[data-measure="khm-m2"]').check();
    await picker.locator('input[data-measure="khm-m27"]').check();
    await page.getByTestId('picker-save').click();
    await expect.poll(() => text(page, 'i:khm-i2', 'measures')).toBe('2, 27');
    await page.goto(`${h.url}#/p/khmilnyk-2023/monitoring`);
    await cell(page, 'm:khm-m2', 'indicators').waitFor();
    expect(await text(page, 'm:khm-m2', 'indicators')).toBe('1');
    expect(await text(page, 'm:khm-m3', 'indicators')).toBe('');
    // The plan names them in the tooltip of the measure's number.
    await page.goto(`${h.url}#/p/khmilnyk-2023`);
    await cell(page, 'm:khm-m2', 'code').waitFor();
    const tip = page.locator('.ag-tooltip').first();
    // A tooltip needs the pointer to arrive on the cell; move away and back until it shows.
    const tooltipText = async () => {
      await page.mouse.move(0, 0);
      await cell(page, 'm:khm-m2', 'code').hover();
      return (await tip.textContent({ timeout: 2000 }).catch(() => '')) ?? '';
    };
    await expect.poll(tooltipText, { timeout: 20_000 }).toBe('Індикатори: 1 «Здійснено закупівлю комп\'ютерного обладнання на заміну застарілого»');
    await context.close();
  });
});

describe('monitoring', () => {
  it('typed actuals show execution from the engine, and the report’s totals equal the engine’s', async () => {
    // Tall enough for every row of the plan to be rendered (the grid virtualises rows).
    const { page, context, errors } = await freshPage(h, '#/p/khmilnyk-2023/monitoring', { width: 1700, height: 3600 });
    await page.getByTestId('monitoring-year').selectOption('2024');
    await cell(page, 'm:khm-m2', 'act:undivided').waitFor();
    expect(await pinned(page, 'plannedTotal')).toBe(fmt(plannedOf(2024))); // 8 707,0
    await typeInto(page, 'm:khm-m2', 'act:undivided', '1500');
    await typeInto(page, 'm:khm-m9', 'act:undivided', '1 200,5');
    await expect.poll(() => pinned(page, 'actualTotal')).toBe('2 700,5');
    // m2: 1500 of 2000 planned
    expect(await text(page, 'm:khm-m2', 'execution')).toBe('75,0 %');
    expect(await text(page, 'm:khm-m3', 'execution')).toBe(''); // nothing reported yet
    expect(await pinned(page, 'execution')).toBe(`${(Math.round((2700.5 / plannedOf(2024)) * 1000) / 10).toFixed(1).replace('.', ',')} %`);
    // The summary follows the grid's totals a frame later (the grid is painted first).
    const execution = await pinned(page, 'execution').then((s) => s.replace(' ', '\u00a0'));
    await expect.poll(() => page.getByTestId('exec-2024').textContent()).toBe(execution);
    // A marker is for the plan only.
    await typeInto(page, 'm:khm-m3', 'act:undivided', '+');
    expect(await page.getByTestId('cell-note').textContent()).toContain('«+» — позначку можна поставити лише в плані.');
    // Status of a measure.
    // The select editor: double click opens it, Space the list, ↓ the next status, Enter saves.
    await cell(page, 'm:khm-m2', 'status').dblclick();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'm:khm-m2', 'status')).toBe('Виконується');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('monitoring-report').click()]);
    expect(download.suggestedFilename()).toMatch(/^Звіт про виконання за 2024 рік — Програма інформатизації Хмільницької/);
    const bytes = readFileSync((await download.path())!);
    const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true });
    const sh = new SheetView(wb.Sheets['Звіт про виконання']!);
    const grand = sh.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    expect(sh.formula(grand, 4)).toMatch(/^SUM\(/);
    // Formulas evaluated from the measure rows, not the cached values.
    const d = XLSX.utils.encode_cell({ r: grand - 1, c: 3 });
    const e = XLSX.utils.encode_cell({ r: grand - 1, c: 4 });
    expect(fmt(sh.evaluate(d) as number)).toBe(await pinned(page, 'plannedTotal'));
    expect(fmt(sh.evaluate(e) as number)).toBe(await pinned(page, 'actualTotal'));
    expect(await pinned(page, 'actualTotal')).toBe('2 700,5');
    for (const p of khm.priorities) {
      const r = sh.rowsWhere(1, (t) => t === `Всього за напрямом ${p.code}`)[0]!;
      const planned = fmt(sh.evaluate(XLSX.utils.encode_cell({ r: r - 1, c: 3 })) as number);
      expect(planned).toBe(await text(page, `s:${p.id}`, 'plannedTotal'));
      expect(planned).toBe(fmt(plannedOf(2024, (m) => m.priorityId === p.id)));
      expect(fmt(sh.evaluate(XLSX.utils.encode_cell({ r: r - 1, c: 4 })) as number)).toBe((await text(page, `s:${p.id}`, 'actualTotal')) || '0,0');
    }
    const m2 = sh.rowsWhere(1, (t) => t === '2')[0]!;
    expect([sh.num(m2, 4), sh.num(m2, 5), sh.text(m2, 7)]).toEqual([2000, 1500, 'Виконується']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports actual spending from a budget-execution CSV by КПКВК codes, as one undoable step', async () => {
    const { page, context } = await freshPage(h, '#/p/khmilnyk-2023/monitoring', { width: 1700, height: 1100 });
    await page.getByTestId('monitoring-year').selectOption('2024');
    await typeInto(page, 'm:khm-m2', 'codes', '0110150');
    await typeInto(page, 'm:khm-m9', 'codes', '0117330, 118110');
    await expect.poll(() => text(page, 'm:khm-m9', 'codes')).toBe('0117330, 0118110');
    await typeInto(page, 'm:khm-m3', 'codes', 'КПКВК');
    expect(await page.getByTestId('cell-note').textContent()).toContain('«КПКВК» — не код бюджетної програми.');

    await page.locator('[data-action="import-actuals"]').click();
    await page.getByTestId('budget-file').setInputFiles(new URL('../fixtures/budget/khmilnyk-2024.csv', import.meta.url).pathname);
    const matched = page.getByTestId('budget-matched');
    await matched.waitFor();
    expect(await matched.locator('tbody tr').count()).toBe(2);
    const unmatched = await page.getByTestId('budget-unmatched').locator('li').allTextContents();
    expect(unmatched.map((s) => /КПКВК (\d+)/.exec(s)?.[1])).toEqual(['0117330', '0116030', '0118240']);
    await page.getByTestId('budget-apply').click();
    // 1 800 000,50 грн and 1 075 000,25 грн in тис. грн
    await expect.poll(() => text(page, 'm:khm-m2', 'act:undivided')).toBe('1 800,0005');
    expect(await text(page, 'm:khm-m9', 'act:undivided')).toBe('1 075,00025');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'm:khm-m2', 'act:undivided')).toBe('');
    expect(await text(page, 'm:khm-m9', 'act:undivided')).toBe('');
    await context.close();
  });
});
