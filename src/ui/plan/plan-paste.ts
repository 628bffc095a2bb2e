import type { MoneyUnit } from '../../model/money';
import { parseCellInput, parseStatus, setPlanned, setText, sourceForYear } from '../../model/plan-ops';
import type { Measure } from '../../model/schema';
import type { ColumnInfo } from './plan-columns-info';
import type { PlanRow } from './plan-rows';

export const MAX_PASTE_ROWS = 5000;

export interface PastePlan {
  /** existing measures and what the paste does to each */
  edits: Array<{ id: string; edit: (m: Measure) => Measure }>;
  /** how many new measures to append after `appendAfter` (same task) */
  newRows: Array<(m: Measure) => Measure>;
  appendAfter: Measure | null;
  cells: number;
}

export type PasteResult = { ok: true; plan: PastePlan } | { ok: false; reasons: string[] };

/**
 * Maps a pasted block onto the plan, starting at the focused cell: columns to the right in
 * display order, rows downwards through the measures of the focused measure's task, and new
 * measures in that task once they run out. Every cell is checked first; any problem refuses the
 * whole paste (all or nothing) with the list of cells that could not take their value.
 */
export function planPaste(block: string[][], rows: readonly PlanRow[], rowIndex: number, columns: readonly ColumnInfo[], colIndex: number, unit: MoneyUnit, sourceIds: readonly string[]): PasteResult {
  const width = Math.max(0, ...block.map((r) => r.length));
  if (!block.length || !width) return { ok: false, reasons: ['Буфер обміну порожній.'] };
  if (colIndex + width > columns.length) {
    return { ok: false, reasons: [`Вставлений блок має ${width} стовпців, а від обраної клітинки до краю таблиці — лише ${columns.length - colIndex}. Оберіть клітинку лівіше або вставте менший блок.`] };
  }
  if (block.length > MAX_PASTE_ROWS) {
    return { ok: false, reasons: [`Вставлений блок має ${block.length} рядків; за один раз можна вставити не більше ${MAX_PASTE_ROWS}.`] };
  }
  const start = rows[rowIndex];
  if (!start || start.kind !== 'measure' || !start.measure) {
    return { ok: false, reasons: ['Вставляти можна, почавши з клітинки заходу (не напряму, завдання чи підсумку).'] };
  }
  const taskId = start.measure.taskId;
  const targets: Measure[] = [];
  for (let i = rowIndex; i < rows.length && targets.length < block.length; i++) {
    const r = rows[i]!;
    if (r.kind !== 'measure' || !r.measure || r.measure.taskId !== taskId) break;
    targets.push(r.measure);
  }
  const reasons: string[] = [];
  const builders: Array<(m: Measure) => Measure> = block.map((values, bi) => {
    const steps: Array<(m: Measure) => Measure> = [];
    values.forEach((raw, ci) => {
      const col = columns[colIndex + ci]!;
      const where = `рядок ${bi + 1}, стовпець «${col.label}»`;
      if (col.kind === 'computed') {
        if (raw.trim() !== '') reasons.push(`${where}: підсумок обчислюється, його не можна змінити вставленням.`);
        return;
      }
      if (col.kind === 'text') steps.push((m) => setText(m, col.field, raw));
      else if (col.kind === 'status') {
        const s = raw.trim() === '' ? 'planned' : parseStatus(raw);
        if (s === null) reasons.push(`${where}: «${raw}» — невідомий статус.`);
        else steps.push((m) => ({ ...m, status: s }));
      } else {
        const v = parseCellInput(raw, unit);
        if (!v.ok) reasons.push(`${where}: ${v.message}`);
        else if (col.kind === 'cell') steps.push((m) => setPlanned(m, col.year, col.sourceId, v.value));
        else {
          const target = targets[bi];
          const src = target ? sourceForYear(target, col.year, sourceIds) : { ok: true as const, sourceId: sourceIds[0] ?? '' };
          if (!src.ok) reasons.push(`${where}: ${src.message}`);
          else steps.push((m) => setPlanned(m, col.year, src.sourceId, v.value));
        }
      }
    });
    return (m: Measure) => steps.reduce((acc, f) => f(acc), m);
  });
  if (reasons.length) return { ok: false, reasons };
  return {
    ok: true,
    plan: {
      edits: targets.map((m, i) => ({ id: m.id, edit: builders[i]! })),
      newRows: builders.slice(targets.length),
      appendAfter: targets.at(-1) ?? null,
      cells: block.reduce((n, r) => n + r.length, 0),
    },
  };
}
