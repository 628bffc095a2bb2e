/**
 * What a typed or pasted text does to an indicator, column by column. Pure: the grid checks a
 * value here first (and refuses it at the cell with the reason), then the command applies the
 * same step to the stored record.
 */
import { parseDirection, parseIndicatorValue, parseUnitKind, unitKindOf } from '../../model/indicator-values';
import type { Indicator, Priority } from '../../model/schema';
import type { IndicatorColumn } from './indicator-columns-info';
import { tr } from './strings';

/** «5 «Здійснено закупівлю комп'ютерного обладнання…»»: the code (often a priority number) and the start of the name. */
export function indicatorName(ind: Pick<Indicator, 'code' | 'name'>): string {
  const name = ind.name.replace(/\s+/g, ' ').trim();
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  return [ind.code, short ? `«${short}»` : ''].filter(Boolean).join(' ');
}

export type Step = { ok: true; apply: (ind: Indicator) => Indicator } | { ok: false; message: string };

/** `1. Цифрова інфраструктура` */
export const priorityLabel = (p: Priority): string => `${p.code ? `${p.code}. ` : ''}${p.title}`;

/** Finds a priority by id, code (`1`, `1.`), title or label. */
export function findPriority(text: string, priorities: readonly Priority[]): Priority | null {
  const t = text.trim().toLowerCase();
  const bare = t.replace(/\.$/, '');
  return priorities.find((p) => p.id === text || p.code.toLowerCase() === bare || p.title.trim().toLowerCase() === t || priorityLabel(p).toLowerCase() === t) ?? null;
}

function withValue(ind: Indicator, col: Extract<IndicatorColumn, { kind: 'value' }>, v: Indicator['baseline']): Indicator {
  if (col.field === 'baseline') return { ...ind, baseline: v };
  const key = col.field === 'target' ? 'targets' : 'actuals';
  const next = { ...ind[key] };
  if (v === null) delete next[String(col.year)];
  else next[String(col.year)] = v;
  return { ...ind, [key]: next };
}

/**
 * The step a text makes in a column of one indicator (whose unit decides how a value is read),
 * or the reason it is refused. A unit typed as words (`%`, `Так/Ні`, `Осіб`) also sets the kind.
 */
export function stepFor(col: IndicatorColumn, text: string, ind: Indicator, priorities: readonly Priority[]): Step {
  const where = (m: string) => `${tr('indicatorWhere', { code: indicatorName(ind), col: col.label.toLowerCase() })}: ${m}`;
  switch (col.kind) {
    case 'text':
      if (col.field === 'unit') {
        const kind = unitKindOf(text);
        return { ok: true, apply: (i) => ({ ...i, unit: text.trim(), unitKind: kind ?? i.unitKind }) };
      }
      return { ok: true, apply: (i) => ({ ...i, [col.field]: col.field === 'code' ? text.trim() : text }) };
    case 'priority': {
      if (!text.trim()) return { ok: true, apply: (i) => ({ ...i, priorityId: null, priorityText: '' }) };
      const p = findPriority(text, priorities);
      if (!p) return { ok: false, message: where(tr('unknownPriority', { text: text.trim() })) };
      return { ok: true, apply: (i) => ({ ...i, priorityId: p.id, priorityText: p.title }) };
    }
    case 'unit-kind': {
      const k = parseUnitKind(text);
      if (!k) return { ok: false, message: where(tr('unknownKind', { text: text.trim() })) };
      return { ok: true, apply: (i) => ({ ...i, unitKind: k }) };
    }
    case 'direction': {
      const d = parseDirection(text);
      if (!d) return { ok: false, message: where(tr('unknownDirection', { text: text.trim() })) };
      return { ok: true, apply: (i) => ({ ...i, direction: d }) };
    }
    case 'value': {
      const v = parseIndicatorValue(text, ind);
      if (!v.ok) return { ok: false, message: where(v.message) };
      return { ok: true, apply: (i) => withValue(i, col, v.value) };
    }
    case 'computed':
      return { ok: false, message: where(tr('pasteComputed', { r: 1, col: col.label })) };
  }
}

/** The step that empties a cell over which Delete was pressed; null for columns that are not emptied. */
export function clearStep(col: IndicatorColumn): ((ind: Indicator) => Indicator) | null {
  if (col.kind === 'value') return (i) => withValue(i, col, null);
  if (col.kind === 'text' && col.field !== 'code') return (i) => ({ ...i, [col.field]: '' });
  return null;
}

export const MAX_PASTE_ROWS = 2000;

export type IndicatorPaste =
  | { ok: true; edits: Array<{ id: string; edit: (ind: Indicator) => Indicator }>; cells: number }
  | { ok: false; reasons: string[] };

/**
 * Maps a pasted block onto the indicators from the focused cell: columns to the right in display
 * order, rows downwards. Each cell is read against the indicator as the cells to its left leave
 * it (a pasted unit decides how the pasted values are read). Any problem refuses the whole paste
 * with the list of cells.
 */
export function indicatorPaste(block: string[][], rows: readonly Indicator[], rowIndex: number, columns: readonly IndicatorColumn[], colIndex: number, priorities: readonly Priority[]): IndicatorPaste {
  const width = Math.max(0, ...block.map((r) => r.length));
  if (!block.length || !width) return { ok: false, reasons: ['Буфер обміну порожній.'] };
  if (colIndex + width > columns.length) return { ok: false, reasons: [tr('pasteTooWide', { w: width, n: columns.length - colIndex })] };
  if (block.length > MAX_PASTE_ROWS || rowIndex + block.length > rows.length) return { ok: false, reasons: [tr('pasteTooLong', { h: block.length, n: rows.length - rowIndex })] };
  const reasons: string[] = [];
  const edits: Array<{ id: string; edit: (ind: Indicator) => Indicator }> = [];
  block.forEach((values, bi) => {
    let work = rows[rowIndex + bi]!;
    const steps: Array<(ind: Indicator) => Indicator> = [];
    values.forEach((raw, ci) => {
      const col = columns[colIndex + ci]!;
      if (col.kind === 'computed') {
        if (raw.trim() !== '') reasons.push(tr('pasteComputed', { r: bi + 1, col: col.label }));
        return;
      }
      const step = stepFor(col, raw, work, priorities);
      if (!step.ok) return reasons.push(`${tr('pasteWhere', { r: bi + 1, col: col.label })}: ${step.message}`);
      work = step.apply(work);
      steps.push(step.apply);
    });
    edits.push({ id: work.id, edit: (ind) => steps.reduce((acc, f) => f(acc), ind) });
  });
  if (reasons.length) return { ok: false, reasons };
  return { ok: true, edits, cells: block.reduce((n, r) => n + r.length, 0) };
}
