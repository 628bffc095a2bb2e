/** Importing actual spending from the public budget-execution CSV: parse, reduce, map to measures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  mapBudgetActuals,
  normaliseBudgetCode,
  parseBudgetCodes,
  parseBudgetExecution,
  parseHryvnias,
  reduceBudgetRows,
  type BudgetRow,
} from '../../../src/io/budget-execution';
import { programmeDocSchema, type ProgrammeDoc } from '../../../src/model/schema';

const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/budget/khmilnyk-2024.csv', import.meta.url)));
const khm = (): ProgrammeDoc => programmeDocSchema.parse(JSON.parse(readFileSync(new URL('../../../public/samples/khmilnyk-2023-2025.json', import.meta.url), 'utf8')));

const parsed = (): { rows: BudgetRow[]; problems: Array<{ line: number; message: string }> } => {
  const r = parseBudgetExecution(bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('parseBudgetExecution', () => {
  it('reads every well-formed row, with amounts in kopiykas and codes normalised', () => {
    const { rows } = parsed();
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({
      line: 2, year: 2024, month: 6, fund: 'C', budget: '0255100000', code: '0110150',
      name: 'Організаційне, інформаційно-аналітичне та матеріально-технічне забезпечення діяльності міської ради',
      econ: '2000', approved: 300_000_000, planned: 150_000_000, actual: 60_000_000,
    });
    const r = rows.find((x) => x.line === 12)!;
    expect([r.code, r.actual]).toEqual(['0118110', 12_500_025]); // `118110` lost its zero; `125000,25` грн
    expect(rows.find((x) => x.code === '0116030')!.name).toBe('Організація благоустрою населених пунктів; інші заходи');
  });

  it('lists rows it cannot read, with line, column and what is wrong, and skips them', () => {
    expect(parsed().problems).toEqual([
      { line: 16, message: 'Рядок 16: сума «12,5,0» у стовпці FAKT_AMT — не сума в гривнях (до двох знаків після коми). Рядок пропущено.' },
      { line: 17, message: 'Рядок 17: період «2024-12» не має вигляду ММ.РРРР (наприклад 12.2024). Рядок пропущено.' },
    ]);
  });

  it('reads Windows-1251 as well as UTF-8', () => {
    const dec = new TextDecoder('windows-1251');
    const byChar = new Map<string, number>();
    for (let b = 0x80; b <= 0xff; b++) byChar.set(dec.decode(new Uint8Array([b])), b);
    const text = 'REP_PERIOD;COD_CONS_MB_PK;COD_CONS_MB_PK_NAME;FAKT_AMT\r\n12.2024;0117330;Будівництво об’єктів, інші;100,5\r\n';
    const cp1251 = new Uint8Array([...text].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : byChar.get(ch)!)));
    const r = parseBudgetExecution(cp1251);
    expect(r.ok && r.rows.map((x) => [x.code, x.name, x.actual])).toEqual([['0117330', 'Будівництво об’єктів, інші', 10_050]]);
  });

  it('refuses a file that is not budget-execution data, saying what to download', () => {
    const r = parseBudgetExecution('Назва;2024;2025\r\nЗахід;10;20\r\n');
    expect(r).toEqual({
      ok: false,
      message: 'У файлі немає стовпців REP_PERIOD, COD_CONS_MB_PK, FAKT_AMT: це не дані виконання бюджету за програмною класифікацією. Завантажте з порталу «Відкритий бюджет» видатки місцевого бюджету за програмною класифікацією у форматі CSV (розділювач «;») і спробуйте ще раз.',
    });
    const two = parseBudgetExecution('REP_PERIOD;COD_BUDGET;COD_CONS_MB_PK;FAKT_AMT\n12.2024;0255100000;0117330;1\n12.2024;0255200000;0117330;2\n');
    expect(two.ok ? '' : two.message).toBe('У файлі дані 2 бюджетів (COD_BUDGET: 0255100000, 0255200000). Залиште у файлі рядки лише бюджету вашої громади і спробуйте ще раз.');
  });

  it('reads codes and hryvnias strictly', () => {
    expect([normaliseBudgetCode('0117330'), normaliseBudgetCode('117330'), normaliseBudgetCode('7330'), normaliseBudgetCode('73a0'), normaliseBudgetCode('12')]).toEqual(['0117330', '0117330', '7330', null, null]);
    expect(parseBudgetCodes('0117330, 116030;0117330')).toEqual({ ok: true, codes: ['0117330', '0116030'] });
    expect(parseBudgetCodes('0117330, КПКВК')).toEqual({ ok: false, message: '«КПКВК» — не код бюджетної програми. Введіть коди КПКВК цифрами через кому, наприклад 0117330, 0116030.' });
    expect([parseHryvnias('1234567.89'), parseHryvnias('1 234,5'), parseHryvnias('0'), parseHryvnias('1.234'), parseHryvnias('1e5')]).toEqual([123_456_789, 123_450, 0, null, null]);
  });
});

describe('reduceBudgetRows', () => {
  const { lines, notes } = reduceBudgetRows(parsed().rows);
  const line = (code: string, year = 2024) => lines.find((l) => l.code === code && l.year === year)!;

  it('takes each year’s latest period only (the data are year-to-date)', () => {
    expect(notes).toEqual(['За 2024 рік у файлі є звіти за 2 періоди; взято останній — 12.2024 (суми наростаючим підсумком з початку року).']);
    expect(line('0110150').month).toBe(12);
  });

  it('adds only the top economic codes (2000 holds 2200, 2210, 2240; 3000 holds 3110)', () => {
    // 1 500 000,00 + 300 000,50 грн
    expect([line('0110150').actual, line('0110150').approved, line('0110150').lines]).toEqual([180_000_050, 340_000_000, [3, 7]]);
  });

  it('uses the total fund row when there is one instead of adding the general and special funds again', () => {
    expect([line('0117330').actual, line('0117330').lines]).toEqual([95_000_000, [9]]);
  });

  it('keeps one line per (code, year)', () => {
    expect(lines.map((l) => `${l.year}:${l.code}`)).toEqual(['2022:0117330', '2024:0110150', '2024:0116030', '2024:0117330', '2024:0118110', '2024:0118240']);
  });
});

describe('mapBudgetActuals', () => {
  const doc = khm();
  const set = (id: string, codes: string[]) => (doc.measures.find((m) => m.id === id)!.budgetCodes = codes);
  set('khm-m2', ['0110150']);
  set('khm-m9', ['0117330', '118110']);
  set('khm-m29', ['0118240']);
  set('khm-m30', ['0118240']);
  const plan = mapBudgetActuals(reduceBudgetRows(parsed().rows).lines, doc, 'local');

  it('gives each code’s spending to its measure, adding several codes of one measure, into the source its plan uses', () => {
    expect(plan.assignments).toEqual([
      { measureId: 'khm-m2', year: 2024, sourceId: 'undivided', amount: 180_000_050, codes: ['0110150'] },
      { measureId: 'khm-m9', year: 2024, sourceId: 'undivided', amount: 107_500_025, codes: ['0117330', '0118110'] },
    ]);
  });

  it('lists what it cannot place, with the reason, and applies none of it', () => {
    expect(plan.unmatched.map((u) => [u.line.code, u.line.year, u.reason])).toEqual([
      ['0117330', 2022, 'outside-period'],
      ['0116030', 2024, 'no-measure'],
      ['0118240', 2024, 'ambiguous'],
    ]);
    expect(plan.unmatched[1]!.message).toBe('КПКВК 0116030 «Організація благоустрою населених пунктів; інші заходи», 2024 рік (75\u00a0000,0 грн): жоден захід не має цього коду. Вкажіть код у стовпці «Коди КПКВК» потрібного заходу або залиште рядок неврахованим.');
    expect(plan.unmatched[2]!.message).toMatch(/код вказано в 2 заходах \(29, 30\), суму не розподілено\. Залиште код лише в одному заході\.$/);
    expect(plan.unmatched[0]!.message).toMatch(/рік поза періодом Програми \(2023–2025\); рядок не враховано\.$/);
  });

  it('falls back to the chosen source when the plan has none that year', () => {
    set('khm-m1', ['0116030']); // khm-m1 has only `+` markers… in `undivided`
    set('khm-m32', ['0110150']); // shares 0110150 with khm-m2 now → ambiguous
    const again = mapBudgetActuals(reduceBudgetRows(parsed().rows).lines, doc, 'local');
    expect(again.assignments.map((a) => [a.measureId, a.sourceId, a.amount])).toEqual([
      ['khm-m1', 'undivided', 7_500_000],
      ['khm-m9', 'undivided', 107_500_025],
    ]);
    const bare = { ...doc, measures: doc.measures.map((m) => (m.id === 'khm-m1' ? { ...m, funding: [] } : m)) };
    expect(mapBudgetActuals(reduceBudgetRows(parsed().rows).lines, bare, 'local').assignments[0]).toMatchObject({ measureId: 'khm-m1', sourceId: 'local' });
  });
});
