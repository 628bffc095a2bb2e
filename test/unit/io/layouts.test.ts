/**
 * Every layout, imported from fixtures built out of the seed documents' own tables
 * (scripts/fixtures/build-xlsx.ts): the structure equals the hand-checked sample programmes
 * record for record, and the totals and findings are the document's.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { summarize } from '../../../src/io/summary';
import type { DeclaredAmount, ProgrammeDoc } from '../../../src/model/schema';
import { fixture, imported, sampleDoc } from './helpers';

const decl = (ds: readonly DeclaredAmount[]) => ds.map((d) => `${d.year ?? '*'}|${d.sourceId ?? '*'}|${d.amount}`).sort();

/** The plan as plain values, without ids and orders, so two documents can be compared. */
function plan(doc: ProgrammeDoc, opts: { declared?: boolean } = {}) {
  const pCode = new Map(doc.priorities.map((p) => [p.id, p.code]));
  const tCode = new Map(doc.tasks.map((t) => [t.id, t.code]));
  return {
    priorities: doc.priorities.map((p) => ({ code: p.code, title: p.title, declared: decl(p.declared) })),
    tasks: doc.tasks.map((t) => ({ code: t.code, title: t.title, priority: pCode.get(t.priorityId) })),
    measures: doc.measures.map((m) => ({
      code: m.code,
      title: m.title,
      responsible: m.responsible,
      term: m.term,
      result: m.result,
      sourceText: m.sourceText,
      task: m.taskId ? tCode.get(m.taskId) : null,
      priority: pCode.get(m.priorityId),
      funding: m.funding.map((f) => `${f.year}|${f.sourceId}|${f.planned}|${f.marker}`).sort(),
      declared: decl(m.declared),
    })),
    programmeDeclared: opts.declared === false ? [] : decl(doc.programme.declared),
  };
}

const indicators = (doc: ProgrammeDoc) =>
  doc.indicators.map((i) => ({ name: i.name, unit: i.unit, unitKind: i.unitKind, baseline: i.baseline, targets: i.targets, dynamics: i.declaredDynamics, priority: i.priorityText }));

const checks = (doc: ProgrammeDoc) =>
  new Engine().load(doc).checks.map((c) => `${c.code}|${c.where}|${c.stated ?? ''}|${c.computed ?? ''}`).sort();

describe('six-rows (Іллінці 2026–2028)', () => {
  for (const file of ['illintsi-six-rows.xlsx', 'illintsi-six-rows.xls']) {
    it(`${file}: the structure and money of the sample, record for record`, () => {
      const r = imported(fixture(file), { fileName: file });
      const sample = sampleDoc('illintsi-2026-2028.json');
      expect(r.layout).toBe('six-rows');
      expect(r.report.format).toBe(file.endsWith('.xls') ? 'xls' : 'xlsx');
      if (file.endsWith('.xls')) {
        // SheetJS writes BIFF8 text cells of at most 255 characters, so the .xls fixture holds the texts cut there.
        for (const m of sample.measures) for (const k of ['title', 'responsible', 'result'] as const) m[k] = m[k].slice(0, 255);
      }
      expect(plan(r.doc)).toEqual(plan(sample));
      expect(r.doc.programme.title).toBe('Програма інформатизації Іллінецької міської територіальної громади на 2026-2028 роки');
      expect([r.doc.programme.startYear, r.doc.programme.endYear, r.doc.programme.unit]).toEqual([2026, 2028, 'thousand-uah']);
      expect(r.report.unitFrom).toBe('header');
      expect(r.report.findings).toEqual([]);
      expect(checks(r.doc)).toEqual(checks(sample));
    });
  }

  it('reports the document’s wrong grand total: 9 625,0 stated, 9 725,0 computed, and each year', () => {
    const r = imported(fixture('illintsi-six-rows.xlsx'));
    const s = summarize(r.doc, r.layout, r.report);
    expect(s.totals).toEqual({
      total: 9725,
      perYear: { 2026: 1830, 2027: 4105, 2028: 3790 },
      perSource: { 'Державний бюджет': 0, 'Обласний бюджет': 0, 'Районний бюджет': 0, 'Бюджет територіальної громади': 6150, 'Інші джерела': 3575 },
    });
    const mismatch = s.findings.filter((f) => f.code === 'total-mismatch' && /^Всього за Програмою(, \d{4} рік)?$/.test(f.location));
    expect(mismatch.map((f) => [f.location, f.stated, f.computed])).toEqual([
      ['Всього за Програмою', 9625, 9725],
      ['Всього за Програмою, 2026 рік', 1800, 1830],
      ['Всього за Програмою, 2027 рік', 4075, 4105],
      ['Всього за Програмою, 2028 рік', 3750, 3790],
    ]);
    // …and its split by source disagrees too.
    expect(s.findings.filter((f) => f.code === 'total-mismatch')).toHaveLength(12);
    expect(s.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('reads amounts typed as text («150,0») exactly like number cells', () => {
    const r = imported(fixture('illintsi-six-rows.xlsx'));
    const p2 = r.doc.priorities.find((p) => p.code === '2')!;
    const m = r.doc.measures.find((x) => x.code === '2.1.2')!;
    expect(m.priorityId).toBe(p2.id);
    expect(m.funding.filter((f) => f.sourceId === 'other').map((f) => f.planned)).toEqual([30_000_000, 50_000_000, 50_000_000]);
  });
});

describe('one-row-source (Баранинці 2024–2026) with Додаток 2', () => {
  it('imports the plan and the indicator sheet into one programme, equal to the sample', () => {
    const r = imported(fixture('baranyntsi-one-row.xlsx'), { fileName: 'baranyntsi-one-row.xlsx' });
    const sample = sampleDoc('baranyntsi-2024-2026.json');
    expect(r.layout).toBe('one-row-source');
    expect(r.report.sheets.map((s) => [s.name, s.layout])).toEqual([['Додаток 1', 'one-row-source'], ['Додаток 2', 'indicators']]);
    expect(plan(r.doc)).toEqual(plan(sample));
    expect(indicators(r.doc)).toEqual(indicators(sample));
    expect(r.doc.indicators.every((i) => i.priorityId !== null)).toBe(true);
    expect(r.doc.indicators.slice(0, 3).map((i) => i.code)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('totals 30 / 30 / 90 = 150, and flags the 108 % indicator', () => {
    const r = imported(fixture('baranyntsi-one-row.xlsx'));
    const s = summarize(r.doc, r.layout, r.report);
    expect(s.totals.total).toBe(150);
    expect(s.totals.perYear).toEqual({ 2024: 30, 2025: 30, 2026: 90 });
    expect(s.totals.perSource['Бюджет територіальної громади']).toBe(150);
    expect(s.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
    const pct = s.findings.filter((f) => f.code === 'percent-out-of-range');
    expect(pct).toHaveLength(1);
    expect(pct[0]!.message).toContain('108 % — відсоток має бути від 0 до 100');
    expect(pct[0]!.location).toContain('% зареєстрованих документів структурних підрозділів ОМС');
  });

  it('joins the row a page break cut off to its measure, and says so', () => {
    const r = imported(fixture('baranyntsi-one-row.xlsx'));
    const m = r.doc.measures.find((x) => x.code === '2.3.1')!;
    expect(m.title).toContain('порталу пацієнта www.medportal.ua (багатофункціональний портал');
    expect(r.report.findings.map((f) => [f.code, f.row])).toEqual([['continuation', 14]]);
  });
});

describe('one-row-markers (Хмільник 2023–2025) with Додаток 2', () => {
  for (const file of ['khmilnyk-markers.xlsx', 'khmilnyk-markers.ods']) {
    it(`${file}: 465 / 8 707 / 5 297 = 14 469, no mismatch, the sample’s structure`, () => {
      const r = imported(fixture(file), { fileName: file });
      const sample = sampleDoc('khmilnyk-2023-2025.json');
      expect(r.layout).toBe('one-row-markers');
      // The sample's programme totals come from its passport, which the annex does not carry.
      expect(plan(r.doc, { declared: false })).toEqual(plan(sample, { declared: false }));
      expect(indicators(r.doc)).toEqual(indicators(sample));
      const s = summarize(r.doc, r.layout, r.report);
      expect(s.totals.total).toBe(14469);
      expect(s.totals.perYear).toEqual({ 2023: 465, 2024: 8707, 2025: 5297 });
      expect(s.totals.perSource['Без розподілу за джерелами']).toBe(14469);
      expect(s.findings).toEqual([]);
    });
  }

  it('keeps «+» as a marker, skips the repeated page title and header', () => {
    const r = imported(fixture('khmilnyk-markers.xlsx'));
    const m1 = r.doc.measures.find((m) => m.code === '1')!;
    expect(m1.funding.map((f) => [f.year, f.planned, f.marker])).toEqual([[2023, null, 'ongoing'], [2024, null, 'ongoing'], [2025, null, 'ongoing']]);
    const m26 = r.doc.measures.find((m) => m.code === '26')!;
    expect(m26.funding.map((f) => [f.year, f.planned, f.marker])).toEqual([[2023, null, 'ongoing'], [2024, 200_000, null], [2025, 200_000, null]]);
    expect(r.report.skipped.map((s) => s.reason)).toEqual([
      'рядок без назви заходу і без сум: «ПЕРЕЛІК ПРОЄКТІВ І ЗАХОДІВ НА 2023-2025 РОКИ»',
      'повтор заголовка таблиці (розрив сторінки)',
      'повтор заголовка таблиці (розрив сторінки)',
    ]);
    const i1 = r.doc.indicators[0]!;
    expect([i1.unitKind, i1.baseline, i1.targets]).toEqual(['percent', 30, { 2023: 100, 2024: 100, 2025: 100 }]);
  });
});

describe('action-plan (Дмитрівка, Помічна 2020–2022)', () => {
  it('Дмитрівка: hryvnias in text converted to тис. грн, several amounts in a cell added and reported', () => {
    const r = imported(fixture('dmytrivka-action-plan.xlsx'), { fileName: 'dmytrivka-action-plan.xlsx' });
    expect(r.layout).toBe('action-plan');
    expect(r.report.unit).toBe('uah');
    expect(r.doc.programme.unit).toBe('thousand-uah');
    const s = summarize(r.doc, r.layout, r.report);
    expect([s.priorities, s.tasks, s.measures]).toEqual([1, 2, 9]);
    expect(s.totals.total).toBe(760);
    expect(s.totals.perYear).toEqual({ 2020: 260, 2021: 250, 2022: 250 });
    const wifi = r.doc.measures.find((m) => m.title.startsWith('Підключено більше ніж 80%'))!;
    // «50,000 грн 200,000грн», «20,000 грн 200,00 0грн»: 250 000 and 220 000 грн.
    expect(wifi.funding.map((f) => f.planned)).toEqual([25_000_000, 22_000_000, 22_000_000]);
    expect(s.findings.filter((f) => f.code === 'several-amounts').map((f) => f.location)).toEqual([
      'аркуш «План дій», клітинка E9', 'аркуш «План дій», клітинка F9', 'аркуш «План дій», клітинка G9',
    ]);
    expect(r.doc.priorities.map((p) => [p.code, p.title])).toEqual([['1', 'Залучення мешканців']]);
    expect(r.doc.tasks.map((t) => t.code)).toEqual(['І.І', 'І.ІІ']);
    // «---» and «~~~» are empty, not errors.
    expect(s.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const first = r.doc.measures[0]!;
    expect(first.title).toBe('Зона покриття Інтернет охоплює 100% території громади');
    expect(first.result).toMatch(/^1\. Оцінено 100% населених пунктів громади .*\nПлан дій: 1\. Провести оцінку/s);
    expect([first.term.from, first.term.to]).toEqual([2020, 2022]);
  });

  it('Помічна: a Windows-1251 CSV with semicolons; bare 69150 is hryvnias', () => {
    const r = imported(fixture('pomichna-action-plan.csv'), { fileName: 'pomichna-action-plan.csv' });
    expect([r.report.format, r.report.encoding, r.report.delimiter, r.layout]).toEqual(['csv', 'windows-1251', ';', 'action-plan']);
    const s = summarize(r.doc, r.layout, r.report);
    expect(s.totals.total).toBe(75.15);
    expect(s.totals.perYear).toEqual({ 2020: 71.15, 2021: 2, 2022: 2 });
    expect(r.doc.priorities.map((p) => p.title)).toEqual(['Розвиток ЦНАП', 'Залучення населення до прийняття рішень через новітні технології']);
    expect(r.doc.tasks.map((t) => t.title)).toEqual(['Надання Є-ПОСЛУГ', 'Бюджет учатсті', 'Підтримка сайту громади']);
    expect(r.doc.programme.title).toBe('ІТ-Стратегія сталого розвитку Помічнянської об’єднаної територіальної громади на 2020-2022 роки');
    expect(r.doc.measures[0]!.funding).toEqual([{ year: 2020, sourceId: 'local', planned: 6_915_000, actual: null, marker: null }]);
  });

  it('the same CSV read as тис. грн when the caller says so', () => {
    const r = imported(fixture('pomichna-action-plan.csv'), { unit: 'thousand-uah' });
    expect(r.report.unitFrom).toBe('option');
    // «2000 грн» still says грн; the bare 69150 is now thousands.
    expect(summarize(r.doc, r.layout, r.report).totals.perYear).toEqual({ 2020: 69152, 2021: 2, 2022: 2 });
  });
});

describe('indicators only (Додаток 2)', () => {
  it('imports an indicator sheet on its own when asked for it', () => {
    const r = imported(fixture('khmilnyk-markers.xlsx'), { sheet: 'Додаток 2' });
    expect(r.layout).toBe('indicators');
    expect([r.doc.measures.length, r.doc.indicators.length]).toEqual([0, 31]);
    expect([r.doc.programme.startYear, r.doc.programme.endYear]).toEqual([2023, 2025]);
    const yesNo = r.doc.indicators.find((i) => i.name.startsWith('Встановлено мережевий сервер'))!;
    expect([yesNo.unitKind, yesNo.baseline, yesNo.targets]).toEqual(['yes-no', 0, { 2023: 0, 2024: 1, 2025: null }]);
  });
});
