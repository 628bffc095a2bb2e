import type { Indicator, IndicatorValue } from '../model/schema';
import type { Check } from './checks';
import { make } from './checks';

export type IndicatorStatus = 'achieved' | 'behind' | 'no-data';

export interface IndicatorResult {
  id: string;
  /** the last year that has a numeric target */
  lastTargetYear: number | null;
  /** last target − baseline */
  dynamicsAbs: number | null;
  /** (last target − baseline) / |baseline| × 100; null when the baseline is 0 or missing */
  dynamicsPct: number | null;
  /** per year with both a target and an actual: actual / target × 100 (inverted when lower is better) */
  achievement: Record<string, number>;
  /** status for the latest year that has an actual */
  status: IndicatorStatus;
}

const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;
const num = (v: IndicatorValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function indicatorResult(ind: Indicator): IndicatorResult {
  const years = Object.keys(ind.targets).filter((y) => num(ind.targets[y]) !== null).sort();
  const lastTargetYear = years.length ? Number(years[years.length - 1]) : null;
  const base = num(ind.baseline);
  const last = lastTargetYear === null ? null : num(ind.targets[String(lastTargetYear)]);
  const dynamicsAbs = base !== null && last !== null ? tidy(last - base) : null;
  const dynamicsPct = dynamicsAbs !== null && base !== null && base !== 0 ? tidy((dynamicsAbs / Math.abs(base)) * 100) : null;
  const achievement: Record<string, number> = {};
  let status: IndicatorStatus = 'no-data';
  for (const y of Object.keys(ind.actuals).sort()) {
    const a = num(ind.actuals[y]);
    const t = num(ind.targets[y]);
    if (a === null) continue;
    if (t !== null) {
      if (ind.direction === 'higher' && t !== 0) achievement[y] = tidy((a / t) * 100);
      if (ind.direction === 'lower' && a !== 0) achievement[y] = tidy((t / a) * 100);
      status = (ind.direction === 'higher' ? a >= t : a <= t) ? 'achieved' : 'behind';
    }
  }
  return { id: ind.id, lastTargetYear, dynamicsAbs, dynamicsPct, achievement, status };
}

/** Values impossible for the indicator's unit: a percentage outside 0–100, Так/Ні holding anything else. */
export function indicatorChecks(ind: Indicator): Check[] {
  const out: Check[] = [];
  const name = `індикатор ${ind.code ? ind.code + ' ' : ''}«${short(ind.name)}»`;
  const values: Array<[field: string, year: number | null, v: IndicatorValue | undefined, label: string]> = [
    ['baseline', null, ind.baseline, 'вихідні дані'],
    ...Object.entries(ind.targets).map(([y, v]) => ['target', Number(y), v, `прогноз на ${y} рік`] as [string, number, IndicatorValue, string]),
    ...Object.entries(ind.actuals).map(([y, v]) => ['actual', Number(y), v, `факт за ${y} рік`] as [string, number, IndicatorValue, string]),
  ];
  for (const [field, year, v, label] of values) {
    if (v === null || v === undefined) continue;
    const loc = { kind: 'indicator' as const, id: ind.id, field, year };
    const where = `${name}, ${label}`;
    if (ind.unitKind === 'text') continue;
    if (typeof v === 'string') {
      out.push(make('indicator-not-a-number', 'warning', loc, where, `${where}: «${v}» не є числом. Введіть число в одиницях «${ind.unit}».`));
      continue;
    }
    if (ind.unitKind === 'percent' && (v < 0 || v > 100)) {
      out.push(make('percent-out-of-range', 'error', loc, where, `${where}: ${String(v).replace('.', ',')} % — відсоток має бути від 0 до 100. Перевірте значення.`));
    }
    if (ind.unitKind === 'yes-no' && v !== 0 && v !== 1) {
      out.push(make('yes-no-invalid', 'error', loc, where, `${where}: значення ${String(v).replace('.', ',')} — для індикатора «Так/Ні» можливі лише «Так» або «Ні».`));
    }
  }
  return out;
}

export function short(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
