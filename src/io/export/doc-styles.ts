/** The formats every exported table shares, so that all documents look like one set. */
import type { MoneyUnit } from '../../model/money';
import type { StyleBook } from './xlsx/styles';

const HEADER_FILL = 'FFE7EEF7';
const SECTION_FILL = 'FFF2F2F2';
const TOTAL_FILL = 'FFFFF2CC';

/**
 * One decimal as the documents write amounts (`150,0`), and more only when an amount has them
 * (`0,01` тис. грн is 10 грн): a strict `#,##0.0` would print 10 грн as `0,0`.
 */
export const MONEY_FORMAT: Record<MoneyUnit, string> = { 'thousand-uah': '#,##0.0####', uah: '#,##0.00' };

export type DocStyles = ReturnType<typeof docStyles>;

export function docStyles(book: StyleBook, unit: MoneyUnit) {
  const money = MONEY_FORMAT[unit];
  return {
    plain: book.id({}),
    right: book.id({ h: 'right', v: 'top', wrap: true }),
    heading: book.id({ bold: true, size: 12, h: 'center', v: 'center', wrap: true }),
    unit: book.id({ italic: true, h: 'right' }),
    note: book.id({ italic: true, v: 'top', wrap: true }),
    header: book.id({ bold: true, border: true, h: 'center', v: 'center', wrap: true, fill: HEADER_FILL }),
    text: book.id({ border: true, v: 'top', wrap: true }),
    center: book.id({ border: true, h: 'center', v: 'top', wrap: true }),
    label: book.id({ border: true, v: 'center', wrap: true }),
    money: book.id({ border: true, v: 'center', numFmt: money }),
    moneyBold: book.id({ bold: true, border: true, v: 'center', numFmt: money }),
    /** a sum in a source row: blank when zero, as the form leaves unused sources blank */
    moneySum: book.id({ border: true, v: 'center', numFmt: `${money};-${money};;@` }),
    totalMoneySum: book.id({ bold: true, border: true, v: 'center', numFmt: `${money};-${money};;@`, fill: TOTAL_FILL }),
    marker: book.id({ border: true, h: 'center', v: 'center', wrap: true }),
    section: book.id({ bold: true, border: true, v: 'center', wrap: true, fill: SECTION_FILL }),
    sectionMoney: book.id({ bold: true, border: true, v: 'center', numFmt: money, fill: SECTION_FILL }),
    total: book.id({ bold: true, border: true, v: 'center', wrap: true, fill: TOTAL_FILL }),
    totalMoney: book.id({ bold: true, border: true, v: 'center', numFmt: money, fill: TOTAL_FILL }),
    percent: book.id({ border: true, v: 'center', numFmt: '0.0%' }),
    totalPercent: book.id({ bold: true, border: true, v: 'center', numFmt: '0.0%', fill: TOTAL_FILL }),
    number: book.id({ border: true, h: 'right', v: 'center' }),
    /** an indicator in % stored as 30 for 30 % */
    percentNumber: book.id({ border: true, h: 'right', v: 'center', numFmt: 'General"%"' }),
  };
}
