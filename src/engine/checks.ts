import type { Kop, MoneyUnit } from '../model/money';
import { formatAmount, UNIT_LABEL } from '../model/money';

export type CheckCode =
  | 'total-mismatch'
  | 'measure-total-mismatch'
  | 'outside-period'
  | 'outside-term'
  | 'negative-amount'
  | 'unknown-source'
  | 'percent-out-of-range'
  | 'yes-no-invalid'
  | 'indicator-not-a-number'
  | 'empty-title'
  | 'empty-responsible'
  | 'duplicate-code'
  | 'cap-exceeded';

export type Severity = 'error' | 'warning';

export interface CheckLocation {
  kind: 'programme' | 'priority' | 'task' | 'measure' | 'indicator' | 'scenario';
  id: string;
  /** the column: 'title', 'responsible', 'code', 'amount', 'baseline', 'target', 'actual' */
  field?: string;
  year?: number | null;
  sourceId?: string | null;
}

/** One finding: typed, located, and worded so that a clerk knows what to fix. */
export interface Check {
  /** stable across recomputations, so that a patch can say which checks went away */
  key: string;
  code: CheckCode;
  severity: Severity;
  location: CheckLocation;
  /** human-readable place, e.g. «Всього за Програмою, 2026 рік, державний бюджет» */
  where: string;
  message: string;
  stated?: Kop;
  computed?: Kop;
}

export function checkKey(code: CheckCode, loc: CheckLocation, extra = ''): string {
  return `${code}|${loc.kind}|${loc.id}|${loc.field ?? ''}|${loc.year ?? ''}|${loc.sourceId ?? ''}|${extra}`;
}

/** «1 800,0 тис. грн» */
export function money(v: number, unit: MoneyUnit): string {
  return `${formatAmount(v as Kop, unit)} ${UNIT_LABEL[unit]}`;
}

export function make(
  code: CheckCode,
  severity: Severity,
  location: CheckLocation,
  where: string,
  message: string,
  extra: { stated?: number; computed?: number; keySuffix?: string } = {},
): Check {
  const c: Check = { key: checkKey(code, location, extra.keySuffix), code, severity, location, where, message };
  if (extra.stated !== undefined) c.stated = extra.stated as Kop;
  if (extra.computed !== undefined) c.computed = extra.computed as Kop;
  return c;
}
