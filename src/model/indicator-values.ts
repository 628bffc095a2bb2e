/**
 * Indicator values as people type them, by the indicator's unit kind. One rule per kind:
 * - percent: `30`, `30%`, `30 %`, `0,01` — stored as the number of percent (30 for 30 %). A value
 *   outside 0–100 is accepted here and flagged by the engine's checks: documents do hold `108`.
 * - yes/no: `Так` / `Ні` or `yes` / `no`, any case — stored as 1 / 0. Anything else is refused.
 * - count: a whole number ≥ 0 (`1 200`).
 * - ratio (coefficient): any decimal number (`0,75`, `-0,1`).
 * - per-1000: a decimal number ≥ 0 (`2,5`).
 * - money: an amount by the money rules (`1 250,5`), stored as a number in the indicator's own
 *   unit (тис. грн when its unit says «тис», otherwise грн).
 * - text: any text.
 * A blank cell, `-` or `—` clears the value. Messages say what is wrong and what to type; the
 * caller adds where (which indicator, which column).
 */
import { fromUnitNumber, parseAmount, toUnitNumber, type MoneyUnit } from './money';
import type { Indicator, IndicatorValue, UnitKind } from './schema';

export type ValueInput = { ok: true; value: IndicatorValue } | { ok: false; message: string };

type Unit = Pick<Indicator, 'unitKind' | 'unit'>;

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const EMPTY = /^(?:[-–—−]+|)$/;
/** `1 200`, `1200`, `30,5`, `0.01`, `-3`: spaces group thousands, one `,` or `.` is decimal. */
const NUMBER = /^[-−]?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?$/;
const YES = /^(?:так|yes)$/;
/** `ні` also with a Latin `i`, which looks the same on screen */
const NO = /^(?:н[іi]|no)$/;

/** Reads a plain number written the Ukrainian or the English way; null when it is not one. */
export function parsePlainNumber(text: string): number | null {
  const t = text.replace(SPACES, ' ').trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t.replace(/ /g, '').replace(',', '.').replace('−', '-'));
  return Number.isFinite(n) ? n : null;
}

export function moneyUnitOf(unit: string): MoneyUnit {
  return /тис/i.test(unit) ? 'thousand-uah' : 'uah';
}

const KIND_HINT: Record<Exclude<UnitKind, 'text'>, string> = {
  percent: 'Введіть відсоток числом, наприклад 30 або 30%.',
  'yes-no': 'Введіть «Так» або «Ні».',
  count: 'Введіть ціле число, наприклад 12.',
  ratio: 'Введіть число, наприклад 0,75.',
  'per-1000': 'Введіть число на 1000 населення, наприклад 2,5.',
  money: 'Введіть суму, наприклад 1 250,5.',
};

/**
 * Parses what was typed or pasted into a baseline, target or actual cell.
 * @example parseIndicatorValue('30%', { unitKind: 'percent', unit: '%' }) // { ok: true, value: 30 }
 * @example parseIndicatorValue('можливо', { unitKind: 'yes-no', unit: 'Так/Ні' }) // { ok: false, message: '«можливо» — …' }
 */
export function parseIndicatorValue(text: string, unit: Unit): ValueInput {
  const t = text.replace(SPACES, ' ').trim();
  if (EMPTY.test(t)) return { ok: true, value: null };
  const kind = unit.unitKind;
  if (kind === 'text') return { ok: true, value: t };
  const refuse = (why: string): ValueInput => ({ ok: false, message: `«${t}» — ${why} ${KIND_HINT[kind]}` });
  switch (kind) {
    case 'yes-no': {
      const low = t.toLowerCase().replace(/\.$/, '');
      if (YES.test(low)) return { ok: true, value: 1 };
      if (NO.test(low)) return { ok: true, value: 0 };
      return refuse('для індикатора «Так/Ні» можливі лише два значення.');
    }
    case 'percent': {
      const n = parsePlainNumber(t.replace(/\s*%$/, ''));
      return n === null ? refuse('не відсоток.') : { ok: true, value: n };
    }
    case 'count': {
      const n = parsePlainNumber(t);
      if (n === null) return refuse(t.endsWith('%') ? `знак % тут зайвий: одиниця виміру індикатора — «${unit.unit}».` : 'не число.');
      if (!Number.isInteger(n)) return refuse('кількість має бути цілим числом.');
      if (n < 0) return refuse('кількість не може бути від’ємною.');
      return { ok: true, value: n };
    }
    case 'ratio': {
      const n = parsePlainNumber(t);
      return n === null ? refuse('не число.') : { ok: true, value: n };
    }
    case 'per-1000': {
      const n = parsePlainNumber(t);
      if (n === null) return refuse('не число.');
      if (n < 0) return refuse('значення на 1000 населення не може бути від’ємним.');
      return { ok: true, value: n };
    }
    case 'money': {
      const mu = moneyUnitOf(unit.unit);
      const r = parseAmount(t, mu);
      if (r.kind === 'empty') return { ok: true, value: null };
      if (r.kind === 'error') return { ok: false, message: r.message };
      if (r.kind === 'marker') return refuse('позначка, а не сума.');
      if (r.value < 0) return refuse('сума не може бути від’ємною.');
      return { ok: true, value: toUnitNumber(r.value, mu) };
    }
  }
}

/** Ukrainian number: comma before decimals, no-break spaces between thousands, up to 6 decimals. */
export function formatPlainNumber(n: number): string {
  const neg = n < 0;
  const [int = '0', frac] = String(Math.round(Math.abs(n) * 1e6) / 1e6).split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int;
  return `${neg ? '-' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/**
 * A stored value as the grid shows it and as it can be typed back: `30 %`, `Так`, `1 200`,
 * `1 250,5`. A value the unit cannot hold (text in a number column, `5` for Так/Ні) is shown as
 * it is, so that the check that flags it can be seen in place.
 */
export function formatIndicatorValue(v: IndicatorValue | undefined, unit: Unit): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  switch (unit.unitKind) {
    case 'yes-no':
      return v === 1 ? 'Так' : v === 0 ? 'Ні' : formatPlainNumber(v);
    case 'percent':
      return `${formatPlainNumber(v)}\u00a0%`;
    case 'money': {
      const mu = moneyUnitOf(unit.unit);
      const kop = fromUnitNumber(v, mu);
      return kop === null ? formatPlainNumber(v) : formatPlainNumber(toUnitNumber(kop, mu));
    }
    default:
      return formatPlainNumber(v);
  }
}

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  percent: 'Відсоток',
  'yes-no': 'Так/Ні',
  count: 'Кількість',
  ratio: 'Коефіцієнт',
  'per-1000': 'На 1000 населення',
  money: 'Гроші',
  text: 'Текст',
};

/**
 * The unit kind a unit as written implies: `%` → percent, `Так/Ні` → yes/no, `Осіб`, `Од.` →
 * count, `Коефіцієнт` → ratio, `Од./1000 населення` → per-1000, `тис. грн` → money. Null when
 * the words do not say (the kind is then left as it was).
 */
export function unitKindOf(unit: string): UnitKind | null {
  const u = unit.replace(SPACES, ' ').trim().toLowerCase();
  if (!u) return null;
  if (/1\s*000|1000|‰/.test(u)) return 'per-1000';
  if (u === '%' || /відсот|^%|%$/.test(u)) return 'percent';
  if (/так\s*\/\s*ні|yes\s*\/\s*no/.test(u)) return 'yes-no';
  if (/коеф|співвідн|ratio/.test(u)) return 'ratio';
  if (/грн|₴|uah/.test(u)) return 'money';
  if (/^(осіб|особ|од\.?|одиниц|шт\.?|кількість|разів|закладів|камер)/.test(u)) return 'count';
  return null;
}

/** Reads a unit kind from its label, its id or a unit as written; null when unknown. */
export function parseUnitKind(text: string): UnitKind | null {
  const t = text.trim().toLowerCase();
  for (const [id, label] of Object.entries(UNIT_KIND_LABELS) as Array<[UnitKind, string]>) {
    if (t === id || t === label.toLowerCase()) return id;
  }
  return unitKindOf(text);
}

export const DIRECTION_LABELS: Record<Indicator['direction'], string> = {
  higher: '↑ більше — краще',
  lower: '↓ менше — краще',
};

export function parseDirection(text: string): Indicator['direction'] | null {
  const t = text.trim().toLowerCase();
  if (t === 'higher' || t === '↑' || t.startsWith('↑') || t.startsWith('більше')) return 'higher';
  if (t === 'lower' || t === '↓' || t.startsWith('↓') || t.startsWith('менше')) return 'lower';
  return null;
}
