import type { Kop } from '../model/money';
import type { Measure, ProgrammeDoc } from '../model/schema';
import { planOrder } from './importance';

export type MeasureField = 'money' | 'code' | 'title' | 'responsible' | 'term' | 'result' | 'status' | 'place';

export interface MeasureDiff {
  measureId: string;
  kind: 'added' | 'removed' | 'changed';
  code: string;
  title: string;
  /** planned money of the measure, all years; null when it is not in that side */
  before: Kop | null;
  after: Kop | null;
  /** what changed (for a changed measure) */
  fields: MeasureField[];
  /** planned money by year where it changed */
  years: Array<{ year: number; before: Kop; after: Kop }>;
}

export interface VersionDiff {
  added: MeasureDiff[];
  removed: MeasureDiff[];
  changed: MeasureDiff[];
  totals: { before: Kop; after: Kop };
}

/**
 * What changed from one state of a programme to another (two versions, or a version and the
 * working plan): measures added, removed and changed, matched by id, with their planned money
 * before and after. Pure; lists follow the plan's order (of the newer side for added ones).
 * @example diffDocs(approved.doc, amended.doc).changed[0] // { code: '3.1.2', before: 5000000000, after: 2500000000, fields: ['money'], … }
 */
export function diffDocs(before: ProgrammeDoc, after: ProgrammeDoc): VersionDiff {
  const a = new Map(before.measures.map((m) => [m.id, m]));
  const b = new Map(after.measures.map((m) => [m.id, m]));
  const out: VersionDiff = { added: [], removed: [], changed: [], totals: { before: totalOf(before.measures), after: totalOf(after.measures) } };
  for (const m of planOrder(before)) {
    const n = b.get(m.id);
    if (!n) {
      out.removed.push(entry('removed', m, moneyOf(m), null, [], []));
      continue;
    }
    const fields = changedFields(m, n);
    if (fields.length) out.changed.push(entry('changed', n, moneyOf(m), moneyOf(n), fields, yearsChanged(m, n)));
  }
  for (const m of planOrder(after)) if (!a.has(m.id)) out.added.push(entry('added', m, null, moneyOf(m), [], []));
  return out;
}

function entry(kind: MeasureDiff['kind'], m: Measure, before: Kop | null, after: Kop | null, fields: MeasureField[], years: MeasureDiff['years']): MeasureDiff {
  return { measureId: m.id, kind, code: m.code, title: m.title, before, after, fields, years };
}

function moneyOf(m: Measure): Kop {
  let v = 0;
  for (const f of m.funding) v += f.planned ?? 0;
  return v as Kop;
}

function totalOf(ms: readonly Measure[]): Kop {
  let v = 0;
  for (const m of ms) v += moneyOf(m);
  return v as Kop;
}

/** Planned money by (year, source): cells that repeat a pair are added up, as the plan does. */
function cells(m: Measure): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of m.funding) if (f.planned !== null) out.set(`${f.year}|${f.sourceId}`, (out.get(`${f.year}|${f.sourceId}`) ?? 0) + f.planned);
  return out;
}

function changedFields(a: Measure, b: Measure): MeasureField[] {
  const out: MeasureField[] = [];
  const ca = cells(a);
  const cb = cells(b);
  if ([...ca].some(([k, v]) => (cb.get(k) ?? 0) !== v) || [...cb].some(([k, v]) => (ca.get(k) ?? 0) !== v)) out.push('money');
  for (const f of ['code', 'title', 'responsible', 'result', 'status'] as const) if (a[f] !== b[f]) out.push(f);
  if (a.term.text !== b.term.text) out.push('term');
  if (a.taskId !== b.taskId || a.priorityId !== b.priorityId) out.push('place');
  return out;
}

function yearsChanged(a: Measure, b: Measure): MeasureDiff['years'] {
  const byYear = (m: Measure) => {
    const out = new Map<number, number>();
    for (const f of m.funding) if (f.planned !== null) out.set(f.year, (out.get(f.year) ?? 0) + f.planned);
    return out;
  };
  const ya = byYear(a);
  const yb = byYear(b);
  return [...new Set([...ya.keys(), ...yb.keys()])]
    .sort((x, y) => x - y)
    .filter((y) => (ya.get(y) ?? 0) !== (yb.get(y) ?? 0))
    .map((year) => ({ year, before: (ya.get(year) ?? 0) as Kop, after: (yb.get(year) ?? 0) as Kop }));
}
