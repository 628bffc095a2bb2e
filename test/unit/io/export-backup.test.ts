/** JSON backup: the round trip, and refusals that say which programme, record and field is wrong. */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/io/export/backup';
import { createBackup, parseBackup } from '../../../src/io/export/backup';
import type { ProgrammeDoc, Version } from '../../../src/model/schema';
import { loadSample } from '../../fixtures/export/samples';

const ill = loadSample('illintsi-2026-2028');
const khm = loadSample('khmilnyk-2023-2025');
const version = (d: ProgrammeDoc): Version => ({ id: `v-${d.programme.id}`, programmeId: d.programme.id, name: 'Затверджено рішенням № 12', createdAt: '2026-02-01T10:00:00.000Z', doc: d });
const step = (d: ProgrammeDoc): HistoryEntry => ({
  seq: 1,
  programmeId: d.programme.id,
  label: 'Змінити суму',
  changes: [{ table: 'measures', id: d.measures[0]!.id, before: d.measures[0]!, after: { ...d.measures[0]!, title: 'Нова назва' } }],
  state: 'done',
  at: '2026-02-02T10:00:00.000Z',
});

/** A backup as plain JSON, to break in one place. */
function raw(): { programmes: Array<Record<string, unknown>> } & Record<string, unknown> {
  return JSON.parse(createBackup([{ doc: ill, versions: [version(ill)], history: [step(ill)] }, { doc: khm, versions: [] }], { createdAt: '2026-03-01T00:00:00.000Z', includeHistory: true }));
}
const errorOf = (value: unknown): { code: string; message: string } => {
  const r = parseBackup(typeof value === 'string' ? value : JSON.stringify(value));
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('backup', () => {
  it('gives back every programme, version and undo step', () => {
    const text = createBackup([{ doc: ill, versions: [version(ill)], history: [step(ill)] }, { doc: khm, versions: [] }], { createdAt: '2026-03-01T00:00:00.000Z', includeHistory: true });
    const back = parseBackup(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.formatVersion).toBe(1);
    expect(back.value.createdAt).toBe('2026-03-01T00:00:00.000Z');
    expect(back.value.programmes).toEqual([{ doc: ill, versions: [version(ill)], history: [step(ill)] }, { doc: khm, versions: [] }]);
    // a byte-order mark from an editor is fine
    expect(parseBackup('\ufeff' + text).ok).toBe(true);
  });

  it('leaves the undo history out unless asked', () => {
    const back = parseBackup(createBackup([{ doc: ill, versions: [], history: [step(ill)] }]));
    expect(back.ok && back.value.programmes[0]!.history).toBeUndefined();
  });

  it('refuses what is not a backup', () => {
    expect(errorOf('{не json').code).toBe('not-json');
    expect(errorOf({ programmes: [] }).code).toBe('not-a-backup');
    const newer = { ...raw(), formatVersion: 2 };
    expect(errorOf(newer)).toEqual({ code: 'newer-format', message: expect.stringContaining('формат 2') });
  });

  it('names the programme, the measure and the field of a bad amount', () => {
    const b = raw();
    const doc = b.programmes[0]!.doc as ProgrammeDoc;
    (doc.measures[2]!.funding[0] as { planned: number }).planned = 1.5;
    const e = errorOf(b);
    expect(e.code).toBe('bad-programme');
    expect(e.message).toBe(
      'Програма 1 «Програма інформатизації Іллінецької міської терит…»: захід 2.1.2 «Створити гуртки ІТ для школярів» (№ 3 у списку), поле «funding.0.planned»: сума має бути цілим числом копійок.',
    );
  });

  it('says what type a field should have', () => {
    const b = raw();
    ((b.programmes[1]!.doc as ProgrammeDoc).priorities[0] as unknown as { title: number }).title = 7;
    expect(errorOf(b).message).toMatch(/^Програма 2 «Програма інформатизації Хмільницької .*»: напрям 1 \(№ 1 у списку\), поле «title»: очікується текст, записано число\.$/);
    const c = raw();
    delete (c.programmes[1]!.doc as { programme: Record<string, unknown> }).programme.startYear;
    expect(errorOf(c).message).toMatch(/паспорт програми, поле «startYear»: очікується число, поле відсутнє\.$/);
  });

  it('refuses the same programme twice and records of another programme', () => {
    const b = raw();
    b.programmes[1] = b.programmes[0]!;
    expect(errorOf(b).code).toBe('duplicate-programme');
    const c = raw();
    (c.programmes[0]!.doc as ProgrammeDoc).tasks[1]!.programmeId = 'someone-else';
    const e = errorOf(c);
    expect(e.code).toBe('foreign-record');
    expect(e.message).toContain('завдання 2.1 «Розвиток цифрової грамотності» (№ 2 у списку) належить іншій програмі');
  });

  it('names a broken version and a broken undo step', () => {
    const b = raw();
    ((b.programmes[0]!.versions as Version[])[0]!.doc.measures[0] as unknown as { status: string }).status = 'можливо';
    const e = errorOf(b);
    expect(e.code).toBe('bad-version');
    expect(e.message).toMatch(/^Програма 1 «.*», редакція 1 «Затверджено рішенням № 12»: захід 1\.1\.1 «.*» \(№ 1 у списку\), поле «status»: /);
    const c = raw();
    ((c.programmes[0]!.history as HistoryEntry[])[0]!.changes[0]!.after as { funding: unknown }).funding = 'багато';
    const h = errorOf(c);
    expect(h.code).toBe('bad-history');
    expect(h.message).toMatch(/історія змін: крок 1 «Змінити суму», зміна 1 \(measures «ill-m1», стан після зміни\), поле «funding»: очікується список, записано текст\.$/);
  });
});
