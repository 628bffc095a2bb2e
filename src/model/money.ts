/**
 * Money is an integer number of kopiykas, branded so that it cannot be mixed up with a plain
 * number in thousands of hryvnias (the unit the documents are written in).
 *
 * Parsing rules (decided once here, used by grids, import and the CLI alike):
 * - Spaces of any kind (normal, no-break U+00A0, narrow no-break U+202F, thin U+2009) group
 *   thousands: `1 250,5`.
 * - With both `,` and `.` present the last one is the decimal separator: `1,250.5`, `1.250,5`.
 * - With only one kind of separator appearing more than once it groups thousands: `1,250,000`.
 * - A single `,` or `.` is a decimal separator (`150,0`, `1250.5`), with one exception: an amount
 *   written in hryvnias (`грн` suffix) whose single separator is followed by exactly three digits
 *   groups thousands (`50,000 грн` is fifty thousand hryvnias). Hryvnias have only two decimal
 *   places, so three digits after a separator can only be a thousands group.
 * - `-`, `—`, `---`, `~~~` and blank are empty; `+` is the marker "runs this year without
 *   dedicated money"; `в межах кошторисних (призначень)` is the marker "within allocations".
 * - A value more precise than one kopiyka is refused rather than rounded.
 */
export type Kop = number & { readonly __unit: 'kop' };

export type MoneyUnit = 'thousand-uah' | 'uah';
export type Marker = 'ongoing' | 'within-allocations';

/** Kopiykas in one unit of the given kind. */
export const KOP_PER_UNIT: Record<MoneyUnit, number> = { 'thousand-uah': 100_000, uah: 100 };
const DECIMALS: Record<MoneyUnit, number> = { 'thousand-uah': 5, uah: 2 };

export const UNIT_LABEL: Record<MoneyUnit, string> = { 'thousand-uah': 'тис. грн', uah: 'грн' };

export function kop(n: number): Kop {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of kopiykas: ${n}`);
  return n as Kop;
}

export const ZERO = 0 as Kop;

export function addKop(a: Kop, b: Kop): Kop {
  return (a + b) as Kop;
}

export type ParseErrorCode = 'not-a-number' | 'too-precise' | 'too-large';

export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'amount'; value: Kop }
  | { kind: 'marker'; marker: Marker }
  | { kind: 'error'; code: ParseErrorCode; text: string; message: string };

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const EMPTY = /^(?:[-–—−]+|~+|)$/;
const WITHIN = /^в\s*межах\s+кошторисних(?:\s+призначень)?\.?$/i;
const HRYVNIA = /\s*(?:грн\.?|гривень|гривні|₴)$/i;
const MINUS = /^[-−–]/;

function fail(code: ParseErrorCode, text: string): ParsedAmount {
  const messages: Record<ParseErrorCode, string> = {
    'not-a-number': `«${text}» — не сума. Введіть число, наприклад 1 250,5, або «+», або «в межах кошторисних призначень».`,
    'too-precise': `«${text}» — точніше за копійку. Округліть суму до копійок.`,
    'too-large': `«${text}» — завелика сума.`,
  };
  return { kind: 'error', code, text, message: messages[code] };
}

/**
 * Parses an amount as people write it in Ukrainian documents.
 * @param text  the cell text
 * @param unit  the unit a bare number is in (the programme's unit); `грн` in the text overrides it
 * @example parseAmount('1 250,5', 'thousand-uah') // { kind: 'amount', value: 125050000 }
 */
export function parseAmount(text: string, unit: MoneyUnit): ParsedAmount {
  const original = text;
  let t = text.replace(SPACES, ' ').trim();
  if (EMPTY.test(t)) return { kind: 'empty' };
  if (t === '+') return { kind: 'marker', marker: 'ongoing' };
  if (WITHIN.test(t)) return { kind: 'marker', marker: 'within-allocations' };
  let inUnit: MoneyUnit = unit;
  if (HRYVNIA.test(t)) {
    inUnit = 'uah';
    t = t.replace(HRYVNIA, '');
  }
  let negative = false;
  if (MINUS.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  }
  const split = splitNumber(t, inUnit === 'uah');
  if (!split) return fail('not-a-number', original.trim());
  const [intPart, fracPart] = split;
  if (fracPart.length > DECIMALS[inUnit] && /[1-9]/.test(fracPart.slice(DECIMALS[inUnit]))) {
    return fail('too-precise', original.trim());
  }
  const frac = fracPart.slice(0, DECIMALS[inUnit]).padEnd(DECIMALS[inUnit], '0');
  const digits = (intPart + frac).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return fail('too-large', original.trim());
  const scale = KOP_PER_UNIT[inUnit] / 10 ** DECIMALS[inUnit];
  const value = Number(digits) * scale;
  if (!Number.isSafeInteger(value)) return fail('too-large', original.trim());
  return { kind: 'amount', value: (negative && value !== 0 ? -value : value) as Kop };
}

/** Splits `1 250,5` into ['1250', '5']; null when the text is not a number. */
function splitNumber(t: string, hryvnias: boolean): [string, string] | null {
  if (!/^[\d ,.]+$/.test(t) || !/\d/.test(t)) return null;
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  let group = '';
  let decimal = '';
  if (commas && dots) {
    decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
    group = decimal === ',' ? '.' : ',';
    if ((decimal === ',' ? commas : dots) > 1) return null;
  } else if (commas > 1 || dots > 1) {
    group = commas > 1 ? ',' : '.';
  } else if (commas === 1 || dots === 1) {
    const sep = commas ? ',' : '.';
    const after = t.slice(t.indexOf(sep) + 1);
    if (hryvnias && /^\d{3}$/.test(after.replace(/ /g, ''))) group = sep;
    else decimal = sep;
  }
  const parts = decimal ? t.split(decimal) : [t];
  let intRaw = parts[0] ?? '';
  const fracRaw = parts[1] ?? '';
  if (/[ ,.]/.test(fracRaw) || fracRaw === '' && decimal && !/\d$/.test(t)) return null;
  // Every group after the first must have exactly three digits.
  const groups = intRaw.split(new RegExp(`[ ${group === '.' ? '\\.' : group}]`));
  if (groups.length > 1) {
    if (!groups[0] || groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return null;
  }
  intRaw = groups.join('');
  if (!/^\d*$/.test(intRaw) || !/^\d*$/.test(fracRaw)) return null;
  if (intRaw === '' && fracRaw === '') return null;
  return [intRaw === '' ? '0' : intRaw, fracRaw];
}

const NBSP = '\u00a0';

/**
 * Formats kopiykas in the given unit the Ukrainian way: no-break space between thousands,
 * comma before decimals, at least `minDecimals` decimals and as many more as needed to be exact,
 * so that `parseAmount(formatAmount(x))` always gives back x.
 * @example formatAmount(kop(125050000), 'thousand-uah') // '1 250,5'
 */
export function formatAmount(value: Kop, unit: MoneyUnit, minDecimals = 1): string {
  // Plain string work, no regular expressions: the engine rewords findings on every keystroke.
  const per = KOP_PER_UNIT[unit];
  const abs = Math.abs(value);
  const whole = Math.floor(abs / per);
  const rest = abs - whole * per;
  let frac = '';
  if (rest !== 0) {
    frac = String(rest).padStart(DECIMALS[unit], '0');
    let end = frac.length;
    while (frac.charCodeAt(end - 1) === 48) end--; // trailing zeros; rest > 0 has a non-zero digit
    frac = frac.slice(0, end);
  }
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0');
  const digits = String(whole);
  let grouped = digits;
  if (digits.length > 3) {
    const head = digits.length % 3 || 3;
    grouped = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) grouped += NBSP + digits.slice(i, i + 3);
  }
  return `${value < 0 ? '-' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/** Converts kopiykas into a plain number of units (for charts and JSON reports only, never for sums). */
export function toUnitNumber(value: Kop, unit: MoneyUnit): number {
  return value / KOP_PER_UNIT[unit];
}

/** Converts a number of units (e.g. 150.0 тис. грн from a spreadsheet cell) to kopiykas, exactly. */
export function fromUnitNumber(n: number, unit: MoneyUnit): Kop | null {
  const v = Math.round(n * KOP_PER_UNIT[unit]);
  // A float that is not within a rounding error of a kopiyka is more precise than money allows.
  if (!Number.isSafeInteger(v) || Math.abs(v - n * KOP_PER_UNIT[unit]) > 1e-6 * Math.max(1, Math.abs(v))) return null;
  return v as Kop;
}
