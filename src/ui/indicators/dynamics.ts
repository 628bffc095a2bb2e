import type { IndicatorResult } from '../../engine/indicators';
import { dynamicsText } from '../../io/export/annex2';
import type { Indicator } from '../../model/schema';

/**
 * The «Динаміка» cell: the engine's last-target-minus-baseline, written as the annex writes it
 * (`+70 (+233,3 %)`, `Ні → Так`); a dash when it cannot be computed (the document's own words
 * are in the tooltip, never shown as if computed).
 */
export function dynamicsLabel(ind: Indicator, res: IndicatorResult | undefined): string {
  if (!res) return '';
  const yesNo = ind.unitKind === 'yes-no' && (ind.baseline === 0 || ind.baseline === 1) && res.lastTargetYear !== null;
  if (res.dynamicsAbs === null && !yesNo) return '—';
  const text = dynamicsText(ind, res);
  return text === ind.declaredDynamics && res.dynamicsAbs === null ? '—' : text;
}
