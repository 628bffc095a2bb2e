/**
 * Bytes → a plain cell matrix per sheet (WorkbookData). Every format check and size guard runs
 * before SheetJS sees the bytes; merged ranges are applied to every cell they cover (so a
 * measure's name merged over its six source rows is on each of them), hidden rows and sheets are
 * noted, and every later step works on the matrix only.
 */
import * as XLSX from 'xlsx';
import { readCsv, tooManyRows } from './csv';
import { fail, fileLabel } from './errors';
import { LIMITS } from './limits';
import { cfbHas, sniff } from './sniff';
import { cleanText } from './text';
import type { Cell, FileFormat, SheetData, WorkbookData } from './types';
import { checkFileSize } from './size';
import { guardZip } from './zip-guard';

export { checkFileSize };

export function readWorkbook(data: Uint8Array, fileName?: string): WorkbookData {
  const sizeError = checkFileSize(data.length, fileName);
  if (sizeError) fail(sizeError.code, sizeError.message);
  const kind = sniff(data, fileName).kind;
  if (kind === 'text') {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 2048)).trimStart().toLowerCase();
    // Many accounting systems export an HTML table under an .xls name; SheetJS reads those with their merges.
    if (head.startsWith('<') && /<table|<html/.test(head)) return readWithSheetJS(data, 'xls', fileName, 'string');
    return readCsv(data, fileName);
  }
  let format: FileFormat;
  if (kind === 'zip') {
    const entries = guardZip(data, fileName);
    const names = new Set(entries.map((e) => e.name));
    if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) format = 'xlsx';
    else if (names.has('content.xml') && names.has('mimetype')) format = 'ods';
    else if ([...names].some((n) => n.startsWith('word/'))) return wordDocument(fileName);
    else fail('not-a-spreadsheet', `${fileLabel(fileName)} — це архів ZIP, а не книга Excel чи LibreOffice. Виберіть файл .xlsx, .xls, .ods або .csv.`);
  } else {
    if (cfbHas(data, 'EncryptedPackage') || cfbHas(data, 'EncryptionInfo')) passwordProtected(fileName);
    if (cfbHas(data, 'WordDocument')) return wordDocument(fileName);
    if (!cfbHas(data, 'Workbook') && !cfbHas(data, 'Book')) {
      fail('not-a-spreadsheet', `${fileLabel(fileName)} — документ Microsoft Office, але не книга Excel. Виберіть файл .xlsx, .xls, .ods або .csv.`);
    }
    format = 'xls';
  }
  return readWithSheetJS(data, format, fileName, 'array');
}

function wordDocument(fileName: string | undefined): never {
  fail('word-document', `${fileLabel(fileName)} — документ Word. Скопіюйте таблицю додатка в Excel або LibreOffice Calc, збережіть як .xlsx і імпортуйте цей файл.`);
}

function passwordProtected(fileName: string | undefined): never {
  fail('password-protected', `${fileLabel(fileName)} захищений паролем. Відкрийте його в Excel, зніміть пароль (Файл → Відомості → Захистити книгу → Зашифрувати з паролем, очистіть поле) і збережіть, тоді імпортуйте знову.`);
}

function readWithSheetJS(data: Uint8Array, format: FileFormat, fileName: string | undefined, type: 'array' | 'string'): WorkbookData {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(type === 'string' ? new TextDecoder().decode(data) : data, {
      type,
      dense: true,
      cellDates: true,
      // Row properties (hidden rows) are read only with styles.
      cellStyles: true,
      cellHTML: false,
      sheetRows: LIMITS.rows + 1,
      // HTML cells stay text: SheetJS would read the Ukrainian «100,5» as 1005.
      ...(type === 'string' ? { raw: true } : {}),
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(msg)) passwordProtected(fileName);
    fail('corrupt', `${fileLabel(fileName)} не вдалося прочитати як ${format === 'ods' ? 'книгу LibreOffice' : 'книгу Excel'}: файл пошкоджений або недокачаний. ` +
      'Відкрийте його в Excel чи LibreOffice, збережіть заново і повторіть імпорт.');
  }
  const meta = wb.Workbook?.Sheets ?? [];
  const sheets: SheetData[] = wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    const hidden = (meta[i]?.Hidden ?? 0) !== 0;
    return ws ? sheetData(name, hidden, ws, fileName) : { name, hidden, rows: [], hiddenRows: [], width: 0 };
  });
  return { format, sheets };
}

type Dense = Array<Array<XLSX.CellObject | undefined> | undefined>;

function sheetData(name: string, hidden: boolean, ws: XLSX.WorkSheet, fileName: string | undefined): SheetData {
  const dense = ((ws as { '!data'?: Dense })['!data'] ?? []) as Dense;
  // SheetJS stops at sheetRows and keeps the sheet's real extent in !fullref.
  const full = (ws as { '!fullref'?: string })['!fullref'];
  if (dense.length > LIMITS.rows || (full && XLSX.utils.decode_range(full).e.r >= LIMITS.rows)) tooManyRows(fileName, name);
  let width = 0;
  const rows: Array<Array<Cell | null>> = new Array(dense.length);
  for (let r = 0; r < dense.length; r++) {
    const src = dense[r];
    const out: Array<Cell | null> = [];
    if (src) {
      const n = Math.min(src.length, LIMITS.columns);
      for (let c = 0; c < n; c++) {
        const cell = toCell(src[c]);
        if (cell) {
          while (out.length < c) out.push(null);
          out.push(cell);
        }
      }
    }
    rows[r] = out;
    if (out.length > width) width = out.length;
  }
  const merges = ws['!merges'] ?? [];
  let area = 0;
  for (const m of merges) area += Math.max(0, Math.min(m.e.r, rows.length - 1) - m.s.r + 1) * Math.max(0, Math.min(m.e.c, width - 1) - m.s.c + 1);
  if (area > LIMITS.cells) {
    fail('too-large', `${fileLabel(fileName)}, аркуш «${name}»: об’єднані клітинки охоплюють ${area.toLocaleString('uk-UA')} клітинок, а найбільше можна прочитати ` +
      `${LIMITS.cells.toLocaleString('uk-UA')}. Роз’єднайте зайві клітинки або видаліть порожні рядки й стовпці і збережіть заново.`);
  }
  for (const m of merges) {
    const origin = rows[m.s.r]?.[m.s.c];
    if (!origin) continue;
    // Clipped to the cells that hold data: a merge running past the table adds nothing to read.
    const r1 = Math.min(m.e.r, rows.length - 1);
    const c1 = Math.min(m.e.c, width - 1);
    for (let r = m.s.r; r <= r1; r++) {
      const row = rows[r]!;
      for (let c = m.s.c; c <= c1; c++) {
        if (r === m.s.r && c === m.s.c) continue;
        while (row.length <= c) row.push(null);
        row[c] = { ...origin, merged: true };
      }
    }
  }
  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((info, r) => {
    if (info?.hidden && r < rows.length && rows[r]!.some((c) => c !== null)) hiddenRows.push(r);
  });
  return { name, hidden, rows, hiddenRows, width };
}

function toCell(c: XLSX.CellObject | undefined): Cell | null {
  if (!c) return null;
  switch (c.t) {
    case 's': {
      const text = cleanText(String(c.v ?? ''));
      return text ? { text, kind: 'text' } : null;
    }
    case 'n': {
      const v = typeof c.v === 'number' ? c.v : Number(c.v);
      if (!Number.isFinite(v)) return { text: String(c.w ?? c.v), kind: 'error' };
      return { text: cleanText(c.w ?? String(v)), kind: 'number', num: v };
    }
    case 'd': {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      if (Number.isNaN(d.getTime())) return { text: cleanText(String(c.w ?? '')), kind: 'text' };
      // Half a day forward: a date at local midnight stored as UTC must not fall into the year before.
      const shifted = new Date(d.getTime() + 12 * 3600 * 1000);
      const text = `${String(shifted.getUTCDate()).padStart(2, '0')}.${String(shifted.getUTCMonth() + 1).padStart(2, '0')}.${shifted.getUTCFullYear()}`;
      return { text, kind: 'date', year: shifted.getUTCFullYear() };
    }
    case 'b':
      return { text: c.v ? 'TRUE' : 'FALSE', kind: 'bool' };
    case 'e':
      return { text: String(c.w ?? '#ERROR!'), kind: 'error' };
    case 'z':
      return c.f ? { text: '', kind: 'error', noValue: true } : null;
    default:
      return null;
  }
}
