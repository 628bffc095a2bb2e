/**
 * Додаток 1 in one row per measure: № | Назва | Відповідальні | Строки | Джерела фінансування |
 * one column per year | Всього | Очікувані результати, with a row for each priority and task
 * («Пріоритет 1. …», «Завдання 1.1. …» across the row),
 * «Всього за завданням», «Всього за напрямом» and «Всього за Програмою».
 *
 * The source column is not in the brief's list but is what Баранинці's annex has: without it a
 * re-import could not tell which budget a measure is paid from. It names the sources that hold
 * the measure's money (the measure's own «джерела» text when it has no money).
 *
 * Formulas: a task's total is SUM of its measure rows (one range); a priority's is SUM of the
 * range of measures straight under it and its tasks' totals; the programme's is SUM of the
 * priorities'; «Всього» of every row is SUM across its year columns.
 */
import { axesOf } from '../../engine/axes';
import type { Axes } from '../../engine/axes';
import { UNIT_LABEL, formatAmount, kop } from '../../model/money';
import type { FundingSource, Measure, ProgrammeDoc } from '../../model/schema';
import type { PlanMoney } from './annex1-money';
import { cellOver, planMoney } from './annex1-money';
import type { DocStyles } from './doc-styles';
import { docStyles } from './doc-styles';
import { MARKER_TEXT } from './measure-money';
import { planOutline, priorityHeading } from './plan-outline';
import { linesFor, toProgramme, writeTitleBlock } from './title-block';
import type { Area } from './xlsx/sheet';
import { Sheet } from './xlsx/sheet';
import type { StyleBook } from './xlsx/styles';

const CODE = 1;
const NAME = 2;
const RESPONSIBLE = 3;
const TERM = 4;
const SOURCES = 5;
const YEAR0 = 6;
const WIDTHS = { code: 8, name: 44, responsible: 26, term: 11, sources: 22, year: 11, total: 12, result: 34 };

interface Ctx {
  sheet: Sheet;
  st: DocStyles;
  axes: Axes;
  money: PlanMoney;
  sources: readonly FundingSource[];
  total: number;
  result: number;
}

export function compactSheet(doc: ProgrammeDoc, book: StyleBook): Sheet {
  const p = doc.programme;
  const axes = axesOf(p);
  const sheet = new Sheet('Додаток 1', p.unit);
  const st = docStyles(book, p.unit);
  const total = YEAR0 + axes.Y;
  const ctx: Ctx = { sheet, st, axes, money: planMoney(doc.measures, axes), sources: p.sources, total, result: total + 1 };
  sheet.setWidths([WIDTHS.code, WIDTHS.name, WIDTHS.responsible, WIDTHS.term, WIDTHS.sources, ...axes.years.map(() => WIDTHS.year), WIDTHS.total, WIDTHS.result]);

  let r = writeTitleBlock(sheet, st, ctx.result, {
    annex: 'Додаток 1',
    to: toProgramme(p.title),
    heading: `Перелік завдань, проектів, робіт з інформатизації на ${p.startYear}-${p.endYear} рр.`,
    unit: UNIT_LABEL[p.unit],
  });
  r = writeHeader(ctx, r);

  const sectionTotals: Area[] = [];
  for (const section of planOutline(doc)) {
    const pr = section.priority;
    heading(ctx, r++, priorityHeading(pr), st.section);
    const parts: Area[] = [];
    for (const group of section.groups) {
      if (group.task) heading(ctx, r++, group.task.code ? `Завдання ${group.task.code}. ${group.task.title}` : `Завдання: ${group.task.title}`, st.section);
      const first = r;
      for (const m of group.measures) writeMeasure(ctx, r++, m);
      if (!group.task) {
        // Measures straight under the priority: their rows are one range of the priority's SUM.
        if (r > first) parts.push({ r1: first, c1: 0, r2: r - 1, c2: 0 });
        continue;
      }
      writeTotal(ctx, r, `Всього за завданням ${group.task.code}`.trim(), r > first ? [{ r1: first, c1: 0, r2: r - 1, c2: 0 }] : [], st.section, st.sectionMoney);
      parts.push({ r1: r, c1: 0, r2: r, c2: 0 });
      r++;
    }
    writeTotal(ctx, r, pr ? `Всього за напрямом ${pr.code}`.trim() : 'Всього поза напрямами', parts, st.total, st.totalMoney);
    sectionTotals.push({ r1: r, c1: 0, r2: r, c2: 0 });
    r++;
  }
  writeTotal(ctx, r, 'Всього за Програмою', sectionTotals, st.total, st.totalMoney);
  const outside = ctx.money.outside;
  if (outside !== 0) {
    r += 2;
    sheet.text(r, CODE, `Примітка. Кошти, заплановані поза роками дії Програми (${formatAmount(kop(outside), p.unit)} ${UNIT_LABEL[p.unit]}), до таблиці не включено.`, st.note);
    sheet.merge(r, CODE, r, ctx.result);
  }
  return sheet;
}

function writeHeader(ctx: Ctx, r: number): number {
  const { sheet, st, axes, total, result } = ctx;
  const h = st.header;
  const headers: Array<[number, string]> = [
    [CODE, '№ з/п'],
    [NAME, 'Назва проекту, робіт з інформатизації'],
    [RESPONSIBLE, 'Відповідальні за виконання'],
    [TERM, 'Строки виконання'],
    [SOURCES, 'Джерела фінансування'],
    [result, 'Очікувані результати'],
  ];
  for (const [c, text] of headers) {
    sheet.text(r, c, text, h);
    sheet.merge(r, c, r + 1, c, h);
  }
  sheet.text(r, YEAR0, `Обсяги фінансування, ${UNIT_LABEL[sheet.unit]}`, h);
  sheet.merge(r, YEAR0, r, total, h);
  axes.years.forEach((y, i) => sheet.text(r + 1, YEAR0 + i, String(y), h));
  sheet.text(r + 1, total, 'Всього', h);
  sheet.height(r, 30);
  sheet.frozenRows = r + 1;
  sheet.page.titleRows = [r, r + 1];
  return r + 2;
}

/**
 * A priority or task line, one text across the whole row («Пріоритет 1. …», «Завдання 1.1. …»),
 * as Хмільник's section rows are: the words say its level to a reader and to our importer.
 */
function heading(ctx: Ctx, r: number, title: string, s: number): void {
  ctx.sheet.text(r, CODE, title, s);
  ctx.sheet.merge(r, CODE, r, ctx.result, s);
  fit(ctx.sheet, r, linesFor(title, widthFrom(ctx.sheet, CODE, ctx.result)));
}

function writeMeasure(ctx: Ctx, r: number, m: Measure): void {
  const { sheet, st, axes, total, result } = ctx;
  const mm = ctx.money.byMeasure.get(m.id)!;
  const all = ctx.sources.map((_, i) => i);
  const paying = ctx.sources.filter((_, s) => axes.years.some((_, y) => mm.written[y * axes.S + s] && mm.planned[y * axes.S + s] !== 0));
  const sourcesText = paying.length ? paying.map((s) => s.name).join(', ') : m.sourceText;
  const texts: Array<[number, string, number]> = [
    [CODE, m.code, st.center],
    [NAME, m.title, st.text],
    [RESPONSIBLE, m.responsible, st.text],
    [TERM, m.term.text, st.center],
    [SOURCES, sourcesText, st.text],
    [result, m.result, st.text],
  ];
  for (const [c, text, s] of texts) sheet.text(r, c, text, s);
  for (let y = 0; y < axes.Y; y++) {
    const cell = cellOver(mm, axes, y, all);
    if (cell.written) sheet.money(r, YEAR0 + y, cell.kop, st.money);
    else if (cell.marker) sheet.text(r, YEAR0 + y, MARKER_TEXT[cell.marker], st.marker);
    else sheet.blank(r, YEAR0 + y, st.money);
  }
  sheet.sum(r, total, [{ r1: r, c1: YEAR0, r2: r, c2: YEAR0 + axes.Y - 1 }], st.moneyBold);
  fit(sheet, r, Math.max(...texts.map(([c, text]) => linesFor(text, sheet.widths[c - 1] ?? 10))));
}

/**
 * A total row: per year, SUM of the given rows (areas name rows; their columns are filled in
 * here), and «Всього» across the years.
 */
function writeTotal(ctx: Ctx, r: number, label: string, rowsToAdd: readonly Area[], s: number, money: number): void {
  const { sheet, axes, total, result } = ctx;
  sheet.text(r, CODE, label, s);
  sheet.merge(r, CODE, r, SOURCES, s);
  for (let y = 0; y < axes.Y; y++) {
    const c = YEAR0 + y;
    sheet.sum(r, c, rowsToAdd.map((a) => ({ r1: a.r1, c1: c, r2: a.r2, c2: c })), money);
  }
  sheet.sum(r, total, [{ r1: r, c1: YEAR0, r2: r, c2: YEAR0 + axes.Y - 1 }], money);
  sheet.blank(r, result, s);
}

function fit(sheet: Sheet, r: number, lines: number): void {
  if (lines > 1) sheet.height(r, lines * 15);
}

function widthFrom(sheet: Sheet, c1: number, c2: number): number {
  let w = 0;
  for (let c = c1; c <= c2; c++) w += sheet.widths[c - 1] ?? 10;
  return w;
}
