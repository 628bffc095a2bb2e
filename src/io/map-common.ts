/**
 * What every plan mapper needs: the table's columns by field, one cell's amount with its
 * findings (a formula error, text that is not a sum) named by sheet and cell, a row's single
 * text (a heading spread over a merged row), and a measure's term.
 */
import type { MoneyUnit } from '../model/money';
import type { Term } from '../model/schema';
import { readAmount, type AmountRead } from './amounts';
import type { DocBuilder } from './builder';
import type { TableInfo } from './detect';
import { parseHeading, type Heading } from './labels';
import { colLetter, yearsIn } from './text';
import type { Cell, ColumnField, Row, SheetData } from './types';

export interface MapContext {
  sheet: SheetData;
  table: TableInfo;
  unit: MoneyUnit;
  b: DocBuilder;
  /** rows of the table that held anything */
  rowsRead: number;
}

export function columnsOf(table: TableInfo, field: ColumnField): number[] {
  return table.mapping.columns.filter((c) => c.field === field).map((c) => c.col);
}

export function columnOf(table: TableInfo, field: ColumnField): number | undefined {
  return columnsOf(table, field)[0];
}

export function yearColumns(table: TableInfo, field: 'year' | 'ind-target' = 'year'): Array<{ col: number; year: number }> {
  return table.mapping.columns
    .filter((c) => c.field === field && c.year !== undefined)
    .map((c) => ({ col: c.col, year: c.year! }));
}

export function text(row: Row, col: number | undefined): string {
  return col === undefined ? '' : (row[col]?.text ?? '');
}

/** The text of all the given columns, joined (a field may be mapped to several columns). */
export function texts(row: Row, cols: readonly number[]): string {
  const parts: string[] = [];
  for (const c of cols) {
    const t = row[c]?.text ?? '';
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(' ');
}

export function isEmptyRow(row: Row): boolean {
  return row.every((c) => c === null || (c.kind === 'text' && c.text === ''));
}

/** The one text a row holds (a heading typed in one cell or merged across the row), else null. */
export function singleText(row: Row): { text: string; col: number } | null {
  let found: { text: string; col: number } | null = null;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || !cell.text) continue;
    if (!found) found = { text: cell.text, col: c };
    else if (cell.text !== found.text) return null;
  }
  return found;
}

/**
 * The heading a row holds: one text, in the first column or merged across several cells. A lone
 * text further right («10. Моніторинг…» in the actions column) is a continuation, not a heading.
 */
export function headingOf(row: Row): Heading | null {
  const single = singleText(row);
  if (!single) return null;
  const spread = row.filter((c) => c?.text).length > 1;
  if (single.col !== 0 && !spread) return null;
  return parseHeading(single.text);
}

/** Reads a money cell; a formula error or a text that is not a sum becomes a finding naming the cell. */
export function amountAt(ctx: MapContext, r: number, col: number, what: string): AmountRead {
  const cell: Cell | null = ctx.sheet.rows[r]![col] ?? null;
  const a = readAmount(cell, ctx.unit);
  const where = `Аркуш «${ctx.sheet.name}», клітинка ${colLetter(col)}${r + 1}`;
  const base = { sheet: ctx.sheet.name, row: r + 1, col: colLetter(col) };
  if (a.kind === 'formula-error') {
    ctx.b.finding({
      ...base,
      code: a.noValue ? 'formula-no-value' : 'formula-error',
      severity: 'error',
      message: a.noValue
        ? `${where} (${what}): формула без обчисленого значення — суму не імпортовано. Відкрийте файл в Excel, перерахуйте (F9) і збережіть.`
        : `${where} (${what}): помилка формули ${a.text} — суму не імпортовано. Виправте формулу в Excel і повторіть імпорт або впишіть суму тут.`,
    });
  } else if (a.kind === 'bad') {
    ctx.b.finding({ ...base, code: 'bad-amount', severity: 'error', message: `${where} (${what}): ${a.message} Суму не імпортовано.` });
  } else if (a.kind === 'amount' && a.parts > 1) {
    ctx.b.finding({
      ...base,
      code: 'several-amounts',
      severity: 'warning',
      message: `${where} (${what}): у клітинці ${a.parts} суми («${cell?.text ?? ''}») — їх додано. Перевірте, чи це одна витрата.`,
    });
  }
  return a;
}

/** «2026-2028» → 2026…2028; «з 01.01.2020 по 30.06.2022» → 2020…2022; «постійно» → no years. */
export function parseTerm(t: string): Term {
  const ys = yearsIn(t);
  if (!ys.length) return { text: t, from: null, to: null };
  return { text: t, from: Math.min(...ys), to: Math.max(...ys) };
}

/**
 * The table's rows that hold anything, with their sheet index: empty rows are passed over, a
 * header repeated after a page break is reported as skipped, and every row given is counted as
 * read for the report.
 */
export function* dataRows(ctx: MapContext): Generator<[number, Row]> {
  const { sheet, table, b } = ctx;
  for (let r = table.start; r < table.end; r++) {
    const row = sheet.rows[r]!;
    if (isEmptyRow(row)) continue;
    if (table.repeats.has(r)) {
      b.skip(sheet.name, r, 'повтор заголовка таблиці (розрив сторінки)');
      continue;
    }
    ctx.rowsRead++;
    yield [r, row];
  }
}
