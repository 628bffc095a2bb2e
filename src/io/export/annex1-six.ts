/**
 * Додаток 1 in the official layout: per measure a row «Загальний обсяг, у тому числі:» and one
 * row per source; name, responsible, term and result merged down the block; the task's name
 * merged down all its measures; «Всього за напрямом N» after each priority and «Всього за
 * Програмою» at the end in the same shape.
 *
 * Formulas: a block's «Загальний обсяг» row is SUM of its source rows; «Всього» is SUM across the
 * year columns; a priority's source row is SUM of that source row of each of its measures (SUMIF
 * over the source labels when a priority is too big for one formula); the programme's source
 * row is SUM of the priorities'.
 */
import { axesOf } from '../../engine/axes';
import type { Axes } from '../../engine/axes';
import { UNIT_LABEL, formatAmount, kop } from '../../model/money';
import type { Measure, ProgrammeDoc } from '../../model/schema';
import type { PlanMoney } from './annex1-money';
import { cellOver, planMoney } from './annex1-money';
import type { DocStyles } from './doc-styles';
import { docStyles } from './doc-styles';
import { MARKER_TEXT } from './measure-money';
import { planOutline, priorityHeading, taskHeading } from './plan-outline';
import type { NonStandardSources, SourceRow } from './source-rows';
import { TOTAL_ROW_LABEL, sourceRows } from './source-rows';
import { linesFor, toProgramme, writeTitleBlock } from './title-block';
import type { Area } from './xlsx/sheet';
import { Sheet } from './xlsx/sheet';
import type { StyleBook } from './xlsx/styles';

const TASK = 1;
const NAME = 2;
const RESPONSIBLE = 3;
const TERM = 4;
const SOURCE = 5;
const TOTAL = 6;
const YEAR0 = 7;
const WIDTHS = { task: 20, name: 38, responsible: 22, term: 12, source: 32, total: 11, year: 10, result: 30 };

interface Ctx {
  sheet: Sheet;
  st: DocStyles;
  axes: Axes;
  money: PlanMoney;
  rows: SourceRow[];
  result: number;
}

export function sixRowsSheet(doc: ProgrammeDoc, book: StyleBook, nonStandard: NonStandardSources): Sheet {
  const p = doc.programme;
  const axes = axesOf(p);
  const sheet = new Sheet('Додаток 1', p.unit);
  const st = docStyles(book, p.unit);
  const money = planMoney(doc.measures, axes);
  const plan = sourceRows(p.sources, money.used, nonStandard);
  const result = YEAR0 + axes.Y;
  const ctx: Ctx = { sheet, st, axes, money, rows: plan.rows, result };
  sheet.setWidths([WIDTHS.task, WIDTHS.name, WIDTHS.responsible, WIDTHS.term, WIDTHS.source, WIDTHS.total, ...axes.years.map(() => WIDTHS.year), WIDTHS.result]);

  let r = writeTitleBlock(sheet, st, result, {
    annex: 'Додаток 1',
    to: toProgramme(p.title),
    heading: `Перелік завдань, проектів, робіт з інформатизації на ${p.startYear}-${p.endYear} рр.`,
    unit: UNIT_LABEL[p.unit],
  });
  r = writeHeader(ctx, r);

  const sectionStarts: number[] = [];
  for (const section of planOutline(doc)) {
    sheet.text(r, TASK, priorityHeading(section.priority), st.section);
    sheet.merge(r, TASK, r, result, st.section);
    r++;
    const blockStarts: number[] = [];
    const first = r;
    for (const group of section.groups) {
      const groupStart = r;
      if (group.measures.length === 0 && group.task) {
        // A task with no measures yet keeps its line, so that the plan's structure is complete.
        sheet.text(r, TASK, taskHeading(group.task), st.text);
        for (let c = NAME; c <= result; c++) sheet.blank(r, c, st.text);
        r++;
        continue;
      }
      for (const m of group.measures) {
        blockStarts.push(r);
        r = writeMeasure(ctx, r, m);
      }
      sheet.text(groupStart, TASK, group.task ? taskHeading(group.task) : '', st.text);
      sheet.merge(groupStart, TASK, r - 1, TASK, st.text);
    }
    const label = section.priority ? `Всього за напрямом${section.priority.code ? ' ' + section.priority.code : ''}` : 'Всього поза напрямами';
    sectionStarts.push(r);
    r = writeTotalBlock(ctx, r, label, blockStarts, { first, last: r - 1 });
  }
  r = writeTotalBlock(ctx, r, 'Всього за Програмою', sectionStarts, null);
  writeNotes(ctx, r + 1, plan.folded.map((s) => s.name), money.outside, p.unit);
  return sheet;
}

function writeHeader(ctx: Ctx, r: number): number {
  const { sheet, st, axes, result } = ctx;
  const h = st.header;
  const headers: Array<[number, string]> = [
    [TASK, 'Назва завдання'],
    [NAME, 'Назва проекту, робіт з інформатизації'],
    [RESPONSIBLE, 'Відповідальні за виконання'],
    [TERM, 'Строки виконання'],
    [SOURCE, 'Джерела фінансування'],
    [result, 'Очікувані результати'],
  ];
  for (const [c, text] of headers) {
    sheet.text(r, c, text, h);
    sheet.merge(r, c, r + 1, c, h);
  }
  sheet.text(r, TOTAL, `Обсяги фінансування, ${UNIT_LABEL[sheet.unit]}`, h);
  sheet.merge(r, TOTAL, r, YEAR0 + axes.Y - 1, h);
  sheet.text(r + 1, TOTAL, 'Всього', h);
  axes.years.forEach((y, i) => sheet.text(r + 1, YEAR0 + i, String(y), h));
  sheet.height(r, 30);
  sheet.height(r + 1, 30);
  sheet.frozenRows = r + 1;
  sheet.page.titleRows = [r, r + 1];
  return r + 2;
}

/** Writes one measure's block from row r0 and returns the row after it. */
function writeMeasure(ctx: Ctx, r0: number, m: Measure): number {
  const { sheet, st, axes, rows, result } = ctx;
  const mm = ctx.money.byMeasure.get(m.id)!;
  const k = rows.length;
  rows.forEach((row, j) => {
    const r = r0 + 1 + j;
    sheet.text(r, SOURCE, row.label, st.label);
    for (let y = 0; y < axes.Y; y++) {
      const cell = cellOver(mm, axes, y, row.sources);
      if (cell.written) sheet.money(r, YEAR0 + y, cell.kop, st.money);
      else if (cell.marker) sheet.text(r, YEAR0 + y, MARKER_TEXT[cell.marker], st.marker);
      else sheet.blank(r, YEAR0 + y, st.money);
    }
  });
  sheet.text(r0, SOURCE, TOTAL_ROW_LABEL, st.label);
  for (let y = 0; y < axes.Y; y++) sheet.sum(r0, YEAR0 + y, [col(r0 + 1, r0 + k, YEAR0 + y)], st.moneyBold);
  for (let r = r0; r <= r0 + k; r++) sheet.sum(r, TOTAL, [row(r, YEAR0, YEAR0 + axes.Y - 1)], r === r0 ? st.moneyBold : st.moneySum);
  const merged: Array<[number, string]> = [
    [NAME, m.title],
    [RESPONSIBLE, m.responsible],
    [TERM, m.term.text],
    [result, m.result],
  ];
  for (const [c, text] of merged) {
    sheet.text(r0, c, text, c === TERM ? st.center : st.text);
    sheet.merge(r0, c, r0 + k, c, st.text);
  }
  fitBlock(sheet, r0, k + 1, Math.max(...merged.map(([c, text]) => linesFor(text, sheet.widths[c - 1] ?? 10))));
  return r0 + k + 1;
}

/**
 * A total block: each source row adds that row of every block starting at `starts`. `range`
 * bounds the measure rows for the SUMIF form, used when the list is too long for Excel.
 */
function writeTotalBlock(ctx: Ctx, r0: number, label: string, starts: readonly number[], range: { first: number; last: number } | null): number {
  const { sheet, st, axes, rows, result } = ctx;
  const k = rows.length;
  sheet.text(r0, TASK, label, st.total);
  sheet.merge(r0, TASK, r0 + k, TERM, st.total);
  rows.forEach((row, j) => {
    const r = r0 + 1 + j;
    sheet.text(r, SOURCE, row.label, st.total);
    for (let y = 0; y < axes.Y; y++) {
      const c = YEAR0 + y;
      const areas = starts.map((s) => cell(s + 1 + j, c));
      sheet.sum(r, c, areas, st.totalMoneySum, range ? { labelCol: SOURCE, sumCol: c, r1: range.first, r2: range.last, label: row.label } : undefined);
    }
  });
  sheet.text(r0, SOURCE, TOTAL_ROW_LABEL, st.total);
  for (let y = 0; y < axes.Y; y++) sheet.sum(r0, YEAR0 + y, [col(r0 + 1, r0 + k, YEAR0 + y)], st.totalMoney);
  for (let r = r0; r <= r0 + k; r++) sheet.sum(r, TOTAL, [row(r, YEAR0, YEAR0 + axes.Y - 1)], r === r0 ? st.totalMoney : st.totalMoneySum);
  sheet.blank(r0, result, st.total);
  sheet.merge(r0, result, r0 + k, result, st.total);
  return r0 + k + 1;
}

function writeNotes(ctx: Ctx, r: number, folded: readonly string[], outside: number, unit: ProgrammeDoc['programme']['unit']): void {
  const { sheet, st, result } = ctx;
  const notes: string[] = [];
  if (folded.length) notes.push(`До рядка «інші джерела» включено кошти джерел: ${folded.join(', ')}.`);
  if (outside !== 0) notes.push(`Кошти, заплановані поза роками дії Програми (${formatAmount(kop(outside), unit)} ${UNIT_LABEL[unit]}), до таблиці не включено.`);
  notes.forEach((text, i) => {
    sheet.text(r + i, TASK, `Примітка. ${text}`, st.note);
    sheet.merge(r + i, TASK, r + i, result);
    sheet.height(r + i, 30);
  });
}

/** Spreads the height a block's merged texts need over its rows (Excel does not size merged cells). */
function fitBlock(sheet: Sheet, r0: number, n: number, lines: number): void {
  const need = lines * 15;
  if (need <= n * 15) return;
  const each = Math.ceil(need / n);
  for (let r = r0; r < r0 + n; r++) sheet.height(r, each);
}

const cell = (r: number, c: number): Area => ({ r1: r, c1: c, r2: r, c2: c });
const col = (r1: number, r2: number, c: number): Area => ({ r1, c1: c, r2, c2: c });
const row = (r: number, c1: number, c2: number): Area => ({ r1: r, c1, r2: r, c2 });
