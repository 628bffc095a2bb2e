/**
 * io.import_5000_ms: parse + detect + map + validate (importWorkbook) of a 5,000-measure
 * six-rows workbook (30,000+ rows, merged cells, like the Іллінці annex at scale), generated in
 * memory with SheetJS. Median of several runs.
 */
import * as XLSX from 'xlsx';
import { importWorkbook } from '../../src/io/import';
import type { BenchSuite, Metric } from './metric';
import { median, round } from './metric';

const SOURCES = ['державний бюджет', 'обласний бюджет', 'районний бюджет', 'бюджет територіальної громади', 'інші джерела'];

/** A six-rows annex with `n` measures in 10 priorities × 10 tasks. */
export function sixRowsWorkbook(n: number): Uint8Array {
  const rows: Array<Array<string | number | null>> = [];
  const merges: XLSX.Range[] = [];
  rows.push(['Додаток 1 до Програми інформатизації громади на 2026-2028 роки']);
  rows.push(['Назва завдання', 'Назва проекту, робіт з інформатизації', 'Відповідальні за виконання', 'Строки виконання', 'Джерела фінансування', 'Обсяги фінансування, тис. грн', null, null, null, 'Очікувані результати']);
  rows.push([null, null, null, null, null, 'Всього', 2026, 2027, 2028, null]);
  for (const c of [0, 1, 2, 3, 4, 9]) merges.push({ s: { r: 1, c }, e: { r: 2, c } });
  merges.push({ s: { r: 1, c: 5 }, e: { r: 1, c: 8 } });
  const perPriority = Math.ceil(n / 10);
  const perTask = Math.ceil(perPriority / 10);
  let made = 0;
  for (let p = 1; p <= 10 && made < n; p++) {
    rows.push([`Пріоритет ${p}. Напрям номер ${p}`]);
    merges.push({ s: { r: rows.length - 1, c: 0 }, e: { r: rows.length - 1, c: 9 } });
    for (let t = 1; t <= 10 && made < n; t++) {
      const taskFirst = rows.length;
      for (let k = 0; k < perTask && made < n; k++, made++) {
        const a = 10 + (made % 7) * 2.5;
        const b = 5 + (made % 3);
        const r = rows.length;
        rows.push([`${p}.${t} Завдання ${p}.${t}`, `Захід номер ${made + 1}: придбання обладнання`, 'Відділ цифрового розвитку', '2026-2028', 'Загальний обсяг, у тому числі:', 3 * (a + b), a + b, a + b, a + b, 'Очікуваний результат заходу']);
        for (const s of SOURCES) {
          const local = s === 'бюджет територіальної громади';
          const other = s === 'інші джерела';
          rows.push([null, null, null, null, s, local ? 3 * a : other ? 3 * b : null, local ? a : other ? b : null, local ? a : other ? b : null, local ? a : other ? b : null, null]);
        }
        for (const c of [1, 2, 3, 9]) merges.push({ s: { r, c }, e: { r: r + 5, c } });
      }
      merges.push({ s: { r: taskFirst, c: 0 }, e: { r: rows.length - 1, c: 0 } });
    }
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Додаток 1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

const suite: BenchSuite = {
  group: 'io',
  async run(): Promise<Metric[]> {
    const data = sixRowsWorkbook(5000);
    const times: number[] = [];
    const runs = 5;
    importWorkbook(data); // warm-up: JIT and SheetJS tables
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = importWorkbook(data, { fileName: 'bench.xlsx' });
      times.push(performance.now() - t0);
      if (!r.ok || r.doc.measures.length !== 5000) throw new Error(`bench import failed: ${r.ok ? r.doc.measures.length : r.error.message}`);
    }
    return [{ metric: 'io.import_5000_ms', value: round(median(times), 1), unit: 'ms', goal: 1500, runs }];
  },
};
export default suite;
