/**
 * The import wizard's words, Ukrainian and English, kept here so the wizard does not edit the
 * shared dictionaries; `s()` follows the app's language switch like `t()` does.
 */
import { lang } from '../../i18n';

const uk = {
  title: 'Імпорт з Excel',
  intro: 'Виберіть файл .xlsx, .xls, .ods або .csv з планом заходів (Додаток 1) та/або індикаторами (Додаток 2) — або перетягніть його у вікно. Нічого не буде збережено, доки ви не переглянете результат.',
  chooseFile: 'Вибрати файл…',
  dropHere: 'Відпустіть файл, щоб імпортувати його',
  close: 'Закрити',
  cancel: 'Скасувати',
  cancelled: 'Імпорт скасовано. Нічого не змінено.',
  reading: 'Читання файла «{file}»…',
  stage_check: 'Перевірка файла',
  stage_read: 'Читання аркушів',
  stage_detect: 'Пошук таблиць',
  stage_map: 'Розбір рядків',
  stage_validate: 'Перевірка програми',
  stage_inspect: 'Підготовка перегляду аркушів',
  errorTitle: 'Файл не імпортовано',
  anotherFile: 'Вибрати інший файл',
  mapColumns: 'Вказати стовпці вручну',
  changeMapping: 'Змінити зіставлення',
  detected: 'Розпізнано: {layout}',
  'layout_six-rows': 'шість рядків на захід (загальний обсяг і п’ять джерел)',
  'layout_one-row-source': 'один рядок на захід, стовпець джерела',
  'layout_one-row-markers': 'один рядок на захід, позначки «+» і «в межах кошторисних призначень»',
  'layout_action-plan': 'план дій стратегії (суми в гривнях)',
  layout_indicators: 'індикатори (Додаток 2)',
  fileInfo: 'Формат: {format}{extra}. Суми у файлі: {unit} ({from}).',
  unitFrom_option: 'вказано вручну',
  unitFrom_header: 'за заголовком таблиці',
  'unitFrom_layout-default': 'типово для цього виду таблиці',
  counts: 'Напрямів: {priorities} · завдань: {tasks} · заходів: {measures} · індикаторів: {indicators}',
  totals: 'Підсумки (обчислено з рядків), {unit}',
  total: 'Усього',
  year: '{year} рік',
  findings: 'Перевірки: {errors}, {warnings}',
  noFindings: 'Зауважень немає.',
  skipped: 'Пропущені рядки ({n})',
  sheets: 'Аркуші',
  sheetRead: '«{name}»: {layout}, рядків прочитано: {rows}',
  sheetSkipped: '«{name}»: не імпортовано ({note})',
  newTitle: 'Назва нової програми',
  commit: 'Створити програму',
  saving: 'Збереження…',
  saved: 'Програму «{title}» створено з файла «{file}».',
  mappingTitle: 'Зіставлення стовпців',
  mappingHelp: 'Виберіть аркуш і рядки заголовка, вкажіть, що містить кожен стовпець, і в яких одиницях суми. Потім перегляньте результат — нічого не буде збережено до підтвердження.',
  sheet: 'Аркуш',
  hidden: 'прихований',
  headerFirst: 'Заголовок: з рядка',
  headerLast: 'по рядок',
  layoutLabel: 'Вигляд таблиці',
  unitLabel: 'Суми у файлі',
  unit_thousand: 'тис. грн',
  unit_uah: 'грн',
  yearFor: 'Рік',
  previewResult: 'Переглянути результат',
  rowsShown: 'Показано перші {n} рядків аркуша.',
  column: 'Стовпець {col}',
  reimportTitle: 'Зміни у відкритій програмі',
  reimportCounts: 'Додано: {added} · змінено: {changed} · видалено: {removed} · без змін: {unchanged}',
  reimport_added: 'Додано',
  reimport_changed: 'Змінено',
  reimport_removed: 'Видалено',
  reimportCommit: 'Оновити програму',
  reimportNone: 'Файл нічого не змінює у програмі.',
};

type Key = keyof typeof uk;

const en: Record<Key, string> = {
  title: 'Import from Excel',
  intro: 'Choose an .xlsx, .xls, .ods or .csv file with the plan of measures (Annex 1) and/or indicators (Annex 2) — or drop it onto the window. Nothing is saved until you have reviewed the result.',
  chooseFile: 'Choose a file…',
  dropHere: 'Drop the file to import it',
  close: 'Close',
  cancel: 'Cancel',
  cancelled: 'Import cancelled. Nothing was changed.',
  reading: 'Reading «{file}»…',
  stage_check: 'Checking the file',
  stage_read: 'Reading sheets',
  stage_detect: 'Finding tables',
  stage_map: 'Reading rows',
  stage_validate: 'Checking the programme',
  stage_inspect: 'Preparing the sheet preview',
  errorTitle: 'The file was not imported',
  anotherFile: 'Choose another file',
  mapColumns: 'Map the columns by hand',
  changeMapping: 'Change the mapping',
  detected: 'Recognised: {layout}',
  'layout_six-rows': 'six rows per measure (total and five sources)',
  'layout_one-row-source': 'one row per measure with a source column',
  'layout_one-row-markers': 'one row per measure, «+» and «within allocations» markers',
  'layout_action-plan': 'strategy action plan (amounts in hryvnias)',
  layout_indicators: 'indicators (Annex 2)',
  fileInfo: 'Format: {format}{extra}. Amounts in the file: {unit} ({from}).',
  unitFrom_option: 'set by hand',
  unitFrom_header: 'from the table header',
  'unitFrom_layout-default': 'the default for this kind of table',
  counts: 'Priorities: {priorities} · tasks: {tasks} · measures: {measures} · indicators: {indicators}',
  totals: 'Totals (computed from the rows), {unit}',
  total: 'Total',
  year: '{year}',
  findings: 'Checks: {errors}, {warnings}',
  noFindings: 'No findings.',
  skipped: 'Skipped rows ({n})',
  sheets: 'Sheets',
  sheetRead: '«{name}»: {layout}, rows read: {rows}',
  sheetSkipped: '«{name}»: not imported ({note})',
  newTitle: 'Title of the new programme',
  commit: 'Create the programme',
  saving: 'Saving…',
  saved: 'Programme «{title}» created from «{file}».',
  mappingTitle: 'Column mapping',
  mappingHelp: 'Choose the sheet and the header rows, say what each column holds and which unit the amounts are in. Then review the result — nothing is saved until you confirm.',
  sheet: 'Sheet',
  hidden: 'hidden',
  headerFirst: 'Header: from row',
  headerLast: 'to row',
  layoutLabel: 'Table layout',
  unitLabel: 'Amounts in the file',
  unit_thousand: 'thousand UAH',
  unit_uah: 'UAH',
  yearFor: 'Year',
  previewResult: 'Preview the result',
  rowsShown: 'The first {n} rows of the sheet are shown.',
  column: 'Column {col}',
  reimportTitle: 'Changes to the open programme',
  reimportCounts: 'Added: {added} · changed: {changed} · removed: {removed} · unchanged: {unchanged}',
  reimport_added: 'Added',
  reimport_changed: 'Changed',
  reimport_removed: 'Removed',
  reimportCommit: 'Update the programme',
  reimportNone: 'The file changes nothing in the programme.',
};

const dict = { uk, en };

export type ImportKey = Key;

/** A wizard string in the current language, `{name}` placeholders filled. */
export function s(key: Key, params?: Record<string, string | number>): string {
  let out = dict[lang()][key];
  if (params) for (const [k, v] of Object.entries(params)) out = out.replaceAll(`{${k}}`, String(v));
  return out;
}

const FORMS = {
  uk: { error: ['помилка', 'помилки', 'помилок'], warning: ['попередження', 'попередження', 'попереджень'] },
  en: { error: ['error', 'errors', 'errors'], warning: ['warning', 'warnings', 'warnings'] },
} as const;

/** «1 помилка», «3 помилки», «12 помилок» (en: «1 error», «3 errors»). */
export function count(n: number, what: 'error' | 'warning'): string {
  const forms = FORMS[lang()][what];
  const m10 = n % 10;
  const m100 = n % 100;
  const i = lang() === 'en' ? (n === 1 ? 0 : 1) : m10 === 1 && m100 !== 11 ? 0 : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 1 : 2;
  return `${n} ${forms[i]}`;
}

/** Field names for the mapping selects. */
export const FIELD_NAMES_EN: Record<string, string> = {
  ignore: '— do not import —',
  code: 'Number (code)',
  priority: 'Priority',
  task: 'Task',
  name: 'Measure name',
  details: 'Actions / description',
  responsible: 'Responsible',
  term: 'Term',
  source: 'Funding source',
  total: 'Total (amount)',
  year: 'Amount for a year',
  result: 'Expected result',
  'ind-name': 'Indicator: name',
  'ind-unit': 'Indicator: unit',
  'ind-baseline': 'Indicator: baseline',
  'ind-target': 'Indicator: target for a year',
  'ind-dynamics': 'Indicator: dynamics',
};
