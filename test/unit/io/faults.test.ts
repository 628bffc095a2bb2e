/**
 * Every fault a picked file can have ends in a typed error with a Ukrainian sentence, or in a
 * correct import with a finding — never a hang, a crash or half a programme.
 */
import { deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../src/io/import';
import { LIMITS } from '../../../src/io/limits';
import { failed, fixture, imported, minimalXlsx, simplePlan, workbook, zip } from './helpers';

const enc = new TextEncoder();

describe('not a spreadsheet', () => {
  it.each([
    ['звіт.pdf', enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'документ PDF'],
    ['фото.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'зображення PNG'],
    ['дані.bin', new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)), 'не є таблицею'],
  ])('%s is refused, naming what it is', (name, data, what) => {
    const e = failed(data, { fileName: name });
    expect(e.code).toBe('not-a-spreadsheet');
    expect(e.message).toContain(`Файл «${name}»`);
    expect(e.message).toContain(what);
    expect(e.message).toContain('.xlsx, .xls, .ods або .csv');
  });

  it('a Word document is refused with what to do instead', () => {
    const docx = zip([{ name: 'word/document.xml', stored: enc.encode('<w:document/>'), method: 0, size: 13 }]);
    const e = failed(docx, { fileName: 'програма.docx' });
    expect(e.code).toBe('word-document');
    expect(e.message).toContain('Скопіюйте таблицю додатка в Excel');
  });

  it('an empty file', () => {
    expect(failed(new Uint8Array(0), { fileName: 'a.xlsx' })).toEqual({ code: 'empty-file', message: 'Файл «a.xlsx» порожній (0 байтів). Виберіть інший файл.' });
  });
});

describe('broken archives', () => {
  const good = fixture('baranyntsi-one-row.xlsx');

  it.each([
    ['cut in half', good.slice(0, Math.floor(good.length / 2))],
    ['missing its last 10 bytes', good.slice(0, good.length - 10)],
    ['missing its first 100 bytes after the signature', new Uint8Array([...good.slice(0, 4), ...good.slice(104)])],
  ])('a truncated .xlsx (%s) is «corrupt»', (_what, data) => {
    const e = failed(data, { fileName: 'план.xlsx' });
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^Файл «план\.xlsx» пошкоджений або недокачаний \(.+\)\. Відкрийте його в Excel чи LibreOffice, збережіть заново/);
  });

  it('garbage written over the compressed sheet is «corrupt»', () => {
    const data = good.slice();
    for (let i = 2000; i < 2400; i++) data[i] = 0xff;
    expect(failed(data).code).toBe('corrupt');
  });
});

describe('password-protected', () => {
  it('an Office-encrypted workbook (OLE container with EncryptedPackage)', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
    const data = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]);
    const e = failed(data, { fileName: 'захищений.xlsx' });
    expect(e.code).toBe('password-protected');
    expect(e.message).toContain('зніміть пароль');
  });

  it('a zip with encrypted entries', () => {
    const data = zip([{ name: 'xl/workbook.xml', stored: new Uint8Array(40), method: 0, size: 40, flags: 1 }]);
    expect(failed(data).code).toBe('password-protected');
  });
});

describe('size limits', () => {
  it('a 50 MB file is refused at once, saying the limit', () => {
    const data = new Uint8Array(50 * 1024 * 1024);
    data.set([0x50, 0x4b, 0x03, 0x04]);
    const t0 = performance.now();
    const e = failed(data, { fileName: 'великий.xlsx' });
    expect(performance.now() - t0).toBeLessThan(500);
    expect(e.code).toBe('too-large');
    expect(e.message).toBe(`Файл «великий.xlsx» завеликий: 50 МБ, а найбільше можна імпортувати ${LIMITS.fileBytes / 1024 / 1024} МБ. Залиште в книзі лише аркуші з планом і індикаторами (без зображень) і збережіть заново.`);
  });

  it('100,000 measure rows import (CSV), exactly', () => {
    const lines = ['№;Назва заходу;Відповідальні;2026;2027;2028;Усього'];
    for (let i = 1; i <= 100_000; i++) lines.push(`${i};Захід ${i};Відділ;1,5;2;0,5;4`);
    const r = imported(enc.encode(lines.join('\n')), { fileName: 'великий.csv' });
    expect(r.doc.measures).toHaveLength(100_000);
    expect(r.report.rowsRead).toBe(100_000);
    const sum = r.doc.measures.reduce((s, m) => s + m.funding.reduce((a, f) => a + (f.planned ?? 0), 0), 0);
    expect(sum).toBe(100_000 * 400_000);
  }, 60_000);

  it('more rows than the limit: a typed error naming the sheet', () => {
    const ws = XLSX.utils.aoa_to_sheet([['№', 'Назва заходу', 2026]]);
    XLSX.utils.sheet_add_aoa(ws, [['кінець']], { origin: { r: LIMITS.rows + 5, c: 0 } });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'План');
    const data = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    const e = failed(data, { fileName: 'довгий.xlsx' });
    expect(e.code).toBe('too-many-rows');
    expect(e.message).toContain('аркуш «План»');
  });

  it('a zip bomb declaring more than 200 MB is refused before anything is inflated', () => {
    const data = zip([
      { name: 'xl/workbook.xml', stored: new Uint8Array(10), method: 0, size: 10 },
      { name: 'xl/worksheets/sheet1.xml', stored: deflateRawSync(new Uint8Array(1000)), method: 8, size: 300 * 1024 * 1024 },
    ]);
    const e = failed(data, { fileName: 'бомба.xlsx' });
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toContain('після розпакування займає 300 МБ, а найбільше дозволено 200 МБ');
  });

  it('a zip bomb that lies about its size is caught by counting, in bounded time', () => {
    const big = deflateRawSync(new Uint8Array(64 * 1024 * 1024)); // 64 MB of zeros, ~64 KB compressed
    const data = zip([{ name: 'xl/worksheets/sheet1.xml', stored: big, method: 8, size: 1000 }]);
    const t0 = performance.now();
    const e = failed(data, { fileName: 'бомба.xlsx' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toContain('розпаковується у більше даних, ніж заявлено');
  });

  it('a huge merged range in a tiny file is refused, not filled in', () => {
    // Two cells 150,000 rows and 100 columns apart, and one merge over all of it: 15 million cells.
    const data = minimalXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="150000"><c r="CW150000"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:CW150000"/></mergeCells>');
    const t0 = performance.now();
    const e = failed(data);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.code).toBe('too-large');
    expect(e.message.replace(/\s/g, ' ')).toContain('об’єднані клітинки охоплюють 15 150 000 клітинок');
  });
});

describe('cells', () => {
  it('formula errors (#REF!, #DIV/0!) become findings naming the cell; the rest is imported', () => {
    const data = workbook([{ name: 'План', rows: simplePlan([
      [1, 'Придбання серверів', 'Відділ ІТ', 100, { t: 'e', v: 0x17, w: '#REF!' }, 50, 150],
      [2, 'Навчання', 'Відділ освіти', 10, 10, 10, { t: 'e', v: 0x07, w: '#DIV/0!' }],
    ]) }]);
    const r = imported(data, { fileName: 'формули.xlsx' });
    expect(r.doc.measures.map((m) => m.funding.map((f) => f.planned))).toEqual([[10_000_000, 5_000_000], [1_000_000, 1_000_000, 1_000_000]]);
    expect(r.report.findings.map((f) => [f.code, f.severity, `${f.col}${f.row}`, f.message])).toEqual([
      ['formula-error', 'error', 'E3', 'Аркуш «План», клітинка E3 (2027 рік): помилка формули #REF! — суму не імпортовано. Виправте формулу в Excel і повторіть імпорт або впишіть суму тут.'],
      ['formula-error', 'error', 'G4', 'Аркуш «План», клітинка G4 (усього): помилка формули #DIV/0! — суму не імпортовано. Виправте формулу в Excel і повторіть імпорт або впишіть суму тут.'],
    ]);
  });

  it('numbers stored as text are parsed, exactly; floats from Excel are exact kopiykas', () => {
    const data = workbook([{ name: 'План', rows: simplePlan([
      [1, 'Текстом', 'Відділ', '1 250,5', '150.0', '0,1', '1 400,6'],
      [2, 'Числами з похибкою', 'Відділ', 0.1 + 0.2, 150.1, 1250.05, 1400.45],
    ]) }]);
    const r = imported(data);
    expect(r.doc.measures[0]!.funding.map((f) => f.planned)).toEqual([125_050_000, 15_000_000, 10_000]);
    expect(r.doc.measures[1]!.funding.map((f) => f.planned)).toEqual([30_000, 15_010_000, 125_005_000]);
    expect(r.report.findings).toEqual([]);
  });

  it('text that is not an amount, or an amount finer than a kopiyka, is a finding, not a guess', () => {
    const data = workbook([{ name: 'План', rows: simplePlan([[1, 'Захід', 'Відділ', 'близько ста', 1.234567, 5, 5]]) }]);
    const r = imported(data);
    expect(r.report.findings.map((f) => [f.code, `${f.col}${f.row}`])).toEqual([['bad-amount', 'D3'], ['bad-amount', 'E3']]);
    expect(r.report.findings[0]!.message).toContain('«близько ста» — не сума');
    expect(r.doc.measures[0]!.funding.map((f) => [f.year, f.planned])).toEqual([[2028, 500_000]]);
  });

  it('a date where a year should be: its year is taken, and the report says so', () => {
    const data = workbook([{ name: 'План', rows: simplePlan([[1, 'Захід', 'Відділ', 1, 2, 3, 6]], [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2027, 0, 1)), 2028]) }]);
    const r = imported(data);
    expect([r.doc.programme.startYear, r.doc.programme.endYear]).toEqual([2026, 2028]);
    expect(r.doc.measures[0]!.funding.map((f) => f.year)).toEqual([2026, 2027, 2028]);
    expect(r.report.findings.map((f) => [f.code, f.col, f.message])).toEqual([
      ['date-as-year', 'D', 'Аркуш «План», стовпець D: у заголовку стоїть дата, а не рік — узято рік 2026. Перевірте, чи це правильний рік.'],
      ['date-as-year', 'E', 'Аркуш «План», стовпець E: у заголовку стоїть дата, а не рік — узято рік 2027. Перевірте, чи це правильний рік.'],
    ]);
  });
});

describe('sheets and rows', () => {
  const plan = simplePlan([[1, 'Видимий захід', 'Відділ', 1, 1, 1, 3], [2, 'Прихований рядок', 'Відділ', 2, 2, 2, 6], [3, 'Ще один', 'Відділ', 3, 3, 3, 9]]);

  it('hidden rows are imported (Excel’s SUM counts them too) and listed in the report', () => {
    const r = imported(workbook([{ name: 'План', rows: plan, hiddenRows: [3] }]));
    expect(r.doc.measures.map((m) => m.title)).toEqual(['Видимий захід', 'Прихований рядок', 'Ще один']);
    expect(r.report.findings.map((f) => [f.code, f.message])).toEqual([
      ['hidden-rows', 'Аркуш «План»: приховані рядки 4 імпортовано, як і решту (SUM в Excel їх теж рахує). Перевірте, чи вони потрібні в програмі.'],
    ]);
  });

  it('a hidden sheet is skipped with a finding; asked for by name, it is imported', () => {
    const data = workbook([
      { name: 'План', rows: plan },
      { name: 'Стара редакція', rows: simplePlan([[1, 'Старий захід', 'Відділ', 9, 9, 9, 27]]), hidden: true },
    ]);
    const r = imported(data);
    expect(r.doc.measures).toHaveLength(3);
    expect(r.report.findings.map((f) => f.code)).toEqual(['hidden-sheet']);
    expect(r.report.sheets.map((s) => [s.name, s.hidden, s.layout])).toEqual([['План', false, 'one-row-markers'], ['Стара редакція', true, null]]);
    const only = imported(data, { sheet: 'Стара редакція' });
    expect(only.doc.measures.map((m) => m.title)).toEqual(['Старий захід']);
  });

  it('an empty workbook, an empty sheet, a missing sheet', () => {
    expect(failed(workbook([{ name: 'Аркуш1', rows: [] }]), { fileName: 'e.xlsx' })).toEqual({
      code: 'empty-workbook', message: 'Файл «e.xlsx» не містить жодної заповненої клітинки. Перевірте, чи вибрано правильний файл.',
    });
    const two = workbook([{ name: 'План', rows: plan }, { name: 'Порожній', rows: [] }]);
    expect(imported(two).doc.measures).toHaveLength(3);
    expect(failed(two, { sheet: 'Порожній' }).code).toBe('empty-workbook');
    expect(failed(two, { sheet: 'Індикатори', fileName: 'e.xlsx' })).toEqual({
      code: 'sheet-not-found', message: 'Файл «e.xlsx» не має аркуша «Індикатори». Є аркуші: «План», «Порожній».',
    });
  });

  it('a table the importer does not know asks for the mapping step', () => {
    const data = workbook([{ name: 'Sheet1', rows: [['Item', 'Owner', 'Cost'], ['Servers', 'IT', 100]] }]);
    const e = failed(data, { fileName: 'en.xlsx' });
    expect(e.code).toBe('unrecognised-layout');
    expect(e.message).toContain('на кроці «Зіставлення стовпців»');
  });
});

describe('CSV', () => {
  it('UTF-8 with BOM, comma-separated, quoted fields with commas and line breaks', () => {
    const text = '\ufeff№,Назва заходу,Відповідальні,2026,2027,Усього\n1,"Захід, з комою","Відділ ""ІТ""\nі фінанси","1,5",2,"3,5"\n';
    const r = imported(enc.encode(text), { fileName: 'a.csv' });
    expect([r.report.encoding, r.report.delimiter]).toEqual(['utf-8', ',']);
    const m = r.doc.measures[0]!;
    expect([m.title, m.responsible]).toEqual(['Захід, з комою', 'Відділ "ІТ" і фінанси']);
    expect(m.funding.map((f) => f.planned)).toEqual([150_000, 200_000]);
  });

  it('semicolons win over the decimal comma', () => {
    const r = imported(enc.encode('№;Назва заходу;2026;2027;Усього\n1;Захід;1,5;2,5;4,0\n'));
    expect(r.report.delimiter).toBe(';');
    expect(r.doc.measures[0]!.funding.map((f) => f.planned)).toEqual([150_000, 250_000]);
  });
});

describe('HTML saved as .xls', () => {
  it('an accounting system’s HTML table under an .xls name is read with its merged cells', () => {
    const html = `<html><body><table>
<tr><td colspan="5">Програма інформатизації громади на 2026-2027 роки</td></tr>
<tr><td>№</td><td>Назва заходу</td><td>Відповідальні</td><td>2026</td><td>2027</td></tr>
<tr><td>1</td><td>Придбання &lt;серверів&gt;</td><td rowspan="2">Відділ ІТ</td><td>100,5</td><td>50</td></tr>
<tr><td>2</td><td>Навчання</td><td>10</td><td>+</td></tr>
</table></body></html>`;
    const r = imported(enc.encode(html), { fileName: 'export.xls' });
    expect([r.report.format, r.layout]).toEqual(['xls', 'one-row-markers']);
    expect(r.doc.measures.map((m) => [m.title, m.responsible, m.funding.map((f) => f.planned ?? f.marker)])).toEqual([
      ['Придбання <серверів>', 'Відділ ІТ', [10_050_000, 5_000_000]],
      ['Навчання', 'Відділ ІТ', [1_000_000, 'ongoing']],
    ]);
  });
});
