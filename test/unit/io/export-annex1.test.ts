/**
 * Додаток 1 read back with SheetJS: every total is a SUM formula whose cached value equals both
 * the engine's total and the sum of the cells it refers to; blocks, merges and page set-up are
 * those of the official form.
 */
import { describe, expect, it } from 'vitest';
import { exportAnnex1 } from '../../../src/io/export/annex1';
import { STANDARD_ROW_LABELS, TOTAL_ROW_LABEL } from '../../../src/io/export/source-rows';
import type { ProgrammeDoc } from '../../../src/model/schema';
import { cell, doc, measure, priority, programme, task, th } from '../../fixtures/builders';
import { SAMPLE_NAMES, loadSample, snapshotOf, totalsOf } from '../../fixtures/export/samples';
import { SheetView, part, readBook, toKop } from '../../fixtures/export/workbook';

const F = 6; // «Всього»
const Y0 = 7; // first year
const sheetOf = (bytes: Uint8Array): SheetView => {
  const wb = readBook(bytes);
  return new SheetView(wb.Sheets[wb.SheetNames[0]!]!);
};

/** Row labels of a block in the programme's source order of kinds, as the test expects them. */
function rowLabels(d: ProgrammeDoc): string[] {
  const extra = d.programme.sources.filter((s) => !STANDARD_ROW_LABELS.some(([k]) => k === s.kind) && d.measures.some((m) => m.funding.some((f) => f.sourceId === s.id && (f.planned !== null || f.marker))));
  return [...STANDARD_ROW_LABELS.map(([, l]) => l), ...extra.map((s) => s.name)];
}

/** Engine kopiykas of one block row: the sources of that row's kind, or all when row = -1. */
function engineRow(d: ProgrammeDoc, perSourceCells: readonly number[], years: number, label: string | null): number[] {
  const S = d.programme.sources.length;
  const idx = d.programme.sources
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => label === null || STANDARD_ROW_LABELS.find(([k]) => k === s.kind)?.[1] === label || s.name === label)
    .map(({ i }) => i);
  return Array.from({ length: years }, (_, y) => idx.reduce((a, i) => a + perSourceCells[y * S + i]!, 0));
}

describe('Додаток 1, six rows per measure', () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: totals are SUM formulas equal to the engine's and to the cells they add`, () => {
      const d = loadSample(name);
      const snap = snapshotOf(d);
      const sh = sheetOf(exportAnnex1(d, { layout: 'six-rows' }));
      const labels = rowLabels(d);
      const k = labels.length;
      const Y = snap.years.length;

      // Every «Загальний обсяг» row and every row of a total block holds formulas in all money columns.
      const blockStarts = sh.rowsWhere(5, (t) => t === TOTAL_ROW_LABEL);
      expect(blockStarts.length).toBe(d.measures.length + d.priorities.length + 1);
      for (const r0 of blockStarts) {
        expect(labels.map((_, j) => sh.text(r0 + 1 + j, 5))).toEqual(labels);
        for (let c = Y0; c < Y0 + Y; c++) expect(sh.formula(r0, c)).toBe(`SUM(${col(c)}${r0 + 1}:${col(c)}${r0 + k})`);
        for (let r = r0; r <= r0 + k; r++) expect(sh.formula(r, F)).toBe(`SUM(${col(Y0)}${r}:${col(Y0 + Y - 1)}${r})`);
      }

      // Cached value = value computed from the leaves, for every formula in the sheet.
      for (const [addr] of sh.formulas()) expect(toKop(sh.evaluate(addr))).toBe(toKop(sh.at(addr)!.v));

      // Programme block: the last one.
      const grand = sh.rowsWhere(1, (t) => t === 'Всього за Програмою');
      expect(grand).toHaveLength(1);
      const g = grand[0]!;
      const prog = totalsOf(snap, 'programme', d.programme.id).planned;
      expect(toKop(sh.cell(g, F)!.v)).toBe(prog.total);
      snap.years.forEach((_, y) => expect(toKop(sh.cell(g, Y0 + y)!.v)).toBe(prog.perYear[y]));
      labels.forEach((label, j) => {
        const want = engineRow(d, prog.cells, Y, label);
        want.forEach((v, y) => expect(toKop(sh.cell(g + 1 + j, Y0 + y)?.v)).toBe(v));
        // a programme source row adds the priorities' rows, one reference per priority
        expect(sh.formula(g + 1 + j, Y0)).toMatch(new RegExp(`^SUM\\(${col(Y0)}\\d+(,${col(Y0)}\\d+){${d.priorities.length - 1}}\\)$`));
      });

      // Priority blocks in order, each equal to the engine's priority totals.
      const pRows = sh.rowsWhere(1, (t) => t.startsWith('Всього за напрямом'));
      const ordered = [...d.priorities].sort((a, b) => a.order - b.order);
      expect(pRows.map((r) => sh.text(r, 1))).toEqual(ordered.map((p) => `Всього за напрямом ${p.code}`));
      ordered.forEach((p, i) => {
        const pt = totalsOf(snap, 'priority', p.id).planned;
        const r = pRows[i]!;
        expect(toKop(sh.cell(r, F)!.v)).toBe(pt.total);
        snap.years.forEach((_, y) => expect(toKop(sh.cell(r, Y0 + y)!.v)).toBe(pt.perYear[y]));
        labels.forEach((label, j) => engineRow(d, pt.cells, Y, label).forEach((v, y) => expect(toKop(sh.cell(r + 1 + j, Y0 + y)?.v)).toBe(v)));
      });

      // Measure blocks: the measure's title in B, its totals in the «Загальний обсяг» row.
      for (const m of d.measures) {
        const r0 = blockStarts.find((r) => sh.text(r, 2) === m.title && sh.text(r, 3) === m.responsible)!;
        expect(r0, m.title).toBeDefined();
        const mt = totalsOf(snap, 'measure', m.id).planned;
        expect(toKop(sh.cell(r0, F)!.v)).toBe(mt.total);
        labels.forEach((label, j) => engineRow(d, mt.cells, Y, label).forEach((v, y) => expect(toKop(sh.cell(r0 + 1 + j, Y0 + y)?.v)).toBe(v)));
      }
    });
  }

  it('merges name, responsible, term and result down each block and the task down its measures', () => {
    const d = loadSample('illintsi-2026-2028');
    const sh = sheetOf(exportAnnex1(d));
    const merges = new Set(sh.merges());
    const starts = sh.rowsWhere(2, (t) => t === d.measures[0]!.title);
    expect(starts).toHaveLength(1);
    const r0 = starts[0]!;
    for (const c of ['B', 'C', 'D', 'J']) expect(merges.has(`${c}${r0}:${c}${r0 + 5}`), c).toBe(true);
    expect(sh.text(r0, 1)).toBe('1.1 Стимулювання зростання цифрової економіки');
    expect(merges.has(`A${r0}:A${r0 + 5}`)).toBe(true);
    // header: A–E and the result merged over two rows, the money group across Всього and the years
    for (const c of ['A', 'B', 'C', 'D', 'E', 'J']) expect(merges.has(`${c}5:${c}6`)).toBe(true);
    expect(merges.has('F5:I5')).toBe(true);
    expect([sh.text(6, 6), sh.text(6, 7), sh.text(6, 8), sh.text(6, 9)]).toEqual(['Всього', '2026', '2027', '2028']);
    // title block
    expect(sh.text(1, 8)).toBe('Додаток 1');
    expect(sh.text(2, 8)).toBe('до Програми інформатизації Іллінецької міської територіальної громади на 2026-2028 роки');
    expect(sh.text(4, 10)).toBe('тис. грн');
    // the Іллінці grand total the document should have stated: 9725 / 1830 / 4105 / 3790
    const g = sh.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    expect([6, 7, 8, 9].map((c) => sh.num(g, c))).toEqual([9725, 1830, 4105, 3790]);
  });

  it('writes number formats, frozen header rows, print titles and A4 landscape', () => {
    const bytes = exportAnnex1(loadSample('illintsi-2026-2028'));
    const sh = sheetOf(bytes);
    const g = sh.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    expect(sh.cell(g, F)!.z).toBe('#,##0.0####');
    expect(sh.cell(g, F)!.w).toBe('9,725.0'); // SheetJS formats in en-US; Excel in uk-UA shows 9 725,0
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toMatch(/<col min="2" max="2" width="38" customWidth="1"\/>/);
    const wbXml = part(bytes, 'xl/workbook.xml');
    expect(wbXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Додаток 1'!$5:$6</definedName>`);
    const styles = part(bytes, 'xl/styles.xml');
    // the header cell's format: bold font, thin borders, wrapped and centred
    const s = Number(/<c r="A5" s="(\d+)"/.exec(xml)![1]);
    const xf = [...styles.matchAll(/<xf numFmtId="\d+" fontId="(\d+)" fillId="\d+" borderId="(\d+)" xfId="0"[^>]*?(?:\/>|>.*?<\/xf>)/g)][s]!;
    const fonts = [...styles.matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
    expect(fonts[Number(xf[1])]).toContain('<b/>');
    expect(Number(xf[2])).toBeGreaterThan(0);
    expect(xf[0]).toContain('wrapText="1"');
  });

  it('gives undivided money its own row by default, or folds it into «інші джерела» with a note', () => {
    const d = loadSample('khmilnyk-2023-2025');
    const snap = snapshotOf(d);
    const prog = totalsOf(snap, 'programme', d.programme.id).planned;
    const extra = sheetOf(exportAnnex1(d));
    const g = extra.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    expect(extra.text(g + 6, 5)).toBe('Без розподілу за джерелами');
    expect([F, Y0, Y0 + 1, Y0 + 2].map((c) => toKop(extra.cell(g + 6, c)!.v))).toEqual([prog.total, ...prog.perYear]);
    expect([F, Y0, Y0 + 1, Y0 + 2].map((c) => extra.num(g, c))).toEqual([14469, 465, 8707, 5297]);

    const folded = sheetOf(exportAnnex1(d, { nonStandardSources: 'fold-into-other' }));
    const g2 = folded.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    expect(folded.text(g2 + 5, 5)).toBe('інші джерела');
    expect(folded.text(g2 + 6, 5)).toBe('');
    expect(toKop(folded.cell(g2 + 5, F)!.v)).toBe(prog.total);
    expect(folded.rowsWhere(1, (t) => t.startsWith('Примітка. До рядка «інші джерела» включено кошти джерел: Без розподілу за джерелами'))).toHaveLength(1);
  });

  it('writes «+» markers, keeps blank and 0 apart, notes money outside the period, and adds orphans to the total', () => {
    const d = doc({
      programme: programme(),
      priorities: [priority({ id: 'pr1', code: '1', title: 'Напрям' })],
      tasks: [task({ id: 't1', code: '1.1', title: 'Завдання' })],
      measures: [
        measure({ id: 'm1', funding: [cell(2026, 'state', th(10)), cell(2027, 'state', 0), { year: 2028, sourceId: 'state', planned: null, actual: null, marker: 'ongoing' }, cell(2030, 'local', th(5))] }),
        measure({ id: 'm2', taskId: null, priorityId: 'gone', title: 'Сирота', funding: [cell(2026, 'local', th(1.25))] }),
      ],
    });
    const snap = snapshotOf(d);
    const sh = sheetOf(exportAnnex1(d));
    const r0 = sh.rowsWhere(2, (t) => t === 'Захід m1')[0]!;
    expect(sh.cell(r0 + 1, Y0)!.v).toBe(10);
    expect(sh.cell(r0 + 1, Y0 + 1)!.v).toBe(0);
    expect(sh.cell(r0 + 1, Y0 + 2)!.v).toBe('+');
    expect(sh.cell(r0 + 2, Y0)?.v).toBeUndefined();
    expect(sh.rowsWhere(1, (t) => t === 'Заходи поза пріоритетними напрямами')).toHaveLength(1);
    expect(sh.rowsWhere(1, (t) => t === 'Всього поза напрямами')).toHaveLength(1);
    const g = sh.rowsWhere(1, (t) => t === 'Всього за Програмою')[0]!;
    expect(toKop(sh.cell(g, F)!.v)).toBe(totalsOf(snap, 'programme', d.programme.id).planned.total);
    expect(sh.num(g, F)).toBe(11.25);
    expect(sh.rowsWhere(1, (t) => t.includes('поза роками дії Програми (5,0 тис. грн)'))).toHaveLength(1);
  });

  it('uses SUMIF over the source labels when a priority has too many measures for one SUM', () => {
    const measures = Array.from({ length: 1700 }, (_, i) => measure({ id: `m${i}`, order: i, funding: [cell(2026, i % 2 ? 'state' : 'local', th(1 + (i % 7)))] }));
    const d = doc({ programme: programme(), priorities: [priority({ id: 'pr1', code: '1' })], tasks: [task({ id: 't1' })], measures });
    const snap = snapshotOf(d);
    const sh = sheetOf(exportAnnex1(d));
    const p = sh.rowsWhere(1, (t) => t === 'Всього за напрямом 1')[0]!;
    expect(sh.formula(p + 1, Y0)).toMatch(/^SUMIF\(\$E\$\d+:\$E\$\d+,"=державний бюджет",G\$\d+:G\$\d+\)$/);
    const pt = totalsOf(snap, 'priority', 'pr1').planned;
    expect(toKop(sh.cell(p, Y0)!.v)).toBe(pt.perYear[0]);
    expect(toKop(sh.evaluate(`G${p}`))).toBe(pt.perYear[0]);
    expect(toKop(sh.cell(p + 4, Y0)!.v)).toBe(pt.cells[3]); // local
  });
});

describe('Додаток 1, one row per measure', () => {
  const NAME = 2;
  for (const name of SAMPLE_NAMES) {
    it(`${name}: task, priority and programme totals are SUM formulas equal to the engine's`, () => {
      const d = loadSample(name);
      const snap = snapshotOf(d);
      const sh = sheetOf(exportAnnex1(d, { layout: 'compact' }));
      const Y = snap.years.length;
      const TOTAL = 6 + Y;
      for (const [addr] of sh.formulas()) expect(toKop(sh.evaluate(addr))).toBe(toKop(sh.at(addr)!.v));

      for (const t of d.tasks) {
        const r = sh.rowsWhere(1, (x) => x === `Всього за завданням ${t.code}`);
        expect(r, t.code).toHaveLength(1);
        const tt = totalsOf(snap, 'task', t.id).planned;
        expect(toKop(sh.cell(r[0]!, TOTAL)!.v)).toBe(tt.total);
        snap.years.forEach((_, y) => expect(toKop(sh.cell(r[0]!, 6 + y)!.v)).toBe(tt.perYear[y]));
        expect(sh.formula(r[0]!, 6)).toMatch(/^SUM\(F\d+(:F\d+)?\)$/);
      }
      for (const p of d.priorities) {
        const r = sh.rowsWhere(1, (x) => x === `Всього за напрямом ${p.code}`)[0]!;
        expect(toKop(sh.cell(r, TOTAL)!.v)).toBe(totalsOf(snap, 'priority', p.id).planned.total);
        expect(sh.formula(r, 6)).toMatch(/^SUM\(F\d+(,F\d+)*\)$/);
      }
      const g = sh.rowsWhere(1, (x) => x === 'Всього за Програмою')[0]!;
      const prog = totalsOf(snap, 'programme', d.programme.id).planned;
      expect(toKop(sh.cell(g, TOTAL)!.v)).toBe(prog.total);
      snap.years.forEach((_, y) => expect(toKop(sh.cell(g, 6 + y)!.v)).toBe(prog.perYear[y]));
      for (const m of d.measures) {
        const r = sh.rowsWhere(NAME, (x) => x === m.title).find((row) => sh.text(row, 1) === m.code)!;
        expect(r, m.code).toBeDefined();
        expect(sh.formula(r, TOTAL)).toBe(`SUM(F${r}:${col(5 + Y)}${r})`);
        expect(toKop(sh.cell(r, TOTAL)!.v)).toBe(totalsOf(snap, 'measure', m.id).planned.total);
      }
    });
  }

  it('names the paying sources in the source column and prints the Баранинці total 30 / 30 / 90 = 150', () => {
    const d = loadSample('baranyntsi-2024-2026');
    const sh = sheetOf(exportAnnex1(d, { layout: 'compact' }));
    const first = sh.rowsWhere(1, (x) => x === '1.1.1')[0]!;
    expect(sh.text(first, 5)).toBe('Бюджет територіальної громади');
    const g = sh.rowsWhere(1, (x) => x === 'Всього за Програмою')[0]!;
    expect([6, 7, 8, 9].map((c) => sh.num(g, c))).toEqual([30, 30, 90, 150]);
    expect(sh.merges()).toContain(`A${g}:E${g}`);
  });
});

function col(c: number): string {
  return String.fromCharCode(64 + c);
}

