import type { Kop } from '../model/money';
import type { Cap, Programme, Scenario } from '../model/schema';
import type { Axes } from './axes';
import type { Breakdown } from './breakdown';
import { pick } from './breakdown';
import type { Check } from './checks';
import { make, money } from './checks';
import { place, sourceName } from './labels';
import type { CapExcess } from './types';

/** Caps whose year / source / cell total in the scenario is above the ceiling. */
export function capExcesses(axes: Axes, caps: readonly Cap[], programme: Breakdown): CapExcess[] {
  const out: CapExcess[] = [];
  for (const cap of caps) {
    const computed = pick(axes, programme, cap.year, cap.sourceId);
    if (computed !== undefined && computed > cap.amount) out.push({ cap, computed, over: (computed - cap.amount) as Kop });
  }
  return out;
}

export function capChecks(programme: Programme, axes: Axes, scenario: Scenario, totals: Breakdown): Check[] {
  return capExcesses(axes, scenario.caps, totals).map((e) => capCheck(programme, scenario, e.cap, e.computed)!);
}

/** The finding for one cap of a scenario, given the scenario's amount under it; null when within the cap. */
export function capCheck(programme: Programme, scenario: Scenario, cap: Cap, computed: number | undefined): Check | null {
  if (computed === undefined || computed <= cap.amount) return null;
  const over = computed - cap.amount;
  const where = place(`Сценарій «${scenario.name}», стеля`, cap.year, sourceName(programme.sources, cap.sourceId));
  return make(
    'cap-exceeded',
    'error',
    { kind: 'scenario', id: scenario.id, field: 'cap', year: cap.year, sourceId: cap.sourceId },
    where,
    `${where}: заплановано ${money(computed, programme.unit)} при стелі ${money(cap.amount, programme.unit)} — ` +
      `перевищення ${money(over, programme.unit)}. Зменште або перенесіть заходи, або скористайтеся «Вписати в стелі».`,
    { stated: cap.amount, computed },
  );
}
