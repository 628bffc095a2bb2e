/**
 * Pure edits of plan records: what a typed value or a pasted cell does to a measure. The store's
 * commands call these and save the result; the grid never changes records itself.
 */
import type { Kop, Marker, MoneyUnit, ParsedAmount } from './money';
import { parseAmount } from './money';
import type { FundingCell, Measure, MeasureStatus, Term } from './schema';

export type MeasureTextField = 'code' | 'title' | 'responsible' | 'term' | 'result';

export const STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: 'Не розпочато',
  'in-progress': 'Виконується',
  done: 'Виконано',
  cancelled: 'Скасовано',
};

/** Reads a term as written: «2026-2028», «2026–2028 роки», «2027», «постійно». */
export function parseTerm(text: string): Term {
  const t = text.trim();
  const range = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(t);
  if (range) return { text: t, from: Number(range[1]), to: Number(range[2]) };
  const years = t.match(/\b(19|20)\d{2}\b/g);
  if (years && years.length === 1) return { text: t, from: Number(years[0]), to: Number(years[0]) };
  return { text: t, from: null, to: null };
}

/** Reads a status from its Ukrainian label, its English id or a few common words; null when unknown. */
export function parseStatus(text: string): MeasureStatus | null {
  const t = text.trim().toLowerCase();
  for (const [id, label] of Object.entries(STATUS_LABELS) as Array<[MeasureStatus, string]>) {
    if (t === id || t === label.toLowerCase()) return id;
  }
  if (/^(в процесі|триває|розпочато)$/.test(t)) return 'in-progress';
  if (/^(так|завершено)$/.test(t)) return 'done';
  return null;
}

export function setText(m: Measure, field: MeasureTextField, text: string): Measure {
  if (field === 'term') return { ...m, term: parseTerm(text) };
  return { ...m, [field]: field === 'code' ? text.trim() : text };
}

type CellValue = Extract<ParsedAmount, { kind: 'empty' | 'amount' | 'marker' }>;

/**
 * Sets the planned amount (or marker) of one (year, source) cell. An emptied cell that has no
 * actual amount either is removed, so the record stays as small as the document.
 */
export function setPlanned(m: Measure, year: number, sourceId: string, value: CellValue): Measure {
  const planned: Kop | null = value.kind === 'amount' ? value.value : null;
  const marker: Marker | null = value.kind === 'marker' ? value.marker : null;
  return { ...m, funding: setCell(m.funding, year, sourceId, (c) => ({ ...c, planned, marker })) };
}

export function setActual(m: Measure, year: number, sourceId: string, value: Kop | null): Measure {
  return { ...m, funding: setCell(m.funding, year, sourceId, (c) => ({ ...c, actual: value })) };
}

function setCell(funding: readonly FundingCell[], year: number, sourceId: string, edit: (c: FundingCell) => FundingCell): FundingCell[] {
  const i = funding.findIndex((f) => f.year === year && f.sourceId === sourceId);
  const current: FundingCell = funding[i] ?? { year, sourceId, planned: null, actual: null, marker: null };
  const next = edit(current);
  const empty = next.planned === null && next.actual === null && next.marker === null;
  const out = [...funding];
  if (i >= 0) {
    if (empty) out.splice(i, 1);
    else out[i] = next;
  } else if (!empty) {
    out.push(next);
    out.sort((a, b) => a.year - b.year || a.sourceId.localeCompare(b.sourceId));
  }
  return out;
}

/** The planned value of a cell as the user would type it back (for copy and for the editor). */
export function cellText(m: Measure, year: number, sourceId: string, format: (k: Kop) => string): string {
  const c = m.funding.find((f) => f.year === year && f.sourceId === sourceId);
  if (!c) return '';
  if (c.planned !== null) return format(c.planned);
  if (c.marker === 'ongoing') return '+';
  if (c.marker === 'within-allocations') return 'в межах кошторисних призначень';
  return '';
}

export type CellInput = { ok: true; value: CellValue } | { ok: false; message: string };

/** Parses what a user typed or pasted into an amount cell. */
export function parseCellInput(text: string, unit: MoneyUnit): CellInput {
  const r = parseAmount(text, unit);
  if (r.kind === 'error') return { ok: false, message: r.message };
  if (r.kind === 'amount' && r.value < 0) return { ok: false, message: `«${text.trim()}» — сума не може бути від’ємною.` };
  return { ok: true, value: r };
}

/** An order value between two neighbours (fractional ordering: inserting touches one record). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/**
 * Where an amount typed into a year's total goes when the grid shows no source columns: the
 * one source the measure uses that year, else the one source it uses at all, else the
 * programme's first source. Refused when the year is already split between sources.
 */
export function sourceForYear(m: Measure, year: number, sourceIds: readonly string[]): { ok: true; sourceId: string } | { ok: false; message: string } {
  const used = (cells: readonly FundingCell[]) => [...new Set(cells.filter((f) => f.planned !== null || f.marker !== null).map((f) => f.sourceId))];
  const thisYear = used(m.funding.filter((f) => f.year === year));
  if (thisYear.length > 1) {
    return { ok: false, message: `Суму за ${year} рік розподілено між ${thisYear.length} джерелами. Оберіть вигляд «Повна матриця» і змініть суму конкретного джерела.` };
  }
  if (thisYear.length === 1) return { ok: true, sourceId: thisYear[0]! };
  const inAnyYear = used(m.funding);
  if (inAnyYear.length === 1) return { ok: true, sourceId: inAnyYear[0]! };
  const first = sourceIds[0];
  return first ? { ok: true, sourceId: first } : { ok: false, message: 'У програмі немає джерел фінансування. Додайте джерело в паспорті.' };
}
