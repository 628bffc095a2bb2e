/**
 * Finds the tables on a sheet and tells which layout each one is. A sheet may hold the plan and
 * the indicator table one under the other, and a .docx turned into a spreadsheet repeats the
 * header on every page: a header like the table's own is a repeat (skipped), a header of another
 * kind starts a new table.
 */
import { findHeader, guessColumns, type ColumnGuess, type HeaderBlock } from './header';
import { readAmountText } from './amounts';
import { isSourceLabel } from './source-names';
import { norm } from './text';
import type { ColumnField, ColumnMapping, LayoutId, SheetData } from './types';

export interface TableInfo {
  kind: 'plan' | 'indicators';
  header: HeaderBlock;
  columns: ColumnGuess[];
  /** data rows: [start, end) */
  start: number;
  end: number;
  /** rows within the data that repeat the header (a page break in the original document) */
  repeats: Set<number>;
  layout: LayoutId;
  mapping: ColumnMapping;
}

function has(columns: readonly ColumnGuess[], ...fields: ColumnField[]): boolean {
  return columns.some((c) => fields.includes(c.field));
}

export function classify(columns: readonly ColumnGuess[]): 'plan' | 'indicators' | null {
  if (has(columns, 'ind-name') && (has(columns, 'ind-unit') || has(columns, 'ind-baseline') || has(columns, 'year'))) return 'indicators';
  const named = has(columns, 'name', 'task', 'details') || columns.some((c) => c.field === 'result' && /очікуван/u.test(norm(c.title)));
  if (named && has(columns, 'year', 'total')) return 'plan';
  return null;
}

const signature = (cols: readonly ColumnGuess[]): string => cols.map((c) => `${c.field}${c.year ?? ''}`).join('|');

/** Every table on the sheet, in order. */
export function findTables(sheet: SheetData): TableInfo[] {
  const blocks: Array<{ header: HeaderBlock; columns: ColumnGuess[]; kind: 'plan' | 'indicators' | null }> = [];
  let r = 0;
  while (r < sheet.rows.length) {
    const h = findHeader(sheet, r, sheet.rows.length - r);
    if (!h) break;
    const columns = guessColumns(sheet, h.first, h.last);
    blocks.push({ header: h, columns, kind: classify(columns) });
    r = h.last + 1;
  }
  const tables: TableInfo[] = [];
  for (const b of blocks) {
    const cur = tables[tables.length - 1];
    if (!b.kind) continue;
    if (cur && cur.kind === b.kind && signature(cur.columns) === signature(b.columns)) {
      for (let x = b.header.first; x <= b.header.last; x++) cur.repeats.add(x);
      continue;
    }
    if (cur) cur.end = b.header.first;
    tables.push(makeTable(sheet, b.kind, b.header, b.columns));
  }
  return tables;
}

function makeTable(sheet: SheetData, kind: 'plan' | 'indicators', header: HeaderBlock, guessed: ColumnGuess[]): TableInfo {
  const t: TableInfo = {
    kind,
    header,
    columns: guessed,
    start: header.last + 1,
    end: sheet.rows.length,
    repeats: new Set(),
    layout: 'indicators',
    mapping: { layout: 'indicators', headerRows: { first: header.first, last: header.last }, columns: [] },
  };
  t.layout = kind === 'indicators' ? 'indicators' : planLayout(sheet, t);
  t.columns = adjust(t.layout, guessed);
  t.mapping = {
    layout: t.layout,
    headerRows: { first: header.first, last: header.last },
    columns: t.columns.map((c) => ({ col: c.col, field: c.field, ...(c.year !== undefined ? { year: c.year } : {}) })),
  };
  return t;
}

/** Fields that differ by layout: an action plan's «Очікуваний результат» is the measure's name; an indicator table's years are targets. */
function adjust(layout: LayoutId, cols: ColumnGuess[]): ColumnGuess[] {
  const out = cols.map((c) => ({ ...c }));
  if (layout === 'indicators') {
    for (const c of out) if (c.field === 'year') c.field = 'ind-target';
    if (!out.some((c) => c.field === 'ind-name')) {
      const n = out.find((c) => c.field === 'name');
      if (n) n.field = 'ind-name';
    }
  }
  if (layout === 'action-plan' && !out.some((c) => c.field === 'name')) {
    const r = out.find((c) => c.field === 'result' && /очікуван/u.test(norm(c.title)));
    if (r) r.field = 'name';
  }
  return out;
}

/** The plan's layout from what its data rows hold. */
function planLayout(sheet: SheetData, t: TableInfo): LayoutId {
  const col = (f: ColumnField) => t.columns.filter((c) => c.field === f).map((c) => c.col);
  const sourceCols = col('source');
  const money = [...col('year'), ...col('total')];
  let totalRows = 0;
  let hryvnias = 0;
  let markers = 0;
  const end = Math.min(t.end, t.start + 2000);
  for (let r = t.start; r < end; r++) {
    const row = sheet.rows[r]!;
    // A six-row block: «Загальний обсяг» followed by a row naming a source (a lone programme total row is not one).
    for (const c of sourceCols) {
      if (/^загальн\S* обсяг/u.test(norm(row[c]?.text ?? '')) && isSourceLabel(sheet.rows[r + 1]?.[c]?.text ?? '')) totalRows++;
    }
    for (const c of money) {
      const cell = row[c];
      if (!cell || cell.kind !== 'text') continue;
      if (/грн/u.test(cell.text) && !/тис/u.test(cell.text)) hryvnias++;
      const a = readAmountText(cell.text, 'thousand-uah');
      if (a.kind === 'marker') markers++;
    }
  }
  if (totalRows > 0) return 'six-rows';
  const titles = t.columns.map((c) => norm(c.title)).join(' | ');
  if (hryvnias > 0 || t.columns.some((c) => c.field === 'details') || /план фінансування/u.test(titles)) return 'action-plan';
  if (markers > 0 || !t.columns.some((c) => c.field === 'task')) return 'one-row-markers';
  return 'one-row-source';
}

/** A table read with a mapping the person set in the wizard. */
export function tableFromMapping(sheet: SheetData, mapping: ColumnMapping): TableInfo {
  const kind = mapping.layout === 'indicators' ? 'indicators' : 'plan';
  const header = { first: mapping.headerRows.first, last: mapping.headerRows.last, score: 0 };
  const titles = guessColumns(sheet, header.first, header.last);
  const columns: ColumnGuess[] = mapping.columns.map((m) => ({ ...m, title: titles[m.col]?.title ?? '' }));
  return {
    kind,
    header,
    columns,
    start: header.last + 1,
    end: sheet.rows.length,
    repeats: new Set(),
    layout: mapping.layout,
    mapping,
  };
}

export interface Detection {
  layout: LayoutId | null;
  mapping: ColumnMapping | null;
  tables: TableInfo[];
}

/**
 * The layout of a sheet: its plan table's (the first one), else its indicator table's.
 * @example detectLayout(readWorkbook(bytes).sheets[0]).layout // 'six-rows'
 */
export function detectLayout(sheet: SheetData): Detection {
  const tables = findTables(sheet);
  const main = tables.find((t) => t.kind === 'plan') ?? tables[0] ?? null;
  return { layout: main?.layout ?? null, mapping: main?.mapping ?? null, tables };
}
