/** How an indicator value is written into a cell, by the indicator's unit kind. */
import type { Indicator, IndicatorValue } from '../../model/schema';
import type { DocStyles } from './doc-styles';
import type { Sheet } from './xlsx/sheet';

/** Percentages and counts as numbers (30 % as 30, shown «30%»), Так/Ні as words, text as text. */
export function writeIndicatorValue(sheet: Sheet, st: DocStyles, r: number, c: number, ind: Indicator, v: IndicatorValue): void {
  if (v === null || v === '') return sheet.blank(r, c, st.number);
  if (typeof v === 'string') return sheet.text(r, c, v, st.center);
  if (ind.unitKind === 'yes-no' && (v === 0 || v === 1)) return sheet.text(r, c, v === 1 ? 'Так' : 'Ні', st.center);
  sheet.number(r, c, v, ind.unitKind === 'percent' ? st.percentNumber : st.number);
}
