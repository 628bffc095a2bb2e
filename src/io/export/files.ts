/** MIME types and file names for the UI's download links. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv;charset=utf-8';
export const JSON_MIME = 'application/json';

/**
 * «Додаток 1 — Програма інформатизації ….xlsx»: the programme's title made safe for every file
 * system (no `\/:*?"<>|`), cut to keep the whole name under 120 characters.
 * @example exportFileName('Додаток 1', doc.programme.title, 'xlsx')
 */
export function exportFileName(what: string, title: string, ext: 'xlsx' | 'csv' | 'json'): string {
  const clean = (s: string): string => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const name = [clean(what), clean(title)].filter(Boolean).join(' — ').slice(0, 110).trim();
  return `${name || 'export'}.${ext}`;
}
