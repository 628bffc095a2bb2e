/**
 * One worksheet being built: cells, merges, widths, heights, frozen rows and print set-up.
 *
 * Money is written in the programme's unit (тис. грн: 150,0 is the number 150) but kept here in
 * kopiykas too, so that a SUM written into the sheet gets its cached value by adding the very
 * cells it refers to, exactly. The cached value therefore always agrees with the formula, and a
 * test comparing it with the engine checks the layout, not arithmetic.
 */
import type { MoneyUnit } from '../../../model/money';
import { KOP_PER_UNIT } from '../../../model/money';
import { absRangeRef, colName, rangeRef } from './address';

/** A rectangle of cells a SUM adds up (one cell when r1 = r2 and c1 = c2). */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** `SUMIF(labels, label, amounts)` over rows r1..r2: the form for a total of very many rows. */
export interface LabelledSum {
  labelCol: number;
  sumCol: number;
  r1: number;
  r2: number;
  label: string;
}

export type CellKind = 'n' | 's' | 'f' | 'fs' | 'blank';

export interface Cell {
  c: number;
  s: number;
  k: CellKind;
  /** number, string, or the cached result of a formula */
  v: number | string;
  f?: string;
}

/** Excel refuses formulas longer than 8,192 characters and functions with more than 255 arguments. */
const MAX_FORMULA = 8000;
const MAX_ARGS = 255;
const KEY = 16384; // columns in a sheet: key = row * KEY + column

export interface PageSetup {
  landscape: boolean;
  /** header rows repeated on every printed page */
  titleRows?: [number, number];
}

export class Sheet {
  readonly rows: Array<Cell[] | undefined> = [];
  readonly merges: Area[] = [];
  readonly widths: number[] = [];
  readonly heights = new Map<number, number>();
  frozenRows = 0;
  page: PageSetup = { landscape: true };
  private readonly kop = new Map<number, number>();
  private readonly labels = new Map<number, string>();
  private readonly per: number;
  private unsorted = new Set<number>();

  constructor(readonly name: string, readonly unit: MoneyUnit) {
    this.per = KOP_PER_UNIT[unit];
  }

  /** Column widths in characters, from column A. */
  setWidths(widths: readonly number[]): void {
    this.widths.splice(0, this.widths.length, ...widths);
  }

  text(r: number, c: number, value: string, s: number): void {
    this.put(r, { c, s, k: 's', v: value });
    this.labels.set(r * KEY + c, value);
  }

  number(r: number, c: number, value: number, s: number): void {
    this.put(r, { c, s, k: 'n', v: value });
  }

  /** A cell that carries only its format (borders of an empty cell). */
  blank(r: number, c: number, s: number): void {
    this.put(r, { c, s, k: 'blank', v: '' });
  }

  /** An amount in kopiykas, written in the sheet's unit; null leaves the cell empty. */
  money(r: number, c: number, value: number | null, s: number): void {
    if (value === null) return this.blank(r, c, s);
    this.put(r, { c, s, k: 'n', v: value / this.per });
    this.kop.set(r * KEY + c, value);
  }

  /** The money in a cell written earlier, in kopiykas (0 when empty or text). */
  kopAt(r: number, c: number): number {
    return this.kop.get(r * KEY + c) ?? 0;
  }

  /**
   * Writes `SUM(areas)` with its cached value and returns the sum in kopiykas. When the list is
   * too long for Excel and `fallback` is given, writes the equivalent SUMIF instead.
   */
  sum(r: number, c: number, areas: readonly Area[], s: number, fallback?: LabelledSum): number {
    if (areas.length === 0) {
      this.put(r, { c, s, k: 'f', v: 0, f: '0' });
      this.kop.set(r * KEY + c, 0);
      return 0;
    }
    let f = sumText(areas);
    let total: number;
    if (f.length > MAX_FORMULA && fallback) {
      f = `SUMIF(${absRangeRef(fallback.r1, fallback.labelCol, fallback.r2, fallback.labelCol)},${criterion(fallback.label)},${colName(fallback.sumCol)}$${fallback.r1}:${colName(fallback.sumCol)}$${fallback.r2})`;
      total = this.sumIf(fallback);
    } else {
      total = 0;
      for (const a of areas) total += this.areaKop(a);
    }
    this.put(r, { c, s, k: 'f', v: total / this.per, f });
    this.kop.set(r * KEY + c, total);
    return total;
  }

  /** Any other formula, with the cached result the caller computed (a number or text). */
  formula(r: number, c: number, f: string, result: number | string, s: number): void {
    this.put(r, { c, s, k: typeof result === 'number' ? 'f' : 'fs', v: result, f });
  }

  /**
   * Merges a rectangle. With a style, the covered cells get it too: Excel draws a merged
   * cell's borders from the cells along its edges, not from the first one.
   */
  merge(r1: number, c1: number, r2: number, c2: number, s?: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ r1, c1, r2, c2 });
    if (s === undefined) return;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) this.blank(r, c, s);
  }

  /** Row height in points. */
  height(r: number, points: number): void {
    this.heights.set(r, points);
  }

  /** The last row and column that hold anything. */
  extent(): { rows: number; cols: number } {
    let cols = this.widths.length;
    for (const row of this.rows) if (row) for (const cell of row) cols = Math.max(cols, cell.c);
    return { rows: Math.max(1, this.rows.length - 1), cols: Math.max(1, cols) };
  }

  /** Cells of a row in column order. */
  rowCells(r: number): readonly Cell[] | undefined {
    const row = this.rows[r];
    if (row && this.unsorted.has(r)) {
      row.sort((a, b) => a.c - b.c);
      this.unsorted.delete(r);
    }
    return row;
  }

  private put(r: number, cell: Cell): void {
    let row = this.rows[r];
    if (!row) this.rows[r] = row = [];
    const last = row[row.length - 1];
    if (last && last.c >= cell.c) {
      const same = row.findIndex((x) => x.c === cell.c);
      if (same >= 0) {
        row[same] = cell;
        return;
      }
      this.unsorted.add(r);
    }
    row.push(cell);
  }

  private areaKop(a: Area): number {
    let t = 0;
    for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) t += this.kop.get(r * KEY + c) ?? 0;
    return t;
  }

  private sumIf(x: LabelledSum): number {
    const want = x.label.toLowerCase();
    let t = 0;
    for (let r = x.r1; r <= x.r2; r++) {
      if (this.labels.get(r * KEY + x.labelCol)?.toLowerCase() === want) t += this.kop.get(r * KEY + x.sumCol) ?? 0;
    }
    return t;
  }
}

/** `SUM(G12:G17,G20)`, nested as `SUM(SUM(…),SUM(…))` past Excel's 255 arguments. */
export function sumText(areas: readonly Area[]): string {
  const parts = areas.map((a) => rangeRef(a.r1, a.c1, a.r2, a.c2));
  return nest(parts);
}

function nest(parts: string[]): string {
  if (parts.length <= MAX_ARGS) return `SUM(${parts.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < parts.length; i += MAX_ARGS) groups.push(`SUM(${parts.slice(i, i + MAX_ARGS).join(',')})`);
  return nest(groups);
}

/** A SUMIF criterion that matches the label literally: `=` stops `<`/`>` reading as operators, `~` escapes wildcards. */
function criterion(label: string): string {
  return `"=${label.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}
