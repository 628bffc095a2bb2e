/**
 * What the wizard shows before anything is imported: the sheets, their first rows as text, the
 * guessed header rows and what each column holds, and the detected layout — the starting point
 * of the mapping step when a file is not recognised (or is recognised wrongly).
 */
import type { MoneyUnit } from '../model/money';
import { findTables } from './detect';
import { ImportFailure } from './errors';
import { findHeader, guessColumns, unitInText } from './header';
import { readWorkbook } from './read';
import type { ColumnField, FileFormat, ImportError, LayoutId, SheetData } from './types';

export interface SheetPreview {
  name: string;
  hidden: boolean;
  rowCount: number;
  width: number;
  /** the first rows as text */
  rows: string[][];
  header: { first: number; last: number } | null;
  columns: Array<{ col: number; title: string; field: ColumnField; year?: number }>;
  layout: LayoutId | null;
  tables: Array<{ kind: 'plan' | 'indicators'; layout: LayoutId; first: number; last: number }>;
}

export interface WorkbookPreview {
  format: FileFormat;
  encoding?: string;
  delimiter?: string;
  /** the unit the headers name, if any */
  unit: MoneyUnit | null;
  sheets: SheetPreview[];
}

export function previewSheet(s: SheetData, previewRows = 60): SheetPreview {
  const tables = findTables(s);
  const main = tables.find((t) => t.kind === 'plan') ?? tables[0];
  // Unrecognised: the first row with two or more cells is the best guess for a header.
  const weak = main ? null : findHeader(s, 0, 80, 2) ?? firstFilled(s);
  const header = main ? { first: main.header.first, last: main.header.last } : weak ? { first: weak.first, last: weak.last } : null;
  const columns = main
    ? main.columns.map((c) => ({ col: c.col, title: c.title, field: c.field, ...(c.year !== undefined ? { year: c.year } : {}) }))
    : header
      ? guessColumns(s, header.first, header.last).map((c) => ({ col: c.col, title: c.title, field: c.field, ...(c.year !== undefined ? { year: c.year } : {}) }))
      : [];
  return {
    name: s.name,
    hidden: s.hidden,
    rowCount: s.rows.length,
    width: s.width,
    rows: s.rows.slice(0, previewRows).map((r) => Array.from({ length: s.width }, (_, c) => r[c]?.text ?? '')),
    header,
    columns,
    layout: main?.layout ?? null,
    tables: tables.map((t) => ({ kind: t.kind, layout: t.layout, first: t.header.first, last: t.header.last })),
  };
}

function firstFilled(s: SheetData): { first: number; last: number } | null {
  const r = s.rows.findIndex((row) => row.filter((c) => c?.text).length >= 2);
  return r < 0 ? null : { first: r, last: r };
}

export function inspectWorkbook(data: Uint8Array, opts: { fileName?: string; previewRows?: number } = {}): { ok: true; value: WorkbookPreview } | { ok: false; error: ImportError } {
  try {
    const wb = readWorkbook(data, opts.fileName);
    const sheets = wb.sheets.map((s) => previewSheet(s, opts.previewRows));
    const texts = sheets.flatMap((s) => s.rows.slice(0, (s.header?.last ?? 10) + 1).flat());
    return {
      ok: true,
      value: {
        format: wb.format,
        ...(wb.encoding ? { encoding: wb.encoding } : {}),
        ...(wb.delimiter ? { delimiter: wb.delimiter } : {}),
        unit: unitInText(texts),
        sheets,
      },
    };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: e.toError() };
    return { ok: false, error: { code: 'internal', message: `Не вдалося прочитати файл: внутрішня помилка (${e instanceof Error ? e.message : String(e)}).` } };
  }
}
