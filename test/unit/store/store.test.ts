import { describe, expect, it } from 'vitest';
import { ok, useStores } from '../../fixtures/stores';
import { loadSample } from '../../fixtures/export/samples';
import Dexie from 'dexie';
import type { Programme } from '../../../src/model/schema';
import { createDb, MIGRATIONS, type Change } from '../../../src/store/db';
import { Store, type Command } from '../../../src/store/store';
import { addSource, createProgramme, deleteProgramme, removeSource, renameSource, updateProgramme } from '../../../src/store/commands/programme';

const sample = loadSample;
const openStore = useStores('test').open;
/** names for databases a test reopens */
let n = 0;

describe('Store', () => {
  it('creates a sample programme and reads it back, every record validated', async () => {
    const store = await openStore();
    const doc = sample('khmilnyk-2023-2025');
    ok(await store.run(createProgramme(doc)));
    const back = ok(await store.loadDoc(doc.programme.id));
    expect(back.measures).toHaveLength(32);
    expect(back.measures.map((m) => m.code)).toEqual(doc.measures.map((m) => m.code));
    expect(back.programme.title).toBe(doc.programme.title);
    expect(ok(await store.listProgrammes()).map((p) => p.id)).toEqual([doc.programme.id]);
  });

  it('undoes and redoes commands, and the history survives reopening the database', async () => {
    const name = `test-${++n}`;
    let store = await openStore(name);
    const doc = sample('illintsi-2026-2028');
    const id = doc.programme.id;
    ok(await store.run(createProgramme(doc)));
    ok(await store.run(updateProgramme(id, 'Назва', (p) => ({ ...p, title: 'Нова назва' }))));
    ok(await store.run(renameSource(id, 'local', 'Місцевий бюджет')));
    expect(await store.history(id)).toEqual({ undo: 'Перейменування джерела на «Місцевий бюджет»', redo: null });

    store.close();
    store = await openStore(name);
    expect(ok(await store.loadDoc(id)).programme.sources.find((s) => s.id === 'local')?.name).toBe('Місцевий бюджет');
    ok(await store.undo(id));
    let p = ok(await store.loadDoc(id)).programme;
    expect(p.sources.find((s) => s.id === 'local')?.name).toBe('Бюджет територіальної громади');
    expect(p.title).toBe('Нова назва');
    ok(await store.undo(id));
    expect(ok(await store.loadDoc(id)).programme.title).toBe(doc.programme.title);
    expect(await store.history(id)).toEqual({ undo: 'Створення програми', redo: 'Назва' });
    ok(await store.redo(id));
    expect(ok(await store.loadDoc(id)).programme.title).toBe('Нова назва');

    // A new command drops the redo branch.
    ok(await store.run(addSource(id, { id: 'grant', name: 'Грант ЄС', kind: 'custom' })));
    expect((await store.history(id)).redo).toBeNull();
    p = ok(await store.loadDoc(id)).programme;
    expect(p.sources.map((s) => s.id)).toEqual(['state', 'regional', 'district', 'local', 'other', 'grant']);
  });

  it('deleting a programme removes every record and undo restores all of it', async () => {
    const store = await openStore();
    const doc = sample('baranyntsi-2024-2026');
    const id = doc.programme.id;
    ok(await store.run(createProgramme(doc)));
    ok(await store.run(deleteProgramme(id, doc.programme.title)));
    expect(ok(await store.listProgrammes())).toEqual([]);
    expect(await store.db.measures.where('programmeId').equals(id).count()).toBe(0);
    expect(await store.db.indicators.where('programmeId').equals(id).count()).toBe(0);
    ok(await store.undo(id));
    const back = ok(await store.loadDoc(id));
    expect(back.measures).toHaveLength(doc.measures.length);
    expect(back.indicators).toHaveLength(doc.indicators.length);
  });

  it('refuses to remove a funding source that measures use, and writes nothing', async () => {
    const store = await openStore();
    const doc = sample('illintsi-2026-2028');
    ok(await store.run(createProgramme(doc)));
    const r = await store.run(removeSource(doc.programme.id, 'local'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Джерело не можна видалити: воно використане в \d+ заходах/);
    expect(ok(await store.loadDoc(doc.programme.id)).programme.sources).toHaveLength(5);
    ok(await store.run(removeSource(doc.programme.id, 'district')));
    expect(ok(await store.loadDoc(doc.programme.id)).programme.sources.map((s) => s.id)).toEqual(['state', 'regional', 'local', 'other']);
  });

  it('refuses an edit that breaks the schema, naming the field', async () => {
    const store = await openStore();
    const doc = sample('khmilnyk-2023-2025');
    ok(await store.run(createProgramme(doc)));
    const r = await store.run(updateProgramme(doc.programme.id, 'Роки', (p) => ({ ...p, endYear: 2020 })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Зміну не збережено: поле «endYear»: рік завершення раніший за рік початку.');
  });

  it('a command that fails half-way leaves nothing written', async () => {
    const store = await openStore();
    const doc = sample('khmilnyk-2023-2025');
    ok(await store.run(createProgramme(doc)));
    const before = await store.db.measures.get('khm-m1');
    const broken: Command = {
      label: 'зламана команда',
      programmeId: doc.programme.id,
      async plan() {
        const changes: Change[] = [
          { table: 'measures', id: 'khm-m1', before, after: { ...before!, title: 'змінено' } },
          // No primary key: IndexedDB refuses this write after the first one was made.
          { table: 'measures', id: 'x', before: null, after: { title: 'без id' } },
        ];
        return changes;
      },
    };
    const r = await store.run(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Зміну не збережено/);
    expect((await store.db.measures.get('khm-m1'))?.['title']).toBe(before?.['title']);
    expect((await store.history(doc.programme.id)).undo).toBe('Створення програми');
  });

  it('a stored record that fails the schema is reported with its table and field and is not touched', async () => {
    const store = await openStore();
    const doc = sample('khmilnyk-2023-2025');
    ok(await store.run(createProgramme(doc)));
    await store.db.measures.update('khm-m2', { funding: [{ year: 2024, sourceId: 'undivided', planned: 1.5, actual: null, marker: null }] });
    const r = await store.loadDoc(doc.programme.id);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.type).toBe('invalid-record');
      expect(r.error.message).toContain('«measures» (khm-m2)');
      expect(r.error.message).toContain('funding.0.planned');
    }
    const raw = await store.rawDump();
    expect((raw['measures'] as Array<{ id: string; funding: Array<{ planned: number }> }>).find((m) => m.id === 'khm-m2')?.funding[0]?.planned).toBe(1.5);
  });

  it('tells listeners in this tab and in other tabs which records changed', async () => {
    const name = `test-${++n}`;
    const a = await openStore(name);
    const b = await openStore(name);
    const seen: string[] = [];
    b.feed.subscribe((m) => {
      if (m.kind === 'changes') seen.push(`${m.remote ? 'remote' : 'local'}:${m.changes.map((c) => c.table).join(',')}`);
    });
    const doc = sample('khmilnyk-2023-2025');
    ok(await a.run(createProgramme(doc)));
    ok(await a.run(updateProgramme(doc.programme.id, 'Назва', (p: Programme) => ({ ...p, title: 'Х' }))));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([expect.stringMatching(/^remote:programmes,priorities/), 'remote:programmes']);
  });
});

describe('schema migrations', () => {
  it('opens a version 1 database written by an older app and upgrades it', async () => {
    const name = `migrate-${++n}`;
    // What version 1 of the app wrote.
    const v1 = createDb(name, MIGRATIONS.slice(0, 1));
    const doc = sample('baranyntsi-2024-2026');
    await v1.programmes.put(doc.programme);
    await v1.measures.bulkPut(doc.measures);
    v1.close();
    // A future version 2 that adds an index and fills a new field.
    const v2 = createDb(name, [
      ...MIGRATIONS,
      {
        version: 2,
        stores: { measures: 'id, programmeId, code' },
        upgrade: (tx) => tx.table('measures').toCollection().modify((m: { note?: string }) => { m.note = 'migrated'; }),
      },
    ]);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.measures.where('code').equals('1.1.1').count()).toBe(1);
    expect((await v2.measures.toArray()).every((m) => m['note'] === 'migrated')).toBe(true);
    expect(await v2.programmes.count()).toBe(1);
    v2.close();
    await Dexie.delete(name);
  });
});
