/**
 * Seeded fuzzing: bytes of valid workbooks are flipped, overwritten, cut and spliced, and the
 * importer must either import (a schema-valid programme) or return a typed error — never throw,
 * never hang. Stored (uncompressed) archives are fuzzed too, so that mutations reach the XML
 * parser and the mappers rather than stopping at the archive checks.
 */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../src/io/import';
import type { ImportErrorCode } from '../../../src/io/types';
import { programmeDocSchema } from '../../../src/model/schema';
import { fixture, prng, simplePlan } from './helpers';

const CODES: ImportErrorCode[] = [
  'empty-file', 'too-large', 'not-a-spreadsheet', 'word-document', 'corrupt', 'password-protected', 'zip-bomb', 'too-many-rows',
  'empty-workbook', 'sheet-not-found', 'unrecognised-layout', 'nothing-imported', 'bad-mapping', 'invalid-programme', 'internal',
];

function stored(rows: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [XLSX.utils.decode_range('A1:G1')];
  XLSX.utils.book_append_sheet(wb, ws, 'План');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer);
}

const plan = simplePlan([
  [1, 'Придбання серверів', 'Відділ ІТ', 100, 50, '25,5', 175.5],
  ['1.1', 'Навчання', 'Відділ освіти', '+', '-', 10, 10],
  ['Всього за Програмою', null, null, 100, 50, 35.5, 185.5],
]);

const SOURCES: Array<[string, Uint8Array]> = [
  ['stored plan .xlsx', stored(plan)],
  ['stored plan .xlsx (2)', stored(plan)],
  ['baranyntsi .xlsx', fixture('baranyntsi-one-row.xlsx')],
  ['khmilnyk .ods', fixture('khmilnyk-markers.ods')],
  ['illintsi .xls', fixture('illintsi-six-rows.xls')],
  ['pomichna .csv', fixture('pomichna-action-plan.csv')],
];

function mutate(src: Uint8Array, rnd: () => number): Uint8Array {
  const d = src.slice();
  const at = () => Math.floor(rnd() * d.length);
  switch (Math.floor(rnd() * 5)) {
    case 0: // a few flipped bytes
      for (let k = 1 + Math.floor(rnd() * 8); k > 0; k--) d[at()] = Math.floor(rnd() * 256);
      return d;
    case 1: { // a run overwritten
      const i = at();
      for (let k = 0; k < 1 + rnd() * 64 && i + k < d.length; k++) d[i + k] = Math.floor(rnd() * 256);
      return d;
    }
    case 2: // cut
      return d.slice(0, at());
    case 3: { // the archive's directory at the end
      for (let k = 1 + Math.floor(rnd() * 4); k > 0; k--) d[d.length - 1 - Math.floor(rnd() * Math.min(2048, d.length))] = Math.floor(rnd() * 256);
      return d;
    }
    default: { // a slice copied elsewhere
      const i = at();
      const j = at();
      const n = Math.floor(rnd() * 200);
      d.set(src.subarray(i, Math.min(i + n, src.length)).subarray(0, Math.max(0, d.length - j)), j);
      return d;
    }
  }
}

describe('fuzz', () => {
  it('300 mutated workbooks: an import or a typed error, never an exception', () => {
    const rnd = prng(20260101);
    const seen = new Map<string, number>();
    const t0 = performance.now();
    let slowest = 0;
    for (let i = 0; i < 300; i++) {
      const [name, src] = SOURCES[i % SOURCES.length]!;
      const data = mutate(src, rnd);
      const t = performance.now();
      let r: ReturnType<typeof importWorkbook>;
      try {
        r = importWorkbook(data, { fileName: 'fuzz.xlsx' });
      } catch (e) {
        throw new Error(`case ${i} (${name}) threw: ${String(e)}`);
      }
      slowest = Math.max(slowest, performance.now() - t);
      if (r.ok) {
        expect(programmeDocSchema.safeParse(r.doc).success).toBe(true);
        seen.set('ok', (seen.get('ok') ?? 0) + 1);
      } else {
        expect(CODES).toContain(r.error.code);
        expect(r.error.message.length).toBeGreaterThan(20);
        seen.set(r.error.code, (seen.get(r.error.code) ?? 0) + 1);
      }
    }
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(slowest).toBeLessThan(5_000);
    // Both outcomes occur: mutations that keep a workbook readable, and ones that do not.
    expect(seen.get('ok') ?? 0).toBeGreaterThan(10);
    expect(seen.get('corrupt') ?? 0).toBeGreaterThan(10);
    // An unexpected exception inside the importer would show up as 'internal'.
    expect(seen.get('internal') ?? 0).toBe(0);
  }, 90_000);
});
