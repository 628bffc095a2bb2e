/** What every exported workbook must be, whatever its content: a package Excel opens without repair. */
import { describe, expect, it } from 'vitest';
import { PLAN_ID, compare } from '../../../src/engine/compare';
import { Engine } from '../../../src/engine/engine';
import { exportAnnex1 } from '../../../src/io/export/annex1';
import { exportAnnex2 } from '../../../src/io/export/annex2';
import { exportComparison } from '../../../src/io/export/comparison';
import { exportFileName } from '../../../src/io/export/files';
import { exportMonitoring } from '../../../src/io/export/monitoring';
import { exclude, scenario } from '../../fixtures/builders';
import { SAMPLE_NAMES, loadSample } from '../../fixtures/export/samples';
import { part, readBook } from '../../fixtures/export/workbook';

function all(): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  for (const name of SAMPLE_NAMES) {
    const d = loadSample(name);
    out.push([`${name} six-rows`, exportAnnex1(d)], [`${name} compact`, exportAnnex1(d, { layout: 'compact' })], [`${name} annex2`, exportAnnex2(d)]);
    out.push([`${name} monitoring`, exportMonitoring(d, d.programme.startYear)]);
    d.scenarios = [scenario({ id: 's', programmeId: d.programme.id, overrides: [exclude(d.measures[0]!.id)] })];
    const e = new Engine();
    e.load(d);
    out.push([`${name} comparison`, exportComparison(d, compare(e, [PLAN_ID, 's'], PLAN_ID))]);
  }
  return out;
}

describe('every exported workbook', () => {
  const books = all();

  it('has merged ranges that never overlap', () => {
    for (const [what, bytes] of books) {
      const wb = readBook(bytes);
      for (const name of wb.SheetNames) {
        const seen = new Set<string>();
        for (const m of wb.Sheets[name]!['!merges'] ?? []) {
          for (let r = m.s.r; r <= m.e.r; r++) {
            for (let c = m.s.c; c <= m.e.c; c++) {
              expect(seen.has(`${r}:${c}`), `${what} «${name}»: cell ${r}:${c} in two merges`).toBe(false);
              seen.add(`${r}:${c}`);
            }
          }
        }
      }
    }
  });

  it('is the same bytes for the same programme, and names its sheets within Excel’s limits', () => {
    const d = loadSample('illintsi-2026-2028');
    expect(exportAnnex1(d)).toEqual(exportAnnex1(d));
    for (const [what, bytes] of books) {
      for (const name of readBook(bytes).SheetNames) expect(name.length, what).toBeLessThanOrEqual(31);
      expect(part(bytes, '[Content_Types].xml')).toContain('/xl/sharedStrings.xml');
      expect(part(bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
    }
  });

  it('drops characters XML forbids instead of writing a file Excel refuses', () => {
    const d = loadSample('baranyntsi-2024-2026');
    d.measures[0]!.title = 'Назва\u000bз вертикальною табуляцією & <тегом>';
    const bytes = exportAnnex1(d, { layout: 'compact' });
    expect(part(bytes, 'xl/sharedStrings.xml')).toContain('<t>Назваз вертикальною табуляцією &amp; &lt;тегом&gt;</t>');
    const r = readBook(bytes).Sheets['Додаток 1']!;
    expect(Object.values(r).some((c) => typeof c === 'object' && c !== null && 'v' in c && c.v === 'Назваз вертикальною табуляцією & <тегом>')).toBe(true);
  });

  it('suggests file names safe on every system', () => {
    expect(exportFileName('Додаток 1', 'Програма «Цифрова громада»: 2026/2028?', 'xlsx')).toBe('Додаток 1 — Програма «Цифрова громада» 2026 2028.xlsx');
    expect(exportFileName('', '', 'csv')).toBe('export.csv');
  });
});
