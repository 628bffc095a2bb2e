/**
 * Layout «indicators» (Додаток 2 of Баранинці and Хмільник): № | priority | indicator | unit |
 * baseline | targets per year | dynamics. The № and priority cells are merged over the
 * indicators of a priority, so indicators are numbered within it (1.1, 1.2…). Values are read as
 * written: `30%` → 30, `так`/`ні` → 1/0 for a Так/Ні indicator, `0,01` → 0.01; an impossible
 * value (108 for a percentage) is kept, for the engine to flag.
 */
import type { IndicatorValue, UnitKind } from '../model/schema';
import type { MapContext } from './map-common';
import { columnOf, dataRows, headingOf, singleText, text, yearColumns } from './map-common';
import { norm } from './text';
import type { Cell } from './types';

export function unitKindOf(unit: string): UnitKind {
  const u = norm(unit);
  if (/%|відсот/u.test(u)) return 'percent';
  if (/так\s*\/\s*ні|^так|^ні/u.test(u)) return 'yes-no';
  if (/1000|тис\.? (?:населення|осіб|жител)|на 1 тис/u.test(u)) return 'per-1000';
  if (/коеф/u.test(u)) return 'ratio';
  if (/грн|гривен/u.test(u)) return 'money';
  if (/осіб|од(?!\p{L})|од\.|одиниц|шт|кількість|чол|разів|^\d/u.test(u)) return 'count';
  return u ? 'text' : 'count';
}

const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

export function indicatorValue(cell: Cell | null | undefined, kind: UnitKind): IndicatorValue {
  if (!cell || !cell.text) return null;
  if (cell.kind === 'number') {
    // A cell formatted as a percentage stores 0.3 for «30%».
    return cell.text.trim().endsWith('%') ? tidy(cell.num! * 100) : cell.num!;
  }
  const t = norm(cell.text);
  // norm() drops dashes at the ends, so «—» and «-» arrive here empty.
  if (t === '' || /^x$|^х$/u.test(t)) return null;
  if (kind === 'yes-no' || kind === 'count' || kind === 'percent') {
    if (/^так$/u.test(t)) return kind === 'yes-no' ? 1 : cell.text;
    if (/^ні$/u.test(t)) return kind === 'yes-no' ? 0 : cell.text;
  }
  const m = /^([-+]?\d+(?:[.,]\d+)?)\s*%?$/u.exec(t.replace(/\s+/g, ''));
  if (m) return Number(m[1]!.replace(',', '.'));
  return cell.text;
}

export function mapIndicators(ctx: MapContext): void {
  const { sheet, table, b } = ctx;
  const codeCol = columnOf(table, 'code');
  const priorityCol = columnOf(table, 'priority');
  const nameCol = columnOf(table, 'ind-name') ?? columnOf(table, 'name');
  const unitCol = columnOf(table, 'ind-unit');
  const baseCol = columnOf(table, 'ind-baseline');
  const dynCol = columnOf(table, 'ind-dynamics');
  const targets = yearColumns(table, 'ind-target');
  if (nameCol === undefined) return;
  let group = '';
  let inGroup = 0;
  let priorityText = '';
  let firstOfGroup: { code: string } | null = null;
  let last: { name: string } | null = null;
  for (const [r, row] of dataRows(ctx)) {
    const single = singleText(row);
    const heading = headingOf(row);
    if (single && (heading || row.filter((c) => c?.text).length > 1)) {
      if (heading?.level === 'priority') priorityText = heading.title;
      else b.skip(sheet.name, r, `рядок-заголовок «${single.text.slice(0, 80)}»`);
      continue;
    }
    const name = text(row, nameCol);
    const pText = text(row, priorityCol);
    if (pText) priorityText = pText;
    const codeCell = codeCol === undefined ? null : row[codeCol];
    if (codeCell?.text && !codeCell.merged && codeCell.text.replace(/\.$/, '') !== group) {
      group = codeCell.text.replace(/\.$/, '');
      inGroup = 0;
      firstOfGroup = null;
    }
    if (!name) {
      const restText = row.filter((c) => c?.text && c !== codeCell && c !== row[priorityCol ?? -1]).map((c) => c!.text).join(' ');
      if (last && restText) {
        last.name = `${last.name} ${restText}`;
        b.finding({ code: 'continuation', severity: 'warning', sheet: sheet.name, row: r + 1,
          message: `Аркуш «${sheet.name}», рядок ${r + 1}: рядок без назви індикатора приєднано до попереднього індикатора (перенесення сторінки).` });
      } else b.skip(sheet.name, r, 'рядок без назви індикатора');
      continue;
    }
    inGroup++;
    let code: string;
    if (!group) code = String(b.indicators.length + 1);
    else if (inGroup === 1) code = group;
    else {
      // Several indicators share the merged № cell: number them within it.
      if (firstOfGroup && firstOfGroup.code === group) firstOfGroup.code = `${group}.1`;
      code = `${group}.${inGroup}`;
    }
    const unit = text(row, unitCol);
    const unitKind = unitKindOf(unit);
    const tg: Record<string, IndicatorValue> = {};
    for (const y of targets) {
      tg[String(y.year)] = indicatorValue(row[y.col], unitKind);
      b.years.add(y.year);
    }
    const ind = b.addIndicator({
      priorityId: null,
      priorityText,
      code,
      name,
      unit,
      unitKind,
      direction: 'higher',
      baseline: baseCol === undefined ? null : indicatorValue(row[baseCol], unitKind),
      targets: tg,
      actuals: {},
      declaredDynamics: text(row, dynCol),
      measureIds: [],
    });
    if (inGroup === 1) firstOfGroup = ind;
    last = ind;
  }
}
