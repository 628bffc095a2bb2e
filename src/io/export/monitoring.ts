/**
 * «Звіт про виконання» for one year: per measure the planned and actual money of the year (all
 * sources), execution as a formula (actual / planned) and the measure's status; totals per
 * priority and for the programme as SUM formulas; and a sheet of indicators with the year's
 * target, actual, achievement and status. Planned money is the plan's (scenarios do not apply).
 */
import type { IndicatorStatus } from '../../engine/indicators';
import { indicatorResult, indicatorYearStatus } from '../../engine/indicators';
import { UNIT_LABEL } from '../../model/money';
import type { Measure, MeasureStatus, ProgrammeDoc } from '../../model/schema';
import type { DocStyles } from './doc-styles';
import { docStyles } from './doc-styles';
import { writeIndicatorValue } from './indicator-cells';
import { planOutline, priorityHeading } from './plan-outline';
import { linesFor, toProgramme, writeTitleBlock } from './title-block';
import { ref } from './xlsx/address';
import { packageWorkbook } from './xlsx/package';
import type { Area } from './xlsx/sheet';
import { Sheet } from './xlsx/sheet';
import { StyleBook } from './xlsx/styles';

export const STATUS_TEXT: Record<MeasureStatus, string> = {
  planned: 'Заплановано',
  'in-progress': 'Виконується',
  done: 'Виконано',
  cancelled: 'Скасовано',
};

export const INDICATOR_STATUS_TEXT: Record<IndicatorStatus, string> = {
  achieved: 'Досягнуто',
  'on-track': 'За планом',
  behind: 'Не досягнуто',
  'no-data': 'Немає даних',
};

const CODE = 1;
const NAME = 2;
const RESPONSIBLE = 3;
const PLANNED = 4;
const ACTUAL = 5;
const EXECUTION = 6;
const STATUS = 7;

const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** «за 2026 рік», or for a quarter «за I квартал 2026 року» (actuals are then those entered so far). */
export function periodText(year: number, quarter?: 1 | 2 | 3 | 4): string {
  return quarter ? `за ${QUARTERS[quarter - 1]} квартал ${year} року` : `за ${year} рік`;
}

/**
 * @example exportMonitoring(doc, 2026) // «Звіт про виконання … за 2026 рік»
 * @example exportMonitoring(doc, 2026, { quarter: 1 }) // «… за I квартал 2026 року»: the year's plan against actuals to date
 * @throws RangeError when the year is outside the programme period
 */
export function exportMonitoring(doc: ProgrammeDoc, year: number, period: { quarter?: 1 | 2 | 3 | 4 } = {}): Uint8Array {
  const p = doc.programme;
  if (year < p.startYear || year > p.endYear) throw new RangeError(`рік ${year} поза періодом Програми (${p.startYear}–${p.endYear})`);
  const book = new StyleBook();
  const st = docStyles(book, p.unit);
  const when = periodText(year, period.quarter);
  const sheets = [measuresSheet(doc, st, year, when), indicatorsSheet(doc, st, year, when)];
  return packageWorkbook(sheets, book, { title: `Звіт про виконання ${when}. ${p.title}`, created: p.updatedAt });
}

/** Planned and actual kopiykas of a measure in one year, over the programme's sources. */
export function yearMoney(m: Measure, sourceIds: ReadonlySet<string>, year: number): { planned: number; actual: number } {
  let planned = 0;
  let actual = 0;
  for (const f of m.funding) {
    if (f.year !== year || !sourceIds.has(f.sourceId)) continue;
    planned += f.planned ?? 0;
    actual += f.actual ?? 0;
  }
  return { planned, actual };
}

function measuresSheet(doc: ProgrammeDoc, st: DocStyles, year: number, when: string): Sheet {
  const p = doc.programme;
  const sheet = new Sheet('Звіт про виконання', p.unit);
  sheet.setWidths([9, 50, 30, 15, 15, 13, 16]);
  let r = writeTitleBlock(sheet, st, STATUS, {
    heading: `Звіт про виконання ${toProgramme(p.title).replace(/^до /, '')} ${when}`,
    unit: UNIT_LABEL[p.unit],
  });
  const unit = UNIT_LABEL[p.unit];
  const headers = ['№ з/п', 'Назва заходу', 'Відповідальні за виконання', `Заплановано на ${year} рік, ${unit}`, `Фактично профінансовано, ${unit}`, 'Виконання, %', 'Стан виконання'];
  headers.forEach((t, i) => sheet.text(r, i + 1, t, st.header));
  sheet.height(r, 45);
  sheet.frozenRows = r;
  sheet.page.titleRows = [r, r];
  r++;

  const sources = new Set(p.sources.map((s) => s.id));
  const sectionTotals: Area[] = [];
  for (const section of planOutline(doc)) {
    sheet.text(r, CODE, section.priority?.code ?? '', st.section);
    sheet.text(r, NAME, section.priority?.title ?? priorityHeading(null), st.section);
    sheet.merge(r, NAME, r, STATUS, st.section);
    r++;
    const first = r;
    for (const group of section.groups) {
      if (group.task) {
        // Task rows hold no money, so the priority's SUM may run over them.
        sheet.text(r, CODE, group.task.code, st.text);
        sheet.text(r, NAME, group.task.title, st.text);
        sheet.merge(r, NAME, r, STATUS, st.text);
        r++;
      }
      for (const m of group.measures) {
        const money = yearMoney(m, sources, year);
        sheet.text(r, CODE, m.code, st.center);
        sheet.text(r, NAME, m.title, st.text);
        sheet.text(r, RESPONSIBLE, m.responsible, st.text);
        sheet.money(r, PLANNED, money.planned, st.money);
        sheet.money(r, ACTUAL, money.actual, st.money);
        execution(sheet, st, r, false);
        sheet.text(r, STATUS, STATUS_TEXT[m.status], st.center);
        const lines = Math.max(linesFor(m.title, 50), linesFor(m.responsible, 30));
        if (lines > 1) sheet.height(r, lines * 15);
        r++;
      }
    }
    const label = section.priority ? `Всього за напрямом ${section.priority.code}`.trim() : 'Всього поза напрямами';
    total(sheet, st, r, label, r > first ? [{ r1: first, c1: 0, r2: r - 1, c2: 0 }] : []);
    sectionTotals.push({ r1: r, c1: 0, r2: r, c2: 0 });
    r++;
  }
  total(sheet, st, r, 'Всього за Програмою', sectionTotals);
  return sheet;
}

function total(sheet: Sheet, st: DocStyles, r: number, label: string, rows: readonly Area[]): void {
  sheet.text(r, CODE, label, st.total);
  sheet.merge(r, CODE, r, RESPONSIBLE, st.total);
  for (const c of [PLANNED, ACTUAL]) sheet.sum(r, c, rows.map((a) => ({ r1: a.r1, c1: c, r2: a.r2, c2: c })), st.totalMoney);
  execution(sheet, st, r, true);
  sheet.blank(r, STATUS, st.total);
}

/** Actual / planned as a live formula; empty when nothing was planned (no #DIV/0!). */
function execution(sheet: Sheet, st: DocStyles, r: number, bold: boolean): void {
  const planned = sheet.kopAt(r, PLANNED);
  const actual = sheet.kopAt(r, ACTUAL);
  sheet.formula(r, EXECUTION, `IF(${ref(r, PLANNED)}=0,"",${ref(r, ACTUAL)}/${ref(r, PLANNED)})`, planned === 0 ? '' : actual / planned, bold ? st.totalPercent : st.percent);
}

function indicatorsSheet(doc: ProgrammeDoc, st: DocStyles, year: number, when: string): Sheet {
  const sheet = new Sheet('Індикатори', doc.programme.unit);
  sheet.setWidths([7, 60, 14, 14, 14, 15, 16]);
  let r = writeTitleBlock(sheet, st, 7, { heading: `Виконання індикаторів цифрової трансформації ${when}` });
  const headers = ['№', 'Найменування індикатора', 'Одиниця виміру', `Ціль на ${year} рік`, `Факт за ${year} рік`, 'Досягнення, %', 'Стан'];
  headers.forEach((t, i) => sheet.text(r, i + 1, t, st.header));
  sheet.height(r, 30);
  sheet.frozenRows = r;
  sheet.page.titleRows = [r, r];
  r++;
  const key = String(year);
  for (const ind of [...doc.indicators].sort((a, b) => a.order - b.order)) {
    // Achievement is kept per year; the status is this year's (the engine's own is the latest year's).
    const res = indicatorResult(ind);
    sheet.text(r, 1, ind.code, st.center);
    sheet.text(r, 2, ind.name, st.text);
    sheet.text(r, 3, ind.unit, st.center);
    writeIndicatorValue(sheet, st, r, 4, ind, ind.targets[key] ?? null);
    writeIndicatorValue(sheet, st, r, 5, ind, ind.actuals[key] ?? null);
    const ach = res.achievement[key];
    if (ach === undefined) sheet.blank(r, 6, st.percent);
    else sheet.number(r, 6, ach / 100, st.percent);
    sheet.text(r, 7, INDICATOR_STATUS_TEXT[indicatorYearStatus(ind, year)], st.center);
    const lines = linesFor(ind.name, 60);
    if (lines > 1) sheet.height(r, lines * 15);
    r++;
  }
  return sheet;
}
