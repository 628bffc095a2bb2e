/**
 * The common walk of the one-row-per-measure layouts (Баранинці, Хмільник, the strategy action
 * plans): heading rows open priorities and tasks, total rows become declared totals, a row with
 * a name is a measure, and a row with text but no name and no money continues the measure above
 * (a .docx table row split by a page break).
 */
import type { DeclaredAmount, FundingCell, Measure } from '../model/schema';
import { readAmount } from './amounts';
import { parseTotalLabel, splitCode } from './labels';
import type { MapContext } from './map-common';
import { amountAt, columnOf, columnsOf, dataRows, headingOf, parseTerm, singleText, text, texts, yearColumns } from './map-common';
import { singleSource } from './source-names';
import { norm } from './text';
import type { Row } from './types';

export interface OneRowOptions {
  /** where the measure's name comes from when the row has none but has a code (Хмільник № only) */
  detailsLabel: string;
}

export function mapOneRow(ctx: MapContext, opts: OneRowOptions): void {
  const { sheet, table, b } = ctx;
  const codeCol = columnOf(table, 'code');
  const taskCol = columnOf(table, 'task');
  const nameCols = columnsOf(table, 'name');
  const detailsCols = columnsOf(table, 'details');
  const respCols = columnsOf(table, 'responsible');
  const termCols = columnsOf(table, 'term');
  const resultCols = columnsOf(table, 'result');
  const sourceCol = columnOf(table, 'source');
  const totalCol = columnOf(table, 'total');
  const years = yearColumns(table);
  for (const y of years) b.years.add(y.year);
  const sourceTitle = sourceCol === undefined ? '' : (table.columns.find((c) => c.col === sourceCol)?.title.split(' / ').pop() ?? '');
  const headerSource = singleSource(sourceTitle);
  const moneyCols = [...years.map((y) => y.col), ...(totalCol !== undefined ? [totalCol] : [])];
  let last: { m: Measure; parts: Parts } | null = null;

  // Money means an amount or a marker; «---» or a stray word in a money column is not money.
  const hasMoney = (row: Row) => moneyCols.some((c) => {
    const a = readAmount(row[c] ?? null, ctx.unit);
    return a.kind === 'amount' || a.kind === 'marker';
  });

  for (const [r, row] of dataRows(ctx)) {
    const label = [text(row, codeCol), text(row, taskCol), texts(row, nameCols), ...row.slice(0, 3).map((c) => c?.text ?? '')].find((t) => parseTotalLabel(t));
    if (label) {
      declareTotals(ctx, r, label, years, totalCol);
      last = null;
      continue;
    }
    const single = singleText(row);
    if (single && !hasMoney(row)) {
      const h = headingOf(row);
      if (h?.level === 'priority') {
        b.startPriority(h.code, h.title);
        last = null;
        continue;
      }
      if (h?.level === 'task') {
        b.startTask(h.code, h.title);
        last = null;
        continue;
      }
    }
    const taskText = text(row, taskCol);
    if (taskText) {
      const { code, rest } = splitCode(taskText);
      const cur = b.currentTask;
      if (!cur || (code ? cur.code !== code : norm(cur.title) !== norm(rest))) b.startTask(code, rest || taskText);
    }
    const nameText = texts(row, nameCols);
    const codeText = text(row, codeCol);
    const money = hasMoney(row);
    // Copies of a merged cell do not identify a row: a responsible merged down over a page-break row is still the same measure.
    const own = (cols: readonly number[]) => cols.some((c) => row[c]?.text && !row[c]!.merged);
    const identified = Boolean(codeText || splitCode(nameText).code || (taskCol !== undefined && own([taskCol])) || own(respCols) || own(termCols));
    if (!money && !identified && (last || !nameText)) {
      // No money, no code, no responsible, no term: the rest of the measure above, cut by a page break.
      if (last) {
        const add = (cols: readonly number[]) => cols.filter((c) => !row[c]?.merged).map((c) => row[c]?.text ?? '').filter(Boolean).join(' ');
        last.parts.title = join(last.parts.title, add(nameCols));
        last.parts.result = join(last.parts.result, add(resultCols));
        last.parts.details = join(last.parts.details, add(detailsCols));
        last.parts.responsible = join(last.parts.responsible, add(respCols));
        last.parts.term = join(last.parts.term, add(termCols));
        apply(last);
        b.finding({ code: 'continuation', severity: 'warning', sheet: sheet.name, row: r + 1,
          message: `Аркуш «${sheet.name}», рядок ${r + 1}: рядок без номера, сум і відповідальних приєднано до заходу ${last.m.code} (схоже на перенесення на нову сторінку). Перевірте текст заходу.` });
      } else {
        b.skip(sheet.name, r, `рядок без назви заходу і без сум: «${(single?.text ?? row.find((c) => c?.text)?.text ?? '').slice(0, 80)}»`);
      }
      continue;
    }
    if (!nameText && !money) {
      b.skip(sheet.name, r, `рядок без назви заходу і без сум: «${(row.find((c) => c?.text)?.text ?? '').slice(0, 80)}»`);
      continue;
    }
    const split = splitCode(nameText);
    const code = codeText.replace(/\.$/, '') || split.code;
    const sourceText = text(row, sourceCol) || (headerSource ? sourceTitle : '');
    const kind = singleSource(sourceText) ?? headerSource;
    const sourceId = b.sourceId(kind);
    const funding: FundingCell[] = [];
    for (const y of years) {
      const a = amountAt(ctx, r, y.col, `${y.year} рік`);
      if (a.kind === 'amount' && a.value !== 0) funding.push({ year: y.year, sourceId, planned: a.value, actual: null, marker: null });
      else if (a.kind === 'marker') funding.push({ year: y.year, sourceId, planned: null, actual: null, marker: a.marker });
    }
    const declared: DeclaredAmount[] = [];
    if (totalCol !== undefined) {
      const a = amountAt(ctx, r, totalCol, 'усього');
      const totalLabel = table.columns.find((c) => c.col === totalCol)?.title.split(' / ').pop() ?? 'Усього';
      if (a.kind === 'amount') declared.push({ year: null, sourceId: null, amount: a.value, label: totalLabel });
      else if (a.kind === 'marker' && a.marker === 'within-allocations') {
        // «В межах кошторисних призначень» for the whole measure: every year without its own entry gets that marker.
        for (const y of years) {
          if (!funding.some((f) => f.year === y.year)) funding.push({ year: y.year, sourceId, planned: null, actual: null, marker: 'within-allocations' });
        }
        funding.sort((x, y) => x.year - y.year);
      }
    }
    const parts: Parts = {
      title: split.code && !codeText ? split.rest : nameText,
      result: texts(row, resultCols),
      details: texts(row, detailsCols),
      responsible: texts(row, respCols),
      term: texts(row, termCols),
    };
    const m = b.addMeasure({ code, title: '', responsible: '', term: parseTerm(''), result: '', sourceText, funding, declared });
    last = { m, parts };
    apply(last);
  }

  /** Writes the collected texts into the measure (again after each continuation row). */
  function apply(x: { m: Measure; parts: Parts }): void {
    x.m.title = x.parts.title;
    x.m.responsible = x.parts.responsible;
    x.m.term = parseTerm(x.parts.term);
    x.m.result = [x.parts.result, x.parts.details ? `${opts.detailsLabel}: ${x.parts.details}` : ''].filter(Boolean).join('\n');
  }
}

interface Parts {
  title: string;
  result: string;
  details: string;
  responsible: string;
  term: string;
}

const join = (a: string, x: string): string => (x ? (a ? `${a} ${x}` : x) : a);

/** A total row: its year and total cells become declared amounts of the priority, task or programme it names. */
function declareTotals(ctx: MapContext, r: number, labelText: string, years: Array<{ col: number; year: number }>, totalCol: number | undefined): void {
  const { b, sheet } = ctx;
  const label = parseTotalLabel(labelText)!;
  const target = totalTarget(ctx, label.scope, label.code);
  if (!target.declared) {
    b.finding({ code: 'orphan-total', severity: 'warning', sheet: sheet.name, row: r + 1,
      message: `Аркуш «${sheet.name}», рядок ${r + 1}: «${labelText}» стоїть перед першим напрямом — підсумок віднесено до програми.` });
  }
  const into = target.declared ?? b.declared;
  for (const y of years) {
    const a = amountAt(ctx, r, y.col, `${labelText}, ${y.year} рік`);
    if (a.kind === 'amount') into.push({ year: y.year, sourceId: null, amount: a.value, label: label.label });
  }
  if (totalCol !== undefined) {
    const a = amountAt(ctx, r, totalCol, `${labelText}, усього`);
    if (a.kind === 'amount') into.push({ year: null, sourceId: null, amount: a.value, label: label.label });
  }
}

/** Where a stated total belongs: the programme, the priority it names (or the open one), the open task. */
export function totalTarget(ctx: MapContext, scope: 'programme' | 'priority' | 'task', code: string): { declared: DeclaredAmount[] | null } {
  const { b } = ctx;
  if (scope === 'programme') return { declared: b.declared };
  if (scope === 'task') return { declared: b.currentTask?.declared ?? b.currentPriority?.declared ?? null };
  const p = (code && b.priorities.find((x) => x.code === code)) || b.currentPriority;
  return { declared: p?.declared ?? null };
}
