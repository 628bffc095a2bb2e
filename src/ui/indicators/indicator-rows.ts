import type { IndicatorResult } from '../../engine/indicators';
import type { ProgrammeDoc } from '../../model/schema';
import type { Indicator } from '../../model/schema';
import { indicatorRowId } from './indicator-columns-info';
import { priorityLabel } from './indicator-input';
import { measureCodes } from './links';

/** One row of the indicator grid: the record, the engine's result for it, and labels of its links. */
export interface IndicatorRow {
  rowId: string;
  ind: Indicator;
  res: IndicatorResult | undefined;
  priority: string;
  measures: string;
}

export function indicatorRow(doc: ProgrammeDoc, ind: Indicator, results: ReadonlyMap<string, IndicatorResult>): IndicatorRow {
  const p = ind.priorityId ? doc.priorities.find((x) => x.id === ind.priorityId) : undefined;
  return {
    rowId: indicatorRowId(ind.id),
    ind,
    res: results.get(ind.id),
    priority: p ? priorityLabel(p) : ind.priorityText,
    measures: measureCodes(ind, doc.measures),
  };
}

/** Every indicator in its order (the store keeps `doc.indicators` sorted by `order`). */
export function indicatorRows(doc: ProgrammeDoc, results: ReadonlyMap<string, IndicatorResult>): IndicatorRow[] {
  return doc.indicators.map((ind) => indicatorRow(doc, ind, results));
}
