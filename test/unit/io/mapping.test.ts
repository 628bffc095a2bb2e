/** The wizard's path: inspect a file, then import it with a mapping a person set. */
import { describe, expect, it } from 'vitest';
import { inspectWorkbook } from '../../../src/io/inspect';
import { summarize } from '../../../src/io/summary';
import type { ColumnMapping } from '../../../src/io/types';
import { failed, fixture, imported, workbook } from './helpers';

const english = workbook([{ name: 'Budget', rows: [
  ['IT plan of the community'],
  ['Item', 'Owner', 'Y2026', 'Y2027', 'Cost'],
  ['Servers', 'IT unit', 100, 50, 150],
  ['Training', 'HR', '10,5', '', '10,5'],
] }]);

const mapping: ColumnMapping = {
  layout: 'one-row-markers',
  headerRows: { first: 1, last: 1 },
  columns: [
    { col: 0, field: 'name' },
    { col: 1, field: 'responsible' },
    { col: 2, field: 'year', year: 2026 },
    { col: 3, field: 'year', year: 2027 },
    { col: 4, field: 'total' },
  ],
};

describe('inspect', () => {
  it('lists sheets with their first rows, the guessed header and columns, and the layout', () => {
    const r = inspectWorkbook(fixture('illintsi-six-rows.xlsx'));
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.sheets[0]!;
    expect([r.value.format, r.value.unit, s.name, s.layout, s.header]).toEqual(['xlsx', 'thousand-uah', 'Додаток 1', 'six-rows', { first: 5, last: 6 }]);
    expect(s.columns.map((c) => [c.field, c.year ?? null])).toEqual([
      ['task', null], ['name', null], ['responsible', null], ['term', null], ['source', null], ['total', null],
      ['year', 2026], ['year', 2027], ['year', 2028], ['result', null],
    ]);
    expect(s.rows[7]![0]).toBe('Пріоритет 1. Цифрова економіка');
  });

  it('an unknown table: no layout, the first filled row offered as the header', () => {
    const r = inspectWorkbook(english);
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.sheets[0]!;
    expect(s.layout).toBeNull();
    expect(s.header).toEqual({ first: 1, last: 1 });
    expect(s.columns.map((c) => c.title)).toEqual(['Item', 'Owner', 'Y2026', 'Y2027', 'Cost']);
  });

  it('a file that cannot be read gives the same typed error as the import', () => {
    const r = inspectWorkbook(new TextEncoder().encode('%PDF-1.4'), { fileName: 'x.pdf' });
    expect(r.ok ? null : r.error.code).toBe('not-a-spreadsheet');
  });
});

describe('import with a mapping', () => {
  it('reads a table the detector does not know', () => {
    const r = imported(english, { mapping, unit: 'thousand-uah', fileName: 'en.xlsx' });
    expect(r.doc.measures.map((m) => [m.title, m.responsible, m.funding.map((f) => [f.year, f.planned])])).toEqual([
      ['Servers', 'IT unit', [[2026, 10_000_000], [2027, 5_000_000]]],
      ['Training', 'HR', [[2026, 1_050_000]]],
    ]);
    expect(summarize(r.doc, r.layout, r.report).totals.total).toBe(160.5);
  });

  it('corrects a recognised one: Іллінці read in hryvnias instead of thousands', () => {
    const r = imported(fixture('illintsi-six-rows.xlsx'), { unit: 'uah' });
    expect(r.doc.programme.unit).toBe('uah');
    expect(summarize(r.doc, r.layout, r.report).totals.total).toBe(9725);
    expect(r.doc.measures[0]!.funding[0]!.planned).toBe(3_000); // 30,0 грн
  });

  it('refuses a mapping that cannot work, saying what to fix', () => {
    const noName = { ...mapping, columns: mapping.columns.filter((c) => c.field !== 'name') };
    expect(failed(english, { mapping: noName, fileName: 'en.xlsx' })).toEqual({ code: 'bad-mapping', message: 'Файл «en.xlsx», аркуш «Budget»: вкажіть стовпець «Назва заходу».' });
    expect(failed(english, { mapping: { ...mapping, headerRows: { first: 3, last: 9 } } }).message).toContain('рядки заголовка 4–10 поза таблицею');
    const noYear: ColumnMapping = { ...mapping, columns: [{ col: 0, field: 'name' }, { col: 2, field: 'year' }] };
    expect(failed(english, { mapping: noYear }).message).toContain('для стовпця C («Сума за рік») вкажіть рік від 1990 до 2100');
    const twice: ColumnMapping = { ...mapping, columns: [...mapping.columns, { col: 1, field: 'year', year: 2026 }] };
    expect(failed(english, { mapping: twice }).message).toContain('поле «Сума за рік 2026» вибрано для кількох стовпців');
  });
});
