/**
 * Actual spending from the public budget-execution data (openbudget.gov.ua, local budget
 * expenditures by programme classification): a `;`-separated CSV with `REP_PERIOD` (MM.YYYY),
 * `FUND_TYP`, `COD_BUDGET`, `COD_CONS_MB_PK` (the budget programme code, КПКВК),
 * `COD_CONS_MB_PK_NAME`, `COD_CONS_EK` (economic code), `ZAT_AMT` (approved), `PLANS_AMT`
 * (plan for the period) and `FAKT_AMT` (spent), amounts in hryvnias.
 *
 * Three steps, each pure: `parseBudgetExecution` reads the rows, `reduceBudgetRows` turns them
 * into one spent amount per (code, year), `mapBudgetActuals` gives each amount to the measure
 * whose `budgetCodes` hold the code. What cannot be placed is listed with the reason; nothing is
 * guessed. The data are year-to-date figures, so a year's amount is taken from its latest period.
 */
import type { Kop } from '../model/money';
import { formatAmount } from '../model/money';
import type { Measure, ProgrammeDoc } from '../model/schema';
import { decodeText, parseCsv } from './csv';

export interface BudgetRow {
  /** 1-based line of the file */
  line: number;
  year: number;
  month: number;
  fund: string;
  budget: string;
  /** the КПКВК code, normalised (see normaliseBudgetCode) */
  code: string;
  name: string;
  /** economic classification code, '' when the file has none */
  econ: string;
  approved: Kop | null;
  planned: Kop | null;
  actual: Kop;
}

export interface BudgetProblem {
  line: number;
  message: string;
}

export type BudgetParse = { ok: true; rows: BudgetRow[]; problems: BudgetProblem[] } | { ok: false; message: string };

const REQUIRED = ['REP_PERIOD', 'COD_CONS_MB_PK', 'FAKT_AMT'] as const;
const OPTIONAL = ['FUND_TYP', 'COD_BUDGET', 'COD_CONS_MB_PK_NAME', 'COD_CONS_EK', 'ZAT_AMT', 'PLANS_AMT'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/**
 * A budget programme code as the data and the documents write it: digits only; a code that lost
 * its leading zero in a spreadsheet (`117330`) gets it back (`0117330`), since КПКВК of local
 * budgets have seven digits. Null when it is not a code.
 */
export function normaliseBudgetCode(text: string): string | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d{4,10}$/.test(t)) return null;
  return t.length === 6 ? `0${t}` : t;
}

/**
 * Reads the codes typed into a measure's «Коди КПКВК» cell: separated by commas, semicolons or
 * spaces. Refused with a sentence when one of them is not a code.
 * @example parseBudgetCodes('0117330, 116030') // { ok: true, codes: ['0117330', '0116030'] }
 */
export function parseBudgetCodes(text: string): { ok: true; codes: string[] } | { ok: false; message: string } {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const codes: string[] = [];
  const bad: string[] = [];
  for (const p of parts) {
    const c = normaliseBudgetCode(p);
    if (c) codes.push(c);
    else bad.push(p);
  }
  if (bad.length) return { ok: false, message: `«${bad.join(', ')}» — не код бюджетної програми. Введіть коди КПКВК цифрами через кому, наприклад 0117330, 0116030.` };
  return { ok: true, codes: [...new Set(codes)] };
}

/** Hryvnias with at most two decimals (`1234567.89`, `1 234 567,89`) to kopiykas, exactly; null otherwise. */
export function parseHryvnias(text: string): Kop | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  const m = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const kop = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(kop)) return null;
  return (m[1] && kop !== 0 ? -kop : kop) as Kop;
}

/** Reads the file (UTF-8 or Windows-1251, `;`-separated). */
export function parseBudgetExecution(data: Uint8Array | string): BudgetParse {
  const text = typeof data === 'string' ? data.replace(/^\ufeff/, '') : decodeText(data).text;
  let matrix: string[][];
  try {
    matrix = parseCsv(text, ';');
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const headerAt = matrix.findIndex((r) => r.some((c) => c.trim().toUpperCase() === 'COD_CONS_MB_PK'));
  if (headerAt < 0) {
    const found = REQUIRED.filter((c) => matrix.some((r) => r.some((x) => x.trim().toUpperCase() === c)));
    const missing = REQUIRED.filter((c) => !found.includes(c));
    return {
      ok: false,
      message: `У файлі немає стовпців ${missing.join(', ')}: це не дані виконання бюджету за програмною класифікацією. ` +
        'Завантажте з порталу «Відкритий бюджет» видатки місцевого бюджету за програмною класифікацією у форматі CSV (розділювач «;») і спробуйте ще раз.',
    };
  }
  const header = matrix[headerAt]!.map((c) => c.trim().toUpperCase());
  const col = new Map<Column, number>();
  for (const name of [...REQUIRED, ...OPTIONAL]) {
    const i = header.indexOf(name);
    if (i >= 0) col.set(name, i);
  }
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length) {
    return { ok: false, message: `У заголовку файла (рядок ${headerAt + 1}) немає стовпців ${missing.join(', ')}. Перевірте, що це видатки за програмною класифікацією, і завантажте файл ще раз.` };
  }
  const rows: BudgetRow[] = [];
  const problems: BudgetProblem[] = [];
  for (let i = headerAt + 1; i < matrix.length; i++) {
    const r = matrix[i]!;
    const get = (c: Column) => (col.has(c) ? (r[col.get(c)!] ?? '').trim() : '');
    if (r.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const period = /^(\d{1,2})\.(\d{4})$/.exec(get('REP_PERIOD'));
    if (!period || Number(period[1]) < 1 || Number(period[1]) > 12) {
      problems.push({ line, message: `Рядок ${line}: період «${get('REP_PERIOD')}» не має вигляду ММ.РРРР (наприклад 12.2024). Рядок пропущено.` });
      continue;
    }
    const code = normaliseBudgetCode(get('COD_CONS_MB_PK'));
    if (!code) {
      problems.push({ line, message: `Рядок ${line}: «${get('COD_CONS_MB_PK')}» у стовпці COD_CONS_MB_PK — не код бюджетної програми. Рядок пропущено.` });
      continue;
    }
    const actual = parseHryvnias(get('FAKT_AMT') || '0');
    if (actual === null) {
      problems.push({ line, message: `Рядок ${line}: сума «${get('FAKT_AMT')}» у стовпці FAKT_AMT — не сума в гривнях (до двох знаків після коми). Рядок пропущено.` });
      continue;
    }
    const optionalAmount = (c: Column) => (get(c) === '' ? null : parseHryvnias(get(c)));
    rows.push({
      line,
      year: Number(period[2]),
      month: Number(period[1]),
      fund: get('FUND_TYP').toUpperCase(),
      budget: get('COD_BUDGET'),
      code,
      name: get('COD_CONS_MB_PK_NAME'),
      econ: get('COD_CONS_EK'),
      approved: optionalAmount('ZAT_AMT'),
      planned: optionalAmount('PLANS_AMT'),
      actual,
    });
  }
  const budgets = [...new Set(rows.map((r) => r.budget).filter(Boolean))];
  if (budgets.length > 1) {
    return { ok: false, message: `У файлі дані ${budgets.length} бюджетів (COD_BUDGET: ${budgets.slice(0, 5).join(', ')}). Залиште у файлі рядки лише бюджету вашої громади і спробуйте ще раз.` };
  }
  return { ok: true, rows, problems };
}

/** Spending of one budget programme in one year. */
export interface BudgetLine {
  code: string;
  name: string;
  year: number;
  /** the period the amount is as of (the year's latest in the file) */
  month: number;
  actual: Kop;
  approved: Kop | null;
  planned: Kop | null;
  /** lines of the file it was taken from */
  lines: number[];
}

const TOTAL_FUNDS = new Set(['T', 'Т', 'РАЗОМ', 'УСЬОГО']);

/**
 * One amount per (code, year), without counting anything twice:
 * - the figures are year-to-date, so only each year's latest period is used;
 * - a «total» fund row (`FUND_TYP` T) is used when present, else the general and special funds are added;
 * - of the economic-code rows, a total row (no code or 0) is used when present, else only the
 *   codes no other present code contains (2000 contains 2200 and 2210; 3000 contains 3110).
 */
export function reduceBudgetRows(rows: readonly BudgetRow[]): { lines: BudgetLine[]; notes: string[] } {
  const notes: string[] = [];
  const latest = new Map<number, number>();
  for (const r of rows) latest.set(r.year, Math.max(latest.get(r.year) ?? 0, r.month));
  for (const [year, month] of [...latest].sort((a, b) => a[0] - b[0])) {
    const months = new Set(rows.filter((r) => r.year === year).map((r) => r.month));
    if (months.size > 1) notes.push(`За ${year} рік у файлі є звіти за ${months.size} періоди; взято останній — ${pad(month)}.${year} (суми наростаючим підсумком з початку року).`);
  }
  const groups = new Map<string, BudgetRow[]>();
  for (const r of rows) {
    if (r.month !== latest.get(r.year)) continue;
    const key = `${r.year}|${r.code}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const lines: BudgetLine[] = [];
  for (const g of groups.values()) {
    const totals = g.filter((r) => TOTAL_FUNDS.has(r.fund));
    const funds = totals.length ? totals : g;
    const used: BudgetRow[] = [];
    for (const fund of new Set(funds.map((r) => r.fund))) used.push(...topEconomicRows(funds.filter((r) => r.fund === fund)));
    const sum = (f: (r: BudgetRow) => Kop | null): Kop | null => (used.some((r) => f(r) !== null) ? (used.reduce((s, r) => s + (f(r) ?? 0), 0) as Kop) : null);
    const first = g[0]!;
    lines.push({
      code: first.code,
      name: g.find((r) => r.name)?.name ?? '',
      year: first.year,
      month: first.month,
      actual: sum((r) => r.actual)!,
      approved: sum((r) => r.approved),
      planned: sum((r) => r.planned),
      lines: used.map((r) => r.line),
    });
  }
  lines.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
  return { lines, notes };
}

function topEconomicRows(rows: readonly BudgetRow[]): BudgetRow[] {
  const total = rows.filter((r) => r.econ === '' || /^0+$/.test(r.econ));
  if (total.length) return total;
  const prefixes = rows.map((r) => r.econ.replace(/0+$/, ''));
  return rows.filter((r) => !prefixes.some((p, i) => p !== '' && rows[i]!.econ !== r.econ && r.econ.startsWith(p)));
}

export interface ActualsAssignment {
  measureId: string;
  year: number;
  sourceId: string;
  amount: Kop;
  codes: string[];
}

export type UnmatchedReason = 'no-measure' | 'ambiguous' | 'outside-period';

export interface ActualsPlan {
  assignments: ActualsAssignment[];
  matched: Array<{ line: BudgetLine; measureId: string }>;
  unmatched: Array<{ line: BudgetLine; reason: UnmatchedReason; message: string }>;
}

/**
 * Gives each year's spending of a budget programme to the measure whose codes hold it. The money
 * goes to the one source the measure's plan uses that year (so plan and actual stand side by
 * side), or to `fallbackSourceId` when the plan uses none or several; the preview names it.
 * A code no measure has, a code several measures share, or a year outside the programme is
 * listed and not applied.
 */
export function mapBudgetActuals(lines: readonly BudgetLine[], doc: ProgrammeDoc, fallbackSourceId: string): ActualsPlan {
  const byCode = new Map<string, Measure[]>();
  for (const m of doc.measures) {
    for (const raw of m.budgetCodes) {
      const c = normaliseBudgetCode(raw);
      if (!c) continue;
      const list = byCode.get(c) ?? [];
      if (!list.includes(m)) list.push(m);
      byCode.set(c, list);
    }
  }
  const p = doc.programme;
  const sums = new Map<string, ActualsAssignment>();
  const plan: ActualsPlan = { assignments: [], matched: [], unmatched: [] };
  for (const line of lines) {
    const what = `КПКВК ${line.code}${line.name ? ` «${line.name}»` : ''}, ${line.year} рік (${formatAmount(line.actual, 'uah')} грн)`;
    if (line.year < p.startYear || line.year > p.endYear) {
      plan.unmatched.push({ line, reason: 'outside-period', message: `${what}: рік поза періодом Програми (${p.startYear}–${p.endYear}); рядок не враховано.` });
      continue;
    }
    const ms = byCode.get(line.code) ?? [];
    if (ms.length === 0) {
      plan.unmatched.push({ line, reason: 'no-measure', message: `${what}: жоден захід не має цього коду. Вкажіть код у стовпці «Коди КПКВК» потрібного заходу або залиште рядок неврахованим.` });
      continue;
    }
    if (ms.length > 1) {
      const codes = ms.map((m) => m.code || `«${m.title.slice(0, 30)}»`).join(', ');
      plan.unmatched.push({ line, reason: 'ambiguous', message: `${what}: код вказано в ${ms.length} заходах (${codes}), суму не розподілено. Залиште код лише в одному заході.` });
      continue;
    }
    const m = ms[0]!;
    plan.matched.push({ line, measureId: m.id });
    const key = `${m.id}|${line.year}`;
    const a = sums.get(key);
    if (a) {
      a.amount = (a.amount + line.actual) as Kop;
      a.codes.push(line.code);
    } else sums.set(key, { measureId: m.id, year: line.year, sourceId: plannedSource(m, line.year) ?? fallbackSourceId, amount: line.actual, codes: [line.code] });
  }
  plan.assignments = [...sums.values()];
  return plan;
}

/** The one source a measure's plan puts money (or a marker) in that year; null when none or several. */
function plannedSource(m: Measure, year: number): string | null {
  const ids = new Set(m.funding.filter((f) => f.year === year && (f.planned !== null || f.marker !== null)).map((f) => f.sourceId));
  return ids.size === 1 ? [...ids][0]! : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
