/**
 * Finds a table's header — one to four rows, possibly below a title block («Додаток 1 до
 * Програми…») — and guesses what each column holds from the header's words. Merged header cells
 * arrive already copied into every column they span, so a column's title is the distinct texts
 * of its header rows from top to bottom: «Обсяги фінансування, тис. грн / 2026».
 */
import type { MoneyUnit } from '../model/money';
import { norm } from './text';
import type { Cell, ColumnField, ColumnMap, Row, SheetData } from './types';

const KEYWORDS: RegExp[] = [
  /^№|^n\s|з\/п|^код(?!\p{L})|^номер/u,
  /назва|найменування/u,
  /завдан|операційн/u,
  /про[єе]кт|захід|заход|робіт|робот|план дій/u,
  /відповідальн|виконав/u,
  /строк|термін|період/u,
  /джерел/u,
  /обсяг|фінансуван|бюджет|вартість/u,
  /очікуван|результат/u,
  /показник|індикатор/u,
  /одиниц/u,
  /вихідн|базов/u,
  /прогноз/u,
  /динамік/u,
  /пріоритет|стратегічн/u,
];

/** The year a header cell names: `2026`, `2026 рік`, `2026 р.`, a number 2026, or a date in 2026. */
export function yearLabel(cell: Cell | null): { year: number; fromDate: boolean } | null {
  if (!cell) return null;
  if (cell.kind === 'date' && cell.year) return { year: cell.year, fromDate: true };
  if (cell.kind === 'number') {
    const n = cell.num!;
    return Number.isInteger(n) && n >= 1990 && n <= 2100 ? { year: n, fromDate: false } : null;
  }
  const m = /^(?:у\s+|на\s+)?((?:19|20)\d\d)\s*(?:р\.?|рік|році|роки)?$/u.exec(norm(cell.text));
  return m ? { year: Number(m[1]), fromDate: false } : null;
}

/**
 * Header-word bits of one text, remembered: a long plan repeats the same texts (source labels,
 * merged names, responsible units) thousands of times, and the header scan runs over every row.
 */
const wordMemo = new Map<string, number>();
function wordMask(text: string): number {
  let mask = wordMemo.get(text);
  if (mask !== undefined) return mask;
  mask = 0;
  if (text.length <= 160) {
    const t = norm(text);
    for (let k = 0; k < KEYWORDS.length; k++) if (KEYWORDS[k]!.test(t)) mask |= 1 << k;
  }
  if (wordMemo.size > 50_000) wordMemo.clear();
  wordMemo.set(text, mask);
  return mask;
}

/**
 * How much a row looks like a header: distinct header words, plus year labels once words are
 * there. A row with an amount in it is data, and copies of cells merged down from the row above
 * (a measure's name over its six rows) do not count.
 */
export function headerScore(row: Row, above?: Row): number {
  let mask = 0;
  let years = 0;
  let long = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.kind === 'error') continue;
    if (cell.merged && above?.[c]?.text === cell.text) continue;
    if (cell.kind !== 'text') {
      if (yearLabel(cell)) years++;
      else if (cell.kind === 'number') return 0;
      continue;
    }
    if (/^[\d\s.,]+$/.test(cell.text) && !yearLabel(cell)) return 0;
    if (cell.text.length > 120) {
      if (++long > 1) return 0;
      continue;
    }
    if (cell.text.length <= 12 && yearLabel(cell)) {
      years++;
      continue;
    }
    mask |= wordMask(cell.text);
  }
  let words = 0;
  for (let m = mask; m; m &= m - 1) words++;
  return words >= 2 ? words + Math.min(years, 3) : words;
}

function isNumberingRow(row: Row): boolean {
  // The form's column numbers under the header: 1 | 2 | 3 | … | 10.
  let k = 0;
  for (const cell of row) {
    if (!cell || cell.merged) continue;
    const n = cell.kind === 'number' ? cell.num : Number(cell.text.replace(/\.$/, ''));
    if (n !== k + 1) return false;
    k++;
  }
  return k >= 3;
}

/** A row below a header row that is still header: year labels, header words, merged copies, column numbers. */
function continuesHeader(row: Row, above: Row): boolean {
  if (isNumberingRow(row)) return true;
  let own = 0;
  let headerish = 0;
  let years = 0;
  const texts = new Set<string>();
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell) continue;
    const up = above[c];
    if (cell.merged && up && up.text === cell.text) continue;
    own++;
    texts.add(cell.text);
    if (yearLabel(cell)) (headerish++, years++);
    else if (cell.kind === 'text' && cell.text.length <= 60 && (headerScore([cell]) > 0 || /^(усього|всього|разом)$/u.test(norm(cell.text)) || /бюджет|джерел/u.test(norm(cell.text)))) headerish++;
    else return false;
  }
  // One text across the row is a section heading («Пріоритет 1. …»), not a second header row.
  return own > 0 && headerish === own && (years > 0 || texts.size >= 2);
}

export interface HeaderBlock {
  first: number;
  last: number;
  score: number;
}

/** The first header block at or after row `from`, looking at no more than `span` rows. */
export function findHeader(sheet: SheetData, from = 0, span = 80, minScore = 3): HeaderBlock | null {
  const end = Math.min(sheet.rows.length, from + span);
  for (let r = from; r < end; r++) {
    const score = headerScore(sheet.rows[r]!, sheet.rows[r - 1]);
    if (score < minScore) continue;
    let last = r;
    while (last + 1 < sheet.rows.length && last - r < 3 && continuesHeader(sheet.rows[last + 1]!, sheet.rows[last]!)) last++;
    return { first: r, last, score };
  }
  return null;
}

/** Each column's title parts, top to bottom, without the copies a vertical merge makes. */
export function columnTitles(sheet: SheetData, first: number, last: number): string[][] {
  const width = Math.max(0, ...sheet.rows.slice(first, last + 1).map((r) => r.length));
  const out: string[][] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      const cell = sheet.rows[r]![c];
      if (!cell || !cell.text) continue;
      if (isNumberingRow(sheet.rows[r]!)) continue;
      if (parts[parts.length - 1] !== cell.text) parts.push(cell.text);
    }
    out.push(parts);
  }
  return out;
}

export interface ColumnGuess extends ColumnMap {
  title: string;
  /** the year came from a date cell */
  yearFromDate?: boolean;
}

/** Guesses every column's field from its title; years from year labels (a date counts, and is flagged). */
export function guessColumns(sheet: SheetData, first: number, last: number): ColumnGuess[] {
  const titles = columnTitles(sheet, first, last);
  return titles.map((parts, col) => {
    const title = parts.join(' / ');
    let year: { year: number; fromDate: boolean } | null = null;
    for (let r = last; r >= first && !year; r--) {
      const cell = sheet.rows[r]![col] ?? null;
      if (cell && !isNumberingRow(sheet.rows[r]!)) year = yearLabel(cell);
    }
    if (year) return { col, field: 'year', year: year.year, title, ...(year.fromDate ? { yearFromDate: true } : {}) };
    return { col, field: fieldOf(parts), title };
  });
}

function fieldOf(parts: string[]): ColumnField {
  const all = norm(parts.join(' / '));
  const bottom = norm(parts[parts.length - 1] ?? '');
  if (!all) return 'ignore';
  if (/динамік/u.test(all)) return 'ind-dynamics';
  if (/вихідн\S* дан|базов\S* знач/u.test(all)) return 'ind-baseline';
  if (/одиниц\S* вимір/u.test(all)) return 'ind-unit';
  if (/ключов\S* індикатор|показник\S* ефективн/u.test(all)) return 'result';
  if (/найменування індикатора|^індикатор|назва індикатора|найменування показника/u.test(all)) return 'ind-name';
  if (/^(державн|обласн|районн|місцев|інш)\S* (бюджет|джерел)|^бюджет\S* (територіальн|громад)/u.test(bottom)) return 'source';
  if (/^(усього|всього|разом|загалом)(?!\p{L})/u.test(bottom) || (/обсяг|бюджет|вартість|сума/u.test(bottom) && /тис|грн/u.test(all))) return 'total';
  if (/джерел/u.test(bottom)) return 'source';
  if (/^№|^n\s|з\/п|^код(?!\p{L})|^номер/u.test(all)) return 'code';
  if (/пріоритет|стратегічн/u.test(all)) return 'priority';
  if (/назва завдан|^завдан|операційн\S* ціл/u.test(all)) return 'task';
  if (/план дій/u.test(all)) return 'details';
  if (/назва|найменування|про[єе]кт|захід|заходів|робіт/u.test(all)) return 'name';
  if (/очікуван|результат|показник/u.test(all)) return 'result';
  if (/відповідальн|виконав/u.test(all)) return 'responsible';
  if (/строк|термін|період/u.test(all)) return 'term';
  if (/джерел/u.test(all)) return 'source';
  return 'ignore';
}

/** The unit the header or title text names: «тис. грн» or «грн». */
export function unitInText(texts: readonly string[]): MoneyUnit | null {
  let uah = false;
  for (const raw of texts) {
    const t = norm(raw);
    if (/тис\.?\s*грн|тисяч\S*\s+гривень|тис\.\s*гривень/u.test(t)) return 'thousand-uah';
    if (/(?<!\p{L})грн|гривень/u.test(t)) uah = true;
  }
  return uah ? 'uah' : null;
}
