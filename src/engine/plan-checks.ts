import type { DeclaredAmount, Measure, Programme } from '../model/schema';
import type { Axes } from './axes';
import type { Breakdown } from './breakdown';
import { pick } from './breakdown';
import type { Check, CheckLocation } from './checks';
import { make, money } from './checks';
import { measureLabel, place, sourceName } from './labels';

/**
 * Declared figures of one node (a measure, task, priority or the programme) against what the
 * engine computed from the cells below it.
 */
export function declaredChecks(
  programme: Programme,
  axes: Axes,
  kind: CheckLocation['kind'],
  id: string,
  label: string,
  declared: readonly DeclaredAmount[],
  computed: Breakdown,
): Check[] {
  const out: Check[] = [];
  for (const d of declared) {
    const c = declaredCheck(programme, kind, id, label, d, pick(axes, computed, d.year, d.sourceId));
    if (c) out.push(c);
  }
  return out;
}

/** One declared figure against the computed amount it refers to (undefined: a year or source the programme does not have). */
export function declaredCheck(
  programme: Programme,
  kind: CheckLocation['kind'],
  id: string,
  label: string,
  d: DeclaredAmount,
  value: number | undefined,
): Check | null {
  if (value === undefined || value === d.amount) return null;
  const unit = programme.unit;
  const code = kind === 'measure' ? 'measure-total-mismatch' : 'total-mismatch';
  const src = sourceName(programme.sources, d.sourceId);
  const where = place(d.label && kind !== 'measure' ? d.label : label, d.year, src);
  const diff = d.amount - value;
  const what = kind === 'measure' ? 'сума за роками та джерелами' : 'сума рядків';
  return make(
    code,
    'error',
    { kind, id, field: 'amount', year: d.year, sourceId: d.sourceId },
    where,
    `${where}: у документі ${money(d.amount, unit)}, а ${what} — ${money(value, unit)} ` +
      `(різниця ${money(diff, unit)}). Виправте підсумок або суми, з яких він складається.`,
    { stated: d.amount, computed: value },
  );
}

/** A measure's own findings: empty fields, negative money, money outside the period or its term. */
export function measureChecks(programme: Programme, axes: Axes, m: Measure): Check[] {
  const out: Check[] = [];
  // Runs for every measure on load: the label is built only when there is something to say.
  let label = '';
  if (!m.title.trim()) {
    label ||= measureLabel(m);
    out.push(make('empty-title', 'error', loc(m, 'title'), label, `${label}: немає назви заходу. Впишіть назву.`));
  }
  if (!m.responsible.trim()) {
    label ||= measureLabel(m);
    out.push(make('empty-responsible', 'warning', loc(m, 'responsible'), label, `${label}: не вказано відповідальних за виконання. Впишіть виконавця.`));
  }
  const unit = programme.unit;
  for (const f of m.funding) {
    // Most cells are fine; the wording below is built only for those that are not.
    const inPeriod = f.year >= programme.startYear && f.year <= programme.endYear;
    const inTerm = (m.term.from === null || f.year >= m.term.from) && (m.term.to === null || f.year <= m.term.to);
    if (inPeriod && inTerm && (f.planned ?? 0) >= 0 && (f.actual ?? 0) >= 0 && axes.sourceIndex.has(f.sourceId)) continue;
    const src = sourceName(programme.sources, f.sourceId);
    label ||= measureLabel(m);
    const where = place(label, f.year, src);
    if (!axes.sourceIndex.has(f.sourceId)) {
      out.push(make('unknown-source', 'error', loc(m, 'amount', f.year, f.sourceId), where,
        `${where}: джерело «${f.sourceId}» відсутнє в переліку джерел програми. Додайте джерело в паспорті або перенесіть суму.`));
    }
    for (const [kindName, v] of [['planned', f.planned], ['actual', f.actual]] as const) {
      if (v === null || v === 0) continue;
      const suffix = kindName === 'actual' ? ' (факт)' : '';
      if (v < 0) {
        out.push(make('negative-amount', 'error', loc(m, 'amount', f.year, f.sourceId), where,
          `${where}${suffix}: від’ємна сума ${money(v, unit)}. Суми фінансування не можуть бути від’ємними.`, { keySuffix: kindName }));
      }
      if (f.year < programme.startYear || f.year > programme.endYear) {
        out.push(make('outside-period', 'error', loc(m, 'amount', f.year, f.sourceId), where,
          `${where}${suffix}: ${money(v, unit)} у ${f.year} році — поза періодом програми ${programme.startYear}–${programme.endYear}. ` +
            'Ці кошти не входять до підсумків; перенесіть їх у рік програми.', { keySuffix: kindName }));
      } else if ((m.term.from !== null && f.year < m.term.from) || (m.term.to !== null && f.year > m.term.to)) {
        out.push(make('outside-term', 'warning', loc(m, 'amount', f.year, f.sourceId), where,
          `${where}${suffix}: ${money(v, unit)} у ${f.year} році — поза строком виконання заходу (${m.term.text || `${m.term.from ?? ''}–${m.term.to ?? ''}`}). ` +
            'Змініть строк або перенесіть суму.', { keySuffix: kindName }));
      }
    }
  }
  return out;
}

function loc(m: Measure, field: string, year?: number, sourceId?: string): CheckLocation {
  return { kind: 'measure', id: m.id, field, year, sourceId };
}
