import type { Indicator, IndicatorValue } from '../model/schema';
import type { Check } from './checks';
import { make } from './checks';

/**
 * How an indicator's latest actual compares with its targets:
 * - `achieved`: it meets the programme's final target (the last year that has one);
 * - `on-track`: it does not meet the final target yet, but meets what its own year requires;
 * - `behind`: it falls short of what its year requires;
 * - `no-data`: no numeric actual, or no numeric target to compare it with.
 * A year "requires" its own target; a year without one is held to the last target before it,
 * and a year before every target to the baseline (nothing at all when there is no baseline).
 * "Meets" is ≥ when higher is better and ≤ when lower is better.
 */
export type IndicatorStatus = 'achieved' | 'on-track' | 'behind' | 'no-data';

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
  let latest: string | null = null;
  for (const y of Object.keys(ind.actuals).sort()) {
    const a = num(ind.actuals[y]);
    const t = num(ind.targets[y]);
    if (a === null) continue;
    latest = y;
    if (t !== null) {
      if (ind.direction === 'higher' && t !== 0) achievement[y] = tidy((a / t) * 100);
      if (ind.direction === 'lower' && a !== 0) achievement[y] = tidy((t / a) * 100);
    }
  }
  const status = latest === null ? 'no-data' : indicatorYearStatus(ind, Number(latest));
  return { id: ind.id, lastTargetYear, dynamicsAbs, dynamicsPct, achievement, status };
}

/** What a year's actual is held to (see IndicatorStatus); null when nothing is required of it. */
export function requiredFor(ind: Indicator, year: number): number | null {
  let best: number | null = null;
  let bestYear = -Infinity;
  for (const [y, v] of Object.entries(ind.targets)) {
    const t = num(v);
    const yy = Number(y);
    if (t !== null && yy <= year && yy > bestYear) {
      best = t;
      bestYear = yy;
    }
  }
  return best ?? num(ind.baseline);
}

/** The status of one year's actual (see IndicatorStatus). */
export function indicatorYearStatus(ind: Indicator, year: number): IndicatorStatus {
  const a = num(ind.actuals[String(year)]);
  if (a === null) return 'no-data';
  const years = Object.keys(ind.targets).filter((y) => num(ind.targets[y]) !== null).map(Number);
  if (!years.length) return 'no-data';
  const meets = (v: number, t: number) => (ind.direction === 'higher' ? v >= t : v <= t);
  const final = num(ind.targets[String(Math.max(...years))])!;
  if (meets(a, final)) return 'achieved';
  const required = requiredFor(ind, year);
  return required === null || meets(a, required) ? 'on-track' : 'behind';
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
