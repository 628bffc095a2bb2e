/**
 * Layout «one-row-source» (Баранинці 2024–2026): task | measure | responsible | term | source |
 * years | Усього | result, one row per measure; `Пріоритетний напрям № N.` rows open priorities,
 * the task column opens tasks, `Всього за напрямом` and `Разом за Програмою` are stated totals.
 * The source column's header may name the source for every row («Місцевий бюджет»).
 */
import type { MapContext } from './map-common';
import { mapOneRow } from './map-one-row';

export function mapOneRowSource(ctx: MapContext): void {
  mapOneRow(ctx, { detailsLabel: 'Опис' });
}
