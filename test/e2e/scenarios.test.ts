/**
 * Funding scenarios end to end on the Іллінці sample (sources state/regional/district/local/other,
 * 2026–2028): a scenario without half the state money, a 2027 ceiling on the community budget,
 * «fit to ceilings», the comparison with the plan, and its Excel export read back with SheetJS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SheetView, readBook, toKop } from '../fixtures/export/workbook';
import { freshPage, grandTotal, useHarness, cell, cellText, typeInto, sampleJson, fmtThousands } from './harness';

interface Doc {
  measures: Array<{ id: string; funding: Array<{ year: number; sourceId: string; planned: number | null }> }>;
}
const ill = sampleJson<Doc>('illintsi-2026-2028.json');
const TH = 100_000;
/** The sample's own planned money (kopiykas), summed independently of the app. */
const planned = (pred: (f: Doc['measures'][number]['funding'][number], m: string) => boolean) =>
  ill.measures.reduce((a, m) => a + m.funding.filter((f) => pred(f, m.id)).reduce((b, f) => b + (f.planned ?? 0), 0), 0);
const fmt = (kop: number) => fmtThousands(kop / TH);

const h = useHarness();

const text = cellText;
const clean = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

describe('funding scenarios', () => {
  it('cuts the state budget by 50 %, caps 2027, fits the scenario into the cap, compares and exports', async () => {
    const { page, context, errors } = await freshPage(h, '#/p/illintsi-2026', { width: 1600, height: 1100 });
    const names = ['Без половини держбюджету'];
    page.on('dialog', (d) => void (d.type() === 'prompt' ? d.accept(names.shift() ?? '') : d.accept()));
    await page.getByTestId('preset').selectOption('full');
    await cell(page, 'm:ill-m5', 'c2027:state').waitFor();

    // The plan gets some state money first: video surveillance (3.1.2) in 2027.
    await typeInto(page, 'm:ill-m5', 'c2027:state', '400');
    await expect.poll(() => grandTotal(page, 'c2027:state')).toBe('400,0');
    const plan2027Local = planned((f) => f.year === 2027 && f.sourceId === 'local');
    expect(await grandTotal(page, 'c2027:local')).toBe(fmt(plan2027Local));

    // A scenario on the plan, with the state budget halved (exactly 1/2).
    await page.getByTestId('scenario-new').click();
    await page.getByTestId('scenario-bar').waitFor();
    expect(clean(await page.getByTestId('scenario-switch').locator('option:checked').textContent())).toBe('Без половини держбюджету');
    // A new scenario's rules and ceilings are folded away until asked for.
    await page.getByTestId('scenario-tools').locator('summary').click();
    await page.getByTestId('scale-kind').selectOption('source');
    await page.getByTestId('scale-target').selectOption('state');
    await page.getByTestId('scale-percent').fill('50');
    await page.getByTestId('scale-add').click();
    await expect.poll(() => text(page, 'm:ill-m5', 'c2027:state')).toBe('200,0');
    expect(await grandTotal(page, 'c2027:state')).toBe('200,0');
    expect(clean(await page.getByTestId('scenario-rules').textContent())).toContain('Державний бюджет: × 50 %');

    // A typed amount goes into the scenario, is marked, and is reverted with one click.
    await typeInto(page, 'm:ill-m1', 'c2026:local', '40');
    await expect.poll(() => text(page, 'm:ill-m1', 'c2026:local')).toBe('40,0');
    await expect.poll(() => cell(page, 'm:ill-m1', 'c2026:local').getAttribute('class')).toContain('cell-overridden');
    await cell(page, 'm:ill-m1', 'c2026:local').click();
    await page.getByTestId('scenario-revert-cell').click();
    await expect.poll(() => text(page, 'm:ill-m1', 'c2026:local')).toBe('30,0');

    // «We can afford 1 500,0 from the community budget in 2027»: the excess shows in words and on the total row.
    await page.getByTestId('cap-year').selectOption('2027');
    await page.getByTestId('cap-source').selectOption('local');
    await page.getByTestId('cap-amount').fill('1 500,0');
    await page.getByTestId('cap-set').click();
    const over = plan2027Local - 1500 * TH;
    await expect.poll(async () => clean(await page.getByTestId('cap-status').textContent())).toBe(
      `✖ Перевищення: 2027, Бюджет територіальної громади — заплановано ${fmt(plan2027Local)} тис. грн при стелі 1 500,0 тис. грн, понад стелю ${fmt(over)} тис. грн`,
    );
    await expect.poll(() => page.locator('.ag-row-pinned [col-id="c2027:local"]').first().getAttribute('class')).toContain('cell-error');

    // Fit to ceilings: the proposal is shown first, then saved as a new scenario.
    await page.getByTestId('scenario-fit').click();
    await page.getByTestId('fit-dialog').waitFor();
    const moves = page.getByTestId('fit-moves').locator('li');
    expect(await moves.count()).toBe(7);
    expect(clean(await moves.nth(1).textContent())).toBe('⊘ виключити: 4.1.1 «Бюджет участі» — 1 500,0 тис. грн');
    expect(clean(await page.getByTestId('fit-after').first().textContent())).toBe('✔ 1 430,0 тис. грн');
    await page.getByTestId('fit-save').click();
    await expect.poll(async () => clean(await page.getByTestId('scenario-switch').locator('option:checked').textContent())).toBe('Без половини держбюджету — у межах стель');
    await expect.poll(async () => clean(await page.getByTestId('cap-status').textContent())).toBe('✔ Усі стелі дотримано.');
    await expect.poll(() => grandTotal(page, 'c2027:local')).toBe('1 430,0');
    await page.getByTestId('find').fill('Бюджет участі');
    await expect.poll(() => page.locator('.ag-row[row-id="m:ill-m12"]').first().getAttribute('class')).toContain('row-excluded');
    expect(await cell(page, 'm:ill-m12', 'title').getAttribute('class')).toContain('cell-overridden');
    // Deferred money lands in 2028, inside the period: 4.2.3 had 50,0 in 2027.
    await page.getByTestId('find').fill('Чат-боти комунальних');
    await expect.poll(() => text(page, 'm:ill-m18', 'c2028:local')).toBe('50,0');
    expect(await text(page, 'm:ill-m18', 'c2027:local')).toBe('');
    expect(await page.locator('.ag-row[row-id="m:ill-m18"]').first().getAttribute('class')).toContain('row-shifted');

    // The comparison: plan, the halved scenario and the fitted one, against the plan.
    await page.goto(`${h.url}#/p/illintsi-2026/scenarios`);
    await page.getByTestId('compare-pick').waitFor();
    const fittedId = await page.evaluate(() => localStorage.getItem('hw.scenario.illintsi-2026'));
    await page.getByTestId(`pick-${fittedId}`).check();
    const table = page.getByTestId('cmp-years');
    await table.waitFor();
    const planTotal = planned(() => true) + 400 * TH;
    const halved = planTotal - 200 * TH;
    const excluded = planned((_f, m) => ['ill-m10', 'ill-m12', 'ill-m19', 'ill-m23'].includes(m));
    const fitted = halved - excluded;
    const grandRow = table.locator('tr.grand td');
    await expect.poll(async () => (await grandRow.allTextContents()).map(clean)).toEqual([
      '', 'Усього за Програмою', fmt(planTotal), fmt(halved), fmt(fitted),
      '−200,0', `−${(200 / (planTotal / TH) * 100).toFixed(1).replace('.', ',')} %`,
      `−${fmt(planTotal - fitted)}`, `−${((planTotal - fitted) / planTotal * 100).toFixed(1).replace('.', ',')} %`,
    ]);
    expect(clean(await page.getByTestId('cmp-excess').textContent())).toContain(`понад стелю ${fmt(over)} тис. грн`);
    expect(await page.getByTestId('cmp-differing').locator('tr', { hasText: 'Бюджет участі' }).count()).toBe(1);
    await page.getByTestId('chart-years').waitFor();

    // Export: the downloaded workbook has the same totals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export').click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const sh = new SheetView(readBook(bytes).Sheets['Роки та джерела']!);
    const grand = sh.rowsWhere(1, (t) => t === 'Усього за Програмою')[0]!;
    expect([3, 4, 5].map((c) => toKop(sh.cell(grand, c)!.v))).toEqual([planTotal, halved, fitted]);
    const head = sh.rowsWhere(1, (t) => t === 'Рік')[0]!;
    expect([3, 4, 5].map((c) => sh.text(head, c))).toEqual(['Затверджений план', 'Без половини держбюджету', 'Без половини держбюджету — у межах стель']);
    const y2027local = sh.rowsWhere(2, (t) => t === 'Бюджет територіальної громади')[1]!;
    expect(toKop(sh.cell(y2027local, 5)!.v)).toBe(1430 * TH);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adopts a scenario as the plan keeping the old plan as a version; versions are frozen, compared, restored and undone', async () => {
    const { page, context, errors } = await freshPage(h, '#/p/illintsi-2026/scenarios', { width: 1600, height: 1100 });
    page.on('dialog', (d) => void d.accept());
    const total = planned(() => true);
    const m5 = planned((_f, m) => m === 'ill-m5');

    await page.getByTestId('version-name').fill('Затверджено рішенням № 21 від 12.03.2024');
    await page.getByTestId('version-freeze').click();
    await expect.poll(async () => (await page.getByTestId('version-item').allTextContents()).map(clean).join('|')).toContain('Затверджено рішенням № 21 від 12.03.2024');

    await page.getByTestId('new-scenario-name').fill('Без відеоспостереження');
    await page.getByTestId('new-scenario-create').click();
    await page.getByTestId('scenario-item').getByRole('button', { name: 'Показати' }).click();
    await page.getByTestId('scenario-bar').waitFor();
    await cell(page, 'm:ill-m5', 'title').click();
    await page.getByTestId('scenario-exclude').click();
    await expect.poll(() => grandTotal(page)).toBe(fmt(total - m5));

    await page.getByTestId('scenario-adopt').click();
    await expect.poll(async () => clean(await page.getByTestId('scenario-switch').locator('option:checked').textContent())).toBe('Затверджений план');
    await expect.poll(() => grandTotal(page)).toBe(fmt(total - m5));

    // The replaced plan is a version now; compared with the current plan it lists the removed measure.
    await page.goto(`${h.url}#/p/illintsi-2026/scenarios`);
    await expect.poll(() => page.getByTestId('version-item').count()).toBe(2);
    await page.getByTestId('diff-to').selectOption('');
    const diff = page.getByTestId('version-diff');
    await expect.poll(async () => clean(await diff.textContent())).toContain('Вилучено: 1');
    expect(clean(await diff.locator('tr', { hasText: '3.1.2' }).textContent())).toContain(fmt(m5));
    expect(clean(await diff.locator('tr.grand').textContent())).toBe(`Усього${fmt(total)}${fmt(total - m5)}−${fmt(m5)}`);

    // Versions take part in the comparison.
    const versionPick = page.locator('[data-testid^="pick-v:"]').first();
    await versionPick.check();
    await page.getByTestId('cmp-years').waitFor();
    await expect.poll(async () => (await page.getByTestId('cmp-years').locator('tr.grand td').allTextContents()).map(clean).slice(2, 5)).toEqual([fmt(total - m5), fmt(total - m5), fmt(total)]);

    // Restoring the old plan is one command too; undo takes it back.
    const grandPlan = async () => clean((await page.getByTestId('cmp-years').locator('tr.grand td').allTextContents())[2] ?? '');
    await page.getByTestId('version-item').filter({ hasText: 'План до прийняття' }).getByRole('button', { name: 'Відновити як план' }).click();
    await expect.poll(grandPlan).toBe(fmt(total));
    await page.getByTestId('undo').click();
    await expect.poll(grandPlan).toBe(fmt(total - m5));

    // One more undo takes the adoption back, version included.
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('version-item').count()).toBe(1);
    await page.goto(`${h.url}#/p/illintsi-2026`);
    await expect.poll(() => grandTotal(page)).toBe(fmt(total));
    expect(errors).toEqual([]);
    await context.close();
  });
});
