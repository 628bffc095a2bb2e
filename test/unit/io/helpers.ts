/** Builders for the import tests: fixtures from disk, small workbooks in memory, raw zip archives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { importWorkbook } from '../../../src/io/import';
import type { ImportOptions, ImportResult } from '../../../src/io/types';
import type { ProgrammeDoc } from '../../../src/model/schema';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'xlsx');
export const ROOT = join(import.meta.dirname, '..', '..', '..');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function sampleDoc(name: string): ProgrammeDoc {
  return JSON.parse(readFileSync(join(ROOT, 'public', 'samples', name), 'utf8')) as ProgrammeDoc;
}

/** Imports and fails the test with the error message when the import fails. */
export function imported(data: Uint8Array, opts: ImportOptions = {}): Extract<ImportResult, { ok: true }> {
  const r = importWorkbook(data, opts);
  if (!r.ok) throw new Error(`import failed: ${r.error.code}: ${r.error.message}`);
  return r;
}

export function failed(data: Uint8Array, opts: ImportOptions = {}): Extract<ImportResult, { ok: false }>['error'] {
  const r = importWorkbook(data, opts);
  if (r.ok) throw new Error('import was expected to fail');
  return r.error;
}

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  merges?: string[];
  hiddenRows?: number[];
  hidden?: boolean;
}

/** A workbook from arrays of rows; a cell may be a SheetJS cell object ({ t: 'e', v: 0x17 }). */
export function workbook(sheets: SheetSpec[], bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const plain = s.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? null : v)));
    const ws = XLSX.utils.aoa_to_sheet(plain, { cellDates: true });
    s.rows.forEach((r, ri) => r.forEach((v, ci) => {
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = v as XLSX.CellObject;
    }));
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, s.rows.length - 1), c: width - 1 } });
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    if (s.hiddenRows) ws['!rows'] = s.rows.map((_, i) => (s.hiddenRows!.includes(i) ? { hidden: true } : {}));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType, compression: true }) as ArrayBuffer);
}

/** A one-row plan: header + the given measure rows (code, name, responsible, y1, y2, y3, total). */
export function simplePlan(rows: unknown[][], years: unknown[] = [2026, 2027, 2028]): unknown[][] {
  return [
    ['Програма інформатизації громади на 2026-2028 роки'],
    ['№', 'Назва заходу', 'Відповідальні', ...years, 'Усього, тис. грн'],
    ...rows,
  ];
}

export interface ZipEntrySpec {
  name: string;
  /** the bytes stored in the archive */
  stored: Uint8Array;
  method: 0 | 8;
  /** the uncompressed size the directory claims */
  size: number;
  flags?: number;
}

/** A zip archive written by hand, so that its directory can say whatever a test needs. */
export function zip(entries: ZipEntrySpec[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, e.flags ?? 0, true);
    local.setUint16(8, e.method, true);
    local.setUint32(18, e.stored.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, e.stored);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, e.flags ?? 0, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(20, e.stored.length, true);
    cd.setUint32(24, e.size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.stored.length;
  }
  const cdSize = central.reduce((s, p) => s + p.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Deterministic PRNG (mulberry32) for the fuzz tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The smallest .xlsx SheetJS reads, around one hand-written worksheet XML (stored, not compressed). */
export function minimalXlsx(sheetData: string, extra = ''): Uint8Array {
  const e = new TextEncoder();
  const file = (name: string, text: string): ZipEntrySpec => {
    const stored = e.encode(text);
    return { name, stored, method: 0, size: stored.length };
  };
  return zip([
    file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="План" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`),
  ]);
}
