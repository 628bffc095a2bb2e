/** The plan as CSV for Ukrainian Excel, with formula injection neutralised. */
import { describe, expect, it } from 'vitest';
import { csvField, exportPlanCsv, neutralise } from '../../../src/io/export/csv';
import { cell, doc, measure, th } from '../../fixtures/builders';
import { loadSample, snapshotOf, totalsOf } from '../../fixtures/export/samples';

/** RFC 4180 with `;`, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  return rows;
}

describe('neutralise', () => {
  it.each([
    ['=HYPERLINK("http://evil","клік")', `'=HYPERLINK("http://evil","клік")`],
    ['+380 44 123 45 67', `'+380 44 123 45 67`],
    ['-2+3+cmd|/C calc!A0', `'-2+3+cmd|/C calc!A0`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Звичайний текст = ні', 'Звичайний текст = ні'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(neutralise(input)).toBe(out));
});

describe('exportPlanCsv', () => {
  it('starts with a BOM, separates by «;», ends lines with CRLF and writes amounts with a decimal comma', () => {
    const d = doc({
      measures: [
        measure({ id: 'm1', code: '1.1.1', title: 'Сервер; мережа', result: 'Сказав "так"\nі зробив', funding: [cell(2026, 'local', th(1250.5)), cell(2026, 'state', th(0.01)), cell(2028, 'other', th(150))] }),
        measure({ id: 'm2', code: '1.1.2', title: '=HYPERLINK("http://evil","клік")', responsible: '@admin', term: { text: '-', from: null, to: null }, order: 1 }),
      ],
    });
    const text = exportPlanCsv(d);
    expect(text.startsWith('\ufeffКод;Назва;Відповідальні;Строки;2026;2027;2028;Всього;Очікувані результати\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['1.1.1', 'Сервер; мережа', 'Відділ цифрового розвитку', '2026-2028', '1250,51', '', '150,0', '1400,51', 'Сказав "так"\nі зробив']);
    expect(rows[2]).toEqual(['1.1.2', `'=HYPERLINK("http://evil","клік")`, `'@admin`, `'-`, '', '', '', '0,0', '']);
    // no field of the file starts with a character Excel would evaluate, except our own amounts
    for (const row of rows) for (const f of row) expect(/^[=+@\t\r]/.test(f) || (/^-/.test(f) && !/^-\d+,\d+$/.test(f))).toBe(false);
  });

  it('quotes only what needs it', () => {
    expect(csvField('просто')).toBe('просто');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField(' край')).toBe('" край"');
    expect(csvField('рядок\r\nдругий')).toBe('"рядок\r\nдругий"');
  });

  it('gives one row per measure of a sample with the engine’s totals', () => {
    const d = loadSample('illintsi-2026-2028');
    const snap = snapshotOf(d);
    const rows = parseCsv(exportPlanCsv(d).slice(1));
    expect(rows).toHaveLength(d.measures.length + 1);
    const total = rows.slice(1).reduce((a, r) => a + Math.round(Number(r[7]!.replace(',', '.')) * 100_000), 0);
    expect(total).toBe(totalsOf(snap, 'programme', d.programme.id).planned.total);
    expect(total).toBe(th(9725));
  });
});
