import { formatAmount, UNIT_LABEL, type Kop } from '../../model/money';
import type { Cap, Programme } from '../../model/schema';
import { s } from './strings';

/** «2027, Бюджет територіальної громади», «усі роки, Державний бюджет», «усі роки, усі джерела». */
export function capPlace(p: Programme, cap: Cap): string {
  const source = cap.sourceId === null ? s('allSources') : (p.sources.find((x) => x.id === cap.sourceId)?.name ?? cap.sourceId);
  return `${cap.year === null ? s('allYears') : cap.year}, ${source}`;
}

/** An amount with its unit: «1 500,0 тис. грн». */
export function moneyWithUnit(p: Programme, v: number): string {
  return `${formatAmount(v as Kop, p.unit)} ${UNIT_LABEL[p.unit]}`;
}

/** A delta with its sign: «+150,0», «−75,5», «0,0». */
export function signed(p: Programme, v: number): string {
  if (v === 0) return formatAmount(0 as Kop, p.unit);
  return `${v > 0 ? '+' : '−'}${formatAmount(Math.abs(v) as Kop, p.unit)}`;
}

/** A percentage delta: «+12,5 %», «−50 %», «—» without a reference. */
export function pctText(pct: number | null): string {
  if (pct === null) return '—';
  const r = Math.round(pct * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${Math.abs(r).toFixed(1).replace('.', ',')} %`;
}
