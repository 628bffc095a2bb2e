/** `npm run check -- <file>`: one JSON object on stdout, exit 0 when the file imports, 2 when it cannot. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers';

function check(...args: string[]): { code: number | null; json: Record<string, unknown> } {
  const r = spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('scripts/check.ts', { timeout: 60_000 }, () => {
  it('Іллінці: layout, counts, totals in тис. грн and the wrong grand total; exit 0', () => {
    const { code, json } = check(join(FIXTURES, 'illintsi-six-rows.xlsx'));
    expect(code).toBe(0);
    expect(json).toMatchObject({
      layout: 'six-rows', unit: 'тис. грн', years: [2026, 2027, 2028], priorities: 4, tasks: 11, measures: 25, indicators: 0,
      totals: { total: 9725, perYear: { 2026: 1830, 2027: 4105, 2028: 3790 } },
    });
    const findings = json['findings'] as Array<Record<string, unknown>>;
    expect(findings[0]).toEqual({
      code: 'total-mismatch',
      severity: 'error',
      message: 'Всього за Програмою: у документі 9\u00a0625,0 тис. грн, а сума рядків — 9\u00a0725,0 тис. грн (різниця -100,0 тис. грн). Виправте підсумок або суми, з яких він складається.',
      location: 'Всього за Програмою',
      stated: 9625,
      computed: 9725,
    });
  });

  it('--sheet and --unit', () => {
    const ind = check(join(FIXTURES, 'baranyntsi-one-row.xlsx'), '--sheet', 'Додаток 2');
    expect(ind.code).toBe(0);
    expect(ind.json).toMatchObject({ layout: 'indicators', measures: 0, indicators: 51 });
    const csv = check(join(FIXTURES, 'pomichna-action-plan.csv'), '--unit', 'тис.грн');
    expect(csv.code).toBe(0);
    expect((csv.json['totals'] as { perYear: Record<string, number> }).perYear).toEqual({ 2020: 69152, 2021: 2, 2022: 2 });
  });

  it('a file that cannot be imported: exit 2 with {error:{code,message}}', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hw-check-'));
    const pdf = join(dir, 'звіт.pdf');
    writeFileSync(pdf, '%PDF-1.4 not a table');
    expect(check(pdf)).toEqual({
      code: 2,
      json: { error: { code: 'not-a-spreadsheet', message: 'Файл «звіт.pdf» — це документ PDF, а не таблиця. Виберіть файл .xlsx, .xls, .ods або .csv.' } },
    });
    expect(check(join(dir, 'нема.xlsx'))).toEqual({ code: 2, json: { error: { code: 'file-not-found', message: `Файл «${join(dir, 'нема.xlsx')}» не знайдено.` } } });
    const usage = check(join(FIXTURES, 'illintsi-six-rows.xlsx'), '--unit', 'долари');
    expect([usage.code, (usage.json['error'] as { code: string }).code]).toEqual([2, 'usage']);
  });
});
