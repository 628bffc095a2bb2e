/**
 * importWorkbook: bytes of an .xlsx/.xls/.ods/.csv → a validated ProgrammeDoc with a report, or
 * a typed error worded for the person who picked the file. Pure (no DOM): it runs in the io
 * worker, in the CLI and in unit tests unchanged. It never throws: every failure, expected or
 * not, comes back as `{ ok: false, error }`, and nothing is returned half-built.
 */
import type { MoneyUnit } from '../model/money';
import { assemble } from './assemble';
import { DocBuilder } from './builder';
import { findTables, tableFromMapping, type TableInfo } from './detect';
import { fail, fileLabel, ImportFailure } from './errors';
import { unitInText } from './header';
import { headingOf, type MapContext } from './map-common';
import { mapActionPlan } from './map-action-plan';
import { mapIndicators } from './map-indicators';
import { mapOneRowMarkers } from './map-one-row-markers';
import { mapOneRowSource } from './map-one-row-source';
import { mapSixRows } from './map-six-rows';
import { validateMapping } from './mapping';
import { readWorkbook } from './read';
import { colLetter } from './text';
import type { ImportOptions, ImportResult, LayoutId, SheetData, SheetReport, WorkbookData } from './types';

const MAPPERS: Record<LayoutId, (ctx: MapContext) => void> = {
  'six-rows': mapSixRows,
  'one-row-source': mapOneRowSource,
  'one-row-markers': mapOneRowMarkers,
  'action-plan': mapActionPlan,
  indicators: mapIndicators,
};

/**
 * Imports a workbook.
 * @example
 *   const r = importWorkbook(bytes, { fileName: 'ilintsi.xlsx' });
 *   if (r.ok) store.run(createProgramme(r.doc)); else show(r.error.message);
 */
export function importWorkbook(data: Uint8Array, opts: ImportOptions = {}): ImportResult {
  try {
    return run(data, opts);
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: e.toError() };
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { code: 'internal', message: `${fileLabel(opts.fileName)} не вдалося імпортувати через внутрішню помилку програми (${detail}). Нічого не змінено. Надішліть, будь ласка, файл розробникам.` },
    };
  }
}

const hasData = (s: SheetData) => s.rows.some((r) => r.some((c) => c !== null));

/** The sheets to read: the one asked for, else the visible ones with data (hidden ones only when nothing else has data). */
export function pickSheets(wb: WorkbookData, opts: ImportOptions): SheetData[] {
  if (opts.sheet !== undefined) {
    const want = opts.sheet.trim().toLowerCase();
    const s = wb.sheets.find((x) => x.name === opts.sheet) ?? wb.sheets.find((x) => x.name.trim().toLowerCase() === want);
    if (!s) fail('sheet-not-found', `${fileLabel(opts.fileName)} не має аркуша «${opts.sheet}». Є аркуші: ${wb.sheets.map((x) => `«${x.name}»`).join(', ')}.`);
    if (!hasData(s)) fail('empty-workbook', `${fileLabel(opts.fileName)}: аркуш «${s.name}» порожній. Виберіть аркуш із таблицею.`);
    return [s];
  }
  const withData = wb.sheets.filter(hasData);
  if (!withData.length) fail('empty-workbook', `${fileLabel(opts.fileName)} не містить жодної заповненої клітинки. Перевірте, чи вибрано правильний файл.`);
  const visible = withData.filter((s) => !s.hidden);
  return visible.length ? visible : withData;
}

function run(data: Uint8Array, opts: ImportOptions): ImportResult {
  const progress = opts.onProgress ?? (() => undefined);
  const fileName = opts.fileName;
  progress('check', 0);
  const wb = readWorkbook(data, fileName);
  progress('read', 1);
  const sheets = pickSheets(wb, opts);
  const b = new DocBuilder();
  const reports: SheetReport[] = [];
  const work: Array<{ sheet: SheetData; table: TableInfo }> = [];
  for (const s of wb.sheets) {
    const chosen = sheets.includes(s);
    if (!chosen) {
      if (s.hidden && hasData(s)) {
        b.finding({ code: 'hidden-sheet', severity: 'warning', sheet: s.name,
          message: `Аркуш «${s.name}» прихований — його не імпортовано. Щоб імпортувати його, виберіть цей аркуш явно.` });
      }
      reports.push({ name: s.name, hidden: s.hidden, layout: null, rowsRead: 0, note: hasData(s) ? (s.hidden ? 'прихований' : 'не вибраний') : 'порожній' });
      continue;
    }
    let tables: TableInfo[];
    if (opts.mapping && (opts.sheet !== undefined || s === sheets[0])) {
      validateMapping(s, opts.mapping, fileName);
      tables = [tableFromMapping(s, opts.mapping)];
    } else tables = findTables(s);
    for (const t of tables) work.push({ sheet: s, table: t });
    if (!tables.length) reports.push({ name: s.name, hidden: s.hidden, layout: null, rowsRead: 0, note: 'таблицю плану чи індикаторів не розпізнано' });
  }
  progress('detect', 1);
  if (!work.length) {
    const names = sheets.map((s) => `«${s.name}»`).join(', ');
    fail('unrecognised-layout', `${fileLabel(fileName)}: на ${sheets.length > 1 ? 'аркушах' : 'аркуші'} ${names} не знайдено таблиці плану заходів чи індикаторів — ` +
      'немає рядка заголовка зі стовпцями на кшталт «Назва заходу», «Відповідальні», «2026», «Усього». Вкажіть рядки заголовка та стовпці вручну на кроці «Зіставлення стовпців».');
  }
  const primary = work.find((w) => w.table.kind === 'plan')?.table.layout ?? 'indicators';
  for (const w of work) {
    const titleRows = w.sheet.rows.slice(Math.max(0, w.table.header.first - 15), w.table.header.last + 1);
    for (const row of titleRows) for (const c of row) if (c?.text && !c.merged) b.titleTexts.push(c.text);
  }
  const found = unitInText(work.filter((w) => w.table.kind === 'plan').flatMap((w) => [...w.table.columns.map((c) => c.title)]).concat(b.titleTexts));
  const unit: MoneyUnit = opts.unit ?? found ?? (primary === 'action-plan' ? 'uah' : 'thousand-uah');
  const unitFrom = opts.unit ? 'option' : found ? 'header' : 'layout-default';
  let done = 0;
  for (const [i, w] of work.entries()) {
    const ctx: MapContext = { sheet: w.sheet, table: w.table, unit, b, rowsRead: 0 };
    const prev = work[i - 1];
    leadingHeadings(w.sheet, prev?.sheet === w.sheet ? prev.table.end : 0, w.table, b);
    MAPPERS[w.table.layout](ctx);
    for (const c of w.table.columns) {
      if (c.yearFromDate) {
        b.finding({ code: 'date-as-year', severity: 'warning', sheet: w.sheet.name, row: w.table.header.last + 1, col: colLetter(c.col),
          message: `Аркуш «${w.sheet.name}», стовпець ${colLetter(c.col)}: у заголовку стоїть дата, а не рік — узято рік ${c.year}. Перевірте, чи це правильний рік.` });
      }
    }
    const same = reports.find((r) => r.name === w.sheet.name && r.layout === w.table.layout);
    if (same) same.rowsRead += ctx.rowsRead;
    else reports.push({ name: w.sheet.name, hidden: w.sheet.hidden, layout: w.table.layout, headerRows: { first: w.table.header.first + 1, last: w.table.header.last + 1 }, rowsRead: ctx.rowsRead });
    progress('map', ++done / work.length);
  }
  for (const s of sheets) {
    if (!s.hiddenRows.length) continue;
    b.finding({ code: 'hidden-rows', severity: 'warning', sheet: s.name,
      message: `Аркуш «${s.name}»: приховані рядки ${ranges(s.hiddenRows.map((r) => r + 1))} імпортовано, як і решту (SUM в Excel їх теж рахує). Перевірте, чи вони потрібні в програмі.` });
  }
  if (!b.measures.length && !b.indicators.length) {
    fail('nothing-imported', `${fileLabel(fileName)}: таблицю знайдено, але в ній немає жодного заходу чи індикатора. Перевірте, чи правильно вказано рядки заголовка і стовпець з назвою заходу.`);
  }
  // The official unit of a programme is тис. грн; a plan written in hryvnias is converted on the way in.
  const programmeUnit: MoneyUnit = primary === 'action-plan' ? 'thousand-uah' : unit;
  const doc = assemble(b, programmeUnit, fileName, opts.now ?? new Date());
  progress('validate', 1);
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  reports.sort((x, y) => order.get(x.name)! - order.get(y.name)!);
  const rowsRead = reports.reduce((s, r) => s + r.rowsRead, 0);
  return {
    ok: true,
    doc,
    layout: primary,
    report: {
      fileName: fileName ?? '',
      format: wb.format,
      ...(wb.encoding ? { encoding: wb.encoding } : {}),
      ...(wb.delimiter ? { delimiter: wb.delimiter } : {}),
      unit,
      unitFrom,
      sheets: reports,
      rowsRead,
      created: { priorities: doc.priorities.length, tasks: doc.tasks.length, measures: doc.measures.length, indicators: doc.indicators.length },
      skipped: b.skipped,
      findings: b.findings,
    },
  };
}

/**
 * «Таблиця: Стратегічний напрямок 1: …», «Ціль: І.І …» written just above a table's header open
 * its first priority and task (only headings named by a word: a title block's «1. Загальні
 * положення» is not a priority).
 */
function leadingHeadings(sheet: SheetData, from: number, table: TableInfo, b: DocBuilder): void {
  for (let r = Math.max(from, table.header.first - 6); r < table.header.first; r++) {
    const h = headingOf(sheet.rows[r]!);
    if (!h?.worded) continue;
    if (h.level === 'priority') b.startPriority(h.code, h.title);
    else if (h.level === 'task') b.startTask(h.code, h.title);
  }
}

/** [3,4,5,9] → «3–5, 9» */
function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? String(ns[i]) : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}
