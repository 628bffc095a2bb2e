import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { planReimport } from '../../../src/io/reimport';
import { createProgramme } from '../../../src/store/commands/programme';
import { Store } from '../../../src/store/store';
import { reimportCommand } from '../../../src/ui/import/reimport-command';
import { fixture, imported, simplePlan, workbook } from './helpers';

const v1 = workbook([{ name: 'План', rows: simplePlan([
  ['1.', 'Придбання серверів', 'Відділ ІТ', 100, 50, 0, 150],
  ['2.', 'Навчання посадовців', 'Відділ кадрів', 10, 10, 10, 30],
  ['3.', 'Сайт громади', 'Відділ ІТ', '+', '+', '+', null],
]) }]);
const v2 = workbook([{ name: 'План', rows: simplePlan([
  ['1.', 'Придбання серверів', 'Відділ ІТ', 120, 50, 0, 170],
  ['2.', 'Навчання посадовців і депутатів', 'Відділ кадрів', 10, 10, 10, 30],
  ['4.', 'Відеонагляд', 'Відділ безпеки', 0, 200, 200, 400],
]) }]);

describe('re-import', () => {
  it('the same file again changes nothing', () => {
    const a = imported(fixture('illintsi-six-rows.xlsx')).doc;
    const b = imported(fixture('illintsi-six-rows.xlsx')).doc;
    const plan = planReimport(a, b);
    expect(plan.counts).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 4 + 11 + 25 });
    expect(plan.edits).toEqual([]);
  });

  it('matches by code, then name; lists added, changed (old → new) and removed', () => {
    const current = imported(v1).doc;
    const plan = planReimport(current, imported(v2).doc);
    expect(plan.counts).toEqual({ added: 1, changed: 2, removed: 1, unchanged: 1 });
    expect(plan.items.map((x) => [x.status, x.kind, x.code, x.title, x.fields.map((f) => `${f.field}: ${f.old} → ${f.new}`)])).toEqual([
      ['changed', 'measure', '1', 'Придбання серверів', ['Суми, тис. грн: 2026: 100,0; 2027: 50,0 → 2026: 120,0; 2027: 50,0']],
      ['changed', 'measure', '2', 'Навчання посадовців і депутатів', ['Назва: Навчання посадовців → Навчання посадовців і депутатів']],
      ['added', 'measure', '4', 'Відеонагляд', []],
      ['removed', 'measure', '3', 'Сайт громади', []],
    ]);
    // Matched records keep their ids, so scenarios and statuses stay attached.
    const m1 = plan.edits.find((e) => e.after && 'title' in e.after && e.after.title === 'Придбання серверів')!;
    expect(m1.id).toBe(current.measures[0]!.id);
  });

  it('is one undoable command in the store', async () => {
    const opened = await Store.open('reimport-test');
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    const current = imported(v1).doc;
    expect((await store.run(createProgramme(current))).ok).toBe(true);
    const plan = planReimport(current, imported(v2).doc);
    const done = await store.run(reimportCommand(plan, 'Повторний імпорт'));
    expect(done.ok).toBe(true);
    const after = await store.loadDoc(current.programme.id);
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.measures.map((m) => [m.code, m.title])).toEqual([['1', 'Придбання серверів'], ['2', 'Навчання посадовців і депутатів'], ['4', 'Відеонагляд']]);
    expect((await store.history(current.programme.id)).undo).toBe('Повторний імпорт');
    expect((await store.undo(current.programme.id)).ok).toBe(true);
    const back = await store.loadDoc(current.programme.id);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.measures.map((m) => m.title)).toEqual(['Придбання серверів', 'Навчання посадовців', 'Сайт громади']);
    expect(back.value.measures[0]!.funding).toEqual(current.measures[0]!.funding);
    store.close();
  });
});
