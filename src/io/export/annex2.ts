/**
 * Додаток 2 «Індикатори цифрової трансформації територіальної громади»: № | Пріоритет |
 * Найменування індикатора | Одиниця виміру | Вихідні дані | a target per programme year |
 * Динаміка (+/-, %). The priority's number and name are merged down its indicators, as in the
 * Баранинці annex. Values are written by unit kind: percentages and counts as numbers, Так/Ні
 * as words; the dynamics are the engine's (last target against the baseline).
 */
import { axesOf } from '../../engine/axes';
import type { IndicatorResult } from '../../engine/indicators';
import { indicatorResult } from '../../engine/indicators';
import type { Indicator, ProgrammeDoc } from '../../model/schema';
import type { DocStyles } from './doc-styles';
import { docStyles } from './doc-styles';
import { writeIndicatorValue } from './indicator-cells';
import { uaNumber } from './numbers';
import { linesFor, toProgramme, writeTitleBlock } from './title-block';
import { packageWorkbook } from './xlsx/package';
import { Sheet } from './xlsx/sheet';
import { StyleBook } from './xlsx/styles';

const NO = 1;
const PRIORITY = 2;
const NAME = 3;
const UNIT = 4;
const BASELINE = 5;
const YEAR0 = 6;

/**
 * @param results  the engine's indicator results (Snapshot.indicators); computed here when omitted
 */
export function exportAnnex2(doc: ProgrammeDoc, results?: readonly IndicatorResult[]): Uint8Array {
  const book = new StyleBook();
  const sheet = annex2Sheet(doc, book, results);
  return packageWorkbook([sheet], book, { title: `Додаток 2. ${doc.programme.title}`, created: doc.programme.updatedAt });
}

export function annex2Sheet(doc: ProgrammeDoc, book: StyleBook, results?: readonly IndicatorResult[]): Sheet {
  const p = doc.programme;
  const years = axesOf(p).years;
  const sheet = new Sheet('Додаток 2', p.unit);
  const st = docStyles(book, p.unit);
  const dynamics = YEAR0 + years.length;
  sheet.setWidths([6, 26, 54, 14, 14, ...years.map(() => 11), 16]);
  let r = writeTitleBlock(sheet, st, dynamics, {
    annex: 'Додаток 2',
    to: toProgramme(p.title),
    heading: 'Індикатори цифрової трансформації територіальної громади',
  });
  const h = st.header;
  const headers: Array<[number, string]> = [
    [NO, '№'],
    [PRIORITY, 'Пріоритет'],
    [NAME, 'Найменування індикатора'],
    [UNIT, 'Одиниця виміру'],
    [BASELINE, 'Вихідні дані за рік до початку дії Програми'],
    [dynamics, 'Динаміка (+/-, %)'],
  ];
  for (const [c, text] of headers) {
    sheet.text(r, c, text, h);
    sheet.merge(r, c, r + 1, c, h);
  }
  sheet.text(r, YEAR0, 'Прогнозні дані за роками', h);
  sheet.merge(r, YEAR0, r, dynamics - 1, h);
  years.forEach((y, i) => sheet.text(r + 1, YEAR0 + i, String(y), h));
  sheet.height(r, 45);
  sheet.frozenRows = r + 1;
  sheet.page.titleRows = [r, r + 1];
  r += 2;

  const byId = new Map((results ?? doc.indicators.map(indicatorResult)).map((x) => [x.id, x]));
  const priorities = new Map(doc.priorities.map((x) => [x.id, x]));
  const groups = groupByPriority([...doc.indicators].sort((a, b) => a.order - b.order));
  groups.forEach((group, gi) => {
    const first = r;
    for (const ind of group) {
      sheet.text(r, NAME, ind.name, st.text);
      sheet.text(r, UNIT, ind.unit, st.center);
      writeIndicatorValue(sheet, st, r, BASELINE, ind, ind.baseline);
      years.forEach((y, i) => writeIndicatorValue(sheet, st, r, YEAR0 + i, ind, ind.targets[String(y)] ?? null));
      const res = byId.get(ind.id);
      sheet.text(r, dynamics, res ? dynamicsText(ind, res) : ind.declaredDynamics, st.center);
      const lines = linesFor(ind.name, 54);
      if (lines > 1) sheet.height(r, lines * 15);
      r++;
    }
    const head = group[0]!;
    const pr = head.priorityId ? priorities.get(head.priorityId) : undefined;
    sheet.text(first, NO, `${pr?.code || gi + 1}.`, st.center);
    sheet.text(first, PRIORITY, pr?.title || head.priorityText, st.text);
    sheet.merge(first, NO, r - 1, NO, st.text);
    sheet.merge(first, PRIORITY, r - 1, PRIORITY, st.text);
  });
  return sheet;
}

/** Consecutive indicators of one priority form a group (by id, or by the written text when unlinked). */
function groupByPriority(list: readonly Indicator[]): Indicator[][] {
  const groups: Indicator[][] = [];
  let key: string | null = null;
  for (const ind of list) {
    const k = ind.priorityId ?? `text:${ind.priorityText}`;
    if (k !== key || !groups.length) groups.push([]);
    groups[groups.length - 1]!.push(ind);
    key = k;
  }
  return groups;
}


/** «+70 (+233,3 %)», «Ні → Так»; the document's own words when nothing can be computed. */
export function dynamicsText(ind: Indicator, res: IndicatorResult): string {
  if (ind.unitKind === 'yes-no') {
    const base = ind.baseline;
    const last = res.lastTargetYear === null ? null : ind.targets[String(res.lastTargetYear)];
    if ((base === 0 || base === 1) && (last === 0 || last === 1)) return `${base ? 'Так' : 'Ні'} → ${last ? 'Так' : 'Ні'}`;
    return ind.declaredDynamics;
  }
  if (res.dynamicsAbs === null) return ind.declaredDynamics;
  const abs = `${res.dynamicsAbs > 0 ? '+' : ''}${uaNumber(res.dynamicsAbs, 2)}`;
  if (res.dynamicsPct === null) return abs;
  return `${abs} (${res.dynamicsPct > 0 ? '+' : ''}${uaNumber(res.dynamicsPct, 1)} %)`;
}
