/**
 * The scenario comparison as an .xlsx file, from the engine's `compare()` result:
 * «Роки та джерела» (year × source for the reference and every compared item, with totals per
 * year, per source and overall), «Напрями» (priority totals), «Відмінності» (cap excesses and
 * the measures whose money differs). Totals are SUM formulas; deviations are formulas too
 * (item − reference, and deviation / reference as %), each with its value cached.
 */
import { PLAN_ID } from '../../engine/compare';
import type { CompareItem, Comparison } from '../../engine/types';
import { KOP_PER_UNIT, UNIT_LABEL } from '../../model/money';
import type { ProgrammeDoc } from '../../model/schema';
import type { DocStyles } from './doc-styles';
import { docStyles } from './doc-styles';
import { writeTitleBlock } from './title-block';
import { ref } from './xlsx/address';
import { packageWorkbook } from './xlsx/package';
import type { Area } from './xlsx/sheet';
import { Sheet } from './xlsx/sheet';
import { StyleBook } from './xlsx/styles';

export const PLAN_NAME = 'Затверджений план';

/** One column of money: the reference or a compared item. */
interface Column {
  id: string;
  name: string;
  cells: number[];
  perYear: number[];
  perSource: number[];
  total: number;
  priorities: Map<string, number>;
}

interface Ctx {
  doc: ProgrammeDoc;
  cmp: Comparison;
  st: DocStyles;
  columns: Column[];
  per: number;
}

/**
 * @param names  display names by item id; scenario names from the document and «Затверджений
 *               план» for `plan` are used when omitted
 */
export function exportComparison(doc: ProgrammeDoc, cmp: Comparison, names: Readonly<Record<string, string>> = {}): Uint8Array {
  const book = new StyleBook();
  const st = docStyles(book, doc.programme.unit);
  const nameOf = (id: string): string => names[id] ?? (id === PLAN_ID ? PLAN_NAME : (doc.scenarios.find((s) => s.id === id)?.name ?? id));
  const ctx: Ctx = { doc, cmp, st, columns: columnsOf(cmp, nameOf), per: KOP_PER_UNIT[doc.programme.unit] };
  const sheets = [yearsSheet(ctx), prioritiesSheet(ctx), differencesSheet(ctx, nameOf)];
  return packageWorkbook(sheets, book, { title: `Порівняння сценаріїв. ${doc.programme.title}`, created: doc.programme.updatedAt });
}

/** The reference first, then the other items; the reference is rebuilt from a delta when it was not compared itself. */
function columnsOf(cmp: Comparison, nameOf: (id: string) => string): Column[] {
  const col = (id: string, it: CompareItem): Column => ({
    id,
    name: nameOf(id),
    cells: [...it.programme.cells],
    perYear: [...it.programme.perYear],
    perSource: [...it.programme.perSource],
    total: it.programme.total,
    priorities: new Map(it.priorities.map((p) => [p.id, p.planned.total])),
  });
  const others = cmp.items.filter((i) => i.id !== cmp.referenceId).map((i) => col(i.id, i));
  const own = cmp.items.find((i) => i.id === cmp.referenceId);
  if (own) return [col(own.id, own), ...others];
  const sample = cmp.items[0];
  if (!sample) return [];
  const d = sample.delta;
  const reference: Column = {
    id: cmp.referenceId,
    name: nameOf(cmp.referenceId),
    cells: sample.programme.cells.map((v, i) => v - d.cells[i]!.abs),
    perYear: sample.programme.perYear.map((v, i) => v - d.perYear[i]!.abs),
    perSource: sample.programme.perSource.map((v, i) => v - d.perSource[i]!.abs),
    total: sample.programme.total - d.total.abs,
    priorities: new Map(sample.priorities.map((p) => [p.id, p.planned.total - (d.priorities.find((x) => x.id === p.id)?.total.abs ?? 0)])),
  };
  return [reference, ...others.map((c) => ({ ...c }))];
}

function header(sheet: Sheet, ctx: Ctx, r: number, lead: string[]): void {
  const { st, columns } = ctx;
  let c = 1;
  for (const text of lead) sheet.text(r, c++, text, st.header);
  for (const col of columns) sheet.text(r, c++, col.name, st.header);
  for (const col of columns.slice(1)) {
    sheet.text(r, c++, `Відхилення «${col.name}», ${UNIT_LABEL[sheet.unit]}`, st.header);
    sheet.text(r, c++, `Відхилення «${col.name}», %`, st.header);
  }
  sheet.height(r, 60);
  sheet.frozenRows = r;
  sheet.page.titleRows = [r, r];
}

/** Deviation columns of one row: item − reference, and that over the reference. */
function deviations(sheet: Sheet, ctx: Ctx, r: number, lead: number, bold: boolean): void {
  const { st, columns, per } = ctx;
  const refCell = ref(r, lead + 1);
  const refKop = sheet.kopAt(r, lead + 1);
  let c = lead + columns.length + 1;
  columns.slice(1).forEach((_, i) => {
    const itemCol = lead + 2 + i;
    const abs = sheet.kopAt(r, itemCol) - refKop;
    const absCell = ref(r, c);
    sheet.formula(r, c++, `${ref(r, itemCol)}-${refCell}`, abs / per, bold ? st.totalMoney : st.money);
    sheet.formula(r, c++, `IF(${refCell}=0,"",${absCell}/${refCell})`, refKop === 0 ? '' : abs / refKop, bold ? st.totalPercent : st.percent);
  });
}

function yearsSheet(ctx: Ctx): Sheet {
  const { doc, cmp, st, columns } = ctx;
  const p = doc.programme;
  const sheet = new Sheet('Роки та джерела', p.unit);
  const n = columns.length;
  const width = 2 + n + 2 * (n - 1);
  sheet.setWidths([12, 38, ...columns.map(() => 16), ...columns.slice(1).flatMap(() => [16, 12])]);
  let r = writeTitleBlock(sheet, st, width, {
    heading: `Порівняння сценаріїв фінансування за роками та джерелами. ${p.title}. Базовий варіант: ${columns[0]?.name ?? '—'}`,
    unit: UNIT_LABEL[p.unit],
  });
  header(sheet, ctx, r++, ['Рік', 'Джерело фінансування']);
  const sourceName = (id: string): string => p.sources.find((s) => s.id === id)?.name ?? id;
  const S = cmp.sourceIds.length;
  const yearTotals: Area[] = [];
  const sourceRows: number[][] = cmp.sourceIds.map(() => []);
  cmp.years.forEach((year, y) => {
    const first = r;
    cmp.sourceIds.forEach((sid, s) => {
      sheet.text(r, 2, sourceName(sid), st.label);
      columns.forEach((col, i) => sheet.money(r, 3 + i, col.cells[y * S + s] ?? 0, st.money));
      deviations(sheet, ctx, r, 2, false);
      sourceRows[s]!.push(r);
      r++;
    });
    sheet.text(r, 2, `Разом за ${year} рік`, st.total);
    columns.forEach((_, i) => sheet.sum(r, 3 + i, [{ r1: first, c1: 3 + i, r2: r - 1, c2: 3 + i }], st.totalMoney));
    deviations(sheet, ctx, r, 2, true);
    sheet.text(first, 1, String(year), st.center);
    sheet.merge(first, 1, r, 1, st.center);
    yearTotals.push({ r1: r, c1: 0, r2: r, c2: 0 });
    r++;
  });
  const first = r;
  cmp.sourceIds.forEach((sid, s) => {
    sheet.text(r, 2, `${sourceName(sid)}, разом`, st.total);
    columns.forEach((_, i) => sheet.sum(r, 3 + i, sourceRows[s]!.map((x) => ({ r1: x, c1: 3 + i, r2: x, c2: 3 + i })), st.totalMoney));
    deviations(sheet, ctx, r, 2, true);
    r++;
  });
  sheet.text(first, 1, `${cmp.years[0] ?? ''}–${cmp.years[cmp.years.length - 1] ?? ''}`, st.total);
  if (r > first) sheet.merge(first, 1, r - 1, 1, st.total);
  sheet.text(r, 1, 'Усього за Програмою', st.total);
  sheet.merge(r, 1, r, 2, st.total);
  columns.forEach((_, i) => sheet.sum(r, 3 + i, yearTotals.map((a) => ({ ...a, c1: 3 + i, c2: 3 + i })), st.totalMoney));
  deviations(sheet, ctx, r, 2, true);
  return sheet;
}

function prioritiesSheet(ctx: Ctx): Sheet {
  const { doc, st, columns } = ctx;
  const sheet = new Sheet('Напрями', doc.programme.unit);
  const n = columns.length;
  sheet.setWidths([50, ...columns.map(() => 16), ...columns.slice(1).flatMap(() => [16, 12])]);
  let r = writeTitleBlock(sheet, st, 1 + n + 2 * (n - 1), {
    heading: `Порівняння сценаріїв за пріоритетними напрямами. Базовий варіант: ${columns[0]?.name ?? '—'}`,
    unit: UNIT_LABEL[doc.programme.unit],
  });
  header(sheet, ctx, r++, ['Пріоритетний напрям']);
  const first = r;
  for (const pr of [...doc.priorities].sort((a, b) => a.order - b.order)) {
    sheet.text(r, 1, pr.code ? `${pr.code}. ${pr.title}` : pr.title, st.text);
    columns.forEach((col, i) => sheet.money(r, 2 + i, col.priorities.get(pr.id) ?? 0, st.money));
    deviations(sheet, ctx, r, 1, false);
    r++;
  }
  // Money of measures whose priority is missing is in the programme's total but in no priority.
  const rest = columns.map((col) => col.total - [...col.priorities.values()].reduce((a, b) => a + b, 0));
  if (rest.some((x) => x !== 0)) {
    sheet.text(r, 1, 'Поза пріоритетними напрямами', st.text);
    rest.forEach((v, i) => sheet.money(r, 2 + i, v, st.money));
    deviations(sheet, ctx, r, 1, false);
    r++;
  }
  sheet.text(r, 1, 'Усього за Програмою', st.total);
  columns.forEach((_, i) => sheet.sum(r, 2 + i, r > first ? [{ r1: first, c1: 2 + i, r2: r - 1, c2: 2 + i }] : [], st.totalMoney));
  deviations(sheet, ctx, r, 1, true);
  return sheet;
}

function differencesSheet(ctx: Ctx, nameOf: (id: string) => string): Sheet {
  const { doc, cmp, st, per } = ctx;
  const p = doc.programme;
  const sheet = new Sheet('Відмінності', p.unit);
  sheet.setWidths([28, 12, 50, 16, 16, 16]);
  let r = writeTitleBlock(sheet, st, 6, { heading: 'Перевищення лімітів і заходи, фінансування яких відрізняється', unit: UNIT_LABEL[p.unit] });
  const sourceName = (id: string | null): string => (id === null ? 'усі джерела' : (p.sources.find((s) => s.id === id)?.name ?? id));
  const heads = (texts: string[]): void => {
    texts.forEach((t, i) => sheet.text(r, i + 1, t, st.header));
    sheet.height(r, 30);
    r++;
  };
  sheet.text(r, 1, 'Перевищення лімітів', st.heading);
  sheet.merge(r, 1, r, 6);
  r++;
  heads(['Варіант', 'Рік', 'Джерело фінансування', 'Ліміт', 'Розраховано', 'Перевищення']);
  const excesses = cmp.items.flatMap((it) => it.capExcess.map((x) => ({ it, x })));
  for (const { it, x } of excesses) {
    sheet.text(r, 1, nameOf(it.id), st.text);
    sheet.text(r, 2, x.cap.year === null ? 'усі роки' : String(x.cap.year), st.center);
    sheet.text(r, 3, sourceName(x.cap.sourceId), st.text);
    sheet.money(r, 4, x.cap.amount, st.money);
    sheet.money(r, 5, x.computed, st.money);
    sheet.formula(r, 6, `${ref(r, 5)}-${ref(r, 4)}`, (x.computed - x.cap.amount) / per, st.moneyBold);
    r++;
  }
  if (!excesses.length) {
    sheet.text(r, 1, 'Лімітів не перевищено', st.note);
    sheet.merge(r, 1, r, 6);
    r++;
  }
  r++;
  sheet.text(r, 1, 'Заходи, фінансування яких відрізняється від базового варіанта', st.heading);
  sheet.merge(r, 1, r, 6);
  r++;
  heads(['Варіант', 'Код', 'Захід', 'У базовому варіанті', 'У варіанті', 'Різниця']);
  const measures = new Map(doc.measures.map((m) => [m.id, m]));
  let listed = false;
  for (const it of cmp.items) {
    for (const d of it.differing) {
      const m = measures.get(d.measureId);
      sheet.text(r, 1, nameOf(it.id), st.text);
      sheet.text(r, 2, m?.code ?? '', st.center);
      sheet.text(r, 3, m?.title ?? d.measureId, st.text);
      sheet.money(r, 4, d.reference, st.money);
      sheet.money(r, 5, d.value, st.money);
      sheet.formula(r, 6, `${ref(r, 5)}-${ref(r, 4)}`, (d.value - d.reference) / per, st.moneyBold);
      r++;
      listed = true;
    }
  }
  if (!listed) {
    sheet.text(r, 1, 'Відмінностей немає', st.note);
    sheet.merge(r, 1, r, 6);
  }
  return sheet;
}
