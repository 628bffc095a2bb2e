/**
 * Layout «six-rows» (Іллінці 2026–2028): a block of six rows per measure — the first with
 * «Загальний обсяг, у тому числі:» in the source column and the measure's total and per-year
 * amounts, then one row per source (державний, обласний, районний бюджет, бюджет
 * територіальної громади, інші джерела) — with the name, responsible, term and result merged
 * over the block. A blank source cell is zero. «Всього за напрямом N» and «Всього за Програмою»
 * blocks have the same shape and become declared totals, by year and by source.
 */
import type { DeclaredAmount, FundingCell, SourceKind } from '../model/schema';
import type { MeasureInput } from './builder';
import { parseTotalLabel, splitCode } from './labels';
import type { MapContext } from './map-common';
import { amountAt, columnOf, columnsOf, dataRows, headingOf, parseTerm, singleText, text, texts, yearColumns } from './map-common';
import { totalTarget } from './map-one-row';
import { singleSource } from './source-names';
import { colLetter, norm } from './text';

interface Block {
  /** a measure being read, or the declared list of a total block */
  measure: (MeasureInput & { totals: DeclaredAmount[] }) | null;
  declared: DeclaredAmount[] | null;
  label: string;
  row: number;
  sourcesSeen: number;
}

const TOTAL_ROW = /^загальн\S* обсяг/u;

export function mapSixRows(ctx: MapContext): void {
  const { sheet, table, b } = ctx;
  const sourceCol = columnOf(table, 'source');
  if (sourceCol === undefined) return;
  const taskCol = columnOf(table, 'task');
  const codeCol = columnOf(table, 'code');
  const nameCols = columnsOf(table, 'name');
  const respCols = columnsOf(table, 'responsible');
  const termCols = columnsOf(table, 'term');
  const resultCols = columnsOf(table, 'result');
  const totalCol = columnOf(table, 'total');
  const years = yearColumns(table);
  for (const y of years) b.years.add(y.year);
  let block: Block | null = null;

  const close = () => {
    if (block?.measure) {
      const m = block.measure;
      const hasMoney = m.totals.some((d) => d.amount !== 0);
      if (hasMoney && m.funding.every((f) => f.planned === null)) {
        // The total row has money but no source row does: keep it, undivided by source.
        const id = b.sourceId('undivided');
        for (const d of m.totals) if (d.year !== null && d.amount !== 0) m.funding.push({ year: d.year, sourceId: id, planned: d.amount, actual: null, marker: null });
        b.finding({ code: 'undivided', severity: 'warning', sheet: sheet.name, row: block.row + 1,
          message: `Аркуш «${sheet.name}», рядок ${block.row + 1}: у заходу «${m.title.slice(0, 60)}» суми не розподілено за джерелами — їх записано як «Без розподілу за джерелами».` });
      }
      b.addMeasure({ ...m, declared: [...m.totals, ...m.declared] });
    }
    block = null;
  };

  for (const [r, row] of dataRows(ctx)) {
    const src = text(row, sourceCol);
    if (TOTAL_ROW.test(norm(src))) {
      close();
      block = openBlock(ctx, r);
      continue;
    }
    const single = singleText(row);
    if (single) {
      const h = headingOf(row);
      if (h?.level === 'priority' || h?.level === 'task') {
        close();
        if (h.level === 'priority') b.startPriority(h.code, h.title);
        else b.startTask(h.code, h.title);
        continue;
      }
    }
    if (block && src) {
      readSourceRow(ctx, block, r, src);
      continue;
    }
    b.skip(sheet.name, r, src
      ? `рядок джерела «${src}» поза блоком «Загальний обсяг»`
      : `рядок без «Загальний обсяг» у стовпці ${colLetter(sourceCol)}: «${(single?.text ?? row.find((c) => c?.text)?.text ?? '').slice(0, 80)}»`);
  }
  close();

  function openBlock(ctx2: MapContext, r: number): Block {
    const row = sheet.rows[r]!;
    const labelText = [text(row, codeCol), text(row, taskCol), texts(row, nameCols), ...row.slice(0, 3).map((c) => c?.text ?? '')].find((t) => parseTotalLabel(t));
    const totals: DeclaredAmount[] = [];
    const label = labelText ? parseTotalLabel(labelText)!.label : 'Загальний обсяг';
    if (totalCol !== undefined) {
      const a = amountAt(ctx2, r, totalCol, `${label}, усього`);
      if (a.kind === 'amount') totals.push({ year: null, sourceId: null, amount: a.value, label });
    }
    for (const y of years) {
      const a = amountAt(ctx2, r, y.col, `${label}, ${y.year} рік`);
      if (a.kind === 'amount') totals.push({ year: y.year, sourceId: null, amount: a.value, label });
    }
    if (labelText) {
      const t = parseTotalLabel(labelText)!;
      const target = totalTarget(ctx2, t.scope, t.code).declared ?? b.declared;
      target.push(...totals);
      return { measure: null, declared: target, label, row: r, sourcesSeen: 0 };
    }
    const taskText = text(row, taskCol);
    if (taskText) {
      const { code, rest } = splitCode(taskText);
      const cur = b.currentTask;
      if (!cur || (code ? cur.code !== code : norm(cur.title) !== norm(rest))) b.startTask(code, rest || taskText);
    }
    const nameText = texts(row, nameCols);
    const split = splitCode(nameText);
    const codeText = text(row, codeCol).replace(/\.$/, '');
    return {
      measure: {
        code: codeText || split.code,
        title: split.code && !codeText ? split.rest : nameText,
        responsible: texts(row, respCols),
        term: parseTerm(texts(row, termCols)),
        result: texts(row, resultCols),
        sourceText: '',
        funding: [],
        declared: [],
        totals,
      },
      declared: null,
      label,
      row: r,
      sourcesSeen: 0,
    };
  }

  function readSourceRow(ctx2: MapContext, blk: Block, r: number, label: string): void {
    // Our own export writes money a document never split by source as «Без розподілу за джерелами».
    const kind: SourceKind = /без розподілу/u.test(norm(label)) ? 'undivided' : (singleSource(label) ?? 'custom');
    const sourceId = b.sourceId(kind, label);
    if (kind === 'custom') {
      b.finding({ code: 'custom-source', severity: 'warning', sheet: sheet.name, row: r + 1,
        message: `Аркуш «${sheet.name}», рядок ${r + 1}: джерело «${label}» не є одним із п’яти стандартних — додано окреме джерело.` });
    }
    blk.sourcesSeen++;
    const what = blk.measure ? label : `${blk.label}, ${label}`;
    const funding: FundingCell[] = [];
    for (const y of years) {
      const a = amountAt(ctx2, r, y.col, `${what}, ${y.year} рік`);
      if (a.kind !== 'amount') {
        if (a.kind === 'marker' && blk.measure) funding.push({ year: y.year, sourceId, planned: null, actual: null, marker: a.marker });
        continue;
      }
      // A zero typed in a source row is kept: it is the document's own cell, unlike a blank.
      if (blk.measure) funding.push({ year: y.year, sourceId, planned: a.value, actual: null, marker: null });
      else blk.declared!.push({ year: y.year, sourceId, amount: a.value, label: blk.label });
    }
    if (totalCol !== undefined) {
      const a = amountAt(ctx2, r, totalCol, `${what}, усього`);
      if (a.kind === 'amount') {
        if (blk.measure) blk.measure.declared.push({ year: null, sourceId, amount: a.value, label });
        else blk.declared!.push({ year: null, sourceId, amount: a.value, label: blk.label });
      }
    }
    // The sources are the block's rows, so the measure keeps no free-text source.
    if (blk.measure) blk.measure.funding.push(...funding);
  }
}
