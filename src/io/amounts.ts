/**
 * A money cell → kopiykas. Text goes through the model's parseAmount (one set of rules for the
 * grid, the import and the CLI); a number cell, which SheetJS gives as a float, is converted with
 * fromUnitNumber so that 150.1 тис. грн is exactly 15 010 000 kop, never 15 009 999.
 * Two repairs for what office documents really contain: several hryvnia amounts in one cell
 * (`50,000 грн 200,000грн`, summed and reported) and a space that a line break left inside a
 * number (`200,00 0грн`).
 */
import type { Kop, Marker, MoneyUnit } from '../model/money';
import { fromUnitNumber, parseAmount } from '../model/money';
import type { Cell } from './types';

export type AmountRead =
  | { kind: 'empty' }
  | { kind: 'amount'; value: Kop; parts: number }
  | { kind: 'marker'; marker: Marker }
  | { kind: 'bad'; message: string }
  | { kind: 'formula-error'; text: string; noValue: boolean };

const THOUSANDS = /\s*тис(?:\.|яч)?\s*(?:грн\.?|гривень)\s*$/i;
const HRYVNIA_SPLIT = /(грн\.?|гривень|₴)/i;

export function readAmount(cell: Cell | null, unit: MoneyUnit): AmountRead {
  if (!cell) return { kind: 'empty' };
  switch (cell.kind) {
    case 'number': {
      const v = fromUnitNumber(cell.num!, unit);
      if (v === null) return { kind: 'bad', message: `«${cell.text}» — точніше за копійку. Округліть суму до копійок.` };
      return { kind: 'amount', value: v, parts: 1 };
    }
    case 'error':
      return { kind: 'formula-error', text: cell.text, noValue: cell.noValue === true };
    case 'date':
      return { kind: 'bad', message: `«${cell.text}» — дата, а не сума. Введіть суму числом.` };
    case 'bool':
      return { kind: 'bad', message: `«${cell.text}» — не сума.` };
    case 'text':
      return readAmountText(cell.text, unit);
  }
}

export function readAmountText(text: string, unit: MoneyUnit): AmountRead {
  let t = text;
  let u = unit;
  if (THOUSANDS.test(t)) {
    t = t.replace(THOUSANDS, '');
    u = 'thousand-uah';
  }
  const first = parseAmount(t, u);
  if (first.kind === 'amount') return { kind: 'amount', value: first.value, parts: 1 };
  if (first.kind === 'empty') return first;
  if (first.kind === 'marker') return first;
  // Several amounts in hryvnias, each followed by «грн»: add them up.
  const pieces = t.split(HRYVNIA_SPLIT);
  const amounts: string[] = [];
  for (let i = 0; i + 1 < pieces.length; i += 2) amounts.push(`${pieces[i]!.trim()} грн`);
  const rest = pieces.length % 2 === 1 ? pieces[pieces.length - 1]!.trim() : '';
  if (amounts.length >= 1 && rest === '') {
    let sum = 0;
    for (const a of amounts) {
      const p = parseAmount(a, 'uah');
      const q = p.kind === 'amount' ? p : parseAmount(squeezeDigits(a), 'uah');
      if (q.kind !== 'amount') return { kind: 'bad', message: first.message };
      sum += q.value;
    }
    return { kind: 'amount', value: sum as Kop, parts: amounts.length };
  }
  return { kind: 'bad', message: first.message };
}

/** `200,00 0 грн` → `200,000 грн`: a line break inside an amount in hryvnias (only tried when the amount as written is not a number). */
function squeezeDigits(s: string): string {
  return s.replace(/(\d)[\s\u00a0]+(?=\d)/g, '$1');
}
