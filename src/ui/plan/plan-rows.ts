import type { Kop, Marker } from '../../model/money';
import type { Measure, MeasureStatus, ProgrammeDoc } from '../../model/schema';
import type { NodeTotals } from '../../engine/types';

export type PlanRowKind = 'priority' | 'task' | 'measure' | 'subtotal' | 'grand';

/** One row of the plan grid. Money comes from the engine's totals, never summed here. */
export interface PlanRow {
  rowId: string;
  kind: PlanRowKind;
  refId: string;
  code: string;
  title: string;
  responsible: string;
  term: string;
  result: string;
  status: MeasureStatus | null;
  /** Y × S planned cells, year-major */
  cells: Array<Kop | null>;
  /** Y × S markers of a measure's cells (`+`, within allocations) */
  markers: Array<Marker | null>;
  perYear: Array<Kop | null>;
  perSource: Array<Kop | null>;
  total: Kop | null;
  outside: Kop;
  /** a measure's own record (for editors and row actions) */
  measure?: Measure;
}

export interface PlanShape {
  years: number[];
  sourceIds: string[];
}

export function shapeOf(doc: ProgrammeDoc): PlanShape {
  const years: number[] = [];
  for (let y = doc.programme.startYear; y <= doc.programme.endYear; y++) years.push(y);
  return { years, sourceIds: doc.programme.sources.map((s) => s.id) };
}

type Totals = ReadonlyMap<string, NodeTotals>;

function money(shape: PlanShape, t: NodeTotals | undefined) {
  const n = shape.years.length * shape.sourceIds.length;
  if (!t || t.planned.cells.length !== n) {
    return { cells: new Array<Kop | null>(n).fill(null), perYear: shape.years.map(() => null), perSource: shape.sourceIds.map(() => null), total: null, outside: 0 as Kop };
  }
  return { cells: t.planned.cells, perYear: t.planned.perYear, perSource: t.planned.perSource, total: t.planned.total, outside: t.planned.outside };
}

function markersOf(shape: PlanShape, m: Measure): Array<Marker | null> {
  const S = shape.sourceIds.length;
  const out = new Array<Marker | null>(shape.years.length * S).fill(null);
  const y0 = shape.years[0] ?? 0;
  for (const f of m.funding) {
    const si = shape.sourceIds.indexOf(f.sourceId);
    const yi = f.year - y0;
    if (f.marker && si >= 0 && yi >= 0 && yi < shape.years.length) out[yi * S + si] = f.marker;
  }
  return out;
}

const textBlank = { responsible: '', term: '', result: '', status: null };

export function measureRow(shape: PlanShape, m: Measure, totals: Totals): PlanRow {
  return {
    rowId: `m:${m.id}`,
    kind: 'measure',
    refId: m.id,
    code: m.code,
    title: m.title,
    responsible: m.responsible,
    term: m.term.text,
    result: m.result,
    status: m.status,
    markers: markersOf(shape, m),
    measure: m,
    ...money(shape, totals.get(`measure:${m.id}`)),
  };
}

/** The row of a task, priority, subtotal or the grand total, rebuilt when its totals change. */
export function nodeRow(shape: PlanShape, kind: Exclude<PlanRowKind, 'measure'>, refId: string, code: string, title: string, totals: Totals): PlanRow {
  const key = kind === 'subtotal' ? `priority:${refId}` : kind === 'grand' ? `programme:${refId}` : `${kind}:${refId}`;
  const rowId = kind === 'grand' ? 'grand' : `${kind[0]}:${refId}`;
  const markers = new Array<Marker | null>(shape.years.length * shape.sourceIds.length).fill(null);
  return { rowId, kind, refId, code, title, ...textBlank, markers, ...money(shape, totals.get(key)) };
}

/**
 * Flattens the hierarchy into rows: a priority, its measures without a task, its tasks with their
 * measures, then the priority's «Всього за напрямом» row. Collapsed priorities and tasks hide
 * their children (the subtotal row stays). The grand total is returned apart, to be pinned.
 */
export function planRows(doc: ProgrammeDoc, totals: Totals, collapsed: ReadonlySet<string> = new Set()): { rows: PlanRow[]; grand: PlanRow } {
  const shape = shapeOf(doc);
  const rows: PlanRow[] = [];
  const measuresByTask = new Map<string, Measure[]>();
  const looseByPriority = new Map<string, Measure[]>();
  for (const m of doc.measures) {
    if (m.taskId) push(measuresByTask, m.taskId, m);
    else push(looseByPriority, m.priorityId, m);
  }
  const tasksByPriority = new Map<string, ProgrammeDoc['tasks']>();
  for (const t of doc.tasks) push(tasksByPriority, t.priorityId, t);
  for (const p of doc.priorities) {
    rows.push(nodeRow(shape, 'priority', p.id, p.code, p.title, totals));
    if (!collapsed.has(`p:${p.id}`)) {
      for (const m of looseByPriority.get(p.id) ?? []) rows.push(measureRow(shape, m, totals));
      for (const task of tasksByPriority.get(p.id) ?? []) {
        rows.push(nodeRow(shape, 'task', task.id, task.code, task.title, totals));
        if (collapsed.has(`t:${task.id}`)) continue;
        for (const m of measuresByTask.get(task.id) ?? []) rows.push(measureRow(shape, m, totals));
      }
    }
    rows.push(nodeRow(shape, 'subtotal', p.id, p.code, p.title, totals));
  }
  return { rows, grand: nodeRow(shape, 'grand', doc.programme.id, '', '', totals) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
