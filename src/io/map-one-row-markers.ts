/**
 * Layout «one-row-markers» (Хмільник 2023–2025): № | name | indicators of effectiveness | years |
 * total | responsible | source text. Year cells hold an amount, `+` (runs that year without money
 * of its own), `-` or nothing; the total may be «В межах кошторисних призначень». Section rows
 * `1. Цифрова інфраструктура` and `1.1. …` carry the hierarchy. A source text naming several
 * budgets leaves the money undivided by source.
 */
import type { MapContext } from './map-common';
import { mapOneRow } from './map-one-row';

export function mapOneRowMarkers(ctx: MapContext): void {
  mapOneRow(ctx, { detailsLabel: 'Опис' });
}
