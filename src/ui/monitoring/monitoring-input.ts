/**
 * What a typed or pasted text does in the monitoring grid: an actual amount, a status, budget
 * codes. Pure; the grid refuses a value at the cell with the reason, a paste all or nothing.
 */
import { parseBudgetCodes } from '../../io/budget-execution';
import type { MoneyUnit } from '../../model/money';
import { parseCellInput, parseStatus, setActual } from '../../model/plan-ops';
import type { Measure } from '../../model/schema';
import { tr } from '../indicators/strings';
import type { MonColumn } from './monitoring-columns';

export type MonStep = { ok: true; apply: (m: Measure) => Measure } | { ok: false; message: string };

/** The step a text makes in a column of a measure's row in the given year, or why it is refused. */
export function monStep(col: MonColumn, text: string, year: number, unit: MoneyUnit): MonStep {
  switch (col.kind) {
    case 'actual': {
      const v = parseCellInput(text, unit);
      if (!v.ok) return v;
      if (v.value.kind === 'marker') return { ok: false, message: tr('markerNoActual', { text: text.trim() }) };
      const amount = v.value.kind === 'amount' ? v.value.value : null;
      return { ok: true, apply: (m) => setActual(m, year, col.sourceId, amount) };
    }
    case 'status': {
      const s = text.trim() === '' ? 'planned' : (parseStatus(text) ?? null);
      if (!s) return { ok: false, message: tr('unknownStatus', { text: text.trim() }) };
      return { ok: true, apply: (m) => ({ ...m, status: s }) };
    }
    case 'codes': {
      const c = parseBudgetCodes(text);
      if (!c.ok) return c;
      return { ok: true, apply: (m) => ({ ...m, budgetCodes: c.codes }) };
    }
    case 'computed':
      return { ok: false, message: tr('pasteComputed', { r: 1, col: col.label }) };
  }
}

export type MonPaste = { ok: true; edits: Array<{ id: string; edit: (m: Measure) => Measure }>; cells: number } | { ok: false; reasons: string[] };

/**
 * Maps a pasted block onto the displayed rows from the focused cell. Values go to measure rows;
 * a row of totals may only receive blanks. Every problem is listed and nothing is applied.
 */
export function monitoringPaste(block: string[][], rows: ReadonlyArray<{ measure?: Measure }>, rowIndex: number, columns: readonly MonColumn[], colIndex: number, year: number, unit: MoneyUnit): MonPaste {
  const width = Math.max(0, ...block.map((r) => r.length));
  if (!block.length || !width) return { ok: false, reasons: ['Буфер обміну порожній.'] };
  if (colIndex + width > columns.length) return { ok: false, reasons: [tr('pasteTooWide', { w: width, n: columns.length - colIndex })] };
  if (rowIndex + block.length > rows.length) return { ok: false, reasons: [tr('pasteTooLong', { h: block.length, n: rows.length - rowIndex })] };
  const reasons: string[] = [];
  const edits: Array<{ id: string; edit: (m: Measure) => Measure }> = [];
  block.forEach((values, bi) => {
    const m = rows[rowIndex + bi]!.measure;
    const steps: Array<(m: Measure) => Measure> = [];
    values.forEach((raw, ci) => {
      const col = columns[colIndex + ci]!;
      if (col.kind === 'computed' || !m) {
        if (raw.trim() !== '') reasons.push(m ? tr('pasteComputed', { r: bi + 1, col: col.label }) : `${tr('pasteWhere', { r: bi + 1, col: col.label })}: ${tr('pasteOnlyMeasures')}`);
        return;
      }
      const step = monStep(col, raw, year, unit);
      if (!step.ok) reasons.push(`${tr('pasteWhere', { r: bi + 1, col: col.label })}: ${step.message}`);
      else steps.push(step.apply);
    });
    if (m && steps.length) edits.push({ id: m.id, edit: (x) => steps.reduce((acc, f) => f(acc), x) });
  });
  if (reasons.length) return { ok: false, reasons };
  return { ok: true, edits, cells: block.reduce((n, r) => n + r.length, 0) };
}
