/**
 * CSV as Excel and LibreOffice save it in Ukraine: separated by `;` (the comma is the decimal
 * separator) or `,` or tabs, in UTF-8 (with or without BOM) or Windows-1251. Parsed here rather
 * than by SheetJS so that every value stays text: SheetJS would turn a code `1.10` into the
 * number 1.1 and `01.02` into a date.
 */
import { fail, fileLabel } from './errors';
import { LIMITS } from './limits';
import { cleanText } from './text';
import type { Cell, WorkbookData } from './types';

export type Encoding = 'utf-8' | 'utf-16' | 'windows-1251';

export function decodeText(data: Uint8Array): { text: string; encoding: Encoding } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8' };
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: in a Ukrainian office that is Windows-1251 (Excel's "CSV" on Windows).
    return { text: new TextDecoder('windows-1251').decode(data), encoding: 'windows-1251' };
  }
}

/** Counts a delimiter on each of the first lines, outside quotes. */
function countsPerLine(text: string, d: string, lines: number): number[] {
  const out: number[] = [];
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length && out.length < lines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === d) n++;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      out.push(n);
      n = 0;
    }
  }
  if (out.length < lines && n > 0) out.push(n);
  return out;
}

export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && (hint[1] === ',' || hint[1] === ';' || hint[1] === '\t')) return hint[1];
  let best: ',' | ';' | '\t' = ';';
  let bestScore = -1;
  // `;` first: on a tie it wins, because `,` also appears inside Ukrainian decimal numbers.
  for (const d of [';', '\t', ','] as const) {
    const counts = countsPerLine(text, d, 50);
    const used = counts.filter((c) => c > 0);
    if (!used.length) continue;
    // The most frequent count: a real delimiter splits most lines into the same number of fields.
    const freq = new Map<number, number>();
    for (const c of used) freq.set(c, (freq.get(c) ?? 0) + 1);
    const consistent = Math.max(...freq.values());
    const score = consistent * 1000 + used.length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 fields: quotes around fields, `""` inside them, line breaks inside quoted fields. */
export function parseCsv(text: string, d: string, fileName?: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = /^sep=.\r?\n/i.test(text) ? text.indexOf('\n') + 1 : 0;
  const n = text.length;
  for (; i < n; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === d) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      if (rows.length > LIMITS.rows) tooManyRows(fileName);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function tooManyRows(fileName: string | undefined, sheet?: string): never {
  fail('too-many-rows', `${fileLabel(fileName)}${sheet ? `, аркуш «${sheet}»,` : ''} має понад ${LIMITS.rows.toLocaleString('uk-UA')} рядків — це не схоже на план заходів. ` +
    'Видаліть зайві рядки або залиште в файлі лише аркуш із планом і повторіть імпорт.');
}

export function readCsv(data: Uint8Array, fileName?: string): WorkbookData {
  const { text, encoding } = decodeText(data);
  const delimiter = detectDelimiter(text);
  const matrix = parseCsv(text, delimiter, fileName);
  let width = 0;
  const rows = matrix.map((r) => {
    const cells: Array<Cell | null> = r.slice(0, LIMITS.columns).map((v) => {
      const t = cleanText(v);
      return t === '' ? null : { text: t, kind: 'text' };
    });
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    width = Math.max(width, cells.length);
    return cells;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const name = (fileName ?? 'CSV').replace(/\.[^.]+$/, '') || 'CSV';
  return { format: 'csv', encoding, delimiter, sheets: [{ name, hidden: false, rows, hiddenRows: [], width }] };
}
