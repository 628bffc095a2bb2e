/**
 * The plan as CSV, one row per measure: Код; Назва; Відповідальні; Строки; a column per year;
 * Всього; Очікувані результати.
 *
 * Written for Excel in a Ukrainian locale, which is what a clerk double-clicks it into:
 * - UTF-8 with a byte-order mark: without it Excel reads the file as windows-1251 and the
 *   Cyrillic turns to mojibake;
 * - `;` between fields: Ukrainian Windows has `,` as the decimal separator, so Excel's list
 *   separator there is `;` and a comma-separated file opens as one column;
 * - amounts in the programme's unit with a decimal comma and no thousands grouping (`1250,5`):
 *   a decimal point would be read as text or a date, and a grouping space as text;
 * - CRLF line ends and RFC 4180 quoting (fields with `;`, quotes or line breaks in quotes).
 * Formula injection: a text field beginning with `=`, `+`, `-`, `@`, tab or CR would be run as a
 * formula by Excel (`=HYPERLINK(…)`, DDE), so it gets a leading apostrophe, which Excel shows
 * literally and never evaluates. Amounts are our own numbers and are not touched; a year that
 * has only a marker (`+`) is left blank, as a lone `+` would itself look like a formula.
 */
import { axesOf } from '../../engine/axes';
import type { Kop } from '../../model/money';
import { formatAmount } from '../../model/money';
import type { ProgrammeDoc } from '../../model/schema';
import { measureMoney } from './measure-money';
import { planOutline } from './plan-outline';

export const CSV_SEPARATOR = ';';
const BOM = '\ufeff';
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Makes a text field safe to open in a spreadsheet: `=1+1` → `'=1+1`. */
export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds the separator, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `1250,5`: the programme's unit, decimal comma, no grouping, exact to the kopiyka. */
export function csvAmount(value: number, unit: ProgrammeDoc['programme']['unit']): string {
  return formatAmount(value as Kop, unit).replace(/[\s\u00a0]/g, '');
}

export function exportPlanCsv(doc: ProgrammeDoc): string {
  const p = doc.programme;
  const axes = axesOf(p);
  const head = ['Код', 'Назва', 'Відповідальні', 'Строки', ...axes.years.map(String), 'Всього', 'Очікувані результати'];
  const lines = [head.map(csvField).join(CSV_SEPARATOR)];
  for (const section of planOutline(doc)) {
    for (const group of section.groups) {
      for (const m of group.measures) {
        const mm = measureMoney(m, axes);
        const years = axes.years.map((_, y) => {
          let kop = 0;
          let written = false;
          for (let s = 0; s < axes.S; s++) {
            kop += mm.planned[y * axes.S + s]!;
            written ||= mm.written[y * axes.S + s]!;
          }
          return written ? csvAmount(kop, p.unit) : '';
        });
        const total = mm.planned.reduce((a, b) => a + b, 0);
        const text = (t: string): string => csvField(neutralise(t));
        lines.push([text(m.code), text(m.title), text(m.responsible), text(m.term.text), ...years, csvAmount(total, p.unit), text(m.result)].join(CSV_SEPARATOR));
      }
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
