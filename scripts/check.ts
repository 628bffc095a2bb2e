/**
 * `npm run check -- <file> [--unit тис.грн|грн] [--sheet NAME]`: imports a spreadsheet with the
 * app's own import code and prints ONE JSON object — the layout, unit, years, counts, totals
 * (in the programme's unit) and every finding of the import and of the engine's checks.
 * Exit 0 when the file imports (with findings or not); exit 2 with {"error":{code,message}}
 * when it cannot be imported.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importWorkbook } from '../src/io/import';
import { checkFileSize } from '../src/io/size';
import { summarize } from '../src/io/summary';
import type { MoneyUnit } from '../src/model/money';

function out(value: unknown, code: number): never {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
  process.exit(code);
}
function refuse(code: string, message: string): never {
  return out({ error: { code, message } }, 2);
}

function parseArgs(argv: string[]): { file: string; unit?: MoneyUnit; sheet?: string } {
  let file = '';
  let unit: MoneyUnit | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) refuse('usage', `Після ${a} потрібне значення.`);
      return v!;
    };
    if (a === '--unit' || a.startsWith('--unit=')) {
      const v = value().replace(/\s+/g, '').toLowerCase();
      if (['тис.грн', 'тисгрн', 'thousand-uah', 'тис'].includes(v)) unit = 'thousand-uah';
      else if (['грн', 'uah'].includes(v)) unit = 'uah';
      else refuse('usage', `Невідома одиниця «${v}»: вкажіть --unit тис.грн або --unit грн.`);
    } else if (a === '--sheet' || a.startsWith('--sheet=')) sheet = value();
    else if (a.startsWith('--')) refuse('usage', `Невідомий параметр ${a}. Використання: npm run check -- <файл> [--unit тис.грн|грн] [--sheet НАЗВА]`);
    else if (!file) file = a;
    else refuse('usage', `Зайвий аргумент «${a}»: перевіряється один файл.`);
  }
  if (!file) refuse('usage', 'Вкажіть файл: npm run check -- <файл.xlsx> [--unit тис.грн|грн] [--sheet НАЗВА]');
  return { file, ...(unit ? { unit } : {}), ...(sheet !== undefined ? { sheet } : {}) };
}

const args = parseArgs(process.argv.slice(2));
let data = new Uint8Array(0);
try {
  // Refused by size before reading, so a huge file costs nothing.
  const sizeError = checkFileSize(statSync(args.file).size, basename(args.file));
  if (sizeError) refuse(sizeError.code, sizeError.message);
  data = new Uint8Array(readFileSync(args.file));
} catch (e) {
  const code = (e as { code?: string }).code;
  refuse('file-not-found', code === 'ENOENT' ? `Файл «${args.file}» не знайдено.` : `Файл «${args.file}» не вдалося прочитати (${code ?? String(e)}).`);
}
const result = importWorkbook(data, { fileName: basename(args.file), ...(args.unit ? { unit: args.unit } : {}), ...(args.sheet !== undefined ? { sheet: args.sheet } : {}) });
if (!result.ok) refuse(result.error.code, result.error.message);
out(summarize(result.doc, result.layout, result.report), 0);
