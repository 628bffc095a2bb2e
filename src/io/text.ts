/**
 * Text clean-up shared by the readers and the mappers. Documents reach us as .docx tables
 * pasted or converted into spreadsheets, so cells carry line breaks, no-break spaces, and at
 * times the converter's HTML tags (<p>, <i>, <ol style=…>), which are removed; anything else that
 * looks like markup is left as typed, and is always shown as text, never as HTML.
 */

const TAGS = /<\/?(?:p|i|b|u|em|strong|span|ol|ul|li|br|div|sup|sub)(?:\s[^<>]*)?\/?>/gi;
const SPACES = /[\s\u00a0\u202f\u2009\u2007\u200b]+/g;

/** Collapses white space, removes converter HTML tags, trims. */
export function cleanText(s: string): string {
  const t = s.indexOf('<') >= 0 ? s.replace(TAGS, ' ') : s;
  return t.replace(SPACES, ' ').trim();
}

/** For matching only: lower case, apostrophes and quotes unified, punctuation at the ends dropped. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’'`ʼ]/g, "'")
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"]/g, '')
    .replace(SPACES, ' ')
    .replace(/^[\s.:;,\-–—]+|[\s.:;,\-–—]+$/g, '');
}

/** Excel's column letters: 0 → A, 27 → AB. */
export function colLetter(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** «аркуш «План», рядок 12, стовпець F» */
export function placeText(sheet: string | undefined, row?: number, col?: number): string {
  const parts: string[] = [];
  if (sheet !== undefined) parts.push(`аркуш «${sheet}»`);
  if (row !== undefined && col !== undefined) parts.push(`клітинка ${colLetter(col)}${row + 1}`);
  else if (row !== undefined) parts.push(`рядок ${row + 1}`);
  else if (col !== undefined) parts.push(`стовпець ${colLetter(col)}`);
  return parts.join(', ');
}

/** Every year 1990–2100 written in the text, in order. */
export function yearsIn(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/(?<!\d)(19[9]\d|20\d\d|2100)(?!\d)/g)) out.push(Number(m[1]));
  return out;
}
