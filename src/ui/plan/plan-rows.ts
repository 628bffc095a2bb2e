import type { Kop, Marker } from '../../model/money';
import type { Measure, ProgrammeDoc } from '../../model/schema';
import type { NodeTotals } from '../../engine/types';

export type PlanRowKind = 'priority' | 'task' | 'measure' | 'subtotal' | 'grand';

/** One row of the plan table as the grid shows it; money comes from the engine's totals. */
export interface PlanRow {
  rowId: string;
  kind: PlanRowKind;
  refId: string;
  code: string;
  title: string;
  responsible: string;
  term: string;
  result: string;
  perYear: Array<Kop | null>;
  /** per year: the marker shown when a measure has no money that year */
  markers: Array<Marker | null>;
  total: Kop | null;
  outside: Kop;
}

type Totals = Record<string, NodeTotals | undefined>;

function money(t: NodeTotals | undefined, years: number): Pick<PlanRow, 'perYear' | 'total' | 'outside'> {
  if (!t) return { perYear: new Array(years).fill(null), total: null, outside: 0 as Kop };
  return { perYear: t.planned.perYear, total: t.planned.total, outside: t.planned.outside };
}

function markersOf(m: Measure, years: readonly number[]): Array<Marker | null> {
  return years.map((y) => {
    const cells = m.funding.filter((f) => f.year === y);
    if (cells.some((f) => f.planned)) return null;
    return cells.find((f) => f.marker)?.marker ?? null;
  });
}

/**
 * Flattens the hierarchy into table rows: priority, its tasks and their measures, then the
 * priority's subtotal row; the grand total is returned apart to be pinned at the bottom.
 */
export function planRows(doc: ProgrammeDoc, totals: Totals): { rows: PlanRow[]; grand: PlanRow } {
  const years: number[] = [];
  for (let y = doc.programme.startYear; y <= doc.programme.endYear; y++) years.push(y);
  const Y = years.length;
  const blank = { responsible: '', term: '', result: '', markers: new Array<Marker | null>(Y).fill(null) };
  const rows: PlanRow[] = [];
  const measuresByTask = new Map<string, Measure[]>();
  const looseByPriority = new Map<string, Measure[]>();
  for (const m of doc.measures) {
    if (m.taskId) push(measuresByTask, m.taskId, m);
    else push(looseByPriority, m.priorityId, m);
  }
  const measureRow = (m: Measure): PlanRow => ({
    rowId: `m:${m.id}`,
    kind: 'measure',
    refId: m.id,
    code: m.code,
    title: m.title,
    responsible: m.responsible,
    term: m.term.text,
    result: m.result,
    markers: markersOf(m, years),
    ...money(totals[`measure:${m.id}`], Y),
  });
  for (const p of doc.priorities) {
    rows.push({ rowId: `p:${p.id}`, kind: 'priority', refId: p.id, code: p.code, title: p.title, ...blank, ...money(totals[`priority:${p.id}`], Y) });
    for (const m of looseByPriority.get(p.id) ?? []) rows.push(measureRow(m));
    for (const task of doc.tasks.filter((x) => x.priorityId === p.id)) {
      rows.push({ rowId: `t:${task.id}`, kind: 'task', refId: task.id, code: task.code, title: task.title, ...blank, ...money(totals[`task:${task.id}`], Y) });
      for (const m of measuresByTask.get(task.id) ?? []) rows.push(measureRow(m));
    }
    rows.push({ rowId: `s:${p.id}`, kind: 'subtotal', refId: p.id, code: '', title: p.code ? `${p.code}` : p.title, ...blank, ...money(totals[`priority:${p.id}`], Y) });
  }
  const grand: PlanRow = { rowId: 'grand', kind: 'grand', refId: doc.programme.id, code: '', title: '', ...blank, ...money(totals[`programme:${doc.programme.id}`], Y) };
  return { rows, grand };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
