/**
 * Agreement with an independent spreadsheet: LibreOffice opens our workbooks, recalculates every
 * formula, and must arrive at the same numbers as the engine (and as our cached values). A copy
 * whose cached values are all zeroed proves that LibreOffice really recalculated.
 *
 * Without LibreOffice the test is skipped with a loud warning; in CI (process.env.CI) it fails,
 * because .ci/run installs it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAN_ID, compare } from '../../../src/engine/compare';
import { Engine } from '../../../src/engine/engine';
import { exportAnnex1 } from '../../../src/io/export/annex1';
import { exportComparison } from '../../../src/io/export/comparison';
import { exportMonitoring } from '../../../src/io/export/monitoring';
import type { ProgrammeDoc } from '../../../src/model/schema';
import { exclude, scaleSource, scenario } from '../../fixtures/builders';
import { findSoffice, recalcToXlsx } from '../../fixtures/export/libreoffice';
import { SAMPLE_NAMES, loadSample, snapshotOf, totalsOf } from '../../fixtures/export/samples';
import { readBook, toKop } from '../../fixtures/export/workbook';

const soffice = findSoffice();

/** Every formula's cached value replaced by 0: only a real recalculation gives the totals back. */
function zeroCachedValues(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files).filter((n) => n.startsWith('xl/worksheets/'))) {
    files[name] = strToU8(strFromU8(files[name]!).replace(/(<\/f>)<v>[^<]*<\/v>/g, '$1<v>0</v>'));
  }
  return zipSync(files);
}

function cellsWithFormulas(wb: XLSX.WorkBook): Array<[string, string, XLSX.CellObject]> {
  return wb.SheetNames.flatMap((s) =>
    Object.entries(wb.Sheets[s]!)
      .filter(([k, c]) => !k.startsWith('!') && (c as XLSX.CellObject).f)
      .map(([k, c]) => [s, k, c as XLSX.CellObject] as [string, string, XLSX.CellObject]),
  );
}

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : (a ?? '') === (b ?? '');

if (!soffice && process.env.CI) {
  describe('LibreOffice agreement', () => {
    it('needs LibreOffice in CI', () => {
      throw new Error('LibreOffice (soffice) is not on PATH, but CI must run the spreadsheet agreement test: .ci/run installs libreoffice-calc-nogui.');
    });
  });
} else if (!soffice) {
  console.warn(
    '\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!!! SKIPPED: LibreOffice agreement test — soffice/libreoffice is not on PATH.           !!!\n' +
      '!!! Exported formulas were NOT recalculated by an independent spreadsheet.              !!!\n' +
      '!!! Install it to run the test: apt-get install -y libreoffice-calc-nogui               !!!\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
  describe.skip('LibreOffice agreement (LibreOffice not installed)', () => {
    it('recalculates exported workbooks', () => {});
  });
} else {
  describe('LibreOffice agreement', () => {
    const work = mkdtempSync(join(tmpdir(), 'hromada-lo-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('recalculates every exported formula to our cached value and the engine’s totals', async () => {
      const files = new Map<string, { bytes: Uint8Array; doc: ProgrammeDoc }>();
      for (const name of SAMPLE_NAMES) {
        const doc = loadSample(name);
        files.set(`${name}-six`, { bytes: exportAnnex1(doc, { layout: 'six-rows' }), doc });
        files.set(`${name}-compact`, { bytes: exportAnnex1(doc, { layout: 'compact' }), doc });
      }
      const ill = loadSample('illintsi-2026-2028');
      ill.scenarios = [scenario({ id: 'cut', programmeId: ill.programme.id, name: 'Без першого заходу', overrides: [exclude(ill.measures[0]!.id)] }), scenario({ id: 'half', programmeId: ill.programme.id, name: 'Половина місцевого', overrides: [scaleSource('local', 1, 2)] })];
      const engine = new Engine();
      engine.load(ill);
      files.set('comparison', { bytes: exportComparison(ill, compare(engine, [PLAN_ID, 'cut', 'half'], PLAN_ID)), doc: ill });
      const khm = loadSample('khmilnyk-2023-2025');
      files.set('monitoring', { bytes: exportMonitoring(khm, 2024), doc: khm });
      files.set('zeroed', { bytes: zeroCachedValues(files.get('illintsi-2026-2028-six')!.bytes), doc: ill });

      const inputs = [...files.keys()].map((k) => {
        const p = join(work, `${k}.xlsx`);
        writeFileSync(p, files.get(k)!.bytes);
        return p;
      });
      await recalcToXlsx(soffice, inputs, join(work, 'out'), work);

      for (const [key, { bytes, doc }] of files) {
        const ours = readBook(key === 'zeroed' ? files.get('illintsi-2026-2028-six')!.bytes : bytes);
        const theirs = XLSX.read(readFileSync(join(work, 'out', `${key}.xlsx`)), { cellFormula: true });
        const formulas = cellsWithFormulas(ours);
        expect(formulas.length, key).toBeGreaterThan(10);
        for (const [sheet, addr, cell] of formulas) {
          const lo = theirs.Sheets[sheet]?.[addr] as XLSX.CellObject | undefined;
          expect(same(lo?.v, cell.v), `${key} ${sheet}!${addr} ${cell.f}: LibreOffice ${String(lo?.v)}, ours ${String(cell.v)}`).toBe(true);
        }
        if (key.endsWith('-six') || key.endsWith('-compact') || key === 'zeroed') {
          // the grand total row LibreOffice computed is the engine's
          const sh = theirs.Sheets[theirs.SheetNames[0]!]!;
          const rows = XLSX.utils.sheet_to_json<unknown[]>(sh, { header: 1, blankrows: true, defval: null });
          const g = rows.findIndex((r) => r[0] === 'Всього за Програмою');
          const prog = totalsOf(snapshotOf(doc), 'programme', doc.programme.id).planned;
          const Y = prog.perYear.length;
          const row = rows[g]!;
          const [total, years] = key.endsWith('-compact') ? [row[5 + Y], row.slice(5, 5 + Y)] : [row[5], row.slice(6, 6 + Y)];
          expect(toKop(total), key).toBe(prog.total);
          expect(years.map(toKop), key).toEqual(prog.perYear);
        }
      }
    }, 300_000);
  });
}
