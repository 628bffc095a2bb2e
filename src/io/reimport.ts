/**
 * Re-import into an open programme: the records of a freshly imported document matched to the
 * programme's own — by code, then by name — so that what the spreadsheet changed becomes a list
 * of added, changed and removed rows (old → new) and one set of record writes. Matched records
 * keep their ids, so scenarios, statuses, budget codes and actual amounts stay attached.
 */
import type { Kop, MoneyUnit } from '../model/money';
import { formatAmount, UNIT_LABEL } from '../model/money';
import type { FundingCell, Indicator, Measure, Priority, Programme, ProgrammeDoc, Task } from '../model/schema';
import { norm } from './text';

export type ReimportKind = 'priority' | 'task' | 'measure' | 'indicator';
export type ReimportTable = 'priorities' | 'tasks' | 'measures' | 'indicators';

export interface FieldChange {
  field: string;
  old: string;
  new: string;
}

export interface ReimportItem {
  kind: ReimportKind;
  status: 'added' | 'changed' | 'removed';
  code: string;
  title: string;
  fields: FieldChange[];
}

export interface ReimportPlan {
  programme: Programme;
  /** the record writes: `after` null deletes */
  edits: Array<{ table: ReimportTable; id: string; after: Priority | Task | Measure | Indicator | null }>;
  items: ReimportItem[];
  counts: { added: number; changed: number; removed: number; unchanged: number };
}

/** Pairs incoming records with current ones: the same code first (when both are unique), then the same name. */
function match<T extends { id: string }>(current: readonly T[], incoming: readonly T[], code: (x: T) => string, name: (x: T) => string): Map<string, T> {
  const out = new Map<string, T>(); // incoming id → current
  const used = new Set<string>();
  const unique = (xs: readonly T[]) => {
    const n = new Map<string, number>();
    for (const x of xs) if (code(x)) n.set(code(x), (n.get(code(x)) ?? 0) + 1);
    return (c: string) => c !== '' && n.get(c) === 1;
  };
  const uc = unique(current);
  const ui = unique(incoming);
  const byCode = new Map(current.filter((x) => uc(code(x))).map((x) => [code(x), x]));
  for (const x of incoming) {
    const c = code(x);
    const hit = ui(c) ? byCode.get(c) : undefined;
    if (hit && !used.has(hit.id)) {
      out.set(x.id, hit);
      used.add(hit.id);
    }
  }
  for (const x of incoming) {
    if (out.has(x.id)) continue;
    const key = norm(name(x));
    const hit = current.find((y) => !used.has(y.id) && key !== '' && norm(name(y)) === key);
    if (hit) {
      out.set(x.id, hit);
      used.add(hit.id);
    }
  }
  return out;
}

const moneyText = (cells: readonly FundingCell[], unit: MoneyUnit): string => {
  const byYear = new Map<number, number>();
  const marks = new Map<number, string>();
  for (const f of cells) {
    if (f.planned !== null) byYear.set(f.year, (byYear.get(f.year) ?? 0) + f.planned);
    else if (f.marker) marks.set(f.year, f.marker === 'ongoing' ? '+' : 'в межах кошторисних');
  }
  const years = [...new Set([...byYear.keys(), ...marks.keys()])].sort();
  return years.map((y) => `${y}: ${byYear.has(y) ? formatAmount(byYear.get(y)! as Kop, unit) : marks.get(y)}`).join('; ') || '—';
};

function diffFields(pairs: Array<[string, string, string]>): FieldChange[] {
  return pairs.filter(([, a, b]) => a !== b).map(([field, a, b]) => ({ field, old: a, new: b }));
}

/** The incoming money with the current actual amounts kept (a spreadsheet of the plan has no actuals). */
function mergeFunding(current: readonly FundingCell[], incoming: readonly FundingCell[]): FundingCell[] {
  const out = incoming.map((f) => ({ ...f, actual: current.find((c) => c.year === f.year && c.sourceId === f.sourceId)?.actual ?? null }));
  for (const c of current) {
    if (c.actual !== null && !out.some((f) => f.year === c.year && f.sourceId === c.sourceId)) out.push({ ...c, planned: null, marker: null });
  }
  return out;
}

/**
 * What re-importing `incoming` into `current` changes.
 * @example const plan = planReimport(await store.loadDoc(id), imported.doc);
 */
export function planReimport(current: ProgrammeDoc, incoming: ProgrammeDoc, now = new Date()): ReimportPlan {
  const pid = current.programme.id;
  const unit = current.programme.unit;
  const items: ReimportItem[] = [];
  const edits: ReimportPlan['edits'] = [];
  let unchanged = 0;
  const record = <T extends { id: string }>(table: ReimportTable, kind: ReimportKind, before: T | undefined, after: T, code: string, title: string, fields: FieldChange[]) => {
    if (!before) {
      items.push({ kind, status: 'added', code, title, fields: [] });
      edits.push({ table, id: after.id, after: after as unknown as Priority });
    } else if (fields.length || JSON.stringify(before) !== JSON.stringify(after)) {
      if (fields.length) items.push({ kind, status: 'changed', code, title, fields });
      else unchanged++;
      edits.push({ table, id: after.id, after: after as unknown as Priority });
    } else unchanged++;
  };

  const pMatch = match(current.priorities, incoming.priorities, (p) => p.code, (p) => p.title);
  const pId = new Map<string, string>();
  for (const p of incoming.priorities) {
    const cur = pMatch.get(p.id);
    const after: Priority = { ...(cur ?? {}), ...p, id: cur?.id ?? p.id, programmeId: pid };
    pId.set(p.id, after.id);
    record('priorities', 'priority', cur, after, p.code, p.title, cur ? diffFields([['Номер', cur.code, p.code], ['Назва', cur.title, p.title]]) : []);
  }
  const tMatch = match(current.tasks, incoming.tasks, (t) => t.code, (t) => t.title);
  const tId = new Map<string, string>();
  for (const t of incoming.tasks) {
    const cur = tMatch.get(t.id);
    const after: Task = { ...(cur ?? {}), ...t, id: cur?.id ?? t.id, programmeId: pid, priorityId: pId.get(t.priorityId) ?? t.priorityId };
    tId.set(t.id, after.id);
    record('tasks', 'task', cur, after, t.code, t.title, cur ? diffFields([['Номер', cur.code, t.code], ['Назва', cur.title, t.title]]) : []);
  }
  const mMatch = match(current.measures, incoming.measures, (m) => m.code, (m) => m.title);
  const mId = new Map<string, string>();
  for (const m of incoming.measures) {
    const cur = mMatch.get(m.id);
    const after: Measure = {
      ...(cur ?? {}),
      ...m,
      id: cur?.id ?? m.id,
      programmeId: pid,
      priorityId: pId.get(m.priorityId) ?? m.priorityId,
      taskId: m.taskId === null ? null : (tId.get(m.taskId) ?? m.taskId),
      status: cur?.status ?? m.status,
      budgetCodes: cur?.budgetCodes ?? m.budgetCodes,
      funding: mergeFunding(cur?.funding ?? [], m.funding),
    };
    mId.set(m.id, after.id);
    const fields = cur
      ? diffFields([
          ['Номер', cur.code, m.code],
          ['Назва', cur.title, m.title],
          ['Відповідальні', cur.responsible, m.responsible],
          ['Строк', cur.term.text, m.term.text],
          ['Очікуваний результат', cur.result, m.result],
          ['Джерела (текст)', cur.sourceText, m.sourceText],
          [`Суми, ${UNIT_LABEL[unit]}`, moneyText(cur.funding, unit), moneyText(m.funding, unit)],
        ])
      : [];
    record('measures', 'measure', cur, after, m.code, m.title, fields);
  }
  const iMatch = match(current.indicators, incoming.indicators, (i) => i.code, (i) => i.name);
  for (const i of incoming.indicators) {
    const cur = iMatch.get(i.id);
    const after: Indicator = {
      ...(cur ?? {}),
      ...i,
      id: cur?.id ?? i.id,
      programmeId: pid,
      priorityId: i.priorityId === null ? null : (pId.get(i.priorityId) ?? i.priorityId),
      actuals: cur?.actuals ?? i.actuals,
      measureIds: (cur?.measureIds ?? []).filter((id) => [...mId.values()].includes(id)),
    };
    const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));
    const fields = cur
      ? diffFields([
          ['Назва', cur.name, i.name],
          ['Одиниця', cur.unit, i.unit],
          ['Вихідні дані', show(cur.baseline), show(i.baseline)],
          ['Прогноз', JSON.stringify(cur.targets), JSON.stringify(i.targets)],
        ])
      : [];
    record('indicators', 'indicator', cur, after, i.code, i.name, fields);
  }
  const keep = (table: ReimportTable, kind: ReimportKind, xs: ReadonlyArray<{ id: string; code: string; title?: string; name?: string }>, kept: Map<string, { id: string }>) => {
    const ids = new Set([...kept.values()].map((x) => x.id));
    for (const x of xs) {
      if (ids.has(x.id)) continue;
      items.push({ kind, status: 'removed', code: x.code, title: x.title ?? x.name ?? '', fields: [] });
      edits.push({ table, id: x.id, after: null });
    }
  };
  keep('measures', 'measure', current.measures, mMatch);
  keep('indicators', 'indicator', current.indicators, iMatch);
  keep('tasks', 'task', current.tasks, tMatch);
  keep('priorities', 'priority', current.priorities, pMatch);

  const sources = [...current.programme.sources];
  for (const s of incoming.programme.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  const programme: Programme = {
    ...current.programme,
    startYear: Math.min(current.programme.startYear, incoming.programme.startYear),
    endYear: Math.max(current.programme.endYear, incoming.programme.endYear),
    sources,
    declared: incoming.programme.declared,
    updatedAt: now.toISOString(),
  };
  const count = (st: ReimportItem['status']) => items.filter((x) => x.status === st).length;
  return { programme, edits, items, counts: { added: count('added'), changed: count('changed'), removed: count('removed'), unchanged } };
}
