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
  return capExcesses(axes, scenario.caps, totals).map((e) => {
    const where = place(`Сценарій «${scenario.name}», стеля`, e.cap.year, sourceName(programme.sources, e.cap.sourceId));
    return make(
      'cap-exceeded',
      'error',
      { kind: 'scenario', id: scenario.id, field: 'cap', year: e.cap.year, sourceId: e.cap.sourceId },
      where,
      `${where}: заплановано ${money(e.computed, programme.unit)} при стелі ${money(e.cap.amount, programme.unit)} — ` +
        `перевищення ${money(e.over, programme.unit)}. Зменште або перенесіть заходи, або скористайтеся «Вписати в стелі».`,
      { stated: e.cap.amount, computed: e.computed },
    );
  });
}
