/**
 * Layout «action-plan» (strategy action plans of Дмитрівка and Помічна 2020–2022): expected result
 * | actions | KPIs | sources | years | term | responsible. The expected result names the measure,
 * the KPIs are its result and the actions are kept after them («План дій: …»). Amounts are text
 * in hryvnias (`50,000 грн 200,000грн`, `2000 грн`, `---`, `~~~`); bare numbers are hryvnias too
 * unless the header says otherwise, and all are stored exactly in kopiykas, shown in тис. грн.
 * Headings: `Таблиця: Стратегічний напрямок 1: …`, `Заголовок: …` (priority), `Ціль: І.І …`,
 * `Підзаголовок: …` (task).
 */
import type { MapContext } from './map-common';
import { mapOneRow } from './map-one-row';

export function mapActionPlan(ctx: MapContext): void {
  mapOneRow(ctx, { detailsLabel: 'План дій' });
}
