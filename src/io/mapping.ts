/**
 * A column mapping set by hand in the wizard: checked against the sheet before it is used, so a
 * wrong choice is a sentence on the mapping step, not an empty or garbled programme.
 */
import { fail, fileLabel } from './errors';
import { colLetter } from './text';
import { COLUMN_FIELDS, LAYOUTS, type ColumnField, type ColumnMapping, type SheetData } from './types';

/** Ukrainian names of the fields, for the wizard's selects and for messages. */
export const FIELD_LABELS: Record<ColumnField, string> = {
  ignore: '— не імпортувати —',
  code: 'Номер (код)',
  priority: 'Пріоритет (напрям)',
  task: 'Завдання',
  name: 'Назва заходу',
  details: 'План дій / опис',
  responsible: 'Відповідальні',
  term: 'Строк виконання',
  source: 'Джерело фінансування',
  total: 'Усього (сума)',
  year: 'Сума за рік',
  result: 'Очікуваний результат',
  'ind-name': 'Індикатор: назва',
  'ind-unit': 'Індикатор: одиниця виміру',
  'ind-baseline': 'Індикатор: вихідні дані',
  'ind-target': 'Індикатор: прогноз за рік',
  'ind-dynamics': 'Індикатор: динаміка',
};

export function validateMapping(sheet: SheetData, m: ColumnMapping, fileName?: string): void {
  const where = `${fileLabel(fileName)}, аркуш «${sheet.name}»`;
  const bad = (what: string): never => fail('bad-mapping', `${where}: ${what}`);
  if (!LAYOUTS.includes(m.layout)) bad(`невідомий вигляд таблиці «${String(m.layout)}».`);
  const { first, last } = m.headerRows;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first || last >= sheet.rows.length) {
    bad(`рядки заголовка ${first + 1}–${last + 1} поза таблицею (у ній ${sheet.rows.length} рядків). Виберіть рядки заголовка ще раз.`);
  }
  const seen = new Set<string>();
  for (const c of m.columns) {
    if (!COLUMN_FIELDS.includes(c.field)) bad(`невідоме поле «${String(c.field)}» для стовпця ${colLetter(c.col)}.`);
    if (!Number.isInteger(c.col) || c.col < 0 || c.col >= Math.max(sheet.width, 1)) bad(`стовпця ${colLetter(Math.max(0, c.col))} немає на аркуші.`);
    if ((c.field === 'year' || c.field === 'ind-target') && (c.year === undefined || !Number.isInteger(c.year) || c.year < 1990 || c.year > 2100)) {
      bad(`для стовпця ${colLetter(c.col)} («${FIELD_LABELS[c.field]}») вкажіть рік від 1990 до 2100.`);
    }
    const key = c.field === 'year' || c.field === 'ind-target' ? `${c.field}:${c.year}` : c.field;
    const multi = c.field === 'ignore' || c.field === 'name' || c.field === 'details' || c.field === 'result' || c.field === 'responsible';
    if (!multi && seen.has(key)) bad(`поле «${FIELD_LABELS[c.field]}${c.year ? ' ' + c.year : ''}» вибрано для кількох стовпців. Залиште його для одного.`);
    seen.add(key);
  }
  const fields = new Set(m.columns.map((c) => c.field));
  if (m.layout === 'indicators') {
    if (!fields.has('ind-name')) bad('вкажіть стовпець «Індикатор: назва».');
  } else {
    if (!fields.has('name')) bad('вкажіть стовпець «Назва заходу».');
    if (!fields.has('year') && !fields.has('total')) bad('вкажіть хоча б один стовпець «Сума за рік» або «Усього».');
    if (m.layout === 'six-rows' && !fields.has('source')) bad('для таблиці «шість рядків на захід» вкажіть стовпець «Джерело фінансування» (де стоїть «Загальний обсяг»).');
  }
}
