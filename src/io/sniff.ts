/**
 * Tells what a file is from its first bytes, before any parser sees it: SheetJS would happily
 * read a PDF or a PNG as a one-column text "sheet", so anything that is not a workbook or
 * plain text is refused here with a sentence saying what it looks like.
 */
import { fail, fileLabel } from './errors';

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  | { kind: 'text' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const KNOWN_BINARY: Array<{ magic: number[]; what: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'документ PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'зображення PNG' },
  { magic: [0xff, 0xd8, 0xff], what: 'зображення JPEG' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'зображення GIF' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'архів RAR' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'архів 7-Zip' },
  { magic: [0x1f, 0x8b], what: 'архів gzip' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'документ RTF' },
];

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  if (data.length < magic.length) return false;
  return magic.every((b, i) => data[i] === b);
}

export function sniff(data: Uint8Array, fileName?: string): Sniffed {
  if (startsWith(data, ZIP) || startsWith(data, ZIP_EMPTY)) return { kind: 'zip' };
  if (startsWith(data, CFB)) return { kind: 'cfb' };
  for (const k of KNOWN_BINARY) {
    if (startsWith(data, k.magic)) {
      fail('not-a-spreadsheet', `${fileLabel(fileName)} — це ${k.what}, а не таблиця. Виберіть файл .xlsx, .xls, .ods або .csv.`);
    }
  }
  if (looksBinary(data)) {
    fail('not-a-spreadsheet', `${fileLabel(fileName)} не є таблицею: це не книга Excel/LibreOffice і не текст CSV. Виберіть файл .xlsx, .xls, .ods або .csv.`);
  }
  return { kind: 'text' };
}

/** Text (UTF-8, Windows-1251, UTF-16 with a BOM) has no NUL bytes and few control characters. */
function looksBinary(data: Uint8Array): boolean {
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) return false;
  const n = Math.min(data.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n / 100;
}

/** The names of the streams in an OLE2 (CFB) container, found by their UTF-16 names in the directory. */
export function cfbHas(data: Uint8Array, name: string): boolean {
  const needle: number[] = [];
  for (const ch of name) needle.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
