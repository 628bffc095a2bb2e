/** The lines above an annex table: «Додаток N до Програми …», the table's heading and the unit. */
import type { Sheet } from './xlsx/sheet';
import type { DocStyles } from './doc-styles';

/** «до Програми інформатизації … на 2026-2028 роки»: the programme's title in the genitive. */
export function toProgramme(title: string): string {
  const t = title.trim();
  // \b does not see Cyrillic word edges, hence the look-ahead.
  if (/^програма(?=\s|$)/i.test(t)) return `до ${t.replace(/^програма/i, 'Програми')}`;
  return `до Програми «${t}»`;
}

export interface TitleBlock {
  annex?: string;
  /** what the annex belongs to, e.g. «до Програми …» */
  to?: string;
  heading: string;
  /** printed above the table's right edge */
  unit?: string;
}

/**
 * Writes rows 1–4 and returns the first free row. The annex note sits over the right third of
 * the table, as council decisions print it.
 */
export function writeTitleBlock(sheet: Sheet, st: DocStyles, cols: number, t: TitleBlock): number {
  const from = Math.max(1, cols - 2);
  if (t.annex) {
    sheet.text(1, from, t.annex, st.right);
    sheet.merge(1, from, 1, cols);
  }
  if (t.to) {
    sheet.text(2, from, t.to, st.right);
    sheet.merge(2, from, 2, cols);
    sheet.height(2, 15 * Math.min(4, Math.ceil(t.to.length / Math.max(20, widthOf(sheet, from, cols)))));
  }
  sheet.text(3, 1, t.heading, st.heading);
  sheet.merge(3, 1, 3, cols);
  sheet.height(3, 32);
  if (t.unit) sheet.text(4, cols, t.unit, st.unit);
  return 5;
}

function widthOf(sheet: Sheet, from: number, to: number): number {
  let w = 0;
  for (let c = from; c <= to; c++) w += sheet.widths[c - 1] ?? 10;
  return w;
}

/**
 * Lines a text needs in a column of `width` characters, wrapping at spaces as Excel does (an
 * estimate: Excel does not size merged cells, and sizes others only when it recalculates).
 */
export function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.05));
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = Math.min(word.length, perLine);
      if (line === 0) line = w;
      else if (line + 1 + w <= perLine) line += 1 + w;
      else {
        lines++;
        line = w;
      }
      if (word.length > perLine) lines += Math.ceil(word.length / perLine) - 1;
    }
  }
  return lines;
}
