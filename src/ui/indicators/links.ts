/** Indicator ↔ measure links, as each side shows them. */
import type { Indicator, Measure } from '../../model/schema';
import { tr } from './strings';

/** Codes of an indicator's measures in plan order: «2, 9, 27» (a measure without a code by its title). */
export function measureCodes(ind: Pick<Indicator, 'measureIds'>, measures: readonly Measure[]): string {
  const linked = new Set(ind.measureIds);
  return measures.filter((m) => linked.has(m.id)).map((m) => m.code || `«${m.title.slice(0, 20)}…»`).join(', ');
}

/** The indicators a measure drives, for its row: codes, else names. */
export function indicatorsOf(indicators: readonly Indicator[], measureId: string): Indicator[] {
  return indicators.filter((i) => i.measureIds.includes(measureId));
}

/** «Індикатори: 2, 5 — …» for a measure's tooltip; undefined when it drives none. */
export function linkedIndicatorsNote(indicators: readonly Indicator[], measureId: string): string | undefined {
  const list = indicatorsOf(indicators, measureId);
  if (!list.length) return undefined;
  return tr('linkedIndicators', { list: list.map((i) => `${i.code ? i.code + ' ' : ''}${short(i.name)}`).join('; ') });
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 70 ? `«${t.slice(0, 69)}…»` : `«${t}»`;
}
