import { executionOf } from '../../engine/execution';
import type { NodeTotals } from '../../engine/types';
import type { Kop, Marker } from '../../model/money';
import type { Measure, MeasureStatus, ProgrammeDoc } from '../../model/schema';
import { indicatorsOf } from '../indicators/links';

export type MonRowKind = 'priority' | 'task' | 'measure' | 'subtotal' | 'grand';

/**
 * One row of the monitoring grid for one year: planned and actual money per shown source and in
 * total, and execution — all from the engine's totals (a measure's own actual cells come from its
 * record, so that «not reported» and «0» look different).
 */
export interface MonRow {
  rowId: string;
  kind: MonRowKind;
  refId: string;
  code: string;
  title: string;
  status: MeasureStatus | null;
  measure?: Measure;
  /** per shown source */
  planned: Array<Kop | null>;
  /** a measure's plan markers per shown source (`+`, within allocations), shown where it has no money */
  markers: Array<Marker | null>;
  actual: Array<Kop | null>;
  execution: Array<number | null>;
  plannedTotal: Kop | null;
  actualTotal: Kop | null;
  executionTotal: number | null;
  indicators: string;
  budgetCodes: string;
}

export interface MonShape {
  year: number;
  /** index of the year in the programme's years */
  yi: number;
  /** every source of the programme, in order */
  sourceIds: string[];
  /** the sources shown as columns */
  shown: string[];
}

type Totals = ReadonlyMap<string, NodeTotals>;

/** The actual amount entered for a (year, source) cell of a measure; null when none was. */
export function actualOf(m: Measure, year: number, sourceId: string): Kop | null {
  return m.funding.find((f) => f.year === year && f.sourceId === sourceId)?.actual ?? null;
}

function money(shape: MonShape, t: NodeTotals | undefined, m?: Measure) {
  const S = shape.sourceIds.length;
  const blank = { planned: shape.shown.map(() => null), actual: shape.shown.map(() => null), execution: shape.shown.map(() => null), plannedTotal: null, actualTotal: null, executionTotal: null };
  if (!t || t.planned.perYear.length <= shape.yi) return blank;
  const ex = executionOf(t);
  const reported = (sid: string) => !m || actualOf(m, shape.year, sid) !== null;
  const anyReported = !m || shape.sourceIds.some(reported);
  return {
    planned: shape.shown.map((sid) => t.planned.cells[shape.yi * S + shape.sourceIds.indexOf(sid)] ?? null),
    actual: shape.shown.map((sid) => (m ? actualOf(m, shape.year, sid) : (t.actual.cells[shape.yi * S + shape.sourceIds.indexOf(sid)] ?? null))),
    execution: shape.shown.map((sid) => (reported(sid) ? (ex.cells[shape.yi * S + shape.sourceIds.indexOf(sid)] ?? null) : null)),
    plannedTotal: t.planned.perYear[shape.yi] ?? null,
    actualTotal: anyReported ? (t.actual.perYear[shape.yi] ?? null) : null,
    executionTotal: anyReported ? (ex.perYear[shape.yi] ?? null) : null,
  };
}

export function measureRow(doc: ProgrammeDoc, shape: MonShape, m: Measure, totals: Totals): MonRow {
  const links = indicatorsOf(doc.indicators, m.id);
  return {
    rowId: `m:${m.id}`,
    kind: 'measure',
    refId: m.id,
    code: m.code,
    title: m.title,
    status: m.status,
    measure: m,
    ...money(shape, totals.get(`measure:${m.id}`), m),
    markers: shape.shown.map((sid) => m.funding.find((f) => f.year === shape.year && f.sourceId === sid)?.marker ?? null),
    indicators: links.map((i) => i.code || '•').join(', '),
    budgetCodes: m.budgetCodes.join(', '),
  };
}

export function nodeRow(shape: MonShape, kind: Exclude<MonRowKind, 'measure'>, refId: string, code: string, title: string, totals: Totals): MonRow {
  const key = kind === 'subtotal' ? `priority:${refId}` : kind === 'grand' ? `programme:${refId}` : `${kind}:${refId}`;
  const rowId = kind === 'grand' ? 'grand' : `${kind[0]}:${refId}`;
  const m = kind === 'priority' ? money(shape, undefined) : money(shape, totals.get(key));
  return { rowId, kind, refId, code, title, status: null, ...m, markers: shape.shown.map(() => null), indicators: '', budgetCodes: '' };
}

/** Priority heading, its tasks (with their totals) and measures, then «Всього за напрямом»; the grand total apart. */
export function monitoringRows(doc: ProgrammeDoc, shape: MonShape, totals: Totals): { rows: MonRow[]; grand: MonRow } {
  const rows: MonRow[] = [];
  for (const p of doc.priorities) {
    rows.push(nodeRow(shape, 'priority', p.id, p.code, p.title, totals));
    for (const m of doc.measures.filter((x) => x.priorityId === p.id && x.taskId === null)) rows.push(measureRow(doc, shape, m, totals));
    for (const task of doc.tasks.filter((x) => x.priorityId === p.id)) {
      rows.push(nodeRow(shape, 'task', task.id, task.code, task.title, totals));
      for (const m of doc.measures.filter((x) => x.taskId === task.id)) rows.push(measureRow(doc, shape, m, totals));
    }
    rows.push(nodeRow(shape, 'subtotal', p.id, p.code, p.title, totals));
  }
  return { rows, grand: nodeRow(shape, 'grand', doc.programme.id, '', '', totals) };
}

/** The sources to show for a year: those with planned or actual money in the programme that year (all when asked). */
export function shownSources(doc: ProgrammeDoc, year: number, totals: Totals, all: boolean): MonShape {
  const sourceIds = doc.programme.sources.map((s) => s.id);
  const yi = year - doc.programme.startYear;
  const prog = totals.get(`programme:${doc.programme.id}`);
  const S = sourceIds.length;
  const used = (i: number) => !!prog && ((prog.planned.cells[yi * S + i] ?? 0) !== 0 || (prog.actual.cells[yi * S + i] ?? 0) !== 0);
  const shown = all ? sourceIds : sourceIds.filter((_, i) => used(i));
  return { year, yi, sourceIds, shown };
}
