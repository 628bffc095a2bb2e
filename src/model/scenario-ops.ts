/**
 * Edits of a scenario's own overrides, as pure functions: each returns the new scenario. The
 * engine applies overrides in a fixed order whatever order they are in (scenario-rules.ts), so
 * these keep the list small and readable rather than ordered.
 */
import type { Kop } from './money';
import type { Cap, Override, Scenario } from './schema';

type ScaleTarget = Extract<Override, { kind: 'scale' }>['target'];

const isCell = (o: Override, measureId: string, year: number, sourceId: string): boolean =>
  o.kind === 'set-cell' && o.measureId === measureId && o.year === year && o.sourceId === sourceId;

/** Sets the scenario's amount of one cell (replacing an earlier set of the same cell); null empties it. */
export function setCellOverride(s: Scenario, measureId: string, year: number, sourceId: string, planned: Kop | null): Scenario {
  return { ...s, overrides: [...s.overrides.filter((o) => !isCell(o, measureId, year, sourceId)), { kind: 'set-cell', measureId, year, sourceId, planned }] };
}

/** Takes back the scenario's own amount of one cell: the base's money shows again. */
export function revertCell(s: Scenario, measureId: string, year: number, sourceId: string): Scenario {
  return { ...s, overrides: s.overrides.filter((o) => !isCell(o, measureId, year, sourceId)) };
}

/** Takes back everything the scenario itself does to one measure (amounts, shift, exclusion). */
export function revertMeasure(s: Scenario, measureId: string): Scenario {
  return { ...s, overrides: s.overrides.filter((o) => o.kind === 'scale' || o.measureId !== measureId) };
}

/** Takes back every override of the scenario (its caps stay). */
export function revertAll(s: Scenario): Scenario {
  return { ...s, overrides: [] };
}

export const isExcluded = (s: Scenario, measureId: string): boolean => s.overrides.some((o) => o.kind === 'exclude' && o.measureId === measureId);

/** Excludes a measure from the scenario, or brings it back when the scenario excludes it. */
export function toggleExclude(s: Scenario, measureId: string): Scenario {
  if (isExcluded(s, measureId)) return { ...s, overrides: s.overrides.filter((o) => !(o.kind === 'exclude' && o.measureId === measureId)) };
  return { ...s, overrides: [...s.overrides, { kind: 'exclude', measureId }] };
}

/** The scenario's own shift of a measure, in years. */
export function ownShift(s: Scenario, measureId: string): number {
  let n = 0;
  for (const o of s.overrides) if (o.kind === 'shift' && o.measureId === measureId) n += o.years;
  return n;
}

/** Shifts a measure by `years` more (its own shifts are merged into one; a total of 0 removes it). */
export function shiftBy(s: Scenario, measureId: string, years: number): Scenario {
  const total = ownShift(s, measureId) + years;
  const rest = s.overrides.filter((o) => !(o.kind === 'shift' && o.measureId === measureId));
  return { ...s, overrides: total === 0 ? rest : [...rest, { kind: 'shift', measureId, years: total }] };
}

/** Adds a scale rule: a source, a year or a priority times num/den (exact: 50 % is 1/2). */
export function addScale(s: Scenario, target: ScaleTarget, num: number, den: number): Scenario {
  const g = gcd(num, den);
  return { ...s, overrides: [...s.overrides, { kind: 'scale', target, num: num / g, den: den / g }] };
}

/** Removes the override at `index` of the scenario's own list. */
export function removeOverride(s: Scenario, index: number): Scenario {
  return { ...s, overrides: s.overrides.filter((_, i) => i !== index) };
}

/** Sets (or with null removes) the cap of a year, a source, both, or the whole programme. */
export function setCap(s: Scenario, year: number | null, sourceId: string | null, amount: Kop | null): Scenario {
  const rest = s.caps.filter((c) => c.year !== year || c.sourceId !== sourceId);
  const caps: Cap[] = amount === null ? rest : [...rest, { year, sourceId, amount }];
  caps.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.sourceId ?? '').localeCompare(b.sourceId ?? ''));
  return { ...s, caps };
}

/**
 * A percentage as typed (`50`, `50 %`, `33,5`, `12.25%`) as an exact fraction num/den in lowest
 * terms; null when it is not a percentage with at most two decimals.
 * @example percentToFraction('50 %') // { num: 1, den: 2 }
 */
export function percentToFraction(text: string): { num: number; den: number } | null {
  const m = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  const num = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  const den = 10_000;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** A fraction as a percentage for display: 1/2 → «50 %», 1/3 → «33,33 %». */
export function fractionText(num: number, den: number): string {
  const pct = Math.round((num / den) * 10_000) / 100;
  return `${String(pct).replace('.', ',')} %`;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x || 1;
}
